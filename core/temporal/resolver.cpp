#include "core/temporal/resolver.h"

#include <array>
#include <cmath>
#include <cstdio>

#include "core/temporal/calendar.h"

namespace chronicle::temporal {

using namespace date;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

// A calendar period: where it starts and ends, and how TIMEX3 spells it.
struct Period {
  sys_days start;
  sys_days end;
  Unit unit = Unit::kDay;
  std::string value;
};

std::string two(unsigned n) {
  n %= 100;  // by hand: snprintf was a visible share of the profile
  return {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

int year_of(sys_days day) { return static_cast<int>(year_month_day{day}.year()); }
unsigned month_of(sys_days day) { return static_cast<unsigned>(year_month_day{day}.month()); }

sys_days first_of_month(int y, unsigned m) { return sys_days{year{y} / month{m} / 1}; }

// Integer division rounding toward minus infinity (years before 0 stay consistent).
int floor_div(int a, int b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The period of granularity `unit` that contains `day`.
Period period_of(sys_days day, Unit unit) {
  const int y = year_of(day);
  const unsigned m = month_of(day);
  Period p;
  p.unit = unit;
  switch (unit) {
    case Unit::kWeek: case Unit::kWeekend: {
      const sys_days monday = iso_week_monday(day);
      const IsoWeek w = iso_week(day);
      p.start = unit == Unit::kWeek ? monday : monday + days{5};
      p.end = monday + days{7};
      p.value = format_year(w.year) + "-W" + two(static_cast<unsigned>(w.week)) + (unit == Unit::kWeekend ? "-WE" : "");
      return p;
    }
    case Unit::kMonth:
      p.start = first_of_month(y, m);
      p.end = sys_days{(year_month{year{y}, month{m}} + months{1}) / 1};
      p.value = format_year(y) + "-" + two(m);
      return p;
    case Unit::kQuarter: case Unit::kHalf: {
      const unsigned size = unit == Unit::kQuarter ? 3 : 6;
      const unsigned index = (m - 1) / size;
      p.start = first_of_month(y, index * size + 1);
      p.end = sys_days{(year_month{year{y}, month{index * size + 1}} + months{size}) / 1};
      p.value = format_year(y) + (unit == Unit::kQuarter ? "-Q" : "-H") + std::to_string(index + 1);
      return p;
    }
    case Unit::kYear: case Unit::kSeason:
      p.unit = Unit::kYear;
      p.start = first_of_month(y, 1);
      p.end = first_of_month(y + 1, 1);
      p.value = format_year(y);
      return p;
    case Unit::kDecade: case Unit::kCentury: {
      // TIMEX3 names them by their leading digits: "199" for the 1990s, "19" for the 20th
      // century. Before Christ they count back: the 480s BC are 489-480 BC ("BC048"), the 5th
      // century BC is 500-401 BC ("BC04", as "04" is the 5th century AD).
      const int size = unit == Unit::kDecade ? 10 : 100;
      const bool bc = y <= 0;
      const int back = 1 - y;  // years BC
      const int index = !bc ? y / size : unit == Unit::kDecade ? back / size : (back - 1) / size;
      const int first = !bc ? index * size : 1 - (unit == Unit::kDecade ? index * size + size - 1 : index * size + size);
      p.start = first_of_month(first, 1);
      p.end = first_of_month(first + size, 1);
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, unit == Unit::kDecade ? "%s%03d" : "%s%02d", bc ? "BC" : "", index);
      p.value = buffer;
      return p;
    }
    default: {
      p.unit = Unit::kDay;
      const year_month_day ymd{day};
      p.start = day;
      p.end = day + days{1};
      p.value = format_year(y) + "-" + two(m) + "-" + two(static_cast<unsigned>(ymd.day()));
      return p;
    }
  }
}

Period season_period(Season season, int y) {
  Period p;
  p.unit = Unit::kSeason;
  p.start = season_start(season, y);
  p.end = sys_days{year_month_day{p.start} + months{3}};
  p.value = format_year(y) + "-" + std::string(season_code(season));
  return p;
}

// `day` moved by `n` units (n may be negative).
sys_days shift(sys_days day, Unit unit, int n) {
  const year_month_day ymd{day};
  // The same day of the month moved, or the month's last day when it has no such day (Feb 29).
  const auto same_day = [&](months moved) {
    const year_month target = ymd.year() / ymd.month() + moved;
    const year_month_day_last last{target / date::last};
    return sys_days{ymd.day() <= last.day() ? target / ymd.day() : year_month_day{last}};
  };
  switch (unit) {
    case Unit::kDay: return day + days{n};
    case Unit::kWeek: case Unit::kWeekend: return day + days{7 * n};
    case Unit::kMonth: return same_day(months{n});
    case Unit::kQuarter: return same_day(months{3 * n});
    case Unit::kHalf: return same_day(months{6 * n});
    case Unit::kYear: case Unit::kSeason: return same_day(months{12 * n});
    case Unit::kDecade: return same_day(months{120 * n});
    case Unit::kCentury: return same_day(months{1200 * n});
    default: return day;
  }
}

std::string_view part_code(PartOfDay part) {
  switch (part) {
    case PartOfDay::kMorning: return "MO";
    case PartOfDay::kAfternoon: return "AF";
    case PartOfDay::kEvening: return "EV";
    case PartOfDay::kNight: return "NI";
    case PartOfDay::kDay: return "DT";
    case PartOfDay::kNone: break;
  }
  return "";
}

// Hours [from, to) of a part of the day; night runs into the next morning.
std::pair<int, int> part_hours(PartOfDay part) {
  switch (part) {
    case PartOfDay::kMorning: return {6, 12};
    case PartOfDay::kAfternoon: return {12, 18};
    case PartOfDay::kEvening: return {18, 24};
    case PartOfDay::kNight: return {21, 30};
    default: return {0, 24};
  }
}

// Intervals are written as "YYYY-MM-DDTHH:MM:SS", which holds years 0000 to 9999 only: a period
// reaching outside ("the 9990s" ends in 10000, "241 BC" is year -240) keeps its value but gets no
// interval, as undated references do.
std::optional<Interval> interval_of(sys_seconds start, sys_seconds end) {
  constexpr auto kFirst = sys_days{year{0} / January / 1};
  constexpr auto kPastLast = sys_days{year{10000} / January / 1};
  if (start < kFirst || end >= kPastLast) return std::nullopt;
  return interval_between(start, end);
}

Resolution date_resolution(const Period& period) {
  Resolution r;
  r.type = "DATE";
  r.value = period.value;
  r.granularity = period.unit;
  r.interval = interval_of(period.start, period.end);
  r.point = Point{period.start, period.unit};
  return r;
}

bool has_time(const Partial& p) { return p.hour >= 0 || p.part != PartOfDay::kNone; }

// "T15:00" or "TNI": the clock time (hours and minutes) or the part of the day a TIME value ends with.
std::string time_of_day(const Partial& p) {
  if (p.hour < 0) return std::string("T").append(part_code(p.part));
  const int minute = p.minute < 0 ? 0 : p.minute;
  return std::string("T")
      .append(two(static_cast<unsigned>(p.hour)))
      .append(":")
      .append(two(static_cast<unsigned>(minute)));
}

// A day made more precise by a clock time or a part of the day: "2016-03-29T15:00", "...TNI".
Resolution time_on(const Period& day, const Partial& p) {
  Resolution r = date_resolution(day);
  r.type = "TIME";
  r.value += time_of_day(p);
  if (p.hour >= 0) {
    const int minute = p.minute < 0 ? 0 : p.minute;
    if (p.second >= 0) r.value.append(":").append(two(static_cast<unsigned>(p.second)));
    if (p.utc) r.value += "Z";
    if (p.zone_offset != 0) {
      const int minutes_east = std::abs(p.zone_offset);
      r.value.append(p.zone_offset > 0 ? "+" : "-")
          .append(two(static_cast<unsigned>(minutes_east / 60)))
          .append(":")
          .append(two(static_cast<unsigned>(minutes_east % 60)));
    }
    const sys_seconds start = day.start + hours{p.hour} + minutes{minute} + seconds{p.second < 0 ? 0 : p.second};
    r.granularity = p.second >= 0 ? Granularity::kSecond : Granularity::kMinute;
    r.interval = interval_of(start, start + (p.second >= 0 ? seconds{1} : seconds{60}));
  } else {
    const auto [from, to] = part_hours(p.part);
    r.granularity = Granularity::kHour;
    r.interval = interval_of(day.start + hours{from}, day.start + hours{to});
  }
  return r;
}

Resolution finish(const Period& period, const Partial& p) {
  if (has_time(p) && period.unit == Unit::kDay) return time_on(period, p);
  return date_resolution(period);
}

// The named calendar period of `p` in year `y`, if that year has one.
std::optional<Period> in_year(const Partial& p, int y) {
  if (p.holiday != Holiday::kNone) {
    const auto day = holiday_date(p.holiday, y);
    if (!day) return std::nullopt;
    return period_of(*day, Unit::kDay);
  }
  if (p.season != Season::kNone) return season_period(p.season, y);
  if (p.quarter > 0) return period_of(first_of_month(y, static_cast<unsigned>(p.quarter * 3 - 2)), Unit::kQuarter);
  if (p.half > 0) return period_of(first_of_month(y, static_cast<unsigned>(p.half * 6 - 5)), Unit::kHalf);
  if (p.month > 0 && p.nth_weekday != 0) {
    const year_month ym{year{y}, month{static_cast<unsigned>(p.month)}};
    const weekday wd{static_cast<unsigned>(p.weekday)};  // ISO 7 is Sunday here too
    const sys_days day = p.nth_weekday < 0 ? sys_days{ym / weekday_last{wd}}
                                           : sys_days{ym / weekday_indexed{wd, static_cast<unsigned>(p.nth_weekday)}};
    if (year_month_day{day}.month() != ym.month()) return std::nullopt;  // no fifth Monday
    return period_of(day, p.granularity == Unit::kWeek ? Unit::kWeek : Unit::kDay);
  }
  if (p.month > 0 && p.day > 0) {
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(p.month)}, day{static_cast<unsigned>(p.day)}};
    if (!ymd.ok()) return std::nullopt;
    return period_of(sys_days{ymd}, p.granularity == Unit::kWeek ? Unit::kWeek : Unit::kDay);
  }
  if (p.month > 0) return period_of(first_of_month(y, static_cast<unsigned>(p.month)), Unit::kMonth);
  return period_of(first_of_month(y, 1), Unit::kYear);
}

// The candidate `lean` picks, relative to the reference day. Candidates are in time order.
std::optional<Period> choose(const std::array<std::optional<Period>, 3>& candidates, sys_days reference, Lean lean,
                             Tense tense, bool reported) {
  if (lean == Lean::kSame) return candidates[1];
  // "expects to report third-quarter results", written weeks after the third quarter: a quarter
  // is reported once it is over, so one that ended less than 100 days ago is the one meant,
  // whatever the tense.
  if (lean == Lean::kTense) {
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
      if (*it && (*it)->unit == Unit::kQuarter && (*it)->end <= reference && (reference - (*it)->end).count() < 100) {
        return *it;
      }
    }
  }
  if (lean == Lean::kTense && tense == Tense::kNone) {
    std::optional<Period> best;
    long best_distance = 0;
    for (const auto& c : candidates) {
      if (!c) continue;
      const long distance = c->start > reference ? (c->start - reference).count()
                            : c->end <= reference ? (reference - c->end).count() + 1 : 0;
      if (!best || distance < best_distance) {
        best = c;
        best_distance = distance;
      }
    }
    return best;
  }
  const bool backward = lean == Lean::kPast || (lean == Lean::kTense && tense == Tense::kPast);
  if (backward) {
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
      if (!*it) continue;
      if (lean == Lean::kPast ? (*it)->end <= reference : (*it)->start <= reference) {
        // A past clause reports ("declared a dividend payable Dec. 1", "said it will redeem the
        // shares on Oct. 31"): a day nearly a year back is less likely than the same day weeks ahead.
        const auto ahead = it == candidates.rbegin() ? std::nullopt : *std::prev(it);
        if (lean == Lean::kTense && reported && (*it)->unit == Unit::kDay && ahead && (reference - (*it)->start).count() > 300 &&
            (ahead->start - reference).count() <= 45) {
          return ahead;
        }
        return *it;
      }
    }
    return std::nullopt;
  }
  for (const auto& c : candidates) {
    if (!c) continue;
    if (lean == Lean::kFuture ? c->start > reference : c->end > reference) return c;
  }
  return std::nullopt;
}

