// events::merge and MergeIndex: mentions of one happening, from one article or many, become one event.
//
// An event is a connected component of a graph over the mentions. The graph depends only on the
// set of mentions, never on the order they came in, and each mention has a bounded number of
// possible links, so a mention can be added to a large merge by looking at a few dozen others.
//
// 1. Order: mentions are ordered by date interval (start, end), granularity, then an identity hash
//    of their content (article hash, expression, trigger, sentence, headline). This is the
//    "canonical order" everything below uses.
// 2. Blocks: a mention of a day or finer is compared only with mentions of the same day; a coarser
//    one (month, year, ...) only with mentions of exactly the same interval.
// 3. Keys: a mention is listed, within its block, under each of its participants (names and
//    aliases), its headline words, its article and its expression. Two mentions of a block are
//    neighbours when, in the canonical order of some list they share, fewer than kNeighbours
//    mentions lie between them; neighbours that tell the same happening (similarity.h), or come
//    from the same expression, are linked.
// 3b. Retellings: a mention is also listed under its sentence and headline. The same sentence in two
//    articles (a wire story reprinted the next day, its "yesterday" read from another day) tells
//    one happening even when the two dates differ by up to a week: the sources disagree on the
//    date, and the event shows it (Event::other_dates).
// 4. Coarse to finer: a mention coarser than a day ("last May", "in 2015", "the third quarter")
//    is linked to the one finer mention inside its interval that it is most similar to (word
//    overlap; ties to the first in canonical order), among the first kFirstFiner mentions of each
//    finer granularity inside its interval that share a key with it. So "last May" told by one
//    article joins "May 14" told by another; a year mention can join a month mention that joined a
//    day, and the event keeps the finest date.
// Adding a mention can also unlink: it pushes two neighbours one place apart, or gives a coarse
// mention a better finer partner. The events that may have lost a link are then split again from
// their own members' links, so the components are always exactly those of the whole graph.
#include <algorithm>
#include <cctype>
#include <date/date.h>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/events/events.h"
#include "core/events/merge_index.h"
#include "core/events/similarity.h"

namespace chronicle::events {
namespace {

constexpr std::size_t kNeighbours = 8;   // list neighbours compared on each side, per shared key
constexpr std::size_t kFirstFiner = 8;   // finer mentions a coarse one looks at, per key and granularity
constexpr double kPerExtraArticle = 0.05;  // confidence added by each further article telling it
constexpr MergeIndex::Node kNone = static_cast<MergeIndex::Node>(-1);

// Granularities ranked finest first, from 0 (a second); a date without one ranks last.
constexpr int kRanks = static_cast<int>(temporal::Granularity::kCentury) + 1;

int granularity_rank(temporal::Granularity g) {
  return g == temporal::Granularity::kNone ? kRanks - 1 : static_cast<int>(g) - 1;
}

constexpr int kDayRank = static_cast<int>(temporal::Granularity::kDay) - 1;

// Where a mention stands in the canonical order.
struct Place {
  std::int64_t start = 0;
  std::int64_t end = 0;
  int rank = 0;
  WordId identity = 0;
  bool dated = false;  // the date's start and end could be read
  auto tie() const { return std::tie(start, end, rank, identity); }
};

Place place_of(const Mention& m) {
  Place place;
  place.dated = m.date.end_second > m.date.start_second;
  place.start = m.date.start_second;
  place.end = place.dated ? m.date.end_second : place.start;
  place.rank = granularity_rank(m.date.granularity);
  std::string identity = m.article_hash;
  for (const std::size_t offset : {m.timex.begin, m.timex.end, m.trigger.begin, m.trigger.end, m.sentence.begin,
                                   m.sentence.end}) {
    identity += '\x1f' + std::to_string(offset);
  }
  identity += '\x1f' + m.headline + '\x1f' + m.date.value + '\x1f' + m.date.start + '\x1f' + m.date.end;
  place.identity = word_id(identity);
  return place;
}

bool is_coarse(const Mention& m) {
  return granularity_rank(m.date.granularity) > kDayRank && m.date.end_second > m.date.start_second;
}

// A day-or-finer mention's block is its day; a coarse one's, or a span of several days' ("from
// March 3 to 10"), its interval and value.
std::string block_of(const Mention& m) {
  const std::int64_t start = m.date.start_second;
  if (!is_coarse(m) && m.date.end_second > start && m.date.end_second - start <= temporal::kSecondsPerDay) {
    return std::to_string(temporal::day_number(start));
  }
  return std::to_string(start) + '/' + std::to_string(m.date.end_second) + '/' + m.date.value;
}

WordId mix(WordId a, WordId b) { return a * 1099511628211ull ^ (b + 0x9e3779b97f4a7c15ull); }

}  // namespace

struct MergeIndex::State {
  struct NodeData {
    Place place;
    WordId block = 0;
    WordId expression = 0;
    bool coarse = false;
    bool title = false;  // is_dated_by_lead: linked through its expression only
    WordId story = 0;    // its sentence and headline, across days; 0 for a title or a lead
    MentionFeatures features;
    std::vector<WordId> keys;
    Node best = kNone;            // a coarse mention: the finer one it is linked to
    std::vector<Node> attached;   // the coarse mentions linked to this one
  };
  struct Period {
    std::int64_t start = 0;
    std::int64_t end = 0;
    WordId block = 0;
    auto tie() const { return std::tie(start, end, block); }
  };

