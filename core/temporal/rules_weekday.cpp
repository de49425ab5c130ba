// Weekdays, with or without "last"/"next"/"this", and with a part of the day.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> weekday(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  p.lean = lean_of(s.relation);
  p.part = s.part;
  set_clock(p, s);
  return p;
}

// "the second Sunday of March", "the last Friday of May 2016": a day of that month.
std::optional<Partial> nth_weekday_of_month(const Slots& s, int nth) {
  if (nth < -1 || nth == 0 || nth > 5) return std::nullopt;
  Partial p;
  p.weekday = s.weekday;
  p.nth_weekday = nth;
  p.month = s.month;
  p.year = s.year;
  return p;
}
std::optional<Partial> counted_weekday_of_month(const Slots& s) { return nth_weekday_of_month(s, s.ordinal); }
std::optional<Partial> last_weekday_of_month(const Slots& s) { return nth_weekday_of_month(s, -1); }

// "the first week of March" is the week of its first Monday, "the last week of March" that of its
// last Sunday: the first and last weeks wholly in the month.
std::optional<Partial> week_of_month(const Slots& s, int nth) {
  auto p = nth_weekday_of_month(s, nth);
  if (!p) return p;
  p->weekday = nth < 0 ? 7 : 1;
  p->granularity = Unit::kWeek;
  return p;
}
std::optional<Partial> first_week_of_month(const Slots& s) { return week_of_month(s, 1); }
std::optional<Partial> last_week_of_month(const Slots& s) { return week_of_month(s, -1); }

// "late on Sunday", "early on Monday": a part of that day.
std::optional<Partial> part_of_weekday(const Slots& s, std::string_view mod) {
  auto p = weekday(s);
  p->mod = mod;
  return p;
}
std::optional<Partial> late_on_weekday(const Slots& s) { return part_of_weekday(s, "END"); }
std::optional<Partial> early_on_weekday(const Slots& s) { return part_of_weekday(s, "START"); }

// "this past Sunday": the last one before the reference day.
std::optional<Partial> this_past_weekday(const Slots& s) {
  auto p = weekday(s);
  p->lean = Lean::kPast;
  return p;
}

// "Wednesday of next week", "Friday this week": that day of the week named.
std::optional<Partial> weekday_of_relative_week(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  p.week_shift_set = true;
  switch (s.relation) {
    case Relation::kLast: case Relation::kPrevious: case Relation::kPast: p.week_shift = -1; break;
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing: p.week_shift = 1; break;
    case Relation::kThis: p.week_shift = 0; break;
    case Relation::kNone: return std::nullopt;
  }
  return p;
}

// "Friday after next": a week after the next Friday.
std::optional<Partial> weekday_after_next(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  p.after_next = true;
  return p;
}

constexpr Rule kRules[] = {
    {"this past Sunday", "this past <weekday>", this_past_weekday},
    {"late on Sunday", "late on <weekday>", late_on_weekday},
    {"early on Monday", "early on <weekday>", early_on_weekday},
    {"the first week of March", "the? first week of|in <month> ,? <year>?", first_week_of_month},
    {"the last week of March", "the? last|final week of|in <month> ,? <year>?", last_week_of_month},
    {"the second Sunday of March", "<ordinal> <weekday> of|in <month> ,? <year>?", counted_weekday_of_month},
    {"the last Friday of May", "the? last|final <weekday> of|in <month> ,? <year>?", last_weekday_of_month},
    {"Wednesday of next week", "<weekday> of? <relation> week", weekday_of_relative_week},
    {"Friday after next", "<weekday> after next", weekday_after_next},
    {"weekday", "<weekday>", weekday},
    {"last or next weekday", "<relation> <weekday>", weekday},
    {"weekday part of day", "<relation>? <weekday> <part>", weekday},
    {"weekday at time", "<relation>? <weekday> at? <clock>", weekday},
    {"weekday part of day at time", "<weekday> <part> at? <clock>", weekday},
};

}  // namespace

std::span<const Rule> weekday_rules() { return kRules; }

}  // namespace chronicle::temporal
