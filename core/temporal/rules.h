// Rules: named token patterns, grouped by family, each building a Partial from what its slots
// captured. A pattern is a space-separated list of items:
//   <slot>     a typed slot (see Slots): <month> <day> <year> <weekday> <number> <ordinal> <unit> ...
//   a|b|c      one of these words or punctuation characters (case-insensitive)
//   item?      the item may be absent
//   !a|b       (after the first item) the next token is none of these words glued on; takes no
//              token: "the <unit> !-" is "the year" but not the start of "the year-long war"
//   &a|b       (after the first item) the next token is one of these words; takes no token:
//              "the year &ended" is "the year" of "the year ended March 31"
// The recognizer tries every rule at every token and keeps the longest match.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/temporal/lexicon.h"
#include "core/temporal/partial.h"

namespace chronicle::temporal {

// What the slots of one match captured; fields of absent slots keep their defaults.
struct Slots {
  int month = 0;
  int day = 0;
  int year = -1;
  bool two_digit_year = false;  // "'82"
  int weekday = 0;
  int ordinal = 0;
  int decade = -1;     // 199 for "1990s"
  int quarter = 0;     // from "Q3"
  double number = -1;  // cardinal, 2.5 for "two and a half"
  Unit unit = Unit::kNone;
  bool plural_unit = false;
  Season season = Season::kNone;
  bool season_cued = false;  // capitalized, or after a preposition
  PartOfDay part = PartOfDay::kNone;
  Relation relation = Relation::kNone;
  Holiday holiday = Holiday::kNone;
  int hour = -1;
  int minute = -1;
  int second = -1;
  bool utc = false;
  int zone_offset = 0;  // minutes east of UTC when an offset was written ("GMT+8", "+01:00")
  std::string_view word;  // the last word matched by a literal alternative, lower-case
};

// How "last"/"next"/"this" place a month, season or weekday against the anchor; no relation
// leaves it to the tense of the clause.
inline Lean lean_of(Relation relation) {
  switch (relation) {
    case Relation::kLast: case Relation::kPast: case Relation::kPrevious: return Lean::kPast;
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing: return Lean::kFuture;
    case Relation::kThis: return Lean::kSame;
    case Relation::kNone: break;
  }
  return Lean::kTense;
}

// Copies a matched clock time ("15:30:05 GMT+8") into the partial date.
inline void set_clock(Partial& p, const Slots& s) {
  p.hour = s.hour;
  p.minute = s.minute;
  p.second = s.second;
  p.utc = s.utc;
  p.zone_offset = s.zone_offset;
}

// "a months-long siege", "in a years' time": "a" before a plural unit is no count of one.
inline bool counts_plural_as_one(const Slots& s) { return s.plural_unit && s.number == 1; }

// For rules that match words which look temporal but are not ("a 45-year-old", "the fall of
// Saigon", "the now-defunct"): the longest match wins, so these keep shorter rules from firing.
inline std::optional<Partial> not_temporal(const Slots&) {
  Partial p;
  p.shape = Shape::kBlocked;
  return p;
}

using Build = std::optional<Partial> (*)(const Slots&);

struct Rule {
  std::string_view name;     // the pattern in words, for debugging and tests
  std::string_view pattern;  // see above
  Build build;               // nullopt rejects the match
};

std::span<const Rule> absolute_date_rules();
std::span<const Rule> weekday_rules();
std::span<const Rule> relative_rules();
std::span<const Rule> duration_rules();
std::span<const Rule> set_rules();
std::span<const Rule> holiday_rules();
std::span<const Rule> time_rules();

}  // namespace chronicle::temporal
