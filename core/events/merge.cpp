// events::merge: mentions of one happening, from one article or many, become one event.
//
// 1. Mentions are put in a canonical order first (date, article hash, offsets, headline, ...), so
//    nothing below depends on the order they came in.
// 2. Blocks: a mention of a day or finer is compared only with mentions of the same day; a coarser
//    one (month, year, ...) only with mentions of exactly the same interval.
// 3. Within a block, each mention joins the first earlier cluster it tells the same happening as
//    (similarity.h), looking only at the latest kMaxCandidatesPerKey clusters that share one of its
//    participants or headline words, and in each at its first kMaxMembersCompared members; when
//    it tells the happening of several, they become one. Otherwise it starts a cluster. Same
//    article and expression always join.
// 4. A coarse cluster (week, month, quarter, season, year, ...) then joins the most similar finer
//    cluster inside its interval ("last May" told by one article, "May 14" by another; "the third
//    quarter" and "in August"): the event keeps the finer date. Levels go from finest to coarsest,
//    so a year cluster can join a month cluster that already joined a day.
// Each step is linear in the mentions times a constant, plus the sort.
#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "core/events/events.h"
#include "core/events/similarity.h"

namespace chronicle::events {
namespace {

constexpr std::size_t kMaxCandidatesPerKey = 16;
constexpr std::size_t kMaxMembersCompared = 4;   // per candidate cluster: its leader and first joiners
constexpr std::size_t kMaxPeriodsLookedBack = 4;  // intervals of one level that may hold a finer one
constexpr double kPerExtraArticle = 0.05;  // confidence added by each further article telling it

int granularity_rank(std::string_view unit) {
  constexpr std::string_view kOrder[] = {"second", "minute", "hour", "part-of-day", "time", "day", "weekend",
                                         "week", "month", "quarter", "season", "half", "year", "decade", "century"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i) {
    if (kOrder[i] == unit) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kOrder));
}

bool is_day_or_finer(const EventDate& date) { return granularity_rank(date.granularity) <= granularity_rank("day"); }

std::string entity_list(const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) out += e.name + '\x1f' + e.kind + '\x1e';
  return out;
}

