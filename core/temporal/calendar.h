// Calendar facts on top of Howard Hinnant's date: holidays, ISO weeks, seasons, and the TIMEX3
// spelling of dates and times.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>

#include "core/temporal/partial.h"

namespace chronicle::temporal {

// The date of `holiday` in `year` (fixed or computed: Easter, Thanksgiving, ...).
std::optional<date::sys_days> holiday_date(Holiday holiday, int year);

struct IsoWeek {
  int year = 0;
  int week = 0;  // 1..53
};
IsoWeek iso_week(date::sys_days day);
date::sys_days iso_week_monday(date::sys_days day);

// First day of the season of `year`: spring March 1, summer June 1, autumn September 1, and
// winter December 1 of the year before (winter 2016 is Dec 2015 - Feb 2016).
date::sys_days season_start(Season season, int year);
std::string_view season_code(Season season);  // "SP", "SU", "FA", "WI"

// "2016-03-29T00:00:00"
std::string format_timestamp(date::sys_seconds t);
// [start, end) written out and counted in seconds.
Interval interval_between(date::sys_seconds start, date::sys_seconds end);
// "0240", "2016": four digits, as TIMEX3 wants; years up to 0 are counted back ("BC0480" for the
// astronomical year -479).
std::string format_year(int year);

}  // namespace chronicle::temporal