  std::vector<NodeData> nodes;
  std::vector<Node> label;                                  // node -> the node naming its event
  std::unordered_map<Node, std::vector<Node>> members;      // event name -> nodes
  std::unordered_map<WordId, std::vector<Node>> block_lists;  // (block, key) -> nodes, canonical order
  std::unordered_map<WordId, std::vector<Node>> level_lists;  // (key, granularity) -> nodes, canonical order
  std::unordered_map<WordId, std::vector<Period>> periods;    // (key, coarse granularity) -> intervals by start
  std::unordered_map<WordId, std::int64_t> longest;           // (key, coarse granularity) -> longest interval
  std::unordered_map<WordId, std::uint32_t> coarse_ranks;     // key -> granularities of coarse mentions (bits)
  std::unordered_map<WordId, std::uint32_t> level_ranks;      // key -> granularities listed (bits)
  std::vector<Node> changed;
  // Linked pairs whose link is gone: are they still connected? Block pairs were pushed apart by
  // the new mention; coarse pairs are a coarse mention and the partner it left.
  std::vector<std::pair<Node, Node>> unlinked_in_block, unlinked_coarse;
  std::vector<std::uint32_t> stamp;
  std::vector<std::uint32_t> search_of;  // node -> the search of split_event that reached it
  std::uint32_t epoch = 0;

  bool before(Node a, Node b) const {
    const auto ta = nodes[a].place.tie(), tb = nodes[b].place.tie();
    return ta != tb ? ta < tb : a < b;
  }

  // Two mentions that share a list are linked when they come from one expression, retell one
  // sentence, or (in one block) tell the same happening.
  bool related(Node a, Node b) const {
    const NodeData& x = nodes[a];
    const NodeData& y = nodes[b];
    return x.expression == y.expression || retold(x, y) || (x.block == y.block && tell_same(x, y));
  }

  static bool tell_same(const NodeData& x, const NodeData& y) {
    return x.expression == y.expression || (!x.title && !y.title && same_happening(x.features, y.features));
  }

  // The same sentence with the same headline in another article, dated within a week.
  static bool retold(const NodeData& x, const NodeData& y) {
    constexpr std::int64_t kWeek = 7 * 86400;
    return x.story != 0 && x.story == y.story && x.features.article != y.features.article &&
           x.place.rank == y.place.rank && x.place.start - y.place.start <= kWeek && y.place.start - x.place.start <= kWeek;
  }

  // The lists `n` is in: one per key within its block, and its story's.
  std::vector<WordId> lists_of(Node n) const {
    std::vector<WordId> lists;
    lists.reserve(nodes[n].keys.size() + 1);
    for (const WordId key : nodes[n].keys) lists.push_back(mix(nodes[n].block, key));
    if (nodes[n].story != 0) lists.push_back(mix(nodes[n].story, 0x73));
    return lists;
  }

  std::size_t position(const std::vector<Node>& list, Node n) const {
    return static_cast<std::size_t>(
        std::lower_bound(list.begin(), list.end(), n, [&](Node a, Node b) { return before(a, b); }) - list.begin());
  }

