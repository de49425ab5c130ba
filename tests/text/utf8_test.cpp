#include <catch2/catch.hpp>

#include "core/text/text.h"

using chronicle::text::is_valid_utf8;
using chronicle::text::repair_utf8;

TEST_CASE("well-formed UTF-8 in every sequence length is accepted", "[utf8]") {
  CHECK(is_valid_utf8("plain ASCII"));
  CHECK(is_valid_utf8("Iran\xE2\x80\x99s"));        // U+2019, three bytes
  CHECK(is_valid_utf8("\xC3\xA9t\xC3\xA9"));          // "été", two-byte sequences
  CHECK(is_valid_utf8("\xF0\x9F\x93\x85"));           // U+1F4C5, four bytes
}

TEST_CASE("overlongs, surrogates, stray continuations and truncated sequences are rejected", "[utf8]") {
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));             // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));         // U+D800, a surrogate
  CHECK_FALSE(is_valid_utf8("\x80"));                 // continuation without a lead
  CHECK_FALSE(is_valid_utf8("abc\xE2\x80"));          // cut short at the end
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));     // past U+10FFFF
}

TEST_CASE("repair replaces each maximal invalid subpart with one U+FFFD and keeps the rest", "[utf8]") {
  const auto repaired = repair_utf8(std::string_view("a\xE2\x80" "b\xFF" "c", 6));
  CHECK(repaired.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  CHECK(repaired.replaced == 2);
  CHECK(is_valid_utf8(repaired.text));
}

TEST_CASE("repair turns NUL bytes into spaces and leaves valid text untouched", "[utf8]") {
  const std::string with_nul("May\0 2015", 9);
  CHECK(repair_utf8(with_nul).text == "May  2015");
  CHECK(repair_utf8("Iran\xE2\x80\x99s").text == "Iran\xE2\x80\x99s");
  CHECK(repair_utf8("Iran\xE2\x80\x99s").replaced == 0);
}

TEST_CASE("append_utf8 encodes each sequence length and refuses surrogates and values past U+10FFFF", "[utf8]") {
  std::string out;
  chronicle::text::append_utf8(out, U'A');
  chronicle::text::append_utf8(out, U'\u00E9');      // é: C3 A9
  chronicle::text::append_utf8(out, U'\u2019');      // ’: E2 80 99
  chronicle::text::append_utf8(out, U'\U0001F4C5');  // F0 9F 93 85
  CHECK(out == "A\xC3\xA9\xE2\x80\x99\xF0\x9F\x93\x85");
  out.clear();
  chronicle::text::append_utf8(out, 0xD800);
  chronicle::text::append_utf8(out, 0x110000);
  CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
