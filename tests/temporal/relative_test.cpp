// Relative days and units. Reference time: Tuesday 2016-03-29, in ISO week 2016-W13
// (Monday March 28 to Sunday April 3).
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("late last year is last year with the END mod", "[temporal][relative]") {
  const auto found = find(tag_news("The plan was drafted late last year.", kDct), "late last year");
  REQUIRE(found);
  CHECK(found->value == "2015");
  CHECK(found->mod == "END");
}

TEST_CASE("now and currently are PRESENT_REF, recently PAST_REF, the future FUTURE_REF", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"The army is currently closing in.", "currently", "PRESENT_REF"},
      {"The army is now closing in.", "now", "PRESENT_REF"},
      {"The army recently closed in.", "recently", "PAST_REF"},
      {"Few read papers these days.", "these days", "PRESENT_REF"},
      {"The site was formerly a fort.", "formerly", "PAST_REF"},
      {"No place in the future of the region.", "the future", "FUTURE_REF"},
  };
  CHECK_EXAMPLES(table, kDct);
  const auto now = find(tag_news("It is now over.", kDct), "now");
  REQUIRE(now);
  CHECK_FALSE(now->interval.has_value());
}

TEST_CASE("without a document time relative expressions keep X placeholders", "[temporal][relative]") {
  const auto found = tag_news("It rained yesterday and last May, and on March 29, 2016.", "");
  REQUIRE(find(found, "yesterday"));
  CHECK(find(found, "yesterday")->value == "XXXX-XX-XX");
  CHECK(find(found, "yesterday")->type == "DATE");
  CHECK(find(found, "last May")->value == "XXXX-05");
  CHECK(find(found, "March 29, 2016")->value == "2016-03-29");
}