// The day expressions without a year are placed against.
std::optional<sys_days> reference_day(const ResolveContext& context) {
  if (context.narrative && context.last) return context.last->day;
  if (context.dct) return floor<days>(*context.dct);
  if (context.last) return context.last->day;
  return std::nullopt;
}

std::string unknown_calendar_value(const Partial& p) {
  if (p.fiscal) return "FYXXXX";
  if (p.weekday > 0 && p.nth_weekday == 0) return "XXXX-WXX-" + std::to_string(p.weekday);
  if (p.weekend) return "XXXX-WXX-WE";
  if (p.season != Season::kNone) return "XXXX-" + std::string(season_code(p.season));
  if (p.quarter > 0) return "XXXX-Q" + std::to_string(p.quarter);
  if (p.half > 0) return "XXXX-H" + std::to_string(p.half);
  if (p.month > 0 && p.day > 0) return "XXXX-" + two(static_cast<unsigned>(p.month)) + "-" + two(static_cast<unsigned>(p.day));
  if (p.month > 0) return "XXXX-" + two(static_cast<unsigned>(p.month));
  return "XXXX-XX-XX";
}

Resolution undated(std::string type, std::string value, Granularity granularity = Granularity::kNone) {
  Resolution r;
  r.type = std::move(type);
  r.value = std::move(value);
  r.granularity = granularity;
  return r;
}

