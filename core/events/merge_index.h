// The merge, one mention at a time. Events are the connected components of a graph over the
// mentions that depends only on the set of mentions (merge.cpp says which pairs are linked), so
// adding the same mentions in any order, one by one or all at once, gives the same events; and
// adding one mention looks only at a bounded number of others (its neighbours in a few short
// ordered lists), whatever is already there. events::merge() is this index filled at once.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/events/events.h"

namespace chronicle::events {

class MergeIndex {
 public:
  using Node = std::uint32_t;  // mentions are numbered in the order they are added

  MergeIndex();
  ~MergeIndex();
  MergeIndex(const MergeIndex&) = delete;
  MergeIndex& operator=(const MergeIndex&) = delete;

  // Adds a mention (only what merging needs is kept, not the mention) and returns its node.
  Node add(const Mention& mention);
  std::size_t size() const;

  // The event a node belongs to, named by one of its nodes (names change as events join or split).
  Node event_of(Node node) const;
  // The nodes of the event named `event`.
  const std::vector<Node>& members(Node event) const;

  // The events (by name) whose set of mentions changed since the last call: joined, split or new.
  std::vector<Node> take_changed();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The event told by `members` (all mentions of one event): the best source's headline and summary,
// the finest date, the confidence, the participants; sources in canonical order. Used by merge()
// and by the store when it rebuilds only the events that changed.
Event event_of_mentions(std::vector<Mention> members);

}  // namespace chronicle::events
