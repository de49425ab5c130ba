// Which tokens can matter to the tagger at all: words of the lexicon, words and punctuation that
// rules start with, first words of modifier phrases. Most words of a text are none of these; a bit
// filter on (length, first letter, last letter) turns them away before any hash lookup.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::temporal {

// TriggerBit flags (matcher.h) for one token's text, any case; 0 for most words.
std::uint8_t trigger_bits(std::string_view token);

}  // namespace chronicle::temporal
