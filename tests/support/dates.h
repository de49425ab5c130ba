// Dates a test writes by hand ("2016-03-27T00:00:00", "day") in the typed forms the code takes:
// intervals with their seconds since 1970 and granularities as the enum.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <date/date.h>

#include "core/events/events.h"
#include "core/temporal/temporal.h"

namespace chronicle::testing {

// "2016-03-27T00:00:00" or "-0043-03-15T00:00:00" as seconds since 1970-01-01T00:00:00; 0 for
// what is no such time (tests of hostile dates write "2016-02-30" or a spreadsheet formula).
inline std::int64_t seconds_at(std::string_view stamp) {
  const bool negative = !stamp.empty() && stamp.front() == '-';
  const std::string_view rest = negative ? stamp.substr(1) : stamp;
  if (rest.size() != 19 || rest[4] != '-' || rest[7] != '-' || rest[10] != 'T' ||
      rest.find_first_not_of("0123456789-T:") != std::string_view::npos) {
    return 0;
  }
  const auto number = [&](std::size_t at, std::size_t digits) { return std::stoi(std::string(rest.substr(at, digits))); };
  const int year = negative ? -number(0, 4) : number(0, 4);
  const date::year_month_day day{date::year{year}, date::month{static_cast<unsigned>(number(5, 2))},
                                 date::day{static_cast<unsigned>(number(8, 2))}};
  if (!day.ok()) return 0;
  return std::int64_t{date::sys_days{day}.time_since_epoch().count()} * 86400 + number(11, 2) * 3600 +
         number(14, 2) * 60 + number(17, 2);
}

inline temporal::Interval interval_at(std::string start, std::string end) {
  const std::int64_t start_second = seconds_at(start), end_second = seconds_at(end);
  return {std::move(start), std::move(end), start_second, end_second};
}

inline events::EventDate event_date(std::string value, std::string_view granularity, std::string start,
                                    std::string end) {
  const temporal::Interval interval = interval_at(std::move(start), std::move(end));
  return {std::move(value), temporal::granularity_named(granularity), interval.start, interval.end,
          interval.start_second, interval.end_second};
}

}  // namespace chronicle::testing