  // Nodes within kNeighbours of `n` in each of its block lists (n itself excluded).
  template <typename Visit>
  void for_each_neighbour(Node n, Visit visit) const {
    for (const WordId list_id : lists_of(n)) {
      const auto found = block_lists.find(list_id);
      if (found == block_lists.end()) continue;
      const std::vector<Node>& list = found->second;
      const std::size_t at = position(list, n);
      for (std::size_t j = 1; j <= kNeighbours && j <= at; ++j) visit(list[at - j]);
      for (std::size_t i = 1; i <= kNeighbours && at + i < list.size(); ++i) visit(list[at + i]);
    }
  }

  // The first `count` nodes of a (key, granularity) list inside [start, end).
  template <typename Visit>
  void for_each_window(WordId key, int rank, std::int64_t start, std::int64_t end, std::size_t count,
                       Visit visit) const {
    const auto found = level_lists.find(mix(key, static_cast<WordId>(rank)));
    if (found == level_lists.end()) return;
    const std::vector<Node>& list = found->second;
    auto it = std::lower_bound(list.begin(), list.end(), start,
                               [&](Node a, std::int64_t s) { return nodes[a].place.start < s; });
    std::size_t taken = 0;
    for (; it != list.end() && taken < count && nodes[*it].place.start < end; ++it) {
      if (nodes[*it].place.end > end) continue;
      ++taken;
      visit(*it);
    }
  }

  // Is finer mention `f` a better partner for coarse mention `c` than `than` (kNone: none yet)?
  // The most similar wording; at equal similarity the first in canonical order.
  bool better_partner(Node c, Node f, Node than) const {
    if (than == kNone) return true;
    const double a = word_overlap(nodes[f].features, nodes[c].features);
    const double b = word_overlap(nodes[than].features, nodes[c].features);
    return a != b ? a > b : before(f, than);
  }

  // The finer mention coarse mention `c` is linked to, or kNone.
  Node best_finer(Node c) const {
    const NodeData& coarse = nodes[c];
    Node best = kNone;
    for (const WordId key : coarse.keys) {
      const auto ranks = level_ranks.find(key);
      if (ranks == level_ranks.end()) continue;
      for (int rank = 0; rank < coarse.place.rank; ++rank) {
        if ((ranks->second & (1u << rank)) == 0) continue;
        for_each_window(key, rank, coarse.place.start, coarse.place.end, kFirstFiner, [&](Node f) {
          if (tell_same(nodes[f], nodes[c]) && better_partner(c, f, best)) best = f;
        });
      }
    }
    return best;
  }

  void unite(Node a, Node b) {
    Node la = label[a], lb = label[b];
    if (la == lb) return;
    if (members[la].size() < members[lb].size()) std::swap(la, lb);
    std::vector<Node> moved = std::move(members[lb]);
    members.erase(lb);
    for (const Node x : moved) label[x] = la;
    std::vector<Node>& into = members[la];
    into.insert(into.end(), moved.begin(), moved.end());
    changed.push_back(la);
  }

  void set_best(Node c, Node best) {
    NodeData& coarse = nodes[c];
    if (coarse.best == best) return;
    if (coarse.best != kNone) {
      auto& attached = nodes[coarse.best].attached;
      attached.erase(std::find(attached.begin(), attached.end(), c));
      unlinked_coarse.emplace_back(c, coarse.best);
    }
    coarse.best = best;
    if (best != kNone) {
      nodes[best].attached.push_back(c);
      unite(c, best);
    }
  }

  // Every node linked to `u` now.
  template <typename Visit>
  void for_each_link(Node u, Visit visit) const {
    for_each_neighbour(u, [&](Node v) {
      if (related(u, v)) visit(v);
    });
    if (nodes[u].best != kNone) visit(nodes[u].best);
    for (const Node c : nodes[u].attached) visit(c);
  }

  // Is there a path from `a` to `b` through at most kNearby nodes? (No is not proof of a split.)
  static constexpr std::size_t kNearby = 32;
  bool connected_nearby(Node a, Node b) {
    const std::uint32_t seen = ++epoch;
    std::vector<Node> queue = {a};
    stamp[a] = seen;
    for (std::size_t i = 0; i < queue.size() && queue.size() <= kNearby; ++i) {
      bool found = false;
      for_each_link(queue[i], [&](Node v) {
        if (v == b) found = true;
        if (stamp[v] != seen) {
          stamp[v] = seen;
          queue.push_back(v);
        }
      });
      if (found) return true;
    }
    return false;
  }

