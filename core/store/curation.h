// Curation, private to core/store: the tables of the user's decisions (schema step), how the merge
// and the event rows obey them, and how queries and JSON show them. curation.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/events/events.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "core/store/store_impl.h"

namespace chronicle::store {

// The schema step that adds the curation tables (one migration of its own).
std::optional<std::string> add_curation_tables(sql::Connection& db);

// A mention's identity, from its content: article hash, expression and trigger offsets.
std::string mention_identity(const events::Mention& mention);

// Are there any must-join or must-stay-apart decisions? Without them the merge's events stand.
std::optional<StoreError> has_mention_links(sql::Connection& db, bool& any);

// The events of the mentions `seeds` as the merge and the curation make them: every mention they
// are tied to (by the merge, by their stored event, by a must-join) is gathered, then grouped:
// the merge's events, less the mentions kept apart (each alone), joined where the user said so.
// Each group is a list of mention row ids.
std::optional<StoreError> curated_groups(sql::Connection& db, const MergeState& merge,
                                         const std::vector<std::int64_t>& seeds,
                                         std::vector<std::vector<std::int64_t>>& groups);

// The pins of event `from`, whose id went away when all its mentions went to event `to`, move to
// `to`, unless `to` has pins of its own (a headline, a date or hidden): which to keep is then the
// user's choice, and `from`'s stay orphaned (reported, not lost).
std::optional<StoreError> move_pins(sql::Connection& db, std::int64_t from, std::int64_t to);

// Puts the user's pinned headline and date of event.id on `event`.
std::optional<StoreError> apply_pins(sql::Connection& db, events::Event& event);

// The mark of event `id`, and whether the hidden events are to be left out at all (any hidden).
std::optional<StoreError> read_mark(sql::Connection& db, std::int64_t id, CurationMark& mark);
std::optional<StoreError> any_hidden(sql::Connection& db, bool& any);
std::optional<StoreError> any_curation(sql::Connection& db, bool& any);  // any event with pins or marks

// The SQL condition on `events` that leaves hidden events out.
extern const char* const kNotHidden;

}  // namespace chronicle::store