// The year ending in `two_digits` closest to `reference` ("'99" near 1861 is 1899).
int nearest_with_last_two_digits(int two_digits, int reference) {
  int best = floor_div(reference, 100) * 100 + two_digits;
  for (int candidate : {best - 100, best + 100}) {
    if (std::abs(candidate - reference) < std::abs(best - reference)) best = candidate;
  }
  return best;
}

// A narrative's bare year decades away from the story's last date ("declassified in 2005" in a
// history of 1964, "as Napoleon had in 1812") points elsewhere: it does not move the story.
bool is_digression(const Partial& p, int y, const ResolveContext& context) {
  constexpr int kStoryReach = 20;  // years
  if (!context.narrative || !context.last || p.month > 0 || p.season != Season::kNone || p.holiday != Holiday::kNone ||
      p.quarter > 0 || p.half > 0) {
    return false;
  }
  const bool story_started = !(context.dct && context.last->unit == Unit::kDay && context.last->day == floor<days>(*context.dct));
  return story_started && std::abs(y - year_of(context.last->day)) > kStoryReach;
}

std::optional<Resolution> resolve_calendar(const Partial& p, const ResolveContext& context) {
  if (p.any_day) return undated("TIME", std::string("XXXX-XX-XXT").append(part_code(p.part)));
  // Decades and centuries are too coarse for later dates to anchor on.
  if (p.century >= 0 || p.decade >= 0) {
    const bool century = p.century >= 0;
    // A year inside the period; BC ones in astronomical years (1 BC is year 0).
    const int y = century ? (p.before_christ ? -100 * p.century : p.century * 100)
                          : (p.before_christ ? 1 - p.decade * 10 : p.decade * 10);
    Resolution r = date_resolution(period_of(first_of_month(y, 1), century ? Unit::kCentury : Unit::kDecade));
    r.point.reset();
    return r;
  }
  const auto reference = reference_day(context);
  if (p.fiscal && (p.year >= 0 || (p.relative_year && reference))) {
    const int y = p.year >= 0 ? p.year : year_of(*reference) + p.year_shift;
    Resolution r = undated("DATE", "FY" + format_year(y), Granularity::kYear);
    r.point = Point{first_of_month(y, 1), Unit::kYear};
    return r;
  }
  if (p.year >= 0 || (p.relative_year && reference)) {
    int y = p.year >= 0 ? p.year : year_of(*reference) + p.year_shift;
    if (p.before_christ) y = 1 - p.year;  // "241 BC" is the astronomical year -240
    if (p.two_digit_year) y = nearest_with_last_two_digits(y, reference ? year_of(*reference) : 2000);
    const auto period = in_year(p, y);
    if (!period) return std::nullopt;
    Resolution r = finish(*period, p);
    if (is_digression(p, y, context)) r.point.reset();
    return r;
  }
  if (!reference) return undated(has_time(p) ? "TIME" : "DATE", unknown_calendar_value(p));
  Lean lean = p.lean;
  std::array<std::optional<Period>, 3> candidates;
  // A narrative's bare "April" is the April nearest to the story's last date, or the April of
  // its year when that date is just a year.
  Tense tense = context.narrative ? Tense::kNone : context.tense;
  if (context.narrative && lean == Lean::kTense && context.last && context.last->unit >= Unit::kYear) {
    lean = Lean::kSame;
  }
  if (p.weekday > 0 && p.after_next) {
    const sys_days monday = iso_week_monday(*reference);
    sys_days day = monday + days{p.weekday - 1};
    if (day <= *reference) day += days{7};
    return finish(period_of(day + days{7}, Unit::kDay), p);
  }
  if (p.weekday > 0 && p.week_shift_set) {
    const sys_days day = iso_week_monday(*reference) + days{7 * p.week_shift + p.weekday - 1};
    return finish(period_of(day, Unit::kDay), p);
  }
  if ((p.weekday > 0 && p.nth_weekday == 0) || p.weekend) {
    // News tells what happened: a weekday without a tense cue is the last one.
    if (tense == Tense::kNone) tense = Tense::kPast;
    const sys_days monday = iso_week_monday(*reference);
    for (int k = -1; k <= 1; ++k) {
      const sys_days day = monday + days{7 * k + (p.weekend ? 5 : p.weekday - 1)};
      candidates[static_cast<std::size_t>(k + 1)] = period_of(day, p.weekend ? Unit::kWeekend : Unit::kDay);
    }
  } else {
    const int y = year_of(*reference);
    for (int k = -1; k <= 1; ++k) candidates[static_cast<std::size_t>(k + 1)] = in_year(p, y + k);
  }
  const auto chosen = choose(candidates, *reference, lean, tense, context.reported);
  if (!chosen) return std::nullopt;
  return finish(*chosen, p);
}

