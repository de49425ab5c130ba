#include "core/evaluation/scoring.h"

#include <catch2/catch.hpp>

namespace {

using chronicle::evaluation::match_timexes;
using chronicle::evaluation::MatchCounts;
using chronicle::evaluation::score;
using chronicle::temporal::Timex;

Timex span(std::size_t begin, std::size_t end, std::string type = "DATE", std::string value = "2016-03-27") {
  Timex timex;
  timex.begin = begin;
  timex.end = end;
  timex.type = std::move(type);
  timex.value = std::move(value);
  return timex;
}

}  // namespace

TEST_CASE("one strict, one relaxed-only and one spurious system span give the hand-computed scores") {
  // Gold: three spans. System: the first exactly, the second overlapping with a wrong value, and
  // one span in the gap. Worked out by hand: 1 strict and 2 relaxed pairs out of 3 and 3,
  // 1 value and 2 type agreements among the 2 relaxed pairs.
  const std::vector<Timex> gold = {span(0, 10), span(20, 25, "DATE", "2016"),
                                   span(40, 50, "DURATION", "P1M")};
  const std::vector<Timex> system = {span(0, 10), span(18, 25, "DATE", "2015"), span(30, 35, "DATE", "X")};
  const auto match = match_timexes(gold, system);
  CHECK(match.counts == MatchCounts{3, 3, 1, 2, 1, 2});
  CHECK(match.missed == std::vector<std::size_t>{2});
  CHECK(match.spurious == std::vector<std::size_t>{2});

  const auto scores = score(match.counts);
  CHECK(scores.strict.precision == Approx(1.0 / 3));
  CHECK(scores.strict.recall == Approx(1.0 / 3));
  CHECK(scores.strict.f1 == Approx(1.0 / 3));
  CHECK(scores.relaxed.precision == Approx(2.0 / 3));
  CHECK(scores.relaxed.recall == Approx(2.0 / 3));
  CHECK(scores.relaxed.f1 == Approx(2.0 / 3));
  CHECK(scores.value_accuracy == Approx(0.5));
  CHECK(scores.value_f1 == Approx(1.0 / 3));
  CHECK(scores.type_accuracy == Approx(1.0));
  CHECK(scores.type_f1 == Approx(2.0 / 3));
}

TEST_CASE("scores come from counts summed over documents, not from averaged document scores") {
  // Document 1: one gold span, nothing found. Document 2: one gold span found exactly.
  // Summed: gold 2, system 1, strict 1 -> P 1, R 0.5, F1 2/3 (averaging would give F1 0.5).
  MatchCounts totals;
  totals += match_timexes({span(0, 4)}, {}).counts;
  totals += match_timexes({span(5, 9)}, {span(5, 9)}).counts;
  CHECK(totals == MatchCounts{2, 1, 1, 1, 1, 1});
  const auto scores = score(totals);
  CHECK(scores.strict.precision == Approx(1.0));
  CHECK(scores.strict.recall == Approx(0.5));
  CHECK(scores.strict.f1 == Approx(2.0 / 3));
}

TEST_CASE("a system span covering two gold spans is matched to one of them only") {
  // "March 3 and 4" as one span against gold "March 3" and "4": one relaxed pair, one miss.
  const auto match = match_timexes({span(0, 7), span(12, 13)}, {span(0, 13)});
  CHECK(match.counts == MatchCounts{2, 1, 0, 1, 1, 1});
  CHECK(match.missed == std::vector<std::size_t>{1});
  const auto scores = score(match.counts);
  CHECK(scores.relaxed.precision == Approx(1.0));
  CHECK(scores.relaxed.recall == Approx(0.5));
}

TEST_CASE("two system spans inside one gold span count one match and one false positive") {
  const auto match = match_timexes({span(0, 20)}, {span(0, 5), span(10, 20)});
  CHECK(match.counts == MatchCounts{1, 2, 0, 1, 1, 1});
  CHECK(match.spurious == std::vector<std::size_t>{1});
}

TEST_CASE("a gold span prefers the overlapping system span with its identical extent") {
  const auto match = match_timexes({span(2, 5)}, {span(0, 10), span(2, 5)});
  REQUIRE(match.pairs.size() == 1);
  CHECK(match.pairs[0].system == 1);
  CHECK(match.counts.strict == 1);
}

TEST_CASE("spans given out of order are matched as if sorted") {
  const auto match = match_timexes({span(20, 25), span(0, 5)}, {span(0, 5), span(20, 25)});
  CHECK(match.counts == MatchCounts{2, 2, 2, 2, 2, 2});
  CHECK(match.missed.empty());
  CHECK(match.spurious.empty());
}

TEST_CASE("spans that only touch do not overlap") {
  const auto match = match_timexes({span(0, 5)}, {span(5, 9)});
  CHECK(match.counts.relaxed == 0);
}

TEST_CASE("no spans at all give zero scores without dividing by zero") {
  const auto scores = score(match_timexes({}, {}).counts);
  CHECK(scores.strict.f1 == 0.0);
  CHECK(scores.relaxed.precision == 0.0);
  CHECK(scores.relaxed.recall == 0.0);
  CHECK(scores.value_f1 == 0.0);
  CHECK(scores.type_f1 == 0.0);
}

TEST_CASE("values must be identical strings to count as right") {
  const auto match = match_timexes({span(0, 5, "DATE", "2016-03")}, {span(0, 5, "DATE", "2016-03-01")});
  CHECK(match.counts.value == 0);
  CHECK(match.counts.type == 1);
}
