// Recognition: which token spans are temporal expressions and what they say (a Partial), with
// the modifiers in front of them ("early", "about", "more than"). Nothing here knows any date.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/temporal/matcher.h"

namespace chronicle::temporal {

struct Mention {
  std::size_t first = 0;  // first token
  std::size_t end = 0;    // one past the last token
  Partial partial;
  std::string_view rule;  // the name of the rule that matched
};

// Mentions in token order, never overlapping. One left-to-right pass; each position tries a
// bounded number of rules, so time is linear in the number of tokens.
std::vector<Mention> recognize(const Input& input);

// The first words (lower-case) of the modifier phrases ("early", "more than", "about").
std::vector<std::string_view> modifier_first_words();

// Every word (lower-case) of the modifier phrases, repeats included.
std::vector<std::string_view> modifier_words();

}  // namespace chronicle::temporal
