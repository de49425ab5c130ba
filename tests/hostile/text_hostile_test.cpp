// Hostile bytes through core/text: invalid UTF-8, NUL bytes, a 100 MB single line, mixed scripts and
// a million date-like tokens. Each gives valid text and sane sentence spans.
#include <catch2/catch.hpp>

#include <string>

#include "core/text/text.h"
#include "tests/hostile/contract_checks.h"

using chronicle::text::is_valid_utf8;
using chronicle::text::repair_utf8;
using chronicle::text::split_sentences;

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TEST_CASE("every byte from 0x80 to 0xFF on its own becomes one replacement character", "[hostile][utf8]") {
  std::string ascii, high;
  for (int b = 0x01; b < 0x80; ++b) ascii += static_cast<char>(b);
  for (int b = 0x80; b <= 0xFF; ++b) high += static_cast<char>(b);
  // Ascending bytes never form a sequence: a lead byte is always followed by another lead byte.
  const auto repaired = repair_utf8(ascii + high);
  CHECK(repaired.replaced == 128);
  CHECK(repaired.text == ascii + repeat("\xEF\xBF\xBD", 128));
  CHECK(is_valid_utf8(repaired.text));
}

TEST_CASE("sequences cut short at the very end of the input are replaced, not read past", "[hostile][utf8]") {
  for (const std::string tail : {"\xC3", "\xE2\x80", "\xF0\x9F\x93"}) {
    const auto repaired = repair_utf8("date: " + tail);
    CHECK(repaired.text == "date: \xEF\xBF\xBD");
    CHECK(repaired.replaced == 1);
  }
}

TEST_CASE("NUL bytes become spaces and sentences around them stay whole", "[hostile][nul]") {
  const std::string with_nuls("On Sunday\0the army\0\0advanced. It held.", 38);
  const auto repaired = repair_utf8(with_nuls);
  CHECK(repaired.text == "On Sunday the army  advanced. It held.");
  const auto spans = split_sentences(repaired.text);
  REQUIRE(spans.size() == 2);
  CHECK(repaired.text.substr(spans[0].begin, spans[0].size()) == "On Sunday the army  advanced.");
  CHECK(repaired.text.substr(spans[1].begin, spans[1].size()) == "It held.");
}

TEST_CASE("a 100 MB single line is repaired unchanged and split into its sentences", "[hostile][huge]") {
  const std::string sentence = "The army advanced on Sunday. ";  // 29 bytes
  const std::size_t times = (100u << 20) / sentence.size();
  const std::string line = repeat(sentence, times);
  const auto repaired = repair_utf8(line);
  CHECK(repaired.replaced == 0);
  CHECK(repaired.text.size() == line.size());
  const auto spans = split_sentences(line);
  REQUIRE(spans.size() == times);
  CHECK(spans.back().begin == (times - 1) * sentence.size());
  CHECK(spans.back().size() == sentence.size() - 1);  // trimmed of its trailing space
  CHECK(chronicle::checks::span_problems(line, spans) == "");
}

TEST_CASE("a million date-like tokens without a full stop are one sentence", "[hostile][huge]") {
  const std::string tokens = repeat("3/29/2016 ", 1000000);
  const auto spans = split_sentences(tokens);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].begin == 0);
  CHECK(spans[0].end == tokens.size() - 1);
}

TEST_CASE("mixed scripts pass repair untouched and sentence bounds fall between characters", "[hostile][scripts]") {
  const std::string mixed =
      "2016\xE5\xB9\xB4" "3\xE6\x9C\x88" "29\xE6\x97\xA5. "                   // 2016年3月29日.
      "\xD0\xA1\xD0\xB8\xD1\x80\xD0\xB8\xD1\x8F 27 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. "  // Сирия 27 марта.
      "\xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD8\xA7 \xF0\x9F\x93\x85 On Sunday.";  // سوريا 📅 On Sunday.
  const auto repaired = repair_utf8(mixed);
  CHECK(repaired.replaced == 0);
  CHECK(repaired.text == mixed);
  const auto spans = split_sentences(mixed);
  CHECK(spans.size() == 3);
  CHECK(chronicle::checks::span_problems(mixed, spans) == "");
  for (const auto& span : spans) {
    CHECK_FALSE(is_continuation_byte(mixed[span.begin]));
    if (span.end < mixed.size()) CHECK_FALSE(is_continuation_byte(mixed[span.end]));
  }
}
