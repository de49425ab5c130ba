// Bad input is normal input: binary, oversized, invalid UTF-8, stdin, and a folder mixing every
// format with broken files.
#include <algorithm>
#include <catch2/catch.hpp>
#include <iostream>
#include <set>
#include <sstream>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Replaces std::cin's buffer for the lifetime of the object.
class StdinFrom {
 public:
  explicit StdinFrom(const std::string& text) : stream_(text), saved_(std::cin.rdbuf(stream_.rdbuf())) {}
  ~StdinFrom() {
    std::cin.rdbuf(saved_);
    std::cin.clear();
  }

 private:
  std::istringstream stream_;
  std::streambuf* saved_;
};

}  // namespace

TEST_CASE("a binary file is skipped with a message naming the NUL byte", "[article][bad]") {
  const LoadResult result = load_file(fixture("mixed/picture.png"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message == "skipped: binary file (NUL byte at offset 8)");
}

TEST_CASE("UTF-16 text is skipped with advice to save it as UTF-8", "[article][bad]") {
  const std::string utf16("\xFF\xFET\0i\0t\0l\0e\0", 12);
  const LoadResult result = load_buffer(utf16, "utf16.txt", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(contains(result.errors[0].message, "UTF-16"));
}

TEST_CASE("input over the size limit is refused before it is read", "[article][bad]") {
  LoadOptions options;
  options.max_bytes = 100;
  const LoadResult file = load_file(fixture("feeds/rss.xml"), options);
  CHECK(file.articles.empty());
  REQUIRE(file.errors.size() == 1);
  CHECK(contains(file.errors[0].message, "refused"));
  CHECK(contains(file.errors[0].message, "limit of 100 bytes"));
  const LoadResult buffer = load_buffer(std::string(101, 'a'), "big.txt", options);
  REQUIRE(buffer.errors.size() == 1);
  CHECK(contains(buffer.errors[0].message, "refused: 101 bytes"));
}

TEST_CASE("invalid UTF-8 is repaired to U+FFFD and reported as a warning", "[article][bad]") {
  const LoadResult result =
      load_buffer("Caf\xE9 reopens\n\nThe caf\xE9 reopened on Monday.\n", "latin1.txt", LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].title == "Caf\xEF\xBF\xBD reopens");
  REQUIRE_FALSE(result.articles[0].warnings.empty());
  CHECK(result.articles[0].warnings.back() ==
        "repaired 2 invalid UTF-8 sequences or NUL bytes (now U+FFFD or spaces)");
}

TEST_CASE("standard input is read for '-'", "[article][bad]") {
  StdinFrom stdin_text("Piped article\n\n12 May 2020\n\nIt came through a pipe.\n");
  const LoadResult result = load_file("-", LoadOptions{});
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].title == "Piped article");
  CHECK(result.articles[0].published == "2020-05-12");
}

TEST_CASE("a forced format reads content the detector would not pick", "[article][bad]") {
  LoadOptions options;
  options.format = "text";
  const LoadResult result = load_buffer("<b>Bold claims</b>\n\nA body.", "claims", options);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].format == "text");
  CHECK(result.articles[0].title == "<b>Bold claims</b>");
}

TEST_CASE("an unknown format or an unreadable override is an error, not a guess", "[article][bad]") {
  LoadOptions unknown;
  unknown.format = "docx";
  CHECK(contains(load_buffer("A\n\nB", "x", unknown).errors.at(0).message, "unknown format 'docx'"));
  LoadOptions bad_dct;
  bad_dct.dct_override = "last Tuesday";
  CHECK(contains(load_buffer("A\n\nB", "x", bad_dct).errors.at(0).message,
                 "'last Tuesday' is not a date or time"));
}

TEST_CASE("a folder mixing every format and broken files loads every good article and names every bad file",
          "[article][bad]") {
  std::vector<LoadError> errors;
  const std::vector<std::string> files = list_inputs({fixture("mixed")}, errors);
  std::vector<std::string> formats;
  std::set<std::string> failed;
  std::size_t articles = 0;
  for (const std::string& file : files) {
    const LoadResult result = load_file(file, LoadOptions{});
    for (const Article& article : result.articles) formats.push_back(article.format);
    articles += result.articles.size();
    for (const LoadError& error : result.errors) {
      failed.insert(error.file.substr(error.file.rfind('/') + 1));
      CHECK(error.to_string().starts_with(file + ":"));
    }
  }
  // rss 3 + atom 2 + html 1 + json 2 + jsonl 2 good lines + text 1 + nested text 1 + timeml 1.
  CHECK(articles == 13);
  CHECK(failed == std::set<std::string>{"broken_feed.xml", "broken_record.json", "empty.txt", "picture.png",
                                        "some_bad_lines.jsonl"});
  for (const char* format : {"text", "html", "json", "jsonl", "rss", "atom", "timeml"}) {
    INFO(format);
    CHECK(std::find(formats.begin(), formats.end(), format) != formats.end());
  }
}

TEST_CASE("an XML document that is not a feed or TimeML is named, not read as a web page", "[article][bad]") {
  const LoadResult result =
      load_buffer("<?xml version=\"1.0\"?>\n<urlset><url><loc>https://example.org/a</loc></url></urlset>\n",
                  "sitemap.xml", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message == "an XML document that is not RSS, Atom or TimeML");
}
