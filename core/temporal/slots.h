// The slot readers: each reads one kind of slot of a rule pattern (<month>, <year>, <clock>, ...)
// at a token, with the checks that keep it from reading what is no date ("Room 1938", "may" the
// verb), and says what it read in Slots. A reader depends on the tokens only, never on what other
// slots of the same match captured.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/temporal/matcher.h"
#include "core/temporal/pattern.h"
#include "core/temporal/rules.h"

namespace chronicle::temporal {

// The tokens a slot of `kind` takes at token i (0: it does not match there), writing what it read
// into `slots`. Not for literals (SlotKind::kLiteral reads nothing).
std::size_t read_slot(const Input& in, SlotKind kind, std::size_t i, Slots& slots);

// Any lower-case word the lexicon does not know, as in "two bloody weeks": 1, else 0.
std::size_t match_adjective(const Input& in, std::size_t i);

// Token i is the punctuation character c.
bool is_punct(const Input& in, std::size_t i, char c);

// The slot kinds that could match at token i: a cheap filter before trying rules. Inline: the
// matcher asks it at every token it tries (2% more instructions out of line).
inline std::uint32_t possible_slots(const Input& in, std::size_t i) {
  const auto kind = in.tokens[i].kind;
  if (kind == text::TokenKind::kNumber) {
    const std::size_t n = in.tokens[i].end - in.tokens[i].begin;
    std::uint32_t mask = bit(SlotKind::kNumber) | bit(SlotKind::kClock) | bit(SlotKind::kNumericDate);
    if (n <= 2) mask |= bit(SlotKind::kDay) | bit(SlotKind::kShortYear);
    if (n == 4) mask |= bit(SlotKind::kYear) | bit(SlotKind::kDecade) | bit(SlotKind::kIsoDate);
    return mask;
  }
  if (kind == text::TokenKind::kMixed) {
    return bit(SlotKind::kDay) | bit(SlotKind::kOrdinal) | bit(SlotKind::kDecade) | bit(SlotKind::kQuarter) |
           bit(SlotKind::kClock);
  }
  const Word* w = in.word(i);
  if (w == nullptr) return 0;
  std::uint32_t mask = 0;
  if (w->month) mask |= bit(SlotKind::kMonth);
  if (w->weekday) mask |= bit(SlotKind::kWeekday);
  if (w->unit != Unit::kNone) mask |= bit(SlotKind::kUnit);
  if (w->number >= 0) mask |= bit(SlotKind::kNumber);
  if (w->ordinal > 0) mask |= bit(SlotKind::kOrdinal) | bit(SlotKind::kDay);
  if (w->number == 20 || w->number == 30) mask |= bit(SlotKind::kDay);  // "twenty-first"
  if ((w->number >= 11 && w->number <= 19) || w->number == 2) mask |= bit(SlotKind::kYear);  // "nineteen ninety"
  if (w->season != Season::kNone) mask |= bit(SlotKind::kSeason);
  if (w->part != PartOfDay::kNone) mask |= bit(SlotKind::kPart);
  if (w->relation != Relation::kNone) mask |= bit(SlotKind::kRelation);
  // Words in the table for a slot of their own: "a", "half", "few", "noon".
  if (mask == 0) mask = bit(SlotKind::kNumber) | bit(SlotKind::kFew) | bit(SlotKind::kClock);
  return mask;
}

}  // namespace chronicle::temporal
