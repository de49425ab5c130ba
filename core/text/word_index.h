// A hash index over a constant word table, built at compile time: finding a word costs one hash
// and, for most words, one probe, where a binary search of the sorted table costs a string compare
// per halving. Hot in extraction: every token meets several tables.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chronicle::text {

constexpr std::uint64_t fnv1a(std::string_view word) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const char c : word) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// `Table` is an array of N entries; `KeyOf` gives an entry's word. Open addressing over at least
// twice as many slots as entries, so probes stay short.
template <std::size_t N>
struct WordIndex {
  static constexpr std::size_t kSlots = std::bit_ceil(2 * N + 1);
  static_assert(N < 65535, "slots hold 16-bit entry numbers");
  std::uint16_t slots[kSlots] = {};  // 1 + the entry's index; 0 for an empty slot

  template <typename Entry, typename KeyOf>
  constexpr WordIndex(const Entry (&table)[N], KeyOf key_of) {
    for (std::size_t i = 0; i < N; ++i) {
      for (std::size_t slot = fnv1a(key_of(table[i])) % kSlots;; slot = (slot + 1) % kSlots) {
        if (slots[slot] == 0) {
          slots[slot] = static_cast<std::uint16_t>(i + 1);
          break;
        }
        if (key_of(table[slots[slot] - 1]) == key_of(table[i])) break;  // a repeated word: the first stays
      }
    }
  }

  // The entry of `table` whose word is `word`, or nullptr.
  template <typename Entry, typename KeyOf>
  const Entry* find(const Entry (&table)[N], KeyOf key_of, std::string_view word) const {
    for (std::size_t slot = fnv1a(word) % kSlots;; slot = (slot + 1) % kSlots) {
      if (slots[slot] == 0) return nullptr;
      const Entry& entry = table[slots[slot] - 1];
      if (key_of(entry) == word) return &entry;
    }
  }
};

}  // namespace chronicle::text
