#include <catch2/catch.hpp>
#include <string>

#include "core/text/tokens.h"

using chronicle::text::Token;
using chronicle::text::TokenKind;
using chronicle::text::tokenize;

TEST_CASE("words, numbers and punctuation come out with their byte offsets", "[tokenizer]") {
  const std::string text = "On March 29, 2016";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].text(text) == "On");
  CHECK(tokens[1].text(text) == "March");
  CHECK(tokens[1].begin == 3);
  CHECK(tokens[1].end == 8);
  CHECK(tokens[2].kind == TokenKind::kNumber);
  CHECK(tokens[3].kind == TokenKind::kPunct);
  CHECK_FALSE(tokens[3].space_before);
  CHECK(tokens[4].text(text) == "2016");
  CHECK(tokens[4].space_before);
}

TEST_CASE("letters and digits run together form one mixed token", "[tokenizer]") {
  const std::string text = "the 1990s and 3pm, Q3";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[1].kind == TokenKind::kMixed);
  CHECK(tokens[1].text(text) == "1990s");
  CHECK(tokens[3].text(text) == "3pm");
  CHECK(tokens[5].kind == TokenKind::kMixed);
}

TEST_CASE("line breaks are remembered on the token after them", "[tokenizer]") {
  const std::string text = "Title\n\nBody text";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 3);
  CHECK_FALSE(tokens[0].newline_before);
  CHECK(tokens[1].newline_before);
  CHECK_FALSE(tokens[2].newline_before);
}

TEST_CASE("non-ASCII bytes, valid or not, become tokens of their own kind", "[tokenizer]") {
  const std::string text = "Iran\xE2\x80\x99s \xFF\xFE x";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[1].kind == TokenKind::kOther);
  CHECK(tokens[1].end - tokens[1].begin == 3);
  CHECK(tokens[2].text(text) == "s");
  CHECK(tokens[3].kind == TokenKind::kOther);
}

TEST_CASE("a very long run of letters is split into bounded tokens that cover it all", "[tokenizer]") {
  const std::string text(1000, 'a');
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 16);  // 15 runs of 64 bytes and one of 40
  CHECK(tokens.back().end == 1000);
  for (std::size_t i = 1; i < tokens.size(); ++i) CHECK(tokens[i].begin == tokens[i - 1].end);
}

TEST_CASE("empty and all-space text give no tokens", "[tokenizer]") {
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \n\t ").empty());
}

TEST_CASE("a number run into a capitalized word is split where the word begins", "[tokenizer]") {
  const std::string text = "1919The war 3PM FY2015";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].text(text) == "1919");
  CHECK(tokens[0].kind == TokenKind::kNumber);
  CHECK(tokens[1].text(text) == "The");
  CHECK_FALSE(tokens[1].space_before);
  CHECK(tokens[3].text(text) == "3PM");
  CHECK(tokens[4].text(text) == "FY2015");
}

TEST_CASE("a word ends at the first byte that is no ASCII letter or digit, wherever it falls",
          "[tokenizer]") {
  // The stops sit just outside the letter and digit ranges, and past ASCII.
  for (const char stop : std::string("@[`{/:\x80 ")) {
    for (std::size_t length = 1; length <= 20; ++length) {
      const std::string text = std::string(length, 'k') + stop + "zzzzzzzzzz";
      const auto tokens = tokenize(text);
      REQUIRE(tokens.size() >= 2);
      CHECK(tokens[0].end == length);
      CHECK(tokens[0].kind == TokenKind::kWord);
    }
  }
}

TEST_CASE("a digit anywhere in a word's run makes it mixed, and a digit past its end does not",
          "[tokenizer]") {
  CHECK(tokenize("abcdefg7 x")[0].kind == TokenKind::kMixed);    // the eighth byte
  CHECK(tokenize("abcdefghi7 x")[0].kind == TokenKind::kMixed);  // the tenth byte, the second block
  CHECK(tokenize("abcdefgh7")[0].kind == TokenKind::kMixed);     // the text's last byte
  const auto tokens = tokenize("abc,defgh7");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].kind == TokenKind::kWord);
  CHECK(tokens[2].text("abc,defgh7") == "defgh7");
}