TEST_CASE("late or early in the day is a part of the day the text is on, not the day after", "[temporal][relative]") {
  const auto found = tag_news("Stocks fell on Monday. The index rebounded late in the day after falling 200 points.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "late in the day"));
  CHECK(find(found, "late in the day")->value == "2016-03-28");
  CHECK(find(found, "late in the day")->mod == "END");
  CHECK_FALSE(find(found, "the day after"));
  const auto year = tag_news("Sales grew in 2014. Early in the year, prices had fallen.", kDct);
  REQUIRE(find(year, "Early in the year"));
  CHECK(find(year, "Early in the year")->value == "2014");
  CHECK(find(year, "Early in the year")->mod == "START");
}

TEST_CASE("so many units previously or afterwards count from the last date mentioned", "[temporal][relative]") {
  const auto found = tag_news("The plant opened on 2 March 2015. Five years previously, the site was a farm. "
                              "Two days afterwards, it closed.", kDct);
  INFO(texts(found));
  CHECK(find(found, "Five years previously")->value == "2010");
  CHECK(find(found, "Two days afterwards")->value == "2015-03-04");
}

TEST_CASE("the nth unit in a row is the current one, with or without an article", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"US stocks log gains for fourth week in a row", "fourth week in a row", "2016-W13"},
      {"Shares fell for third straight day.", "third straight day", "2016-03-29"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK_FALSE(find(tag_news("It was the first day of school.", kDct), "the first day"));
}

TEST_CASE("year's end, the present day and the middle of summer", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"The deal should close by year's end.", "year's end", "2016"},
      {"Payments are due at month\xE2\x80\x99s end.", "month\xE2\x80\x99s end", "2016-03"},
      {"The ruins lie in present-day Syria.", "present-day", "PRESENT_REF"},
      {"The city still stands in the present day.", "the present day", "PRESENT_REF"},
      {"The offensive peaked in the middle of summer.", "the middle of summer", "2015-SU"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK(find(tag_news("The deal should close by year's end.", kDct), "year's end")->mod == "END");
  const auto water = tag_news("A bottle of spring water cost more after a fall of 5%, a sign of winter.", kDct);
  INFO(texts(water));
  CHECK(water.empty());
}

TEST_CASE("late on a weekday and the coming weeks", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"The ceasefire, agreed late on Sunday, collapsed.", "late on Sunday", "2016-03-27"},
      {"Results are expected in the coming weeks.", "the coming weeks", "PXW", "DURATION"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK(find(tag_news("The ceasefire, agreed late on Sunday, collapsed.", kDct), "late on Sunday")->mod == "END");
}

TEST_CASE("the month after a year-long date is the document's month in news", "[temporal][relative]") {
  const auto found = tag_news("Shares have fallen this year. The deadline moved to the end of the month.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "the end of the month"));
  CHECK(find(found, "the end of the month")->value == "2016-03");
}

TEST_CASE("days or weeks after a month stay in that month's year and month in news", "[temporal][relative]") {
  const auto found = tag_news("Palmyra fell in May 2015. Two weeks later, the museum was looted.", kDct);
  INFO(texts(found));
  CHECK(find(found, "Two weeks later")->value == "2015-05-XX");
  CHECK(find(tag_news("Palmyra fell in May 2015. At 5 pm, the museum closed.", kDct), "5 pm")->value == "2016-03-29T17:00");
}

TEST_CASE("the same quarter or month a year back, and the year-earlier quarter, keep the unit they name",
          "[temporal][relative]") {
  const std::vector<Example> table = {
      {"Profit rose in the fourth quarter of 2015 from the same quarter a year earlier.",
       "the same quarter a year earlier", "2014-Q4"},
      {"Sales in January rose 4% from the same month last year.", "the same month last year", "2015-01"},
      {"Profit rose in the third quarter of 2015 from the year-earlier quarter.", "the year-earlier quarter",
       "2014-Q3"},
      {"Revenue in the second quarter of 2015 fell from the year-ago quarter.", "the year-ago quarter",
       "2014-Q2"},
  };
  CHECK_EXAMPLES(table, kDct);
  const auto hyphen = tag_news("Profit fell from the year-earlier quarter.", kDct);
  INFO(texts(hyphen));
  CHECK_FALSE(find(hyphen, "the year"));
}

TEST_CASE("a year back from a day is the same day of the month, or the month's last day",
          "[temporal][relative]") {
  const std::vector<Example> table = {
      {"Sales rose from the same period last year.", "the same period last year", "2015-03-29"},
      {"On Feb. 29, 2016, sales rose from the same period a year earlier.", "the same period a year earlier",
       "2015-02-28"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("year-end is the end of the year the text is in", "[temporal][relative]") {
  const auto found = tag_news("The plant will close by year-end.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "year-end"));
  CHECK(find(found, "year-end")->value == "2016");
  CHECK(find(found, "year-end")->mod == "END");
}

TEST_CASE("the quarter, the decade and the century are the ones the text is in", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"Profit rose in the quarter.", "the quarter", "2016-Q1"},
      {"It was the worst storm of the century.", "the century", "20"},  // TIMEX3 "20": the years 2000-2099
  };
  CHECK_EXAMPLES(table, kDct);
  const auto found = tag_news("By the end of the decade, prices had doubled.", kDct);
  INFO(texts(found));
  REQUIRE(find(found, "the end of the decade"));
  CHECK(find(found, "the end of the decade")->value == "201");
  CHECK(find(found, "the end of the decade")->mod == "END");
}

TEST_CASE("the latest quarter or week is the last one before the document's", "[temporal][relative]") {
  const std::vector<Example> table = {
      {"In the latest quarter, revenue rose.", "the latest quarter", "2015-Q4"},
      {"Jobless claims fell in the latest week.", "the latest week", "2016-W12"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK(tag_news("The latest data show growth.", kDct).empty());
}

TEST_CASE("a year's quarter or period is the one talked about, in that year", "[temporal][relative]") {
  // Written 1989-10-25 about the third quarter of 1989.
  const auto found = tag_news(
      "Net rose in the third quarter. It earned $2 million in the 1988 quarter. "
      "Sales for last year's quarter fell, and the corresponding period last year was weak.",
      "1989-10-25");
  INFO(texts(found));
  REQUIRE(find(found, "the 1988 quarter"));
  CHECK(find(found, "the 1988 quarter")->value == "1988-Q3");
  REQUIRE(find(found, "last year's quarter"));
  CHECK(find(found, "last year's quarter")->value == "1988-Q3");
  REQUIRE(find(found, "the corresponding period last year"));
  CHECK(find(found, "the corresponding period last year")->value == "1988-Q3");
  // A year before a singular unit is no count: "1988 quarter" is not 1988 quarters.
  for (const auto& t : found) CHECK(t.type != "DURATION");
}
