#include "core/events/tokens.h"

#include "core/events/lexicon.h"

namespace chronicle::events {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 punctuation at text[i] that we read as punctuation, or 0: curly quotes,
// dashes and the ellipsis (all E2 80 xx).
std::size_t utf8_punct_length(std::string_view text, std::size_t i, char& kind, bool& quote) {
  if (i + 2 >= text.size()) return 0;
  if (static_cast<unsigned char>(text[i]) != 0xE2 || static_cast<unsigned char>(text[i + 1]) != 0x80) return 0;
  switch (static_cast<unsigned char>(text[i + 2])) {
    case 0x98: case 0x99: case 0x9C: case 0x9D: case 0x9E:
      kind = '"';
      quote = true;
      return 3;
    case 0x93: case 0x94:
      kind = '-';
      return 3;
    case 0xA6:
      kind = '.';
      return 3;
    default:
      return 0;
  }
}

bool is_right_single_quote(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99;
}

bool is_word_byte(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (is_ascii_letter(c) || is_ascii_digit(c)) return true;
  if (c < 0x80) return false;
  char kind = 0;
  bool quote = false;
  return utf8_punct_length(text, i, kind, quote) == 0;
}

// An apostrophe or hyphen joins a word when a word byte follows it ("al-Assad", "don't"); a comma
// or point between digits joins a number.
std::size_t joiner_length(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t length = 0;
  if (text[i] == '\'' || text[i] == '-' || text[i] == '.') {
    length = 1;
  } else if (is_right_single_quote(text, i)) {
    length = 3;
  }
  const bool digit_group = (text[i] == ',' || text[i] == '.') && i > 0 && is_ascii_digit(static_cast<unsigned char>(text[i - 1])) &&
                           i + 1 < end && is_ascii_digit(static_cast<unsigned char>(text[i + 1]));
  if (digit_group) return 1;  // "7,114.3" is one number
  if (length == 0 || i + length >= end || !is_word_byte(text, i + length)) return 0;
  if (text[i] == '.' && !(i + 2 < end && text[i + 2] == '.')) return 0;  // only "U.S.", "a.m." join
  return length;
}

}  // namespace

std::string ascii_lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool Token::capitalized() const {
  if (!is_word || text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals À..Þ are C3 80..C3 9E (without the multiplication sign C3 97).
  return c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0x80 &&
         static_cast<unsigned char>(text[1]) <= 0x9E && static_cast<unsigned char>(text[1]) != 0x97;
}

bool Token::all_caps() const {
  if (!is_word) return false;
  std::size_t letters = 0;
  for (const char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::vector<Token> tokenize(std::string_view text, std::string_view lowered, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  if (end > text.size()) end = text.size();
  if (lowered.size() < end) return tokens;  // not the lowered text: nothing to view
  if (end > begin) tokens.reserve((end - begin) / 5 + 1);  // about one token per five bytes of news text
  std::size_t i = begin;
  while (i < end) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      ++i;
      continue;
    }
    // Built in place: a token holds a string, and moving thousands of them costs.
    Token& token = tokens.emplace_back();
    token.begin = i;
    char kind = 0;
    bool quote = false;
    if (is_word_byte(text, i)) {
      while (i < end) {
        if (is_word_byte(text, i)) {
          ++i;
        } else if (const std::size_t join = joiner_length(text, i, end)) {
          i += join;
        } else {
          break;
        }
      }
      if (i < end && text[i] == '.' && i >= token.begin + 2 && text[i - 2] == '.') ++i;  // the last dot of "U.S."
      token.end = i;
      token.is_word = true;
      std::string_view word = text.substr(token.begin, i - token.begin);
      for (const std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
        if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
          word.remove_suffix(suffix.size());
          token.possessive = true;
        }
      }
      token.text = word;
      token.lower = lowered.substr(token.begin, word.size());
      token.classes = lexicon::classes_of(token.lower);
      continue;
    }
    if (const std::size_t length = utf8_punct_length(text, i, kind, quote); length != 0 && i + length <= end) {
      i += length;
    } else {
      const char c = text[i++];
      switch (c) {
        case '"': case '\'':
          kind = '"';
          quote = true;
          break;
        case ',': case ';': case ':': case '.': case '!': case '?': case '(': case ')': case '/':
          kind = c;
          break;
        case '[': kind = '('; break;
        case ']': kind = ')'; break;
        case '-': kind = '-'; break;
        default:  // other white space and symbols carry no clause structure
          tokens.pop_back();
          continue;
      }
    }
    token.end = i;
    token.text = text.substr(token.begin, i - token.begin);
    token.punct = kind;
    token.quote = quote;
  }
  return tokens;
}

}  // namespace chronicle::events
