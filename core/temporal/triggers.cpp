#include "core/temporal/triggers.h"

#include <bitset>
#include <unordered_map>

#include "core/temporal/lexicon.h"
#include "core/temporal/matcher.h"
#include "core/temporal/recognizer.h"

namespace chronicle::temporal {
namespace {

constexpr std::size_t kMaxWord = 24;

// (length, first byte, last byte) of a word, folded into 15 bits; the same in any ASCII case.
std::size_t filter_key(std::string_view lowered) {
  const auto first = static_cast<unsigned char>(lowered.front());
  const auto last = static_cast<unsigned char>(lowered.back());
  return ((lowered.size() & 31u) << 10) | ((first & 31u) << 5) | (last & 31u);
}

struct Triggers {
  std::bitset<1u << 15> filter;
  std::unordered_map<std::string_view, Trigger> entries;

  void add(std::string_view word, std::uint8_t bit) {
    if (word.empty() || word.size() > kMaxWord) return;
    filter.set(filter_key(word));
    Trigger& entry = entries[word];
    entry.bits |= bit;
    if (bit == kTriggerLexicon) entry.word = &lookup(word);
  }

  Triggers() {
    for (std::string_view w : known_words()) add(w, kTriggerLexicon);
    for (std::string_view w : rule_first_words()) add(w, kTriggerRule);
    for (std::string_view w : modifier_first_words()) add(w, kTriggerModifier);
  }
};

}  // namespace

Trigger trigger_of(std::string_view token) {
  static const Triggers kTriggers;
  if (token.empty() || token.size() > kMaxWord) return {};
  // The filter first, on the raw bytes: its key keeps 5 bits of each byte, the same for an ASCII
  // letter in either case, so most words are turned away before being lowered.
  if (!kTriggers.filter.test(filter_key(token))) return {};
  char buffer[kMaxWord];
  const std::string_view lowered = lower_ascii(token, buffer, sizeof buffer);
  if (lowered.empty() || !kTriggers.filter.test(filter_key(lowered))) return {};
  const auto found = kTriggers.entries.find(lowered);
  return found == kTriggers.entries.end() ? Trigger{} : found->second;
}

}  // namespace chronicle::temporal
