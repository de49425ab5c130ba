// Character references of HTML and XML.
#include <array>
#include <cstdint>

#include "core/article/markup.h"
#include "core/text/text.h"

namespace chronicle::article::detail {
namespace {

// A numeric reference to NUL would put a NUL byte into article text: it reads as U+FFFD instead.
void append_utf8(std::string& out, std::uint32_t code) { text::append_utf8(out, code == 0 ? 0xFFFD : code); }

struct Named {
  std::string_view name;
  std::uint32_t code;
};

// The named references news pages actually use; the rest stay as written.
constexpr std::array<Named, 62> kNamed = {{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"sbquo", 0x201A},  {"bdquo", 0x201E},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},  {"middot", 0xB7},   {"copy", 0xA9},
    {"reg", 0xAE},     {"trade", 0x2122}, {"deg", 0xB0},     {"euro", 0x20AC},   {"pound", 0xA3},
    {"yen", 0xA5},     {"cent", 0xA2},    {"sect", 0xA7},    {"para", 0xB6},     {"times", 0xD7},
    {"divide", 0xF7},  {"plusmn", 0xB1},  {"frac12", 0xBD},  {"frac14", 0xBC},   {"frac34", 0xBE},
    {"aacute", 0xE1},  {"agrave", 0xE0},  {"acirc", 0xE2},   {"auml", 0xE4},     {"atilde", 0xE3},
    {"aring", 0xE5},   {"ccedil", 0xE7},  {"eacute", 0xE9},  {"egrave", 0xE8},   {"ecirc", 0xEA},
    {"euml", 0xEB},    {"iacute", 0xED},  {"iuml", 0xEF},    {"ntilde", 0xF1},   {"oacute", 0xF3},
    {"ocirc", 0xF4},   {"ouml", 0xF6},    {"oslash", 0xF8},  {"uacute", 0xFA},   {"uuml", 0xFC},
    {"szlig", 0xDF},   {"Eacute", 0xC9},  {"Auml", 0xC4},    {"Ouml", 0xD6},     {"Uuml", 0xDC},
    {"shy", 0xAD},     {"zwnj", 0x200C},
}};

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Decodes the reference starting at text[i] == '&'; returns the bytes consumed, 0 when it is none.
std::size_t decode_one(std::string_view text, std::size_t i, std::string& out) {
  constexpr std::size_t kLongest = 10;
  std::size_t j = i + 1;
  if (j < text.size() && text[j] == '#') {
    ++j;
    const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
    if (hex) ++j;
    std::uint32_t code = 0;
    const std::size_t digits_begin = j;
    while (j < text.size() && j - digits_begin < 8) {
      const char c = text[j];
      int digit = -1;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      if (digit < 0) break;
      code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
      ++j;
    }
    if (j == digits_begin) return 0;
    if (j < text.size() && text[j] == ';') ++j;
    append_utf8(out, code);
    return j - i;
  }
  while (j < text.size() && j - i <= kLongest && is_alnum(text[j])) ++j;
  if (j >= text.size() || text[j] != ';') return 0;
  const std::string_view name = text.substr(i + 1, j - i - 1);
  for (const Named& named : kNamed) {
    if (named.name == name) {
      append_utf8(out, named.code);
      return j + 1 - i;
    }
  }
  return 0;
}

}  // namespace

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (const std::size_t used = decode_one(text, i, out)) {
        i += used;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace chronicle::article::detail
