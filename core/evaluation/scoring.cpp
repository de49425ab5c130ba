#include "core/evaluation/scoring.h"

#include <algorithm>
#include <numeric>

namespace chronicle::evaluation {
namespace {

bool overlaps(const temporal::Timex& a, const temporal::Timex& b) {
  return a.begin < b.end && b.begin < a.end;
}

bool same_extent(const temporal::Timex& a, const temporal::Timex& b) {
  return a.begin == b.begin && a.end == b.end;
}

std::vector<std::size_t> order_by_begin(const std::vector<temporal::Timex>& timexes) {
  std::vector<std::size_t> order(timexes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return timexes[a].begin < timexes[b].begin; });
  return order;
}

double ratio(std::size_t numerator, std::size_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

double harmonic_mean(double a, double b) { return a + b == 0 ? 0.0 : 2 * a * b / (a + b); }

}  // namespace

MatchCounts& MatchCounts::operator+=(const MatchCounts& other) {
  gold += other.gold;
  system += other.system;
  strict += other.strict;
  relaxed += other.relaxed;
  value += other.value;
  type += other.type;
  return *this;
}

DocumentMatch match_timexes(const std::vector<temporal::Timex>& gold,
                            const std::vector<temporal::Timex>& system) {
  DocumentMatch match;
  const std::vector<std::size_t> gold_order = order_by_begin(gold);
  const std::vector<std::size_t> system_order = order_by_begin(system);
  std::vector<bool> taken(system.size(), false);
  // System spans before `first` are taken or end before the current gold span begins; since gold
  // spans come in order of begin, they can never match again.
  std::size_t first = 0;
  for (const std::size_t g : gold_order) {
    const temporal::Timex& wanted = gold[g];
    while (first < system_order.size() &&
           (taken[system_order[first]] || system[system_order[first]].end <= wanted.begin)) {
      ++first;
    }
    std::size_t chosen = system.size();
    for (std::size_t k = first; k < system_order.size() && system[system_order[k]].begin < wanted.end; ++k) {
      const std::size_t s = system_order[k];
      if (taken[s] || !overlaps(wanted, system[s])) continue;
      if (chosen == system.size()) chosen = s;
      if (same_extent(wanted, system[s])) {
        chosen = s;
        break;
      }
    }
    if (chosen == system.size()) {
      match.missed.push_back(g);
      continue;
    }
    taken[chosen] = true;
    match.pairs.push_back({g, chosen});
    match.counts.relaxed += 1;
    match.counts.strict += same_extent(wanted, system[chosen]) ? 1 : 0;
    match.counts.value += wanted.value == system[chosen].value ? 1 : 0;
    match.counts.type += wanted.type == system[chosen].type ? 1 : 0;
  }
  for (const std::size_t s : system_order) {
    if (!taken[s]) match.spurious.push_back(s);
  }
  match.counts.gold = gold.size();
  match.counts.system = system.size();
  return match;
}

PrecisionRecall precision_recall(std::size_t matched, std::size_t system, std::size_t gold) {
  PrecisionRecall result;
  result.precision = ratio(matched, system);
  result.recall = ratio(matched, gold);
  result.f1 = harmonic_mean(result.precision, result.recall);
  return result;
}

Scores score(const MatchCounts& counts) {
  Scores scores;
  scores.strict = precision_recall(counts.strict, counts.system, counts.gold);
  scores.relaxed = precision_recall(counts.relaxed, counts.system, counts.gold);
  scores.value_accuracy = ratio(counts.value, counts.relaxed);
  scores.value_f1 = scores.value_accuracy * scores.relaxed.f1;
  scores.type_accuracy = ratio(counts.type, counts.relaxed);
  scores.type_f1 = scores.type_accuracy * scores.relaxed.f1;
  return scores;
}

}  // namespace chronicle::evaluation