std::string unknown_offset_value(Unit unit) {
  switch (unit) {
    case Unit::kWeek: return "XXXX-WXX";
    case Unit::kWeekend: return "XXXX-WXX-WE";
    case Unit::kMonth: return "XXXX-XX";
    case Unit::kQuarter: return "XXXX-QX";
    case Unit::kHalf: return "XXXX-HX";
    case Unit::kYear: return "XXXX";
    case Unit::kDecade: return "XXX";
    case Unit::kCentury: return "XX";
    default: return "XXXX-XX-XX";
  }
}

std::string duration_value(Unit unit, double amount);

// Days, weeks or months counted from a date known only to its month or year ("The attack began in
// October; four days later ...") fall somewhere in that month or year: "1915-10-XX", "1980-XX-XX",
// "1980-WXX", "1980-XX". No interval, and no anchor for what follows.
Resolution within_coarse_anchor(sys_days moved, Unit anchor_unit, Unit granularity, const Partial& p) {
  std::string value = format_year(year_of(moved));
  if (granularity == Unit::kMonth) return undated("DATE", value + "-XX");
  if (granularity == Unit::kWeek || granularity == Unit::kWeekend) {
    value += granularity == Unit::kWeekend ? "-WXX-WE" : "-WXX";
    return undated("DATE", value);
  }
  value.append("-").append(anchor_unit <= Unit::kMonth ? two(month_of(moved)) : "XX").append("-XX");
  if (!has_time(p)) return undated("DATE", value);
  return undated("TIME", value + time_of_day(p));
}

