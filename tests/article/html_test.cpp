// HTML pages: metadata, JSON-LD, <time>, paragraphs without page furniture, broken markup.
#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

namespace {

Article load_page(const std::string& name) {
  LoadResult result = load_file(fixture("html/" + name), LoadOptions{});
  for (const LoadError& error : result.errors) FAIL(error.to_string());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].format == "html");
  return result.articles.front();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("a news page gives og:title, article:published_time with its offset, URL and site",
          "[article][html]") {
  const Article article = load_page("news_page.html");
  CHECK(article.title == "Palmyra museum reopens after restoration");
  CHECK(article.published == "2017-10-02T09:15:00+03:00");
  CHECK(article.published_from == "meta:article:published_time");
  CHECK(article.url == "https://levant-daily.example/culture/palmyra-museum-reopens");
  CHECK(article.source == "Levant Daily");
}

TEST_CASE("a news page's body is its paragraphs with entities decoded", "[article][html]") {
  const Article article = load_page("news_page.html");
  const std::string body = article.text.substr(article.body_begin);
  CHECK(body.starts_with("By Rana Haddad\n\nThe museum of Palmyra reopened on Sunday"));
  CHECK(contains(body,
                 "400\xC2\xA0statues had been restored since March\xC2\xA0"
                 "2016 \xE2\x80\x94 \xE2\x80\x9C"
                 "a first step,\xE2\x80\x9D"));
  CHECK(contains(body,
                 "from 9\xC2\xA0"
                 "a.m. & entry is free"));
  CHECK(article.text.starts_with("Palmyra museum reopens after restoration\n\n"));
}

TEST_CASE("scripts, styles, navigation, asides, forms, footers, comments and share lines are dropped",
          "[article][html]") {
  const Article article = load_page("news_page.html");
  for (const char* furniture : {"dataLayer", "not text", "margin", "World", "Culture", "Share this",
                                "Related:", "Subscribe", "All rights reserved", "begin article"}) {
    INFO(furniture);
    CHECK_FALSE(contains(article.text, furniture));
  }
}

TEST_CASE("JSON-LD NewsArticle in an @graph gives the publication time and the headline", "[article][html]") {
  const Article article = load_page("json_ld.html");
  CHECK(article.title == "Ethiopia opens giant Nile dam");
  CHECK(article.published == "2025-09-09T08:30:00+00:00");
  CHECK(article.published_from == "json-ld");
  CHECK_FALSE(contains(article.text, "Home News Sport"));
  CHECK(contains(article.text, "fourteen years after construction began."));
}

TEST_CASE("a <time datetime> element dates a page without metadata and leads its text as dateline",
          "[article][html]") {
  const Article article = load_page("time_element.html");
  CHECK(article.title == "Harbour bridge closed for repairs");
  CHECK(article.published == "2023-11-14T07:45:00");
  CHECK(article.published_from == "time-element");
  CHECK(article.text.substr(article.body_begin).starts_with("The harbour bridge will stay closed"));
}

TEST_CASE("an itemprop datePublished with an IANA zone name becomes an offset, the name kept",
          "[article][html]") {
  const Article article = load_page("itemprop_zone.html");
  // Iran was on summer time (UTC+4:30) from 21 March 2016.
  CHECK(article.published == "2016-03-29T16:27:03+04:30");
  CHECK(article.published_zone == "Asia/Tehran");
  CHECK(article.title == "Tehran hosts regional security talks");
}

TEST_CASE("an HTML comment that never closes is an error at its line and column", "[article][html]") {
  const LoadResult result = load_file(fixture("html/unclosed_comment.html"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 5);
  CHECK(result.errors[0].column == 1);
  CHECK(contains(result.errors[0].to_string(),
                 "unclosed_comment.html:5:1: malformed HTML: comment is never closed"));
}

TEST_CASE("a page that is only navigation and scripts is reported as having no article text",
          "[article][html]") {
  const LoadResult result = load_file(fixture("html/no_text.html"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(contains(result.errors[0].message, "no article text"));
}

TEST_CASE("a tag cut off by the end of the input is an error, not a hang", "[article][html]") {
  const LoadResult result =
      load_buffer("<html><body><p>Some text</p><a href=\"https://example.org/", "cut.html", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 1);
  CHECK(result.errors[0].column == 37);
}

TEST_CASE("without og:title, <title> gives the headline without the site's name; a logo <h1> is not used",
          "[article][html]") {
  const std::string page =
      "<html><head><title>Rail strike called off | Northern Echo Online</title></head><body>"
      "<header><h1>Northern Echo Online</h1></header>"
      "<p>Rail workers called off Friday's strike after talks on Wednesday night.</p></body></html>";
  const LoadResult result = load_buffer(page, "page.html", LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].title == "Rail strike called off");
}

TEST_CASE("a page declaring ISO-8859-1 is decoded as Windows-1252, not repaired", "[article][html]") {
  const Article article = load_page("latin1.html");
  CHECK(article.title == "Caf\xC3\xA9 society returns");
  // 0x96 is an en dash and 0x93/0x94 curly quotes in Windows-1252, which browsers use for ISO-8859-1.
  CHECK(article.text.substr(article.body_begin) ==
        "The caf\xC3\xA9s of Montmartre reopened on Monday \xE2\x80\x93 with "
        "\xE2\x80\x9Cterraces\xE2\x80\x9D full "
        "by noon.");
  REQUIRE(article.warnings.size() == 1);
  CHECK(article.warnings[0] == "decoded from iso-8859-1 as the input declares");
}

TEST_CASE("a <br> splits a paragraph without dropping the short line after it", "[article][html]") {
  const LoadResult result = load_buffer(
      "<html><head><title>Storm warning</title></head><body><p>A storm will reach the coast tonight.<br>Stay "
      "indoors.<br/>Ferries are cancelled.</p></body></html>",
      "br.html", LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text ==
        "Storm warning\n\nA storm will reach the coast tonight.\n\nStay indoors.\n\nFerries are cancelled.");
}
