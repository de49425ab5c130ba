// Expanding paths: folders recursively and sorted, hidden and documentation files skipped.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::fixture;

TEST_CASE("a folder expands to its files recursively, sorted, skipping hidden and documentation files",
          "[article][inputs]") {
  std::vector<LoadError> errors;
  const std::string mixed = fixture("mixed");
  const std::vector<std::string> files = list_inputs({mixed}, errors);
  CHECK(errors.empty());
  const std::vector<std::string> expected = {
      mixed + "/broken_feed.xml",   mixed + "/broken_record.json",   mixed + "/empty.txt",
      mixed + "/good_feed.atom",    mixed + "/good_feed.rss",        mixed + "/good_page.html",
      mixed + "/good_records.json", mixed + "/good_text.txt",        mixed + "/good_timeml.tml",
      mixed + "/picture.png",       mixed + "/some_bad_lines.jsonl", mixed + "/sub/nested_no_date.txt"};
  CHECK(files == expected);
}

TEST_CASE("'-' stays as standard input and named files are kept as given", "[article][inputs]") {
  std::vector<LoadError> errors;
  const std::string readme = fixture("mixed/README.md");
  const std::vector<std::string> files = list_inputs({"-", readme}, errors);
  CHECK(errors.empty());
  CHECK(files == std::vector<std::string>{"-", readme});
}

TEST_CASE("a path that does not exist is an error and the other paths are still listed",
          "[article][inputs]") {
  std::vector<LoadError> errors;
  const std::string text = fixture("text/no_date.txt");
  const std::vector<std::string> files = list_inputs({"/nonexistent/chronicle/path", text}, errors);
  CHECK(files == std::vector<std::string>{text});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].to_string() == "/nonexistent/chronicle/path:0:0: no such file or folder");
}

TEST_CASE("loading a folder as a file is an error that says so", "[article][inputs]") {
  const LoadResult result = load_file(fixture("mixed"), LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message == "is a directory, not a file");
}