  // Splits events that lost links into the components their members' links make now. `ends` are
  // the ends of lost links that no short path joins any more. Every component of a split event
  // holds one of them (the lost links joined the components), so the components are found by
  // searching from every end at once, one step per search in turn, searches that meet going on as
  // one, until at most one search is still going: each finished search is a whole component, and
  // the one left going is the rest of the event, which is never walked whole. A small piece falling
  // off a large event costs the size of the piece.
  void split_apart(std::vector<Node> ends) {
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    std::map<Node, std::vector<Node>> by_event;
    for (const Node end : ends) by_event[label[end]].push_back(end);
    for (const auto& [name, event_ends] : by_event) {
      if (event_ends.size() > 1) split_event(name, event_ends);
    }
  }

  struct Search {
    std::vector<Node> found;    // every node reached
    std::vector<Node> to_step;  // reached nodes not yet stepped from
    std::uint32_t into = 0;     // the search it met and goes on as (itself when none)
  };

  std::uint32_t going_on_as(std::vector<Search>& searches, std::uint32_t s) {
    while (searches[s].into != s) s = searches[s].into = searches[searches[s].into].into;
    return s;
  }

  void split_event(Node name, const std::vector<Node>& ends) {
    const std::uint32_t seen = ++epoch;
    std::vector<Search> searches;
    for (const Node end : ends) {
      const auto id = static_cast<std::uint32_t>(searches.size());
      searches.push_back({{end}, {end}, id});
      stamp[end] = seen;
      search_of[end] = id;
    }
    std::vector<std::uint32_t> going(searches.size());
    std::iota(going.begin(), going.end(), 0);
    while (going.size() > 1) {
      for (const std::uint32_t s : going) {
        if (going_on_as(searches, s) != s || searches[s].to_step.empty()) continue;
        const Node u = searches[s].to_step.back();
        searches[s].to_step.pop_back();
        for_each_link(u, [&](Node v) {
          if (label[v] != name) return;
          if (stamp[v] != seen) {
            stamp[v] = seen;
            search_of[v] = s;
            searches[s].found.push_back(v);
            searches[s].to_step.push_back(v);
            return;
          }
          const std::uint32_t other = going_on_as(searches, search_of[v]);
          if (other == s) return;
          // Met: the two go on as one.
          Search& here = searches[s];
          Search& there = searches[other];
          here.found.insert(here.found.end(), there.found.begin(), there.found.end());
          here.to_step.insert(here.to_step.end(), there.to_step.begin(), there.to_step.end());
          there.found.clear();
          there.to_step.clear();
          there.into = s;
        });
      }
      std::erase_if(going, [&](std::uint32_t s) { return going_on_as(searches, s) != s || searches[s].to_step.empty(); });
    }
    // The finished searches are whole components; the rest of the event is the one still going,
    // or, when every search finished, the largest of them.
    std::vector<std::uint32_t> finished;
    for (std::uint32_t s = 0; s < searches.size(); ++s) {
      if (going_on_as(searches, s) == s && (going.empty() || s != going.front())) finished.push_back(s);
    }
    if (going.empty()) {
      const auto largest = std::max_element(finished.begin(), finished.end(), [&](std::uint32_t a, std::uint32_t b) {
        return searches[a].found.size() < searches[b].found.size();
      });
      finished.erase(largest);
    }
    if (finished.empty()) return;  // still one event
    const std::uint32_t apart = ++epoch;
    std::vector<std::vector<Node>> parts;
    for (const std::uint32_t s : finished) {
      for (const Node x : searches[s].found) stamp[x] = apart;
      parts.push_back(std::move(searches[s].found));
    }
    std::vector<Node> rest;
    for (const Node x : members[name]) {
      if (stamp[x] != apart) rest.push_back(x);
    }
    const bool rest_keeps_name = stamp[name] != apart;
    members.erase(name);
    parts.push_back(std::move(rest));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const bool keeps_name = i + 1 == parts.size() && rest_keeps_name;  // its nodes are labelled so already
      const Node named = keeps_name ? name : parts[i].front();
      if (!keeps_name) {
        for (const Node x : parts[i]) label[x] = named;
      }
      changed.push_back(named);
      members[named] = std::move(parts[i]);
    }
  }

