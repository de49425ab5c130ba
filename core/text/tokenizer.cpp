#include "core/text/tokens.h"

namespace chronicle::text {
namespace {

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

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
    if (is_letter(c) || is_digit(c)) {
      bool letters = false;
      bool digits = false;
      while (i < text.size() && i - token.begin < kMaxRun) {
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
