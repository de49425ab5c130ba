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
