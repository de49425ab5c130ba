// JSON and JSON Lines: the usual field names, arrays and wrapped lists, broken records.
#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("one JSON object with pubDate, content and a source object loads as one article",
          "[article][json]") {
  const LoadResult result = load_file(fixture("json/one_article.json"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.format == "json");
  CHECK(article.title == "Port strike ends after three weeks");
  CHECK(article.published == "2024-05-17T18:05:00+02:00");
  CHECK(article.published_from == "field:pubDate");
  CHECK(article.source == "Harbour News");
  CHECK(article.url == "https://harbour-news.example/2024/05/port-strike-ends");
  CHECK(article.text.substr(article.body_begin).starts_with("Dock workers in Rotterdam"));
  CHECK_FALSE(contains(article.text, "Share this article"));
}

TEST_CASE("a JSON array loads its good records and names each bad one by record and position",
          "[article][json]") {
  const LoadResult result = load_file(fixture("json/array.json"), LoadOptions{});
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].title == "Wildfire forces evacuations near Athens");
  CHECK(result.articles[0].published == "2024-08-11T21:40:00+03:00");
  CHECK(result.articles[0].url == "https://aegean.example/fire");
  CHECK(contains(result.articles[0].text, "north of Athens on Sunday.\n\nWinds of up to 70\xC2\xA0km/h"));
  // 1723507200 s is 19948 days after 1970-01-01; 2024-01-01 is day 19723, and day 225 of 2024 is 13 August.
  CHECK(result.articles[1].published == "2024-08-13T00:00:00+00:00");
  CHECK(result.articles[1].published_from == "field:date");
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].line == 7);
  CHECK(result.errors[0].column == 3);
  CHECK(contains(result.errors[0].message, "record 3: no article text"));
  CHECK(result.errors[1].line == 8);
  CHECK(contains(result.errors[1].message, "record 4"));
}

TEST_CASE("a wrapped {\"articles\": [...]} list is read, zone names become offsets", "[article][json]") {
  const LoadResult result = load_file(fixture("json/wrapped.json"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].published == "2022-12-11");
  CHECK(result.articles[0].published_from == "field:published_at");
  // Paris is on winter time (UTC+1) in December.
  CHECK(result.articles[1].published == "2022-12-12T05:00:00+01:00");
  CHECK(result.articles[1].published_zone == "Europe/Paris");
}

TEST_CASE("malformed JSON is reported at the line and column where it breaks", "[article][json]") {
  const LoadResult literal = load_file(fixture("json/bad_literal.json"), LoadOptions{});
  CHECK(literal.articles.empty());
  REQUIRE(literal.errors.size() == 1);
  CHECK(literal.errors[0].line == 3);
  CHECK(contains(literal.errors[0].message, "malformed JSON"));
  const LoadResult truncated = load_file(fixture("json/truncated.json"), LoadOptions{});
  CHECK(truncated.articles.empty());
  REQUIRE(truncated.errors.size() == 1);
  CHECK(truncated.errors[0].line == 1);
  CHECK(truncated.errors[0].column > 40);
}

TEST_CASE("JSON Lines load line by line, a bad line is named by its number and the rest still load",
          "[article][json]") {
  const LoadResult result = load_file(fixture("json/lines.jsonl"), LoadOptions{});
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].format == "jsonl");
  CHECK(result.articles[0].published == "2023-06-14T14:00:00-04:00");
  CHECK(result.articles[1].title == "Oil falls on demand worries");
  CHECK(result.articles[1].published == "2023-06-15");
  CHECK(result.articles[1].published_from == "dateline");
  CHECK(result.articles[1].text.substr(result.articles[1].body_begin) ==
        "Oil prices fell for a second day on Thursday.");
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].line == 2);
  CHECK(contains(result.errors[0].message, "malformed JSON"));
  CHECK(result.errors[1].line == 4);
}

TEST_CASE("JSON nested thousands of levels deep is refused without recursion", "[article][json]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const LoadResult result = load_buffer(deep, "deep.json", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(contains(result.errors[0].message, "nested deeper"));
}

TEST_CASE("a record without a title takes its short first paragraph as title", "[article][json]") {
  const LoadResult result =
      load_buffer(R"({"text": "Bridge reopens\n\nThe bridge reopened on Monday.", "date": "2023-01-02"})",
                  "r.json", LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].title == "Bridge reopens");
  CHECK(result.articles[0].text == "Bridge reopens\n\nThe bridge reopened on Monday.");
}

TEST_CASE("WordPress REST posts with rendered title and HTML content load", "[article][json]") {
  const LoadResult result = load_file(fixture("json/wordpress.json"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  const Article& article = result.articles[0];
  CHECK(article.title == "Palmyra retaken");
  CHECK(article.published == "2016-03-29T16:27:03");
  CHECK(article.url == "https://blog.example/?p=7");
  CHECK(article.text ==
        "Palmyra retaken\n\nSyrian troops retook Palmyra on Sunday.\n\nEngineers began clearing mines.");
}

TEST_CASE("numbers too large for a double are a JSON error, not an exception", "[article][json]") {
  const LoadResult document =
      load_buffer(R"({"title": "Big", "text": "Body.", "date": 1e400})", "big.json", LoadOptions{});
  CHECK(document.articles.empty());
  REQUIRE(document.errors.size() == 1);
  CHECK(contains(document.errors[0].message, "malformed JSON"));
  LoadOptions lines;
  lines.format = "jsonl";
  const LoadResult line =
      load_buffer("{\"title\": \"A\", \"text\": \"B\", \"date\": -1e999}\n", "big.jsonl", lines);
  REQUIRE(line.errors.size() == 1);
  CHECK(line.errors[0].line == 1);
  const LoadResult huge_time =
      load_buffer(R"({"title": "T", "text": "B", "date": 1e300})", "t.json", LoadOptions{});
  REQUIRE(huge_time.articles.size() == 1);
  CHECK(huge_time.articles[0].published_from == "unknown");
}
