#include <catch2/catch.hpp>

#include "core/syntax/syntax.h"

namespace {

std::vector<std::string> words_of(std::string_view sentence) {
  std::vector<std::string> out;
  for (const auto span : chronicle::syntax::split_words(sentence)) out.emplace_back(sentence.substr(span.begin, span.size()));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("punctuation stands apart from the words it touches", "[words]") {
  CHECK(words_of("On Sunday, forces (and tanks) took Palmyra.") ==
        Words{"On", "Sunday", ",", "forces", "(", "and", "tanks", ")", "took", "Palmyra", "."});
  CHECK(words_of("\"Go!\" he said...") == Words{"\"", "Go", "!", "\"", "he", "said", "..."});
}

TEST_CASE("clitics and possessives are words of their own, as the treebanks cut them", "[words]") {
  CHECK(words_of("Syria's army didn't stop; workers' pay can't rise") ==
        Words{"Syria", "'s", "army", "did", "n't", "stop", ";", "workers", "'", "pay", "ca", "n't", "rise"});
  CHECK(words_of("They're sure we'll win") == Words{"They", "'re", "sure", "we", "'ll", "win"});
  CHECK(words_of("Assad\xE2\x80\x99s win") == Words{"Assad", "\xE2\x80\x99s", "win"});
}

TEST_CASE("abbreviations, initials, decimals and addresses keep their periods", "[words]") {
  CHECK(words_of("Mr. J. Smith of the U.S. paid $7,114.3 at 3 p.m. to info@example.com.") ==
        Words{"Mr.", "J.", "Smith", "of", "the", "U.S.", "paid", "$", "7,114.3", "at", "3", "p.m.", "to",
              "info@example.com", "."});
  CHECK(words_of("See http://example.com/a.html.") == Words{"See", "http://example.com/a.html", "."});
}

TEST_CASE("a hyphen between words is a word of its own unless it follows a prefix", "[words]") {
  CHECK(words_of("a long-term, year-long deal") == Words{"a", "long", "-", "term", ",", "year", "-", "long", "deal"});
  CHECK(words_of("an e-mail from the co-op about non-stop flights") ==
        Words{"an", "e-mail", "from", "the", "co-op", "about", "non-stop", "flights"});
}

TEST_CASE("word spans are byte offsets into the sentence, and white space makes no word", "[words]") {
  const std::string sentence = "  It fell\xC2\xA0 today.\n";
  const auto spans = chronicle::syntax::split_words(sentence);
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].end == 4);
  CHECK(spans[2].begin == 12);
  CHECK(spans[3].begin == 17);
  CHECK(words_of(" \t\n ").empty());
}