  Node add(const Mention& mention) {
    const Node n = static_cast<Node>(nodes.size());
    NodeData& data = nodes.emplace_back();
    data.place = place_of(mention);
    data.block = word_id(block_of(mention));
    data.expression = word_id(mention.article_hash + '@' + std::to_string(mention.timex.begin) + '-' +
                              std::to_string(mention.timex.end));
    data.coarse = is_coarse(mention) && data.place.dated;
    data.features = features_of(mention);
    data.title = is_dated_by_lead(mention);
    if (!data.title && data.place.dated && !mention.summary.empty() && mention.timex.begin < mention.timex.end) {
      data.story = word_id(mention.summary + '\x1f' + mention.headline);
    }
    if (!data.title) {
      data.keys = data.features.participants;
      data.keys.insert(data.keys.end(), data.features.words.begin(), data.features.words.end());
      data.keys.push_back(mix(data.features.article, 0x61));
    }
    data.keys.push_back(mix(data.expression, 0x65));
    std::sort(data.keys.begin(), data.keys.end());
    data.keys.erase(std::unique(data.keys.begin(), data.keys.end()), data.keys.end());
    label.push_back(n);
    members[n] = {n};
    stamp.push_back(0);
    search_of.push_back(0);
    changed.push_back(n);
    const std::vector<WordId>& keys = nodes[n].keys;

    // Block lists: new neighbours, and pairs pushed apart by the new mention.
    std::vector<Node> candidates;
    for (const WordId list_id : lists_of(n)) {
      std::vector<Node>& list = block_lists[list_id];
      const std::size_t at = position(list, n);
      for (std::size_t i = 1; i <= kNeighbours && at + i - 1 < list.size(); ++i) {
        const std::size_t j = kNeighbours - i + 1;  // list[at - j] and list[at + i - 1] were kNeighbours apart
        if (j <= at && related(list[at - j], list[at + i - 1])) unlinked_in_block.emplace_back(list[at - j], list[at + i - 1]);
      }
      for (std::size_t j = 1; j <= kNeighbours && j <= at; ++j) candidates.push_back(list[at - j]);
      for (std::size_t i = 0; i < kNeighbours && at + i < list.size(); ++i) candidates.push_back(list[at + i]);
      list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), n);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const Node c : candidates) {
      if (related(n, c)) unite(n, c);
    }

    // Level lists: the new mention may now be among the first finer ones of coarse mentions. A
    // coarse mention then gained it as a candidate and lost the one it pushed out of the window:
    // it takes the new one if that is better, and looks again only if it lost its partner.
    const int rank = nodes[n].place.rank;
    std::vector<std::pair<Node, Node>> reconsider;  // (coarse mention, candidate pushed out or kNone)
    for (const WordId key : keys) {
      if (!nodes[n].place.dated) break;  // an undated mention lies inside no interval
      std::vector<Node>& list = level_lists[mix(key, static_cast<WordId>(rank))];
      list.insert(list.begin() + static_cast<std::ptrdiff_t>(position(list, n)), n);
      level_ranks[key] |= 1u << rank;
      const auto ranks = coarse_ranks.find(key);
      if (ranks == coarse_ranks.end()) continue;
      for (int coarser = rank + 1; coarser < kRanks; ++coarser) {
        if ((ranks->second & (1u << coarser)) == 0) continue;
        const WordId level = mix(key, static_cast<WordId>(coarser));
        const std::vector<Period>& intervals = periods[level];
        const std::int64_t reach = longest[level];
        const Place& p = nodes[n].place;
        auto it = std::upper_bound(intervals.begin(), intervals.end(), p.start,
                                   [](std::int64_t s, const Period& q) { return s < q.start; });
        while (it != intervals.begin()) {
          --it;
          if (it->start < p.start - reach) break;
          if (it->end < p.end) continue;
          bool entered = false;
          Node pushed_out = kNone;
          std::size_t seen = 0;
          for_each_window(key, rank, it->start, it->end, kFirstFiner + 1, [&](Node f) {
            if (++seen <= kFirstFiner) entered = entered || f == n;
            else pushed_out = f;
          });
          if (!entered) continue;
          for (const Node c : block_lists[mix(it->block, key)]) {
            if (nodes[c].place.rank > rank) reconsider.emplace_back(c, pushed_out);
          }
        }
      }
    }
    std::sort(reconsider.begin(), reconsider.end());
    for (std::size_t i = 0; i < reconsider.size();) {
      const Node c = reconsider[i].first;
      bool lost_partner = false;
      for (; i < reconsider.size() && reconsider[i].first == c; ++i) {
        lost_partner = lost_partner || (nodes[c].best != kNone && reconsider[i].second == nodes[c].best);
      }
      if (lost_partner) {
        set_best(c, best_finer(c));
      } else if (tell_same(nodes[n], nodes[c]) && better_partner(c, n, nodes[c].best)) {
        set_best(c, n);
      }
    }

    // A coarse mention: listed by its interval, and linked to its best finer mention.
    if (nodes[n].coarse) {
      const Place& p = nodes[n].place;
      const Period period{p.start, p.end, nodes[n].block};
      for (const WordId key : keys) {
        const WordId level = mix(key, static_cast<WordId>(rank));
        std::vector<Period>& intervals = periods[level];
        const auto at = std::lower_bound(intervals.begin(), intervals.end(), period,
                                         [](const Period& a, const Period& b) { return a.tie() < b.tie(); });
        if (at == intervals.end() || at->tie() != period.tie()) intervals.insert(at, period);
        longest[level] = std::max(longest[level], p.end - p.start);
        coarse_ranks[key] |= 1u << rank;
      }
    }
    if (nodes[n].coarse) set_best(n, best_finer(n));

    // A lost link splits an event only if its two ends are no longer connected. Usually the new
    // mention links both ends of a pair it came between, or a short path does; only otherwise is
    // the whole event looked at again.
    std::vector<std::pair<Node, Node>> in_block, coarse;
    in_block.swap(unlinked_in_block);
    coarse.swap(unlinked_coarse);
    std::vector<Node> ends;  // of lost links no short path joins
    for (const auto& [a, b] : in_block) {
      if (label[a] != label[b]) continue;  // already apart
      // n lies within kNeighbours of both in the list they shared: related means linked.
      if (related(n, a) && related(n, b)) continue;
      if (!connected_nearby(a, b)) ends.insert(ends.end(), {a, b});
    }
    for (const auto& [a, b] : coarse) {
      if (label[a] == label[b] && !connected_nearby(a, b)) ends.insert(ends.end(), {a, b});
    }
    split_apart(std::move(ends));
    return n;
  }
};

