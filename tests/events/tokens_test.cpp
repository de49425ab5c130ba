// Tokens of article text with byte offsets.
#include <catch2/catch.hpp>

#include "core/events/tokens.h"

using chronicle::events::tokenize;

TEST_CASE("possessives, names with particles and abbreviations stay one word", "[events][tokens]") {
  const std::string text = "Sunday\xE2\x80\x99s win for al-Assad in the U.S. and Syria's army";
  const auto tokens = tokenize(text, 0, text.size());
  REQUIRE(tokens.size() == 10);
  CHECK(tokens[0].text == "Sunday");
  CHECK(tokens[0].possessive);
  CHECK(tokens[0].end == 10);  // six letters, a three-byte curly apostrophe and the "s"
  CHECK(tokens[3].text == "al-Assad");
  CHECK(tokens[6].text == "U.S.");
  CHECK(tokens[8].text == "Syria");
  CHECK(tokens[8].possessive);
  CHECK(tokens[9].text == "army");
}

TEST_CASE("curly quotes and dashes are punctuation, not parts of words", "[events][tokens]") {
  const std::string text = "a \xE2\x80\x9Cmortal blow\xE2\x80\x9D \xE2\x80\x94 then";
  const auto tokens = tokenize(text, 0, text.size());
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[1].quote);
  CHECK(tokens[2].text == "mortal");
  CHECK(tokens[4].quote);
  CHECK(tokens[5].punct == '-');
}

TEST_CASE("capitalized and all-caps words are told apart", "[events][tokens]") {
  const std::string text = "ISIS Palmyra army X";
  const auto tokens = tokenize(text, 0, text.size());
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].all_caps());
  CHECK(tokens[1].capitalized());
  CHECK_FALSE(tokens[1].all_caps());
  CHECK_FALSE(tokens[2].capitalized());
  CHECK_FALSE(tokens[3].all_caps());  // one letter is an initial, not an acronym
}

TEST_CASE("tokenizing a range stops at its end, even inside a multibyte character", "[events][tokens]") {
  const std::string text = "Caf\xC3\xA9 society";
  const auto tokens = tokenize(text, 0, 4);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].end <= 4);
}
