#include "core/temporal/triggers.h"

#include <bitset>
#include <cstdlib>
#include <memory>
#include <vector>

#include "core/temporal/lexicon.h"
#include "core/temporal/matcher.h"
#include "core/temporal/recognizer.h"
#include "core/temporal/tense.h"

namespace chronicle::temporal {
namespace {

constexpr std::size_t kMaxWord = 24;
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";  // matched as "'"

// (length, first byte, last byte) of a word, folded into 15 bits; the same in any ASCII case.
std::size_t filter_key(std::string_view word) {
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  return ((word.size() & 31u) << 10) | ((first & 31u) << 5) | (last & 31u);
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// FNV-1a of the lower-cased bytes.
std::uint32_t hash_lowered(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (char c : word) h = (h ^ static_cast<unsigned char>(lower(c))) * 16777619u;
  return h;
}

bool equal_lowered(std::string_view token, std::string_view key) {
  if (token.size() != key.size()) return false;
  for (std::size_t k = 0; k < token.size(); ++k) {
    if (lower(token[k]) != key[k]) return false;
  }
  return true;
}

// Open addressing over a power-of-two table, at most a quarter full: a lookup is one hash and
// mostly one compare.
struct Triggers {
  std::bitset<1u << 15> filter;
  std::vector<std::unique_ptr<Trigger>> entries;  // stable addresses
  struct Slot {
    std::string_view spelling;  // lower-case
    Trigger* entry = nullptr;
  };
  std::vector<Slot> slots;

  Trigger* find(std::string_view lowered) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t s = hash_lowered(lowered) & mask;; s = (s + 1) & mask) {
      if (slots[s].entry == nullptr) return nullptr;
      if (slots[s].spelling == lowered) return slots[s].entry;
    }
  }

  Trigger& add(std::string_view word) {
    if (Trigger* existing = find(word)) return *existing;
    entries.push_back(std::make_unique<Trigger>());
    Trigger& entry = *entries.back();
    entry.key = word;
    const std::size_t mask = slots.size() - 1;
    std::size_t s = hash_lowered(word) & mask;
    while (slots[s].entry != nullptr) s = (s + 1) & mask;
    slots[s] = {word, &entry};
    filter.set(filter_key(word));
    return entry;
  }

  Triggers() : slots(1u << 12) {
    for (std::string_view w : known_words()) {
      Trigger& entry = add(w);
      entry.bits |= kTriggerLexicon;
      entry.word = &lookup(w);
    }
    for (std::string_view w : rule_first_words()) {
      Trigger& entry = add(w);
      entry.bits |= kTriggerRule;
      entry.rules = rule_starts(w);
    }
    // Every word a rule names: match_at compares their keys, rule_filter looks for them.
    const auto literals = rule_literal_words();
    for (std::size_t n = 0; n < literals.size(); ++n) {
      add(literals[n]).literal = static_cast<std::uint16_t>(n + 1);
    }
    const auto modifiers = modifier_first_words();
    for (std::size_t m = 0; m < modifiers.size(); ++m) {
      Trigger& entry = add(modifiers[m]);
      entry.bits |= kTriggerModifier;
      entry.modifiers |= std::uint32_t{1} << m;
    }
    for (const auto& [w, tense] : tense_cue_words()) add(w).tense = static_cast<std::uint8_t>(tense);
    // U+2019 is an apostrophe to every rule: the same entry under both spellings.
    if (const Trigger* apostrophe = find("'")) {
      Trigger& curly = add(kCurlyApostrophe);
      curly = *apostrophe;
    }
    if (entries.size() * 4 > slots.size() || modifiers.size() > 32) std::abort();  // grow the table
  }
};

}  // namespace

const Trigger& trigger_of(std::string_view token) {
  static const Triggers kTriggers;
  static const Trigger kNothing;
  if (token.empty() || token.size() > kMaxWord) return kNothing;
  // The filter first, on the raw bytes: its key keeps 5 bits of each byte, the same for an ASCII
  // letter in either case, so most words are turned away before being hashed.
  if (!kTriggers.filter.test(filter_key(token))) return kNothing;
  const std::size_t mask = kTriggers.slots.size() - 1;
  for (std::size_t s = hash_lowered(token) & mask;; s = (s + 1) & mask) {
    const auto& slot = kTriggers.slots[s];
    if (slot.entry == nullptr) return kNothing;
    if (equal_lowered(token, slot.spelling)) return *slot.entry;
  }
}

}  // namespace chronicle::temporal
