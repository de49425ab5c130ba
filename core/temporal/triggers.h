// Which tokens can matter to the tagger at all: words of the lexicon, words and punctuation that
// rules start with, first words of modifier phrases. Most words of a text are none of these; a bit
// filter on (length, first letter, last letter) turns them away before any hash lookup.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::temporal {

struct Word;

struct Trigger {
  std::uint8_t bits = 0;       // TriggerBit flags (matcher.h); 0 for most words
  const Word* word = nullptr;  // the lexicon entry when bits has kTriggerLexicon
};

// What one token's text (any case) triggers; one lookup gives the lexicon entry as well.
Trigger trigger_of(std::string_view token);

}  // namespace chronicle::temporal
