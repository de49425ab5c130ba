// Absolute dates: the calendar fields are all in the text, except perhaps the year.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> date(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.month = s.month;
  p.day = s.day;
  p.part = s.part;
  return p;
}

// "241 BC", "490 B.C.", "August 480 BC", "the autumn of 481 BC"
std::optional<Partial> year_before_christ(const Slots& s) {
  if (s.number < 1 || s.number > 9999 || s.number != static_cast<int>(s.number)) return std::nullopt;
  Partial p;
  p.year = static_cast<int>(s.number);
  p.month = s.month;
  p.day = s.day;
  p.season = s.season;
  p.before_christ = true;
  return p;
}

// "AD 79"
std::optional<Partial> year_anno_domini(const Slots& s) {
  if (s.number < 1 || s.number > 2199 || s.number != static_cast<int>(s.number)) return std::nullopt;
  Partial p;
  p.year = static_cast<int>(s.number);
  return p;
}

std::optional<Partial> month_of_year(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.month = s.month;
  return p;
}

std::optional<Partial> year_only(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.two_digit_year = s.two_digit_year;
  return p;
}

std::optional<Partial> season(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.season = s.season;
  return p;
}

// A bare season word is a date only when capitalized or after "in", "during", ...
std::optional<Partial> bare_season(const Slots& s) {
  if (!s.season_cued) return std::nullopt;
  return season(s);
}

bool era_before_christ(const Slots& s) { return s.word == "bc" || s.word == "bce"; }

// "the 1990s", "the 470s BC"
std::optional<Partial> decade(const Slots& s) {
  Partial p;
  p.decade = s.decade;
  p.before_christ = era_before_christ(s);
  return p;
}

// "the 20th century", "the 4th century BC"
std::optional<Partial> century(const Slots& s) {
  if (s.ordinal < 1 || s.ordinal > 21) return std::nullopt;
  Partial p;
  p.century = s.ordinal - 1;
  p.before_christ = era_before_christ(s);
  return p;
}

std::optional<Partial> quarter(const Slots& s) {
  const int q = s.quarter ? s.quarter : s.ordinal;
  if (q < 1 || q > 4) return std::nullopt;
  Partial p;
  p.year = s.year;
  p.quarter = q;
  if (s.relation == Relation::kLast || s.relation == Relation::kPrevious) p.lean = Lean::kPast;
  if (s.relation == Relation::kNext) p.lean = Lean::kFuture;
  if (s.relation == Relation::kThis) p.lean = Lean::kSame;
  return p;
}

// "the first quarter of last year": the year counts from the anchor's.
std::optional<Partial> quarter_of_relative_year(const Slots& s) {
  auto p = quarter(s);
  if (!p) return p;
  p->lean = Lean::kTense;
  p->relative_year = true;
  p->year_shift = s.relation == Relation::kLast || s.relation == Relation::kPrevious || s.relation == Relation::kPast ? -1
                  : s.relation == Relation::kNext || s.relation == Relation::kComing ? 1 : 0;
  return p;
}

// "the year-earlier third quarter": that quarter of the year before the anchor's.
std::optional<Partial> quarter_a_year_back(const Slots& s) {
  auto p = quarter(s);
  if (!p) return p;
  p->lean = Lean::kTense;
  p->relative_year = true;
  p->year_shift = -1;
  return p;
}

std::optional<Partial> final_quarter(const Slots& s) {
  Slots last = s;
  last.ordinal = 4;
  return quarter(last);
}

std::optional<Partial> half(const Slots& s) {
  if (s.ordinal < 1 || s.ordinal > 2) return std::nullopt;
  Partial p;
  p.year = s.year;
  p.half = s.ordinal;
  if (s.relation == Relation::kThis) p.lean = Lean::kSame;
  if (s.relation == Relation::kLast) p.lean = Lean::kPast;
  if (s.relation == Relation::kNext) p.lean = Lean::kFuture;
  return p;
}

// "the latter half of 2008", "the latter half of this year".
std::optional<Partial> latter_half(const Slots& s) {
  Slots second = s;
  second.ordinal = 2;
  return half(second);
}

std::optional<Partial> fiscal_year(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.fiscal = true;
  return p;
}

// "the year ended March 31", "the fiscal year ending June 30": the twelve months up to that day,
// a length and an end rather than a calendar or fiscal year.
std::optional<Partial> year_ended(const Slots&) {
  Partial p;
  p.shape = Shape::kDuration;
  p.unit = Unit::kYear;
  p.amount = 1;
  return p;
}

// "the financial year", "next fiscal year": the fiscal year of the anchor's year, moved.
std::optional<Partial> this_fiscal_year(const Slots& s) {
  Partial p;
  p.fiscal = true;
  p.relative_year = true;
  switch (s.relation) {
    case Relation::kLast: case Relation::kPast: case Relation::kPrevious: p.year_shift = -1; break;
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing: p.year_shift = 1; break;
    case Relation::kThis: case Relation::kNone: break;
  }
  return p;
}

// "October of next year", "June last year".
std::optional<Partial> month_of_relative_year(const Slots& s) {
  Partial p;
  p.month = s.month;
  p.day = s.day;
  p.relative_year = true;
  switch (s.relation) {
    case Relation::kLast: case Relation::kPast: case Relation::kPrevious: p.year_shift = -1; break;
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing: p.year_shift = 1; break;
    case Relation::kThis: p.year_shift = 0; break;
    case Relation::kNone: return std::nullopt;
  }
  return p;
}

std::optional<Partial> month_with_relation(const Slots& s) {
  Partial p;
  p.month = s.month;
  p.lean = lean_of(s.relation);
  return p;
}

