// The resolver on its own: a Partial plus an anchor and a tense gives value, granularity and
// interval. Dates worked out from the calendar (2016-03-29 is a Tuesday in ISO week 13).
#include <catch2/catch.hpp>

#include "core/temporal/resolver.h"

using namespace chronicle::temporal;
using namespace date;

namespace {

ResolveContext news_at(sys_days day, Tense tense = Tense::kNone) {
  ResolveContext context;
  context.dct = sys_seconds{day};
  context.last = Point{day, Unit::kDay};
  context.tense = tense;
  return context;
}

constexpr sys_days kTuesday = sys_days{2016_y / March / 29};

}  // namespace

TEST_CASE("a weekday leans back in the past tense and forward in the future tense", "[temporal][resolver]") {
  Partial sunday;
  sunday.weekday = 7;
  CHECK(resolve(sunday, news_at(kTuesday, Tense::kPast))->value == "2016-03-27");
  CHECK(resolve(sunday, news_at(kTuesday, Tense::kFuture))->value == "2016-04-03");
  CHECK(resolve(sunday, news_at(kTuesday))->value == "2016-03-27");  // news without a cue: the last one
}

TEST_CASE("a month without a year and without tense is the nearest one", "[temporal][resolver]") {
  Partial may;
  may.month = 5;
  CHECK(resolve(may, news_at(kTuesday))->value == "2016-05");  // two months ahead, ten back
  Partial december;
  december.month = 12;
  CHECK(resolve(december, news_at(kTuesday))->value == "2015-12");
}

TEST_CASE("last and next are strict: never the reference's own period", "[temporal][resolver]") {
  Partial last_march;
  last_march.month = 3;
  last_march.lean = Lean::kPast;
  CHECK(resolve(last_march, news_at(kTuesday))->value == "2015-03");
  Partial next_tuesday;
  next_tuesday.weekday = 2;
  next_tuesday.lean = Lean::kFuture;
  CHECK(resolve(next_tuesday, news_at(kTuesday))->value == "2016-04-05");
}

TEST_CASE("offsets give the period of their unit with its interval", "[temporal][resolver]") {
  Partial last_week;
  last_week.shape = Shape::kDeictic;
  last_week.unit = Unit::kWeek;
  last_week.amount = -1;
  const auto week = resolve(last_week, news_at(kTuesday));
  CHECK(week->value == "2016-W12");
  CHECK(week->granularity == Granularity::kWeek);
  CHECK(week->interval->start == "2016-03-21T00:00:00");
  CHECK(week->interval->end == "2016-03-28T00:00:00");

  Partial next_quarter;
  next_quarter.shape = Shape::kDeictic;
  next_quarter.unit = Unit::kQuarter;
  next_quarter.amount = 1;
  const auto quarter = resolve(next_quarter, news_at(kTuesday));
  CHECK(quarter->value == "2016-Q2");
  CHECK(quarter->interval->start == "2016-04-01T00:00:00");
  CHECK(quarter->interval->end == "2016-07-01T00:00:00");
}

TEST_CASE("ISO weeks at year ends follow the Thursday rule", "[temporal][resolver]") {
  Partial this_week;
  this_week.shape = Shape::kDeictic;
  this_week.unit = Unit::kWeek;
  this_week.amount = 0;
  // 2016-01-01 is a Friday: its week is the last of 2015 (2015-W53).
  CHECK(resolve(this_week, news_at(sys_days{2016_y / January / 1}))->value == "2015-W53");
  // 2018-12-31 is a Monday: its week is the first of 2019.
  CHECK(resolve(this_week, news_at(sys_days{2018_y / December / 31}))->value == "2019-W01");
}

TEST_CASE("durations and sets have no interval", "[temporal][resolver]") {
  Partial decade;
  decade.shape = Shape::kDuration;
  decade.unit = Unit::kDecade;
  decade.amount = 1;
  const auto r = resolve(decade, news_at(kTuesday));
  CHECK(r->value == "P10Y");
  CHECK(r->type == "DURATION");
  CHECK_FALSE(r->interval);
  Partial few_hours;
  few_hours.shape = Shape::kDuration;
  few_hours.unit = Unit::kHour;
  few_hours.amount = -1;
  CHECK(resolve(few_hours, news_at(kTuesday))->value == "PTXH");
}

TEST_CASE("a leap day exists only in leap years", "[temporal][resolver]") {
  Partial leap;
  leap.year = 2016;
  leap.month = 2;
  leap.day = 29;
  CHECK(resolve(leap, news_at(kTuesday))->value == "2016-02-29");
  leap.year = 2015;
  CHECK_FALSE(resolve(leap, news_at(kTuesday)).has_value());
}
