#include <catch2/catch.hpp>

#include "tests/hostile/contract_checks.h"
#include "tests/support/dates.h"

using chronicle::checks::is_calendar_day;
using chronicle::checks::timex_problems;
using chronicle::checks::timex_value_problem;
using chronicle::temporal::Timex;

// The hostile tests lean on these checks, so they are shown to fail where they should.

TEST_CASE("the calendar check knows leap years and month lengths", "[checks]") {
  CHECK(is_calendar_day("2016-02-29"));      // 2016 is divisible by 4
  CHECK_FALSE(is_calendar_day("2015-02-29"));
  CHECK_FALSE(is_calendar_day("1900-02-29"));  // divisible by 100, not by 400
  CHECK(is_calendar_day("2000-02-29"));        // divisible by 400
  CHECK_FALSE(is_calendar_day("2016-02-30"));
  CHECK_FALSE(is_calendar_day("2016-04-31"));
  CHECK_FALSE(is_calendar_day("2016-13-01"));
  CHECK_FALSE(is_calendar_day("2016-00-10"));
}

TEST_CASE("the value check rejects impossible dates and leaves other TIMEX3 shapes alone", "[checks]") {
  CHECK(timex_value_problem("2016-02-30") != "");
  CHECK(timex_value_problem("2016-13") != "");
  CHECK(timex_value_problem("") != "");
  CHECK(timex_value_problem("2016-03-27") == "");
  CHECK(timex_value_problem("2016-03-29T16:27") == "");
  CHECK(timex_value_problem("P3Y") == "");
  CHECK(timex_value_problem("XXXX-WXX-1") == "");
  CHECK(timex_value_problem("2016-W12") == "");
  CHECK(timex_value_problem("PRESENT_REF") == "");
}

TEST_CASE("the timex check catches spans that leave the text or lie about it", "[checks]") {
  const std::string text = "On Sunday, Palmyra fell.";
  Timex sunday{"Sunday", 3, 9, "DATE", "2016-03-27", "", chronicle::temporal::Granularity::kDay, {.weekday = true},
               chronicle::testing::interval_at("2016-03-27T00:00:00", "2016-03-28T00:00:00"), std::nullopt, {}};
  CHECK(timex_problems(text, {sunday}) == "");

  Timex past_end = sunday;
  past_end.end = text.size() + 1;
  CHECK(timex_problems(text, {past_end}) != "");

  Timex wrong_text = sunday;
  wrong_text.text = "Monday";
  CHECK(timex_problems(text, {wrong_text}) != "");

  Timex reversed_interval = sunday;
  reversed_interval.interval = {{"2016-03-28T00:00:00", "2016-03-27T00:00:00"}};
  CHECK(timex_problems(text, {reversed_interval}) != "");

  CHECK(timex_problems(text, {sunday, sunday}) != "");  // overlapping
}
