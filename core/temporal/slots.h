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

// The slot kinds that could match at token i: a cheap filter before trying rules.
std::uint32_t possible_slots(const Input& in, std::size_t i);

// Any lower-case word the lexicon does not know, as in "two bloody weeks": 1, else 0.
std::size_t match_adjective(const Input& in, std::size_t i);

// Token i is the punctuation character c.
bool is_punct(const Input& in, std::size_t i, char c);

}  // namespace chronicle::temporal
