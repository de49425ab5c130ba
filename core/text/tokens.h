// core/text tokens: the text cut into words, numbers and punctuation, each with its byte offsets.
// The temporal tagger matches patterns over these instead of over characters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace chronicle::text {

enum class TokenKind : std::uint8_t {
  kWord,    // ASCII letters only: "March", "p"
  kNumber,  // ASCII digits only: "29", "2016"
  kMixed,   // letters and digits run together: "1990s", "15th", "3pm", "Q3", "4x3"
  kPunct,   // one ASCII punctuation or symbol character: ",", ".", "'", "$"
  kOther,   // a run of non-ASCII bytes (curly quotes, accented letters, invalid bytes)
};

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;    // white space separates it from the previous token
  bool newline_before = false;  // that white space holds a line break
  std::string_view text(std::string_view source) const { return source.substr(begin, end - begin); }
};

// Tokens of `text` in order. Alphanumeric runs are capped at 64 bytes per token, so any input,
// valid UTF-8 or not, gives tokens in one linear pass.
std::vector<Token> tokenize(std::string_view text);

}  // namespace chronicle::text
