// The words the temporal rules know: months, weekdays, units, number words, ordinals, seasons,
// parts of day, holidays and the modifiers that shift or qualify a date. Lookup is by lower-case
// ASCII word; the table is built once and never changes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/temporal/partial.h"

namespace chronicle::temporal {

// Words that move a date relative to its anchor.
enum class Relation : std::int8_t { kNone, kLast, kNext, kThis, kPast, kComing, kPrevious, kFollowing };

struct Word {
  std::int8_t month = 0;        // 1..12
  bool month_abbreviation = false;  // "Jan", "Sept": only as part of a date
  std::int8_t weekday = 0;      // 1..7 Monday..Sunday
  bool weekday_abbreviation = false;
  Unit unit = Unit::kNone;      // "day", "weeks", "decade"
  bool plural = false;          // "days", "years"
  int number = -1;              // cardinal: "two" -> 2, "twenty" -> 20, "hundred" -> 100
  int ordinal = 0;              // "first" -> 1, "twentieth" -> 20
  Season season = Season::kNone;
  PartOfDay part = PartOfDay::kNone;
  Relation relation = Relation::kNone;
  bool known = false;           // in the table at all
};

// The entry for `word` (any case); an entry with known == false when the word is not in the table.
const Word& lookup(std::string_view word);

// Every word in the table, lower-case.
std::vector<std::string_view> known_words();

// Lower-cases ASCII `word` into `buffer` (at most `size` bytes); returns the lowered view or an
// empty view when the word does not fit.
std::string_view lower_ascii(std::string_view word, char* buffer, std::size_t size);

}  // namespace chronicle::temporal
