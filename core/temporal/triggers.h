// Which tokens can matter to the tagger at all: words of the lexicon, words and punctuation that
// rules name, the words of modifier phrases, tense cue words. Most words of a text are none of
// these; a bit filter on (length, first letter, last letter) turns them away before any lookup.
// Each known word has one entry, found once per token, that carries all that the recognizer needs
// to know of it, so that nothing downstream lowers or hashes it again.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/text/tokens.h"

namespace chronicle::temporal {

struct Word;
struct RuleStarts;

struct Trigger {
  std::uint8_t bits = 0;               // TriggerBit flags (matcher.h); 0 for most words
  const Word* word = nullptr;          // the lexicon entry when bits has kTriggerLexicon
  const RuleStarts* rules = nullptr;   // the rules the word starts, when bits has kTriggerRule
  std::uint32_t modifiers = 0;         // bit m: modifier phrase m starts with this word
  std::uint8_t tense = 0;              // the Tense (resolver.h) a tense cue word gives, 0 = none
  std::uint16_t literal = 0;           // 1 + the word's literal number (matcher.h) when a rule names it
  std::string_view key;                // the word lower-cased ("'" for U+2019); empty when unknown
};

// What each of `tokens` (cut from `text`) triggers, into `out` (resized to match): for a word or
// punctuation, a long-lived entry, the same for every spelling of it (any case), and an empty one
// when it triggers nothing; one shared entry for every number. One call per chunk of text.
void find_triggers(std::string_view text, std::span<const text::Token> tokens, std::vector<const Trigger*>& out);

}  // namespace chronicle::temporal