// News compares a period with the same one a year before: after "the third quarter" (1989-Q3), "a
// year ago" and "a year earlier" are 1988-Q3, not all of 1988. Only a month, quarter or half
// written near the document's time sets up such a comparison.
bool compares_last_period(const Partial& p, const ResolveContext& context) {
  if (context.narrative || !context.last || !p.counted || p.unit != Unit::kYear || p.granularity != Unit::kNone) return false;
  if (std::lround(std::fabs(p.amount)) != 1 || has_time(p)) return false;
  const Unit last = context.last->unit;
  if (last != Unit::kMonth && last != Unit::kQuarter && last != Unit::kHalf) return false;
  if (!context.dct) return true;
  const int gap = year_of(floor<days>(*context.dct)) - year_of(context.last->day);
  return gap >= 0 && gap <= 1;
}

std::optional<Resolution> resolve_offset(const Partial& p, const ResolveContext& context) {
  if (p.future_only && context.tense != Tense::kFuture) return undated("DURATION", duration_value(p.unit, p.amount));
  // A narrative's "today" is the writer's, not a day of the story.
  if (context.narrative && p.shape == Shape::kDeictic && p.unit == Unit::kDay && p.amount == 0 && !has_time(p)) {
    return undated("DATE", "PRESENT_REF");
  }
  if (p.unit == Unit::kNone) {  // "the same time": the last date itself
    if (!context.last) return undated("DATE", "XXXX-XX-XX");
    return date_resolution(period_of(context.last->day, context.last->unit));
  }
  const Unit granularity = p.granularity != Unit::kNone ? p.granularity : p.unit;
  std::optional<sys_days> base;
  bool coarse_base = false;  // the last date is coarser than what is counted from it
  if ((p.shape == Shape::kAnaphoric || context.narrative) && context.last) {
    // "the end of the month" after "this year", "at 5 pm" after "in 2015": news takes the document's
    // period when the last date is coarser than the one named; "two weeks later" after "in May 2015"
    // stays in May 2015.
    const bool coarser = context.last->unit > granularity;
    const bool on_dct = context.dct && context.last->unit == Unit::kDay && context.last->day == floor<days>(*context.dct);
    if ((coarser || (on_dct && p.unit == Unit::kQuarter)) && std::lround(p.amount) == 0 && context.dct &&
        !context.narrative) {
      base = floor<days>(*context.dct);
      // "earned $5 million in the quarter", written in the first weeks of a quarter: results
      // reported are those of the quarter just over.
      if (p.unit == Unit::kQuarter && context.tense == Tense::kPast &&
          (*base - period_of(*base, Unit::kQuarter).start).count() < 60) {
        base = shift(*base, Unit::kQuarter, -1);
      }
    } else {
      base = context.last->day;
      coarse_base = coarser;
    }
  } else if (context.dct) {
    base = floor<days>(*context.dct);
  } else if (context.last) {
    base = context.last->day;
  }
  if (p.anchor_granularity && p.year > 0 && p.year <= 9999 && base) {
    // "the 1988 quarter": the period talked about (or the document's), in that year.
    const sys_days from = context.last ? context.last->day : *base;
    const year_month_day ymd{from};
    const unsigned d = std::min(static_cast<unsigned>(ymd.day()), 28u);
    const sys_days moved{year{p.year} / ymd.month() / day{d}};
    const Unit unit = p.granularity != Unit::kNone ? p.granularity : context.last ? context.last->unit : Unit::kYear;
    Resolution r = finish(period_of(moved, unit), p);
    r.point.reset();  // a comparison: the text's date stays
    return r;
  }
  if (p.anchor_granularity && context.last) {
    return finish(period_of(shift(context.last->day, p.unit, static_cast<int>(std::lround(p.amount))), context.last->unit), p);
  }
  if (compares_last_period(p, context)) {
    // The comparison looks back (or ahead) without moving the text's date.
    Resolution r = finish(period_of(shift(context.last->day, p.unit, static_cast<int>(std::lround(p.amount))), context.last->unit), p);
    r.point.reset();
    return r;
  }
  if (!base) return undated(has_time(p) ? "TIME" : "DATE", unknown_offset_value(granularity));
  const int n = static_cast<int>(std::lround(p.amount));
  const sys_days moved = shift(*base, p.unit, n);
  if (coarse_base && granularity <= Unit::kMonth) return within_coarse_anchor(moved, context.last->unit, granularity, p);
  Resolution r = finish(period_of(moved, granularity), p);
  // "a year earlier", "the previous day" look back from the story's date without moving it.
  if (p.shape == Shape::kAnaphoric && n < 0) r.point.reset();
  return r;
}