std::optional<Partial> season_with_relation(const Slots& s) {
  Partial p;
  p.season = s.season;
  p.lean = lean_of(s.relation);
  return p;
}

std::optional<Partial> time_on_date(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.month = s.month;
  p.day = s.day;
  set_clock(p, s);
  return p;
}

// "the week of October 6": the (ISO) week that holds that day.
std::optional<Partial> week_of_date(const Slots& s) {
  std::optional<Partial> p = date(s);
  if (p) p->granularity = Unit::kWeek;
  return p;
}

// "the first day of June": its first day.
std::optional<Partial> first_day_of_month(const Slots& s) {
  Slots first = s;
  first.day = 1;
  return date(first);
}

// "2016-03-29", or a whole timestamp "2016-03-29T16:27:03Z" (the slot reads its clock too).
std::optional<Partial> iso_date(const Slots& s) { return s.hour >= 0 ? time_on_date(s) : date(s); }

constexpr Rule kRules[] = {
    {"month day, year", "<month> .? <day> ,? <year>", date},
    {"day month year", "<day> of? <month> .? ,? <year>", date},
    {"the day of month, year", "the <day> of <month> ,? <year>?", date},
    {"weekday, month day, year", "<weekday> .? ,? <month> .? <day> ,? <year>", date},
    {"weekday, day month year", "<weekday> ,? <day> <month> .? <year>", date},
    {"dateline with time", "<weekday> .? ,? <month> .? <day> ,? <year> ,? <clock>", time_on_date},
    {"date with time", "<month> .? <day> ,? <year>? ,? at? <clock>", time_on_date},
    {"day month with time", "<day> <month> ,? at? <clock>", time_on_date},
    {"the part of day of month day", "the? <part> of <month> .? <day> ,? <year>?", date},
    {"the part of day of day month", "the? <part> of the? <day> <month> <year>?", date},
    {"year BC", "<number> bc|bce", year_before_christ},
    {"year B.C.", "<number> b . c .?", year_before_christ},
    {"month year BC", "<month> <number> bc|bce", year_before_christ},
    {"season of year BC", "the? <season> of? <number> bc|bce", year_before_christ},
    {"AD year", "ad <number>", year_anno_domini},
    {"ISO date", "<isodate>", iso_date},
    {"the week of a date", "the week of <month> .? <day> ,? <year>?", week_of_date},
    {"the first day of a month", "the? first day of <month> .? ,? <year>?", first_day_of_month},
    {"the week of day month", "the week of the? <day> of? <month> ,? <year>?", week_of_date},
    {"ISO date and time", "<isodate> <clock>", time_on_date},
    {"numeric date", "<numericdate>", date},
    {"month day", "<month> .? <day>", date},
    {"day of month", "<day> of <month>", date},
    {"day-month-year", "<day> -|/ <month> -|/ <year>", date},
    {"day-month year", "<day> -|/ <month> <year>", date},
    {"weekday, month day", "<weekday> ,? <month> .? <day>", date},
    {"day month", "<day> <month>", date},
    {"month year", "<month> .? ,? <year>", month_of_year},
    {"month of year", "<month> of <year>", month_of_year},
    {"month of next year", "<month> .? <day>? ,? of? <relation> year", month_of_relative_year},
    {"month", "<month>", month_of_year},
    {"last or next month name", "the? <relation> <month>", month_with_relation},
    {"year", "<year>", year_only},
    {"'82", "' <shortyear>", year_only},
    {"the year year", "the? year <year>", year_only},
    {"season year", "<season> of? <year>", season},
    {"year season", "<year> <season>", season},
    {"the season of year", "the <season> of <year>", season},
    {"the season", "the <season>", season},
    {"season", "<season>", bare_season},
    // "the fall of Saigon", "the fall in prices" are no season; "the fall of 1944" is longer and wins.
    {"the fall of a city", "the? fall of|in|from|to", not_temporal},
    {"last or next season", "<relation> <season>", season_with_relation},
    {"decade", "the? '? <decade> bc|bce?", decade},
    {"century", "the? <ordinal> century bc|bce?", century},
    {"quarter", "the? <ordinal> -? quarter|qtr", quarter},
    {"quarter of year", "the? <ordinal> -? quarter|qtr of? <year>", quarter},
    {"quarter of this year", "the? <ordinal> -? quarter|qtr of <relation> year|yr", quarter_of_relative_year},
    {"the 1988 second quarter", "the? <year> <ordinal> -? quarter|qtr", quarter},
    {"the year-earlier third quarter", "the? year - earlier|ago <ordinal> -? quarter|qtr", quarter_a_year_back},
    {"next year's first quarter", "<relation> year ' s <ordinal> -? quarter|qtr", quarter_of_relative_year},
    {"final quarter of year", "the? final quarter of? <year>?", final_quarter},
    {"Q quarter year", "<quarter> <year>?", quarter},
    {"half of year", "the? <ordinal> half of? <year>", half},
    {"half of this year", "the? <ordinal> half of <relation> year", half},
    {"latter half of year", "the? latter half of? <year>", latter_half},
    {"latter half of this year", "the? latter half of <relation> year", latter_half},
    {"fiscal year", "fiscal|financial year? <year>", fiscal_year},
    {"the year ended", "the fiscal|financial? year &ended|ending", year_ended},
    {"the fiscal year", "the|this|that fiscal|financial year", this_fiscal_year},
    {"next fiscal year", "<relation> fiscal|financial year", this_fiscal_year},
};

}  // namespace

std::span<const Rule> absolute_date_rules() { return kRules; }

}  // namespace chronicle::temporal