MergeIndex::MergeIndex() : state_(std::make_unique<State>()) {}
MergeIndex::~MergeIndex() = default;
MergeIndex::Node MergeIndex::add(const Mention& mention) { return state_->add(mention); }
std::size_t MergeIndex::size() const { return state_->nodes.size(); }
MergeIndex::Node MergeIndex::event_of(Node node) const { return state_->label.at(node); }
const std::vector<MergeIndex::Node>& MergeIndex::members(Node event) const { return state_->members.at(event); }

std::vector<MergeIndex::Node> MergeIndex::take_changed() {
  std::vector<Node> names;
  for (const Node n : state_->changed) names.push_back(state_->label[n]);
  state_->changed.clear();
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

namespace {

// The source whose headline and summary stand for the event: what was reported before who
// reported it, then the most confident, the most precise, the first article hash (a rule a
// reader can follow), the first in canonical order.
bool better_representative(const Mention& x, std::size_t a, const Mention& y, std::size_t b) {
  if (x.reporting != y.reporting) return !x.reporting;
  if (x.confidence != y.confidence) return x.confidence > y.confidence;
  const int gx = granularity_rank(x.date.granularity), gy = granularity_rank(y.date.granularity);
  if (gx != gy) return gx < gy;
  if (x.article_hash != y.article_hash) return x.article_hash < y.article_hash;
  return a < b;
}

// Mentions sorted into canonical order (indices sorted, each mention moved once).
std::vector<Mention> canonical_order(std::vector<Mention> mentions) {
  std::vector<Place> places;
  places.reserve(mentions.size());
  for (const Mention& m : mentions) places.push_back(place_of(m));
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto ta = places[a].tie(), tb = places[b].tie();
    if (ta != tb) return ta < tb;
    // Equal places mean equal identities: the same mention twice, or a hash collision.
    return std::tie(mentions[a].article_hash, mentions[a].timex.begin, mentions[a].headline, mentions[a].summary) <
           std::tie(mentions[b].article_hash, mentions[b].timex.begin, mentions[b].headline, mentions[b].summary);
  });
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (const std::size_t i : order) sorted.push_back(std::move(mentions[i]));
  return sorted;
}

}  // namespace