// "3", "2.5": durations keep one decimal where they need it.
std::string amount_text(double amount) {
  if (amount < 0) return "X";
  if (amount == std::floor(amount)) return std::to_string(static_cast<long>(amount));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", amount);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  return text;
}

// TIMEX3 duration value of `amount` units: "P3Y", "PT2.5H", "P10Y" for a decade.
std::string duration_value(Unit unit, double amount) {
  auto scaled = [&](double factor, std::string_view letter, bool time) {
    return std::string(time ? "PT" : "P") + amount_text(amount < 0 ? amount : amount * factor) + std::string(letter);
  };
  switch (unit) {
    case Unit::kSecond: return scaled(1, "S", true);
    case Unit::kMinute: return scaled(1, "M", true);
    case Unit::kHour: return scaled(1, "H", true);
    case Unit::kDay: return scaled(1, "D", false);
    case Unit::kWeek: case Unit::kWeekend: return scaled(1, "W", false);
    case Unit::kMonth: return scaled(1, "M", false);
    case Unit::kSeason: return scaled(3, "M", false);
    case Unit::kQuarter: return scaled(1, "Q", false);
    case Unit::kHalf: return scaled(6, "M", false);
    case Unit::kYear: return scaled(1, "Y", false);
    case Unit::kDecade: return amount < 0 ? "PXDE" : scaled(10, "Y", false);
    case Unit::kCentury: return scaled(1, "CE", false);
    case Unit::kNone: break;
  }
  return "PX";
}

