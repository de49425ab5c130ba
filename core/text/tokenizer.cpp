#include "core/text/tokens.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace chronicle::text {
namespace {

// One table lookup per byte instead of chains of comparisons: the tokenizer sees every byte.
enum ByteClass : std::uint8_t { kLetter = 1, kDigit = 2, kSpace = 4 };

constexpr std::array<std::uint8_t, 256> kClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigit;
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) classes[c] = kSpace;
  return classes;
}();

bool is_letter(unsigned char c) { return kClasses[c] & kLetter; }
bool is_digit(unsigned char c) { return kClasses[c] & kDigit; }
bool is_space(unsigned char c) { return kClasses[c] & kSpace; }

// Longer runs are split: no word or number of interest is that long, and it bounds per-token work.
constexpr std::size_t kMaxRun = 64;

// The eight-byte reads below take byte k of the text as byte k of the integer.
static_assert(std::endian::native == std::endian::little);
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// The high bit of each byte of `x` that lies in [lo, hi] (ASCII bounds). Bytes are taken to seven
// bits first so that no sum carries into the next byte; bytes of 0x80 and up are then left out.
std::uint64_t bytes_in_range(std::uint64_t x, unsigned char lo, unsigned char hi) {
  const std::uint64_t seven = x & ~kHighBits;
  const std::uint64_t at_least_lo = seven + kOnes * (0x80u - lo);
  const std::uint64_t above_hi = seven + kOnes * (0x7Fu - hi);
  return at_least_lo & ~above_hi & ~x & kHighBits;
}

// The end of the run of ASCII letters and digits from `i`, at most `limit`; `seen` gets kDigit when
// the run holds a digit. Eight bytes at a time where eight are left: words are most of the text.
std::size_t alphanumeric_run_end(std::string_view text, std::size_t i, std::size_t limit,
                                 std::uint8_t& seen) {
  while (i + 8 <= limit) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const std::uint64_t digits = bytes_in_range(x, '0', '9');
    const std::uint64_t alphanumeric = bytes_in_range(x | (kOnes * 0x20), 'a', 'z') | digits;
    const std::uint64_t stops = ~alphanumeric & kHighBits;
    const std::uint64_t before_stop = stops == 0 ? ~std::uint64_t{0} : (stops & (0 - stops)) - 1;
    if ((digits & before_stop) != 0) seen |= kDigit;
    if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops)) / 8;
    i += 8;
  }
  while (i < limit) {
    const std::uint8_t d = kClasses[static_cast<unsigned char>(text[i])];
    if ((d & (kLetter | kDigit)) == 0) break;
    seen |= d;
    ++i;
  }
  return i;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  bool space = false;
  bool newline = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      newline = newline || c == '\n';
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    token.space_before = space;
    token.newline_before = newline;
    if (is_letter(c)) {
      // Most tokens: a word, maybe with digits run in ("Q3", "iPhone4").
      std::uint8_t seen = 0;
      i = alphanumeric_run_end(text, i, std::min(text.size(), token.begin + kMaxRun), seen);
      token.kind = (seen & kDigit) ? TokenKind::kMixed : TokenKind::kWord;
    } else if (is_digit(c)) {
      bool letters = false;
      bool digits = false;
      const std::size_t limit = std::min(text.size(), token.begin + kMaxRun);
      while (i < limit) {
        const unsigned char d = static_cast<unsigned char>(text[i]);
        if (is_letter(d)) {
          // "1919The": a number run into a capitalized word (lost line break) is two tokens.
          if (digits && !letters && d >= 'A' && d <= 'Z' && i + 1 < text.size() && text[i + 1] >= 'a' &&
              text[i + 1] <= 'z') {
            break;
          }
          letters = true;
        } else if (is_digit(d)) {
          digits = true;
        } else {
          break;
        }
        ++i;
      }
      token.kind = letters && digits ? TokenKind::kMixed : letters ? TokenKind::kWord : TokenKind::kNumber;
    } else if (c < 0x80) {
      token.kind = TokenKind::kPunct;
      ++i;
    } else {
      token.kind = TokenKind::kOther;
      while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80 && i - token.begin < kMaxRun) ++i;
    }
    token.end = i;
    tokens.push_back(token);
    space = false;
    newline = false;
  }
  return tokens;
}

}  // namespace chronicle::text
