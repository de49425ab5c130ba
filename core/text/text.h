// core/text: the room for raw text. UTF-8 checking and repair, sentence spans, tokens.
// Every position is a byte offset into the caller's UTF-8 string; nothing here allocates per byte
// or looks back further than a fixed window, so every function is linear in its input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::text {

// A closed-open byte range [begin, end) into some text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

struct Utf8Repair {
  std::string text;            // valid UTF-8
  std::size_t replaced = 0;    // invalid sequences that became U+FFFD plus NUL bytes that became spaces
};

// Replaces every ill-formed sequence with U+FFFD (one per maximal invalid subpart) and NUL bytes
// with spaces, so that what comes out is safe to store, tag and show.
Utf8Repair repair_utf8(std::string_view bytes);

// Appends the UTF-8 encoding of `code`; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t code);

// Sentence spans of `text`, in order, each trimmed of surrounding white space. A blank line always
// ends a sentence (titles and datelines stand alone); '.', '!' and '?' end one unless they belong to
// a known abbreviation ("Mr.", "Gen.", "U.S."), an initial ("J. Smith"), a decimal or a number list.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace chronicle::text
