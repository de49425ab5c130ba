// News anchoring: direction from the clause (end points ahead, verbs of saying, arrangements) and
// comparisons with the same period a year back. Reference time: Tuesday 2016-03-29, in the first
// quarter of 2016.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("an end point after until, by, payable or a verb of putting off lies ahead even in a past clause",
          "[temporal][anchoring]") {
  const std::vector<Example> table = {
      {"The offer was extended until Friday.", "Friday", "2016-04-01"},
      {"The vote was postponed to Monday.", "Monday", "2016-04-04"},
      {"The hearing was pushed back to Thursday.", "Thursday", "2016-03-31"},
      {"The board declared a dividend payable April 15.", "April 15", "2016-04-15"},
      {"The talks were supposed to conclude by May.", "May", "2016-05"},
      {"Trading is to resume in Paris on Wednesday.", "Wednesday", "2016-03-30"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("a day reported in a past clause of saying is the near one ahead rather than one nearly a year back",
          "[temporal][anchoring]") {
  const std::vector<Example> table = {
      {"The company announced a split for holders of record April 10.", "April 10", "2016-04-10"},
      // An event verb keeps the past: the attack is over.
      {"The attack began April 10.", "April 10", "2015-04-10"},
      // Not nearly a year back: the past one stays.
      {"The company said the index peaked on August 6.", "August 6", "2015-08-06"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("through a date without a year is the nearest such date, whatever the tense",
          "[temporal][anchoring]") {
  const std::vector<Example> table = {
      {"The fund had gained 2% this year through March 18.", "March 18", "2016-03-18"},
      {"The program was funded to run through June.", "June", "2016-06"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("a year ago after a quarter or a month is that period a year back, and does not move the anchor",
          "[temporal][anchoring]") {
  const auto found = tag_news(
      "Profit in the fourth quarter rose 5% from $3 million a year ago. Sales rose from a year earlier.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "the fourth quarter"));
  CHECK(find(found, "the fourth quarter")->value == "2015-Q4");
  REQUIRE(find(found, "a year ago"));
  CHECK(find(found, "a year ago")->value == "2014-Q4");
  REQUIRE(find(found, "a year earlier"));
  CHECK(find(found, "a year earlier")->value == "2014-Q4");
  // After a plain day (the document's own), a year ago is the year.
  const auto plain = tag_news("Prices were lower a year ago.", kDct);
  REQUIRE(find(plain, "a year ago"));
  CHECK(find(plain, "a year ago")->value == "2015");
  // "the previous year" is no count of years: the year before.
  const auto previous = tag_news("Sales in March rose from the previous year.", kDct);
  REQUIRE(find(previous, "the previous year"));
  CHECK(find(previous, "the previous year")->value == "2015");
}

TEST_CASE("the quarter in a past clause written early in a quarter is the one just over", "[temporal][anchoring]") {
  // 2016-04-20 is three weeks into the second quarter: results reported then are the first's.
  const auto found = tag_news("The company earned $5 million in the quarter.", "2016-04-20");
  REQUIRE(find(found, "the quarter"));
  CHECK(find(found, "the quarter")->value == "2016-Q1");
  const auto ahead = tag_news("The company will earn more in the quarter.", "2016-04-20");
  REQUIRE(find(ahead, "the quarter"));
  CHECK(find(ahead, "the quarter")->value == "2016-Q2");
  // Late in a quarter, it is that quarter.
  const auto late = tag_news("The company earned $5 million in the quarter.", kDct);
  REQUIRE(find(late, "the quarter"));
  CHECK(find(late, "the quarter")->value == "2016-Q1");
}

TEST_CASE("a quarter without a year that ended weeks ago is the one reported on, whatever the tense",
          "[temporal][anchoring]") {
  // 2016-04-20: the first quarter ended 20 days before.
  const std::vector<Example> table = {
      {"The company expects to report a first-quarter loss.", "first-quarter", "2016-Q1"},
      {"The company will release first-quarter results soon.", "first-quarter", "2016-Q1"},
      {"Sales will rise in the third quarter.", "the third quarter", "2016-Q3"},
      {"Sales rose in the 2015 second quarter.", "the 2015 second quarter", "2015-Q2"},
      {"Sales will rise in next year's first quarter.", "next year's first quarter", "2017-Q1"},
  };
  CHECK_EXAMPLES(table, "2016-04-20");
}

TEST_CASE("year-earlier and year-ago compare with the period talked about; the latest period is that period",
          "[temporal][anchoring]") {
  const auto found = tag_news(
      "Profit in the fourth quarter rose from the year-earlier $3 million. Sales in the latest period fell.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "year-earlier"));
  CHECK(find(found, "year-earlier")->value == "2014-Q4");
  REQUIRE(find(found, "the latest period"));
  CHECK(find(found, "the latest period")->value == "2015-Q4");
  const auto plain = tag_news("Sales fell from year-ago levels.", kDct);
  REQUIRE(find(plain, "year-ago"));
  CHECK(find(plain, "year-ago")->value == "2015");
}
