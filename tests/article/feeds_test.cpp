// RSS 2.0 and Atom feeds: each item an article, dated by its own fields; broken feeds named.
#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

TEST_CASE("every RSS item is an article with its pubDate or dc:date, link or guid, and the channel as source",
          "[article][feeds]") {
  const LoadResult result = load_file(fixture("feeds/rss.xml"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 3);
  const Article& first = result.articles[0];
  CHECK(first.format == "rss");
  CHECK(first.title == "Flood barrier passes its first test");
  CHECK(first.published == "2021-01-23T16:20:00+00:00");
  CHECK(first.published_from == "field:pubDate");
  CHECK(first.url == "https://valley-courier.example/2021/01/flood-barrier");
  CHECK(first.source == "Valley Courier \xE2\x80\x93 Local news");
  // content:encoded wins over the shorter description.
  CHECK(first.text.substr(first.body_begin) ==
        "The new flood barrier held back the swollen river on Friday night, the first time it has been "
        "raised.\n\n"
        "Residents of the lower town had been told to prepare sandbags.");
  const Article& second = result.articles[1];
  CHECK(second.title == "Council approves <bridge> budget");
  CHECK(second.published == "2021-01-25T19:00:00+01:00");
  CHECK(second.published_from == "field:dc:date");
  CHECK(second.url == "https://valley-courier.example/2021/01/bridge-budget");
  CHECK(second.text.substr(second.body_begin) ==
        "The council voted 9 to 2 for the footbridge budget on Monday.");
  CHECK(result.articles[2].published_from == "unknown");
}

TEST_CASE("every Atom entry is an article with its published time and alternate link", "[article][feeds]") {
  const LoadResult result = load_file(fixture("feeds/atom.xml"), LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 2);
  const Article& first = result.articles[0];
  CHECK(first.format == "atom");
  CHECK(first.title == "Ice shelf collapses in East Antarctica");
  CHECK(first.published == "2022-03-25T08:00:00+11:00");
  CHECK(first.published_from == "field:published");
  CHECK(first.url == "https://polar-notes.example/conger");
  CHECK(first.source == "Polar Notes");
  CHECK(first.text.substr(first.body_begin) ==
        "The Conger ice shelf, about the size of Rome, collapsed around 15 March.\n\n"
        "Satellite images show it broke apart within days.");
  CHECK(result.articles[1].published == "2022-03-20T12:00:00+00:00");
  CHECK(result.articles[1].published_from == "field:updated");
}

TEST_CASE("a feed with a mismatched end tag is an error at that tag", "[article][feeds]") {
  const LoadResult result = load_file(fixture("feeds/mismatched.xml"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 10);
  CHECK(result.errors[0].column == 25);
  CHECK(result.errors[0].message == "malformed XML feed: </titel> closes <title> opened on line 10");
}

TEST_CASE("a feed cut off before its end names the element left open", "[article][feeds]") {
  const LoadResult result = load_file(fixture("feeds/truncated.xml"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 4);
  CHECK(result.errors[0].message == "malformed XML feed: <entry> is never closed");
}

TEST_CASE("a feed nested ten thousand elements deep is refused, not recursed into", "[article][feeds]") {
  std::string deep = "<rss><channel>";
  for (int k = 0; k < 10000; ++k) deep += "<item>";
  const LoadResult result = load_buffer(deep, "deep.rss", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message.find("nested deeper") != std::string::npos);
}
