// Absolute dates. Reference time: Tuesday 2016-03-29.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("a dateline with a clock time is one TIME expression", "[temporal][absolute]") {
  const auto found = tag_news("Tue Mar 29, 2016 16:27:03\n\nText.", kDct);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Tue Mar 29, 2016 16:27:03");
  CHECK(found[0].type == "TIME");
  CHECK(found[0].value == "2016-03-29T16:27:03");
}

TEST_CASE("numeric dates follow the date order option unless a field can only be a day", "[temporal][absolute]") {
  CHECK(find(tag_news("Due 04/03/2016.", kDct), "04/03/2016")->value == "2016-04-03");
  CHECK(find(tag_news("Due 04/03/2016.", kDct, DateOrder::kDayFirst), "04/03/2016")->value == "2016-03-04");
  CHECK(find(tag_news("Due 13/03/2016.", kDct), "13/03/2016")->value == "2016-03-13");
}

TEST_CASE("early, mid and late give a mod and keep the value", "[temporal][absolute]") {
  const auto found = tag_news("The siege began in early May 2015 and ended in late 2015.", kDct);
  const auto early = find(found, "early May 2015");
  REQUIRE(early);
  CHECK(early->value == "2015-05");
  CHECK(early->mod == "START");
  const auto late = find(found, "late 2015");
  REQUIRE(late);
  CHECK(late->value == "2015");
  CHECK(late->mod == "END");
  const auto mid = find(tag_news("Output recovers by mid-2017.", kDct), "mid-2017");
  REQUIRE(mid);
  CHECK(mid->mod == "MID");
}

TEST_CASE("an interval is counted in seconds since 1970 as well as written out", "[temporal][absolute]") {
  // 2015-05-01 is day 16556 after 1970-01-01 and 2015-06-01 day 16587; 2016-02-29 is day 16860.
  const auto may = find(tag_news("It fell last May.", kDct), "last May");
  REQUIRE(may->interval);
  CHECK(may->interval->start_second == 16556LL * 86400);
  CHECK(may->interval->end_second == 16587LL * 86400);
  const auto leap_day = find(tag_news("Signed on February 29, 2016.", kDct), "February 29, 2016");
  REQUIRE(leap_day->interval);
  CHECK(leap_day->interval->start_second == 16860LL * 86400);
  CHECK(leap_day->interval->end_second == 16861LL * 86400);
}

TEST_CASE("an expression tells which calendar fields its own words wrote", "[temporal][absolute]") {
  const auto written = [](const std::string& text, const std::string& words) {
    const auto found = find(tag_news(text, kDct), words);
    REQUIRE(found);
    return found->written;
  };
  CHECK(written("Signed on March 27, 2016.", "March 27, 2016") == Written{.year = true, .month = true, .day = true});
  CHECK(written("It fell last May.", "last May") == Written{.month = true});
  CHECK(written("It fell on Sunday.", "Sunday") == Written{.weekday = true});
  CHECK(written("It rose in the 1990s.", "the 1990s") == Written{.year = true});
  CHECK(written("It fell yesterday.", "yesterday") == Written{});
  CHECK(written("They met this morning.", "this morning") == Written{.time_of_day = true});
}

TEST_CASE("a resolved date carries its granularity and closed-open interval", "[temporal][absolute]") {
  const auto may = find(tag_news("It fell last May.", kDct), "last May");
  REQUIRE(may);
  CHECK(may->granularity == Granularity::kMonth);
  REQUIRE(may->interval);
  CHECK(may->interval->start == "2015-05-01T00:00:00");
  CHECK(may->interval->end == "2015-06-01T00:00:00");
  const auto day = find(tag_news("Signed on February 29, 2016.", kDct), "February 29, 2016");
  REQUIRE(day);
  CHECK(day->granularity == Granularity::kDay);
  CHECK(day->interval->start == "2016-02-29T00:00:00");
  CHECK(day->interval->end == "2016-03-01T00:00:00");
  const auto decade = find(tag_news("In the 1990s.", kDct), "the 1990s");
  CHECK(decade->interval->start == "1990-01-01T00:00:00");
  CHECK(decade->interval->end == "2000-01-01T00:00:00");
}

TEST_CASE("a hyphenated range of years gives both years, a phone number gives none", "[temporal][absolute]") {
  const auto found = tag_news("The war (1914-1918) ended.", kDct);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "1914");
  CHECK(found[1].value == "1918");
  CHECK(tag_news("Call 555-1918 now-ish.", kDct).size() <= 1);
  CHECK_FALSE(find(tag_news("Call 555-1918.", kDct), "1918"));
}

TEST_CASE("in a range of days the day next to the month is a date, a score is not", "[temporal][absolute]") {
  const auto battle = tag_news("The battle of 6-7 January 1916 was lost.", kDct);
  INFO(texts(battle));
  REQUIRE(find(battle, "7 January 1916"));
  CHECK(find(battle, "7 January 1916")->value == "1916-01-07");
  const auto talks = tag_news("Talks were held on March 5-9 in Geneva.", kDct);
  REQUIRE(find(talks, "March 5"));
  CHECK(find(talks, "March 5")->value == "2016-03-05");
  CHECK_FALSE(find(tag_news("The board's 2-1 May vote stands.", kDct), "1 May"));
}

