// TimeML: the DCT dates the article, TEXT without its TIMEX3 tags is the text.
#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

TEST_CASE("a TimeML document gives its DCT as publication time and its TEXT without tags",
          "[article][timeml]") {
  const LoadResult result = load_file(fixture("timeml/apple_special_event.tml"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.format == "timeml");
  CHECK(article.title == "Apple plans another special event");
  CHECK(article.published == "2005-10-04");
  CHECK(article.published_from == "timeml-dct");
  CHECK(article.text.find("<TIMEX3") == std::string::npos);
  CHECK(article.text.substr(article.body_begin)
            .starts_with("Within one month of the iPod nano and iTunes phone special event, Apple Computer "
                         "announced today another special "
                         "event to be held on October 12."));
  CHECK(article.text.ends_with("The words were atop a picture of closed theater curtains."));
}

TEST_CASE("TimeML whose sentences sit in <s> elements keeps each sentence apart, the title alone",
          "[article][timeml]") {
  // As the SemEval timeline corpora write it: title, date line and each sentence an <s>, nothing
  // between them.
  const std::string tml =
      "<?xml version='1.0' encoding='utf-8'?><TimeML><DOCID>1</DOCID>"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2008-03-01\">2008-03-01</TIMEX3></DCT>"
      "<TEXT><s id=\"0\">EADS defeats Boeing for airtanker contract</s><s id=\"1\">March 01 , 2008</s>"
      "<s id=\"2\">EADS has defeated Boeing for a contract to supply tankers in 40 states .</s>"
      "<s id=\"3\">The Northrop team won on <TIMEX3 tid=\"t1\">Friday</TIMEX3> .</s></TEXT></TimeML>";
  const LoadResult result = load_buffer(tml, "airtanker.tml", LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.title == "EADS defeats Boeing for airtanker contract");
  CHECK(article.published == "2008-03-01");
  CHECK(article.text.substr(article.body_begin) ==
        "EADS has defeated Boeing for a contract to supply tankers in 40 states .\n\n"
        "The Northrop team won on Friday .");
}

TEST_CASE("TimeML without TEXT is an error naming the document", "[article][timeml]") {
  const LoadResult result = load_file(fixture("timeml/no_text.tml"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message == "TimeML without a <TEXT> element");
}

TEST_CASE("TimeML with an unclosed TIMEX3 is an error at the tag that gives it away", "[article][timeml]") {
  const LoadResult result = load_file(fixture("timeml/unclosed_timex.tml"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 9);
  CHECK(result.errors[0].column == 1);
  CHECK(result.errors[0].message == "malformed TimeML: </TEXT> closes <TIMEX3> opened on line 7");
}
