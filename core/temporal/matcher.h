// Matches the compiled rules (pattern.h) against the tokens of a text, reading slots with the slot
// readers (slots.h).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/temporal/lexicon.h"
#include "core/temporal/partial.h"
#include "core/temporal/pattern.h"
#include "core/temporal/temporal.h"
#include "core/temporal/triggers.h"
#include "core/text/tokens.h"

namespace chronicle::temporal {

// The tokens of one document with what each triggers (see triggers.h; never nullptr).
struct Input {
  std::string_view text;
  std::span<const text::Token> tokens;
  std::span<const Trigger* const> triggers;
  DateOrder order = DateOrder::kMonthFirst;
  const RuleFilter* filter = nullptr;  // nullptr: every rule may match

  std::string_view at(std::size_t i) const { return tokens[i].text(text); }
  // The lexicon entry of token i, nullptr when it has none or i is past the end.
  const Word* word(std::size_t i) const { return i < triggers.size() ? triggers[i]->word : nullptr; }
  bool glued(std::size_t i) const { return i < tokens.size() && !tokens[i].space_before; }
  // Case-insensitive: token i is `word`. An apostrophe also matches U+2019.
  bool is(std::size_t i, std::string_view word) const;
};

// Inline: rules call this for every literal they try, most often with a constant word.
inline bool Input::is(std::size_t i, std::string_view word) const {
  if (i >= tokens.size()) return false;
  const std::string_view s = at(i);
  if (s.size() != word.size()) return word == "'" && s == "\xE2\x80\x99";  // the common miss first
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

struct RuleMatch {
  std::size_t end = 0;  // one past the last token
  Partial partial;
  std::string_view rule;
};

// The longest rule match starting at token `begin` (ties: the earlier rule), if any.
std::optional<RuleMatch> match_at(const Input& input, std::size_t begin);

// True when token `i` could start some rule, a cheap filter before match_at.
bool may_start(const Input& input, std::size_t i);

// Bits of Input::triggers.
enum TriggerBit : std::uint8_t { kTriggerLexicon = 1, kTriggerRule = 2, kTriggerModifier = 4 };

}  // namespace chronicle::temporal
