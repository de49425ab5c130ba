// Ranges: two expressions that make one span are linked both ways (TimeML keeps them two TIMEX3);
// "since X" and "until X" are ranges with one open end. Reference time: Tuesday 2016-03-29.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";

RangeLink link(std::optional<std::size_t> start, std::optional<std::size_t> end, std::string via) {
  return RangeLink{start, end, std::move(via)};
}
}  // namespace

TEST_CASE("from X to Y, X-Y and between X and Y link their two ends", "[temporal][ranges]") {
  const auto found = tag_news("The fair ran from March 3 to March 10. Sales grew between 2009 and 2011.", kDct);
  INFO(texts(found));
  REQUIRE(found.size() == 4);
  CHECK(found[0].range == link(0, 1, "from"));
  CHECK(found[1].range == link(0, 1, "from"));
  CHECK(found[2].range == link(2, 3, "between"));
  CHECK(found[3].range == link(2, 3, "between"));
  const auto dashed = tag_news("The war lasted 1914-1918.", kDct);
  REQUIRE(dashed.size() == 2);
  CHECK(dashed[0].range == link(0, 1, "-"));
}

TEST_CASE("a bare day after a joiner is a day of the same month and the range's end", "[temporal][ranges]") {
  const auto found = tag_news("The fair runs March 3-10 in Paris.", kDct);
  INFO(texts(found));
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "10");
  CHECK(found[1].value == "2016-03-10");
  CHECK(found[1].range == link(0, 1, "-"));
  const auto to = tag_news("It runs from April 3 to 10.", kDct);
  REQUIRE(to.size() == 2);
  CHECK(to[1].value == "2016-04-10");
  // Counts and amounts after a date are no day.
  CHECK(tag_news("On May 2-5 people died.", kDct).size() == 1);
  CHECK(tag_news("On May 2 prices rose 3-10%.", kDct).size() == 1);
  // A day before the first is no end.
  CHECK(tag_news("It ran March 10-3 times.", kDct).size() == 1);
}

TEST_CASE("since X opens a range that has no end, until X one that has no start", "[temporal][ranges]") {
  const auto found = tag_news("Prices have risen since 2003. The shop is closed until Friday.", kDct);
  INFO(texts(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].range == link(0, std::nullopt, "since"));
  CHECK(found[1].range == link(std::nullopt, 1, "until"));
  CHECK(found[1].value == "2016-04-01");
}

TEST_CASE("expressions that only stand side by side are no range", "[temporal][ranges]") {
  const auto found = tag_news("On Monday and Tuesday it rained. In 2011 to be fair, 2009 was worse.", kDct);
  INFO(texts(found));
  for (const Timex& t : found) CHECK_FALSE(t.range.has_value());
  // An end before its start is no range.
  const auto backwards = tag_news("The score went 2011 to 2009.", kDct);
  for (const Timex& t : backwards) CHECK_FALSE(t.range.has_value());
}

TEST_CASE("a bare day before a joiner and a day-month date is the first day of the range", "[temporal][ranges]") {
  const auto found = tag_news("The summit was held 13-15 July 2014 in Brazil.", kDct);
  INFO(texts(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "13");
  CHECK(found[0].value == "2014-07-13");
  CHECK(found[1].value == "2014-07-15");
  CHECK(found[0].range == link(0, 1, "-"));
  CHECK(found[1].range == link(0, 1, "-"));
  const auto from = tag_news("It runs from 13 to 15 July 2016.", kDct);
  REQUIRE(find(from, "13"));
  CHECK(find(from, "13")->value == "2016-07-13");
  const auto ordinal = tag_news("It runs from the 13th to 15th July 2016.", kDct);
  REQUIRE(find(ordinal, "13th"));
  CHECK(find(ordinal, "13th")->value == "2016-07-13");
  // A number that belongs to something else is no day: a room, a score, a later day.
  CHECK(!find(tag_news("Room 13 to 15 July 2016 is booked.", kDct), "13"));
  CHECK(!find(tag_news("They scored 2-15 July 2016 games.", kDct), "2"));
  CHECK(!find(tag_news("It ran 20 to 15 July 2016.", kDct), "20"));
}

TEST_CASE("a bare clock time that starts a range is on the day its end names", "[temporal][ranges]") {
  // Reference Tuesday 2016-03-29: Thursday before it is March 24, tomorrow March 30.
  const auto thursday = tag_news("The desk was open 9:30 - 11:00 on Thursday.", kDct);
  INFO(texts(thursday));
  REQUIRE(thursday.size() == 2);
  CHECK(thursday[0].value == "2016-03-24T09:30");
  REQUIRE(thursday[0].interval);
  CHECK(thursday[0].interval->start == "2016-03-24T09:30:00");
  CHECK(thursday[0].range == link(0, 1, "-"));
  const auto tomorrow = tag_news("Talks run 1pm-2pm tomorrow.", kDct);
  REQUIRE(find(tomorrow, "1pm"));
  CHECK(find(tomorrow, "1pm")->value == "2016-03-30T13:00");
  // Across midnight the start stays the evening before: "from 11pm to 1am tomorrow".
  const auto night = tag_news("The curfew runs from 11pm to 1am tomorrow.", kDct);
  REQUIRE(find(night, "11pm"));
  CHECK(find(night, "11pm")->value == "2016-03-29T23:00");
}