TEST_CASE("dates that do not exist are not tagged", "[temporal][absolute]") {
  CHECK(tag_news("Signed on February 30, 2016.", kDct).size() <= 1);
  CHECK_FALSE(find(tag_news("Signed on February 30, 2016.", kDct), "February 30, 2016"));
  CHECK_FALSE(find(tag_news("Signed on February 29, 2015.", kDct), "February 29, 2015"));
}

TEST_CASE("the first of two joined dates shares the year written after the second", "[temporal][absolute]") {
  const std::vector<Example> table = {
      {"Strikes hit in April and June 2014.", "April", "2014-04"},
      {"Talks were held on March 5-9, 2014 in Geneva.", "March 5", "2014-03-05"},
      {"Talks were held on March 5\xE2\x80\x93" "9, 2014 in Geneva.", "March 5", "2014-03-05"},
      {"Fighting went on through summer and autumn 2014.", "summer", "2014-SU"},
      {"Both sides spent the spring and early summer of 2014 preparing.", "the spring", "2014-SP"},
      {"Sales rose in March and April of 2014.", "March", "2014-03"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("the latter half, a year before its season, a clock time after a month and day", "[temporal][absolute]") {
  const std::vector<Example> table = {
      {"Growth slowed in the latter half of 2008.", "the latter half of 2008", "2008-H2"},
      {"The 1982 summer offensive failed.", "1982 summer", "1982-SU"},
      {"The attack began May 8 1:00AM.", "May 8 1:00AM", "2015-05-08T01:00", "TIME"},
      {"It ended on 9 May at 5:30 pm.", "9 May at 5:30 pm", "2015-05-09T17:30", "TIME"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK(find(tag_news("On March 5 10 people died.", kDct), "March 5"));
}

TEST_CASE("the financial or fiscal year is the anchor's year as a fiscal year", "[temporal][absolute]") {
  const std::vector<Example> table = {
      {"Sales rose at the start of the financial year.", "the start of the financial year", "FY2016"},
      {"Profit will rise next fiscal year.", "next fiscal year", "FY2017"},
      {"The last fiscal year was weak.", "last fiscal year", "FY2015"},
      {"In financial year 2014 it fell.", "financial year 2014", "FY2014"},
  };
  CHECK_EXAMPLES(table, kDct);
  TagOptions unknown;
  CHECK(find(tag("Profit will rise next fiscal year.", unknown), "next fiscal year")->value == "FYXXXX");
}

TEST_CASE("a year glued to a capitalized word is a heading that lost its line break", "[temporal][absolute]") {
  const auto found = tag_news("Spanish Civil War, 1936Coup attempts failed across the country.", kDct);
  INFO(texts(found));
  const auto year = find(found, "1936");
  REQUIRE(year);
  CHECK(year->value == "1936");
  // Letters and digits run together otherwise stay one identifier: no year in "2016ABC" or "A1936".
  CHECK(tag_news("Part 2016ABC and part A1936 were shipped.", kDct).empty());
}

TEST_CASE("a year written in words is a year, a count of thousands is not", "[temporal][absolute]") {
  const std::vector<Example> table = {
      {"Atlanta, nineteen ninety-six.", "nineteen ninety-six", "1996"},
      {"It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"},
      {"It froze in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"},
      {"The plan runs to the year two thousand.", "the year two thousand", "2000"},
      {"It opened in two thousand eight.", "two thousand eight", "2008"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  const auto crowd = tag_news("Some two thousand people marched.", "2016-03-29");
  CHECK(crowd.empty());
  const auto span = tag_news("The tree is more than two thousand years old.", "2016-03-29");
  REQUIRE(find(span, "more than two thousand years"));
  CHECK(find(span, "more than two thousand years")->type == "DURATION");
}

TEST_CASE("an ISO 8601 timestamp is one time, with its seconds and zone", "[temporal][absolute]") {
  const std::vector<Example> table = {
      {"Logged at 1994-11-05T13:15:30Z by the server.", "1994-11-05T13:15:30Z", "1994-11-05T13:15:30Z", "TIME"},
      {"Sent 2016-05-07T23:45:00.487+01:00 from Paris.", "2016-05-07T23:45:00.487+01:00", "2016-05-07T23:45:00+01:00",
       "TIME"},
      {"Filed 1994-11-05T08:15:30-05:30.", "1994-11-05T08:15:30-05:30", "1994-11-05T08:15:30-05:30", "TIME"},
      {"Due 2015-07-31T12:00 sharp.", "2015-07-31T12:00", "2015-07-31T12:00", "TIME"},
      {"Due 2015-07-31 at noon.", "2015-07-31", "2015-07-31"},
  };
  CHECK_EXAMPLES(table, kDct);
  // Letters glued after it make it an identifier, not a time; a month 13 is no date.
  CHECK(tag_news("build 2015-07-31T12:00:00abc failed", kDct).empty());
  CHECK(tag_news("ref 2015-13-31T12:00:00Z failed", kDct).empty());
}

TEST_CASE("the week of a date is the week that holds it; the first day of a month is its day 1",
          "[temporal][absolute]") {
  // October 6, 2015 was a Tuesday in ISO week 2015-W41; the 6th of October 2016 a Thursday in
  // 2016-W40.
  const std::vector<Example> table = {
      {"Shares fell in the week of October 6, 2015.", "the week of October 6, 2015", "2015-W41"},
      {"Talks are set for the week of the 6th of October 2016.", "the week of the 6th of October 2016", "2016-W40"},
      {"It opened on the first day of June 2015.", "the first day of June 2015", "2015-06-01"},
  };
  CHECK_EXAMPLES(table, kDct);
}
