#include <catch2/catch.hpp>

#include "core/text/text.h"

namespace {
std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto span : chronicle::text::split_sentences(text)) out.emplace_back(text.substr(span.begin, span.size()));
  return out;
}
}  // namespace

TEST_CASE("sentences end at a period, question or exclamation mark followed by a capital", "[sentences]") {
  CHECK(sentences_of("Palmyra fell. The army advanced! Was it over? No.") ==
        std::vector<std::string>{"Palmyra fell.", "The army advanced!", "Was it over?", "No."});
}

TEST_CASE("abbreviations, initials and decimals do not end a sentence", "[sentences]") {
  CHECK(sentences_of("Gen. Dehqan met Mr. J. Smith in the U.S. on Monday. Shares rose 3.5 percent.") ==
        std::vector<std::string>{"Gen. Dehqan met Mr. J. Smith in the U.S. on Monday.", "Shares rose 3.5 percent."});
}

TEST_CASE("a closing quote stays with the sentence it closes", "[sentences]") {
  CHECK(sentences_of("He said \"it is over.\" Then he left.") ==
        std::vector<std::string>{"He said \"it is over.\"", "Then he left."});
}

TEST_CASE("title and dateline lines stand alone and blank lines end sentences", "[sentences]") {
  const std::string text = "Iran Calls on Syria\nTue Mar 29, 2016 16:27:03\n\nOn Sunday, forces took Palmyra\n\nNext paragraph.";
  CHECK(sentences_of(text) == std::vector<std::string>{"Iran Calls on Syria", "Tue Mar 29, 2016 16:27:03",
                                                       "On Sunday, forces took Palmyra", "Next paragraph."});
}

TEST_CASE("sentence spans are byte offsets into the original text", "[sentences]") {
  const std::string text = "  First one.  Second one.";
  const auto spans = chronicle::text::split_sentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].end == 12);
  CHECK(spans[1].begin == 14);
  CHECK(spans[1].end == 25);
}
