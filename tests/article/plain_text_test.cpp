// Plain text layouts: title line, repeated title, byline, dateline, header blocks, no date at all.
#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

namespace {

Article load_one(std::string_view text) {
  LoadResult result = load_buffer(text, "article.txt", LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  return result.articles.front();
}

}  // namespace

TEST_CASE("a title line, a dateline and a body give title, time and body start", "[article][text]") {
  const std::string text = "Dam opens\n\nSeptember 9, 2025\n\nThe dam opened on Tuesday.\n";
  const Article article = load_one(text);
  CHECK(article.title == "Dam opens");
  CHECK(article.published == "2025-09-09");
  CHECK(article.published_from == "dateline");
  CHECK(article.body_begin == text.find("The dam"));
  CHECK(article.text == "Dam opens\n\nSeptember 9, 2025\n\nThe dam opened on Tuesday.");
}

TEST_CASE("a byline and a 'Published:' dateline with a zone abbreviation are read", "[article][text]") {
  const LoadResult result = load_file(fixture("text/byline_dateline.txt"), LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.title == "Cathedral donations pass one billion euros");
  // 8:05 am EDT is 08:05 at four hours behind UTC.
  CHECK(article.published == "2019-04-17T08:05:00-04:00");
  CHECK(article.published_zone == "EDT");
  CHECK(article.text.substr(article.body_begin).starts_with("Pledges to rebuild"));
}

TEST_CASE("share and advertisement lines are dropped, the sentences around them kept", "[article][text]") {
  const LoadResult result = load_file(fixture("text/byline_dateline.txt"), LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  const std::string& text = result.articles[0].text;
  CHECK(text.find("Advertisement") == std::string::npos);
  CHECK(text.find("Follow us") == std::string::npos);
  CHECK(text.find("two days after the fire.\n\nThe French president") != std::string::npos);
  CHECK(text.ends_with("rebuilt within five years."));
}

TEST_CASE("a header block gives title, time with its IANA zone, URL and source", "[article][text]") {
  const LoadResult result = load_file(fixture("text/header_block.txt"), LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.title == "Notre-Dame cathedral roof destroyed by fire");
  // Paris is on summer time (UTC+2) in mid-April.
  CHECK(article.published == "2019-04-15T19:50:00+02:00");
  CHECK(article.published_zone == "Europe/Paris");
  CHECK(article.published_from == "field:date");
  CHECK(article.url == "https://seine-post.example/notre-dame-fire");
  CHECK(article.source == "Seine Post");
  CHECK(article.text.substr(article.body_begin).starts_with("A fire broke out in"));
}

TEST_CASE("an article without any date is flagged unknown, never given the current time", "[article][text]") {
  const LoadResult result = load_file(fixture("text/no_date.txt"), LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].published.empty());
  CHECK(result.articles[0].published_from == "unknown");
}

TEST_CASE("a date inside a body sentence is not taken for a dateline", "[article][text]") {
  const Article article = load_one(
      "Talks resume\n\nNegotiators met again in Geneva after talks broke down on March 3, 2016 over the "
      "ceasefire.\n");
  CHECK(article.published.empty());
  CHECK(article.published_from == "unknown");
}

TEST_CASE("a first line too long for a title is body text and its first words stand for the title",
          "[article][text]") {
  std::string line = "This article has no title line at all and starts straight away with a long paragraph";
  while (line.size() < 400) line += " that keeps going on and on";
  const Article article = load_one(line + ".\n");
  CHECK(article.body_begin == 0);
  CHECK(article.title == "This article has no title line at all and starts straight away\xE2\x80\xA6");
}

TEST_CASE("a first line that is a whole sentence opens the body, even when short enough for a title",
          "[article][text]") {
  const std::string text =
      "The dam on the river opened on Tuesday after ten years of work.\n\nIt holds back a lake.\n";
  const Article article = load_one(text);
  CHECK(article.body_begin == 0);
  CHECK(article.title == "The dam on the river opened on Tuesday after ten years of\xE2\x80\xA6");
}

TEST_CASE("a headline without a full stop, or a short sentence, is still the title", "[article][text]") {
  CHECK(load_one("Dam opens on the river after ten years of work\n\nThe dam opened.").title ==
        "Dam opens on the river after ten years of work");
  CHECK(load_one("Dam opens.\n\nThe dam opened on Tuesday.").title == "Dam opens.");
}

TEST_CASE("an empty or blank input is an error, not an article", "[article][text]") {
  const LoadResult result = load_buffer(" \n\n\t\n", "blank.txt", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].file == "blank.txt");
}

TEST_CASE("the content hash ignores case and white space but not words", "[article][text]") {
  const Article a = load_one("Dam opens\n\nThe dam opened on Tuesday.");
  const Article b = load_one("DAM  OPENS\r\n\r\nThe dam\topened on   Tuesday.\r\n");
  const Article c = load_one("Dam opens\n\nThe dam opened on Wednesday.");
  CHECK(a.content_hash == b.content_hash);
  CHECK(a.content_hash != c.content_hash);
}

TEST_CASE("a dateline above the headline is read and the headline is still the title", "[article][text]") {
  const std::string text =
      "29 March 2016\n\nSyria retakes Palmyra\n\nSyrian forces took the city on Sunday.\n";
  const Article article = load_one(text);
  CHECK(article.title == "Syria retakes Palmyra");
  CHECK(article.published == "2016-03-29");
  CHECK(article.body_begin == text.find("Syrian forces"));
}

TEST_CASE("a title-only input is kept as an article whose body is its title, with a warning",
          "[article][text]") {
  const Article article = load_one("Apple releases the iPhone on June 29, 2007\n");
  CHECK(article.title == "Apple releases the iPhone on June 29, 2007");
  CHECK(article.body_begin == 0);
  REQUIRE(article.warnings.size() == 1);
  CHECK(article.warnings[0] == "no body text: the title is the only text");
}

TEST_CASE("a headline that contains a date stays the title", "[article][text]") {
  const Article article =
      load_one("Apple to hold event on October 12, 2005\n\nApple sent invitations on Tuesday.\n");
  CHECK(article.title == "Apple to hold event on October 12, 2005");
  CHECK(article.published.empty());
}

TEST_CASE("an agency dateline opening the first paragraph dates the article and stays in the body",
          "[article][text]") {
  const std::string text =
      "Fire at Notre-Dame\n\nPARIS, April 15, 2019 (AFP) - A fire broke out in the roof of the cathedral.\n";
  const Article article = load_one(text);
  CHECK(article.published == "2019-04-15");
  CHECK(article.published_from == "dateline");
  CHECK(article.body_begin == text.find("PARIS"));
}

TEST_CASE("a dash late in a first sentence with a date is not an agency dateline", "[article][text]") {
  const Article article = load_one(
      "Talks resume\n\nNegotiators from both sides of the conflict met again on March 3, 2016 in Geneva - "
      "the first "
      "meeting in a year.\n");
  CHECK(article.published.empty());
}
