#include "core/temporal/triggers.h"

#include <array>
#include <bit>
#include <bitset>
#include <cstdlib>
#include <cstring>
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

// A word of 2 to 8 ASCII letters packed into one integer, lower-cased: the key of the fast table.
// Letters are never 0, so the packing keeps the length. 0 when the word does not qualify.
std::uint64_t packed_letters(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return 0;
  std::uint64_t packed = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const auto c = static_cast<unsigned char>(word[k]);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
    packed |= std::uint64_t{static_cast<unsigned char>(c | 0x20)} << (8 * k);
  }
  return packed;
}

// packed_letters of a word token (ASCII letters only, tokens.h) of 2 to 8 bytes: its bytes with the
// case bit set, read in one load where eight bytes of text are left.
static_assert(std::endian::native == std::endian::little);  // letter k is byte k of the load

std::uint64_t packed_word(std::string_view text, const text::Token& token) {
  const std::size_t n = token.end - token.begin;
  if (token.begin + 8 > text.size()) return packed_letters(token.text(text));
  std::uint64_t x;
  std::memcpy(&x, text.data() + token.begin, 8);
  const std::uint64_t used = n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
  return (x | 0x2020202020202020ull) & used;
}

std::size_t packed_hash(std::uint64_t packed, std::size_t mask) {
  return static_cast<std::size_t>((packed * 0x9E3779B97F4A7C15ull) >> 40) & mask;
}

// Open addressing over power-of-two tables, at most a quarter full: a lookup is one hash and
// mostly one compare. Short words, the most common, go by their packed letters; single bytes
// (punctuation, "a") by a direct table; the rest by their lower-cased spelling.
struct Triggers {
  std::bitset<1u << 15> filter;
  std::vector<std::unique_ptr<Trigger>> entries;  // stable addresses
  struct Slot {
    std::string_view spelling;  // lower-case
    Trigger* entry = nullptr;
  };
  std::vector<Slot> slots;
  struct PackedSlot {
    std::uint64_t packed = 0;
    const Trigger* entry = nullptr;
  };
  std::vector<PackedSlot> packed_slots;
  std::array<const Trigger*, 256> single{};

  // The entry for `token` in any case, or nullptr.
  Trigger* find(std::string_view token) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t s = hash_lowered(token) & mask;; s = (s + 1) & mask) {
      if (slots[s].entry == nullptr) return nullptr;
      if (equal_lowered(token, slots[s].spelling)) return slots[s].entry;
    }
  }

  // As find, after the checks that turn most tokens away unhashed (the slow path, kept for every
  // spelling).
  const Trigger* find_any_case(std::string_view token) const {
    if (token.empty() || token.size() > kMaxWord || !filter.test(filter_key(token))) return nullptr;
    return find(token);
  }

  const Trigger* find_packed(std::uint64_t packed) const {
    const std::size_t mask = packed_slots.size() - 1;
    for (std::size_t s = packed_hash(packed, mask);; s = (s + 1) & mask) {
      if (packed_slots[s].entry == nullptr || packed_slots[s].packed == packed) return packed_slots[s].entry;
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

  // The fast tables, once every entry is in: they answer exactly as find_any_case does.
  void index_short_words() {
    packed_slots.resize(slots.size());
    const std::size_t mask = packed_slots.size() - 1;
    for (const Slot& slot : slots) {
      const std::uint64_t packed = packed_letters(slot.spelling);
      if (slot.entry == nullptr || packed == 0 || find_any_case(slot.spelling) != slot.entry) continue;
      std::size_t s = packed_hash(packed, mask);
      while (packed_slots[s].entry != nullptr) s = (s + 1) & mask;
      packed_slots[s] = {packed, slot.entry};
    }
    for (unsigned c = 0; c < 256; ++c) {
      const char byte = static_cast<char>(c);
      single[c] = find_any_case(std::string_view(&byte, 1));
    }
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
    for (std::string_view w : modifier_words()) add(w);  // recognize compares their keys
    for (const auto& [w, tense] : tense_cue_words()) add(w).tense = static_cast<std::uint8_t>(tense);
    // U+2019 is an apostrophe to every rule: the same entry under both spellings.
    if (const Trigger* apostrophe = find("'")) {
      Trigger& curly = add(kCurlyApostrophe);
      curly = *apostrophe;
    }
    if (entries.size() * 4 > slots.size() || modifiers.size() > 32) std::abort();  // grow the table
    index_short_words();
  }
};

const Triggers& triggers_table() {
  static const Triggers kTriggers;
  return kTriggers;
}

const Trigger kNothing;
const Trigger kNumber;  // numbers trigger by their kind, not their text

}  // namespace

void find_triggers(std::string_view text, std::span<const text::Token> tokens, std::vector<const Trigger*>& out) {
  const Triggers& table = triggers_table();
  out.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& token = tokens[i];
    const std::string_view s = token.text(text);
    const Trigger* entry = nullptr;
    switch (token.kind) {
      case text::TokenKind::kNumber:
      case text::TokenKind::kMixed: entry = &kNumber; break;
      case text::TokenKind::kPunct: entry = table.single[static_cast<unsigned char>(s[0])]; break;
      case text::TokenKind::kWord:
        if (s.size() == 1) {
          entry = table.single[static_cast<unsigned char>(s[0])];
        } else if (s.size() <= 8) {
          // Most words fail the filter: no packing, no hashing.
          if (table.filter.test(filter_key(s))) entry = table.find_packed(packed_word(text, token));
        } else {
          entry = table.find_any_case(s);
        }
        break;
      case text::TokenKind::kOther: entry = table.find_any_case(s); break;
    }
    out[i] = entry != nullptr ? entry : &kNothing;
  }
}

}  // namespace chronicle::temporal
