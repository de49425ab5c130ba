#include "core/text/tokens.h"

#include <algorithm>
#include <array>

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
      // Most tokens: a word, maybe with digits run in ("Q3", "iPhone4"). One OR per byte.
      const std::size_t limit = std::min(text.size(), token.begin + kMaxRun);
      std::uint8_t seen = 0;
      while (i < limit) {
        const std::uint8_t d = kClasses[static_cast<unsigned char>(text[i])];
        if ((d & (kLetter | kDigit)) == 0) break;
        seen |= d;
        ++i;
      }
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