bool canonical_less(const Mention& a, const Mention& b) {
  auto key = [](const Mention& m) {
    return std::tie(m.date.start, m.date.end, m.date.granularity, m.date.value, m.article_hash, m.timex.begin,
                    m.timex.end, m.sentence.begin, m.sentence.end, m.headline, m.article_id, m.summary, m.reporting,
                    m.confidence);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  return entity_list(a.entities) < entity_list(b.entities);
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// The keys a mention is indexed by inside its block: participants and headline words.
template <typename Visit>
void for_each_key(const MentionFeatures& f, Visit visit) {
  for (const WordId k : f.participants) visit(k);
  for (const WordId k : f.words) visit(k);
  if (f.participants.empty() && f.words.empty()) visit(WordId{0});
}

std::string block_of(const Mention& m) {
  if (is_day_or_finer(m.date) && m.date.start.size() >= 10) return m.date.start.substr(0, 10);
  return m.date.start + '/' + m.date.end + '/' + m.date.value;
}

WordId period_key(WordId period, WordId key) { return period * 1099511628211ull ^ key; }

bool same_expression(const Mention& a, const Mention& b) {
  return a.article_hash == b.article_hash && a.timex.begin == b.timex.begin && a.timex.end == b.timex.end;
}

class Merger {
 public:
  explicit Merger(std::vector<Mention> mentions) : mentions_(canonical_order(std::move(mentions))), clusters_(mentions_.size()) {
    features_.reserve(mentions_.size());
    for (const Mention& m : mentions_) features_.push_back(features_of(m));
  }

  // Sorting indices and moving each mention once is far cheaper than swapping whole mentions.
  static std::vector<Mention> canonical_order(std::vector<Mention> mentions) {
    std::vector<std::size_t> order(mentions.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return canonical_less(mentions[a], mentions[b]); });
    std::vector<Mention> sorted;
    sorted.reserve(mentions.size());
    for (const std::size_t i : order) sorted.push_back(std::move(mentions[i]));
    return sorted;
  }

  std::vector<Event> run() {
    cluster_blocks();
    attach_coarse_to_finer();
    return events();
  }

 private:
  // Step 2 and 3. Mentions of one block are contiguous once sorted by block.
  void cluster_blocks() {
    std::vector<std::string> blocks(mentions_.size());
    std::vector<std::size_t> order(mentions_.size());
    for (std::size_t i = 0; i < mentions_.size(); ++i) blocks[i] = block_of(mentions_[i]);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return blocks[a] < blocks[b]; });

    std::unordered_map<WordId, std::vector<std::size_t>> postings;  // key -> cluster leaders
    for (std::size_t n = 0; n < order.size(); ++n) {
      const std::size_t i = order[n];
      if (n == 0 || blocks[i] != blocks[order[n - 1]]) postings.clear();
      const std::vector<std::size_t> joined = clusters_to_join(i, n > 0 ? order[n - 1] : i, postings);
      if (!joined.empty()) {
        // A mention that tells the happening of several clusters joins them all: "agreement
        // reached between the two companies" ties "the settlement reached between the two
        // parties" to "the agreement between the two companies".
        std::vector<std::size_t> members = {i};
        for (const std::size_t root : joined) {
          const auto& theirs = compared_members_.at(root);
          members.insert(members.end(), theirs.begin(), theirs.end());
          clusters_.unite(root, i);
        }
        std::sort(members.begin(), members.end());
        members.resize(std::min(members.size(), kMaxMembersCompared));
        compared_members_[clusters_.find(i)] = std::move(members);
        continue;
      }
      compared_members_[i].push_back(i);
      for_each_key(features_[i], [&](WordId key) { postings[key].push_back(i); });
    }
  }

  // The roots of the earlier clusters mention i tells the same happening as; none to start one.
  std::vector<std::size_t> clusters_to_join(std::size_t i, std::size_t previous,
                                            const std::unordered_map<WordId, std::vector<std::size_t>>& postings) {
    if (previous != i && same_expression(mentions_[i], mentions_[previous])) return {clusters_.find(previous)};
    std::vector<std::size_t> candidates;
    for_each_key(features_[i], [&](WordId key) {
      const auto it = postings.find(key);
      if (it == postings.end()) return;
      const auto& leaders = it->second;
      const std::size_t from = leaders.size() > kMaxCandidatesPerKey ? leaders.size() - kMaxCandidatesPerKey : 0;
      candidates.insert(candidates.end(), leaders.begin() + static_cast<std::ptrdiff_t>(from), leaders.end());
    });
    for (std::size_t& leader : candidates) leader = clusters_.find(leader);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<std::size_t> joined;
    for (const std::size_t root : candidates) {
      const auto& members = compared_members_.at(root);
      if (std::any_of(members.begin(), members.end(),
                      [&](std::size_t member) { return same_happening(features_[member], features_[i]); })) {
        joined.push_back(root);
      }
    }
    return joined;
  }

  // Step 4: coarse clusters, level by level from the finest (weekend, week, month, quarter,
  // season, half, year, decade, century), each join the most similar finer cluster inside their
  // interval. A level's intervals are indexed sorted by start; a finer cluster looks up the few
  // latest ones that start at or before it, and is indexed under each that contains it, by
  // participant and headline word, so a coarse cluster meets only finer ones that share a key.
  void attach_coarse_to_finer() {
    std::vector<std::size_t> leaders;
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      if (clusters_.find(i) == i) leaders.push_back(i);
    }
    const int day_rank = granularity_rank("day");
    std::map<int, std::vector<std::size_t>> coarse_by_level;
    for (const std::size_t c : leaders) {
      const int rank = granularity_rank(mentions_[c].date.granularity);
      if (rank > day_rank && !mentions_[c].date.start.empty()) coarse_by_level[rank].push_back(c);
    }
    for (const auto& [level, coarse] : coarse_by_level) {
      std::vector<std::pair<std::string, std::string>> periods;  // distinct intervals, by start
      for (const std::size_t c : coarse) periods.emplace_back(mentions_[c].date.start, mentions_[c].date.end);
      std::sort(periods.begin(), periods.end());
      periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
      std::unordered_map<WordId, std::vector<std::size_t>> finer;  // period and key -> leaders
      for (const std::size_t f : leaders) {
        const EventDate& d = mentions_[f].date;
        if (granularity_rank(d.granularity) >= level || d.start.empty()) continue;
        auto it = std::upper_bound(periods.begin(), periods.end(), std::make_pair(d.start, std::string("\x7f")));
        for (std::size_t looked = 0; it != periods.begin() && looked < kMaxPeriodsLookedBack; ++looked) {
          --it;
          if (it->second < d.end) continue;
          const WordId period_id = static_cast<WordId>(it - periods.begin()) + 1;
          for_each_key(features_[f], [&](WordId key) { finer[period_key(period_id, key)].push_back(f); });
        }
      }
      for (const std::size_t c : coarse) {
        const auto period = std::lower_bound(periods.begin(), periods.end(),
                                             std::make_pair(mentions_[c].date.start, mentions_[c].date.end));
        attach(c, static_cast<WordId>(period - periods.begin()) + 1, finer);
      }
    }
  }

  void attach(std::size_t c, WordId period_id, const std::unordered_map<WordId, std::vector<std::size_t>>& finer) {
    std::size_t best = c;
    double best_overlap = -1;
    for_each_key(features_[c], [&](WordId key) {
      const auto it = finer.find(period_key(period_id, key));
      if (it == finer.end()) return;
      const std::size_t from = it->second.size() > kMaxCandidatesPerKey ? it->second.size() - kMaxCandidatesPerKey : 0;
      for (std::size_t k = from; k < it->second.size(); ++k) {
        const std::size_t f = it->second[k];
        if (!same_happening(features_[f], features_[c])) continue;
        const double overlap = word_overlap(features_[f], features_[c]);
        if (overlap > best_overlap || (overlap == best_overlap && f < best)) {
          best = f;
          best_overlap = overlap;
        }
      }
    });
    if (best != c) clusters_.unite(best, c);
  }

  // The source whose headline and summary stand for the event: what was reported before who
  // reported it, then the most confident, the most precise, the first in canonical order.
  bool better_representative(std::size_t a, std::size_t b) const {
    const Mention& x = mentions_[a];
    const Mention& y = mentions_[b];
    if (x.reporting != y.reporting) return !x.reporting;
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    const int gx = granularity_rank(x.date.granularity), gy = granularity_rank(y.date.granularity);
    if (gx != gy) return gx < gy;
    return a < b;
  }

  Event event_of(const std::vector<std::size_t>& members) const {
    std::size_t representative = members.front();
    std::size_t most_precise = members.front();
    for (const std::size_t i : members) {
      if (better_representative(i, representative)) representative = i;
      if (granularity_rank(mentions_[i].date.granularity) < granularity_rank(mentions_[most_precise].date.granularity)) {
        most_precise = i;
      }
    }
    Event event;
    event.date = mentions_[most_precise].date;
    event.headline = mentions_[representative].headline;
    event.summary = mentions_[representative].summary;
    std::vector<std::string_view> articles;
    double confidence = 0;
    std::map<std::string, std::pair<std::size_t, Entity>> participants;  // lower name -> (sources, entity)
    for (const std::size_t i : members) {
      const Mention& m = mentions_[i];
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
      event.sources.push_back(m);
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
    return event;
  }

  std::vector<Event> events() {
    std::vector<std::vector<std::size_t>> members(mentions_.size());
    for (std::size_t i = 0; i < mentions_.size(); ++i) members[clusters_.find(i)].push_back(i);
    std::vector<Event> out;
    for (const auto& group : members) {
      if (!group.empty()) out.push_back(event_of(group));
    }
    std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
      return std::tie(a.date.start, a.date.end, a.headline, a.sources.front().article_hash, a.sources.front().timex.begin) <
             std::tie(b.date.start, b.date.end, b.headline, b.sources.front().article_hash, b.sources.front().timex.begin);
    });
    return out;
  }

  std::vector<Mention> mentions_;
  std::vector<MentionFeatures> features_;
  UnionFind clusters_;
  std::unordered_map<std::size_t, std::vector<std::size_t>> compared_members_;  // leader -> members
};

}  // namespace

std::vector<Event> merge(std::vector<Mention> mentions) { return Merger(std::move(mentions)).run(); }

}  // namespace chronicle::events