// The dates of `sources` at the finest granularity among them, each with its distinct articles,
// most articles first; at a tie the earlier date (sources are in canonical order). Undated
// sources give none.
std::vector<OtherDate> dates_at_finest(const std::vector<Mention>& sources) {
  int finest = kRanks;
  for (const Mention& m : sources) finest = std::min(finest, granularity_rank(m.date.granularity));
  std::vector<OtherDate> dates;
  std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> index_of;  // (start, end) -> its place in dates
  std::set<std::pair<std::size_t, std::string_view>> counted;            // (date, article) pairs seen
  for (const Mention& m : sources) {
    if (granularity_rank(m.date.granularity) != finest || m.date.end_second <= m.date.start_second) continue;
    const auto [at, added] = index_of.emplace(std::make_pair(m.date.start_second, m.date.end_second), dates.size());
    if (added) dates.push_back({m.date, 0});
    if (counted.emplace(at->second, m.article_hash).second) ++dates[at->second].articles;
  }
  std::stable_sort(dates.begin(), dates.end(), [](const OtherDate& a, const OtherDate& b) { return a.articles > b.articles; });
  return dates;
}

Event event_of_mentions(std::vector<Mention> members) {
  Event event;
  if (members.empty()) return event;
  members = canonical_order(std::move(members));
  std::size_t representative = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (better_representative(members[i], i, members[representative], representative)) representative = i;
  }
  const std::vector<OtherDate> dates = dates_at_finest(members);
  event.date = dates.empty() ? members.front().date : dates.front().date;  // the date most articles give
  event.headline = members[representative].headline;
  event.summary = members[representative].summary;
  std::vector<std::string_view> articles;
  double confidence = 0;
  std::map<std::string, std::pair<std::size_t, Entity>> participants;  // lower name -> (sources, entity)
  for (const Mention& m : members) {
    confidence = std::max(confidence, m.confidence);
    articles.push_back(m.article_hash);
    for (const Entity& e : m.entities) {
      std::string key = e.name;
      std::transform(key.begin(), key.end(), key.begin(), [](unsigned char ch) { return std::tolower(ch); });
      auto [it, inserted] = participants.emplace(key, std::make_pair(0, e));
      ++it->second.first;
      if (!inserted) {
        auto& aliases = it->second.second.aliases;
        aliases.insert(aliases.end(), e.aliases.begin(), e.aliases.end());
      }
    }
  }
  std::sort(articles.begin(), articles.end());
  const auto distinct = static_cast<double>(std::unique(articles.begin(), articles.end()) - articles.begin());
  event.confidence = std::min(1.0, confidence + kPerExtraArticle * (distinct - 1));
  std::vector<std::pair<std::size_t, Entity>> ranked;
  for (auto& [key, counted] : participants) {
    auto& aliases = counted.second.aliases;
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    ranked.push_back(std::move(counted));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& [count, entity] : ranked) event.entities.push_back(std::move(entity));
  event.sources = std::move(members);
  return event;
}

std::vector<OtherDate> other_dates(const Event& event) {
  std::vector<OtherDate> dates = dates_at_finest(event.sources);
  std::erase_if(dates, [&](const OtherDate& d) {
    return d.date.start_second == event.date.start_second && d.date.end_second == event.date.end_second;
  });
  return dates;
}

std::vector<Event> merge(std::vector<Mention> mentions) {
  mentions = canonical_order(std::move(mentions));
  MergeIndex index;
  for (const Mention& m : mentions) index.add(m);
  std::vector<std::vector<std::size_t>> groups(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) groups[index.event_of(static_cast<MergeIndex::Node>(i))].push_back(i);
  std::vector<Event> out;
  for (const auto& group : groups) {
    if (group.empty()) continue;
    std::vector<Mention> members;
    members.reserve(group.size());
    for (const std::size_t i : group) members.push_back(std::move(mentions[i]));
    out.push_back(event_of_mentions(std::move(members)));
  }
  std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    return std::tie(a.date.start_second, a.date.end_second, a.headline, a.sources.front().article_hash, a.sources.front().timex.begin) <
           std::tie(b.date.start_second, b.date.end_second, b.headline, b.sources.front().article_hash, b.sources.front().timex.begin);
  });
  return out;
}

}  // namespace chronicle::events
