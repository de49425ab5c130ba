// What a temporal expression says, before any anchor is known: the output of the rules and the
// input of the resolver. Fields left at their defaults were not said.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/temporal/temporal.h"

namespace chronicle::temporal {

// The units the rules count in are the granularities of the dates they make.
using Unit = Granularity;

enum class PartOfDay : std::uint8_t { kNone, kMorning, kAfternoon, kEvening, kNight, kDay };

enum class Season : std::uint8_t { kNone, kSpring, kSummer, kFall, kWinter };

enum class Holiday : std::uint8_t {
  kNone, kNewYearsDay, kNewYearsEve, kValentines, kIndependenceDay, kHalloween, kVeteransDay,
  kChristmasEve, kChristmas, kBoxingDay, kEaster, kGoodFriday, kEasterMonday, kThanksgiving,
  kBlackFriday, kLaborDay, kMemorialDay, kMartinLutherKingDay, kPresidentsDay, kMothersDay,
  kFathersDay, kColumbusDay, kMayDay,
  kOrthodoxEaster, kOrthodoxGoodFriday,
  kRamadan, kEidAlFitr, kEidAlAdha, kIslamicNewYear, kAshura, kMawlid,  // arithmetic Islamic calendar
  kPassover, kRoshHashanah, kYomKippur, kHanukkah,  // Hebrew calendar
  kChineseNewYear,  // a table of published dates
  kDiwali,          // a table of computed dates, checked against published ones
};

enum class Shape : std::uint8_t {
  kCalendar,   // named calendar fields ("March 29, 2016", "last May", "Sunday", "the 1990s")
  kDeictic,    // so many units from the document's time ("yesterday", "last week", "two weeks ago")
  kAnaphoric,  // so many units from the last date mentioned ("the next day", "a year earlier")
  kDuration,   // a length of time ("three years", "two and a half hours")
  kSet,        // a recurrence ("every Monday", "weekly")
  kReference,  // PRESENT_REF, PAST_REF, FUTURE_REF
  kBlocked,    // words that look temporal but are not ("the last week of ..." is no offset): no output
};

// How to choose among the candidates of an under-specified calendar expression.
enum class Lean : std::int8_t {
  kTense,         // from the tense of the clause ("on Sunday", "in May")
  kPast,          // strictly before the anchor's unit ("last May", "last Friday")
  kFuture,        // strictly after the anchor's unit ("next May", "next Tuesday")
  kSame,          // within the anchor's current period ("this May", "this Friday")
};

struct Partial {
  Shape shape = Shape::kCalendar;

  // Calendar fields; 0 or -1 = not said.
  int year = -1;
  int month = 0;     // 1..12
  int day = 0;       // 1..31
  int weekday = 0;   // 1..7, Monday..Sunday (ISO)
  int nth_weekday = 0;  // with `weekday` and `month`: 1..5, -1 for the last ("the second Sunday of March");
                        // with granularity kWeek, that day's week ("the last week of March")
  int decade = -1;   // 199 for "the 1990s"
  int century = -1;  // 19 for "the 20th century" (TIMEX3 "19")
  int quarter = 0;   // 1..4
  int half = 0;      // 1..2
  bool fiscal = false;  // "fiscal 2015", "FY2015"
  bool before_christ = false;  // "241 BC": `year` counts back
  bool two_digit_year = false;  // "'99": `year` is 0..99, its century the one nearest the anchor
  bool weekend = false;
  Season season = Season::kNone;
  Holiday holiday = Holiday::kNone;
  Lean lean = Lean::kTense;
  bool week_shift_set = false;  // with `weekday`: that day of the week `week_shift` weeks from the anchor's
  int week_shift = 0;
  bool after_next = false;  // with `weekday`: a week after its next one ("Friday after next")
  bool relative_year = false;  // year = the anchor's year + year_shift ("the first quarter of last year")
  int year_shift = 0;

  // Time of day; -1 = not said.
  int hour = -1;
  int minute = -1;
  int second = -1;
  PartOfDay part = PartOfDay::kNone;
  bool any_day = false;  // the part of any day, no day in particular ("at night", "in daytime")
  bool utc = false;
  int zone_offset = 0;  // minutes east of UTC, when written

  // Offsets (deictic, anaphoric), durations and sets.
  Unit unit = Unit::kNone;
  double amount = 1;           // for durations and offsets; < 0 = unknown ("a few years")
  Unit granularity = Unit::kNone;  // overrides the unit's own granularity ("a week ago" is a day)
  bool anchor_granularity = false;  // "the same period last year": the last date's period, moved
  bool future_only = false;    // "in six years": a date ahead in a future clause, else a duration
  bool counted = false;        // "a year ago", "two days later": a count of units ("the previous year" is none)

  std::string_view reference;  // "PRESENT_REF", "PAST_REF", "FUTURE_REF"
  std::string_view mod;        // TIMEX3 mod, "" = none
};

}  // namespace chronicle::temporal
