// TempEval-3 Task A scoring of system TIMEX3 spans against gold ones: pure functions on spans.
//
// Matching is one-to-one: walking the gold spans in order, each takes the first unmatched system
// span that overlaps it (preferring one with the identical extent). A matched pair is a relaxed
// match; a pair with identical extent is also a strict match. Precision divides by the system
// count, recall by the gold count, and F1 comes from counts summed over all documents.
// Value accuracy = pairs with the identical value string / relaxed matches, and
// value F1 = value accuracy x relaxed F1 (the figure TempEval-3 ranked systems on); type likewise.
#pragma once

#include <cstddef>
#include <vector>

#include "core/temporal/temporal.h"

namespace chronicle::evaluation {

struct MatchCounts {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t strict = 0;   // pairs with identical extent
  std::size_t relaxed = 0;  // all pairs (overlapping extent)
  std::size_t value = 0;    // pairs whose values are identical
  std::size_t type = 0;     // pairs whose types are identical

  MatchCounts& operator+=(const MatchCounts& other);
  bool operator==(const MatchCounts&) const = default;
};

struct MatchedPair {
  std::size_t gold = 0;    // index into the gold list
  std::size_t system = 0;  // index into the system list
};

struct DocumentMatch {
  std::vector<MatchedPair> pairs;
  std::vector<std::size_t> missed;    // gold indexes without a partner
  std::vector<std::size_t> spurious;  // system indexes without a partner
  MatchCounts counts;
};

// Matches the spans of one document. Both lists may come in any order and may overlap; each is
// visited in order of `begin`.
DocumentMatch match_timexes(const std::vector<temporal::Timex>& gold,
                            const std::vector<temporal::Timex>& system);

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// P = matched / system, R = matched / gold, F1 their harmonic mean; 0 where a denominator is 0.
PrecisionRecall precision_recall(std::size_t matched, std::size_t system, std::size_t gold);

struct Scores {
  PrecisionRecall strict;
  PrecisionRecall relaxed;
  double value_accuracy = 0;
  double value_f1 = 0;
  double type_accuracy = 0;
  double type_f1 = 0;
};

Scores score(const MatchCounts& counts);

}  // namespace chronicle::evaluation