Resolution resolve_set(const Partial& p) {
  if (p.weekday > 0) {
    std::string value = "XXXX-WXX-" + std::to_string(p.weekday);
    if (p.part != PartOfDay::kNone) value.append("T").append(part_code(p.part));
    return undated("SET", value);
  }
  if (p.part != PartOfDay::kNone) return undated("SET", std::string("XXXX-XX-XXT").append(part_code(p.part)));
  return undated("SET", duration_value(p.unit, p.amount));
}

}  // namespace

std::string_view name_of(Granularity unit) {
  switch (unit) {
    case Granularity::kSecond: return "second";
    case Granularity::kMinute: return "minute";
    case Granularity::kHour: return "hour";
    case Granularity::kDay: return "day";
    case Granularity::kWeekend: return "weekend";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kSeason: return "season";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kHalf: return "half";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kCentury: return "century";
    case Granularity::kNone: break;
  }
  return "";
}

Granularity granularity_named(std::string_view name) {
  for (auto g = static_cast<int>(Granularity::kSecond); g <= static_cast<int>(Granularity::kCentury); ++g) {
    if (name_of(static_cast<Granularity>(g)) == name) return static_cast<Granularity>(g);
  }
  return Granularity::kNone;
}

std::optional<Resolution> resolve(const Partial& p, const ResolveContext& context) {
  switch (p.shape) {
    case Shape::kReference: return undated("DATE", std::string(p.reference));
    case Shape::kDuration: return undated("DURATION", duration_value(p.unit, p.amount));
    case Shape::kSet: return resolve_set(p);
    case Shape::kDeictic: case Shape::kAnaphoric: return resolve_offset(p, context);
    case Shape::kCalendar: return resolve_calendar(p, context);
    case Shape::kBlocked: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace chronicle::temporal
