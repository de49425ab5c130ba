#include "core/text/text.h"

namespace chronicle::text {
namespace {

// How far a UTF-8 sequence starting at bytes[i] is well-formed, following the table of well-formed
// byte sequences in the Unicode standard (ch. 3, table 3-7). `complete` says whether it is a whole
// character; otherwise `length` bytes are its "maximal subpart", which becomes one U+FFFD.
struct Sequence {
  std::size_t length = 1;
  bool complete = false;
};

Sequence read_sequence(std::string_view bytes, std::size_t i) {
  const unsigned char lead = static_cast<unsigned char>(bytes[i]);
  if (lead < 0x80) return {1, true};
  std::size_t wanted = 0;
  unsigned char second_low = 0x80, second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    wanted = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    wanted = 3;
    if (lead == 0xE0) second_low = 0xA0;   // no overlongs
    if (lead == 0xED) second_high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    wanted = 4;
    if (lead == 0xF0) second_low = 0x90;   // no overlongs
    if (lead == 0xF4) second_high = 0x8F;  // nothing past U+10FFFF
  } else {
    return {1, false};
  }
  std::size_t length = 1;
  while (length < wanted && i + length < bytes.size()) {
    const unsigned char next = static_cast<unsigned char>(bytes[i + length]);
    const unsigned char low = length == 1 ? second_low : 0x80;
    const unsigned char high = length == 1 ? second_high : 0xBF;
    if (next < low || next > high) break;
    ++length;
  }
  return {length, length == wanted};
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // ASCII, most of any text: one compare
      ++i;
      continue;
    }
    const Sequence sequence = read_sequence(bytes, i);
    if (!sequence.complete) return false;
    i += sequence.length;
  }
  return true;
}

void append_utf8(std::string& out, char32_t code) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

Utf8Repair repair_utf8(std::string_view bytes) {
  Utf8Repair out;
  out.text.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const Sequence sequence = read_sequence(bytes, i);
    if (!sequence.complete) {
      out.text += "\xEF\xBF\xBD";
      ++out.replaced;
    } else if (bytes[i] == '\0') {
      out.text += ' ';
      ++out.replaced;
    } else {
      out.text.append(bytes.substr(i, sequence.length));
    }
    i += sequence.length;
  }
  return out;
}

}  // namespace chronicle::text
