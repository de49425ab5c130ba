// Forms people write in messages and schedules: days of a month in words, clock readings with a
// part of the day, quarters past the hour, weekdays of a named week, holidays with last/next.
// Reference time: Tuesday 2016-03-29 (ISO week 2016-W13, Monday March 28 to Sunday April 3).
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("a day of a month is read with of, in lower case, and between dashes or slashes",
          "[temporal][forms]") {
  const std::vector<Example> table = {
      {"We meet on the 2nd of march 2017.", "the 2nd of march 2017", "2017-03-02"},
      {"The fair opens on first of may 2016.", "first of may 2016", "2016-05-01"},
      {"The office opens the 15 of April 2016.", "the 15 of April 2016", "2016-04-15"},
      {"It opens 12th of July 2016.", "12th of July 2016", "2016-07-12"},
      {"Filed 31-Oct-1974.", "31-Oct-1974", "1974-10-31"},
      {"Filed 10-August-2012.", "10-August-2012", "2012-08-10"},
  };
  CHECK_EXAMPLES(table, kDct);
  // The modal stays a verb.
  CHECK_FALSE(find(tag_news("Prices may rise.", kDct), "may").has_value());
}

TEST_CASE("a quarterly dividend is a kind of payment, while paid quarterly is a recurrence", "[temporal][forms]") {
  CHECK_FALSE(find(tag_news("The board raised its quarterly dividend.", kDct), "quarterly").has_value());
  const auto paid = tag_news("Interest is paid quarterly.", kDct);
  REQUIRE(find(paid, "quarterly"));
  CHECK(find(paid, "quarterly")->type == "SET");
  CHECK(find(paid, "quarterly")->value == "P1Q");
}

TEST_CASE("so many units from now or hence are dates ahead; 15h30 is a clock reading", "[temporal][forms]") {
  const std::vector<Example> table = {
      {"The bridge opens three years from now.", "three years from now", "2019"},
      {"The bridge opens 7 days hence.", "7 days hence", "2016-04-05"},
      {"The train leaves at 15h30.", "15h30", "2016-03-29T15:30", "TIME"},
      {"The train leaves at 9h05.", "9h05", "2016-03-29T09:05", "TIME"},
      {"The talks start at 15h GMT.", "15h GMT", "2016-03-29T15:00Z", "TIME"},
  };
  CHECK_EXAMPLES(table, kDct);
  // A bare "24h" is a length of time, not a clock.
  CHECK_FALSE(find(tag_news("A 24h news channel.", kDct), "24h").has_value());
}

TEST_CASE("a clock time right before a written date is a time of that day, after a comma or nothing",
          "[temporal][time]") {
  // Reference Wednesday 1989-10-25; the dates are written out, so the clock takes their day.
  const std::vector<Example> table = {
      {"The offer expires at 5 p.m. EST, Nov. 6, the company said.", "5 p.m. EST", "1989-11-06T17:00", "TIME"},
      {"Trading resumes 5 p.m. EST Nov. 9 in New York.", "5 p.m. EST", "1989-11-09T17:00", "TIME"},
      {"The vote is at 11 a.m. on Nov. 2.", "11 a.m.", "1989-11-02T11:00", "TIME"},
  };
  CHECK_EXAMPLES(table, "1989-10-25");
  // Not next to each other: the clock keeps the day the context gives it.
  const auto apart = tag_news("It closed at 5 p.m. and reopens Nov. 9.", "1989-10-25");
  REQUIRE(find(apart, "5 p.m."));
  CHECK(find(apart, "5 p.m.")->value == "1989-10-25T17:00");
}

TEST_CASE("a couple of units counts two, and 'or so' before ago makes it approximate",
          "[temporal][duration]") {
  const std::vector<Example> table = {
      {"Prices held for a couple of years.", "a couple of years", "P2Y", "DURATION"},
      {"The talks took a couple hours.", "a couple hours", "PT2H", "DURATION"},
      {"They left a week or so ago.", "a week or so ago", "1989-10-18"},
  };
  CHECK_EXAMPLES(table, "1989-10-25");
  const auto about = tag_news("They left a week or so ago.", "1989-10-25");
  REQUIRE(find(about, "a week or so ago"));
  CHECK(find(about, "a week or so ago")->mod == "APPROX");
}
