// Hostile input: huge, repetitive or broken in the ways that make naive parsers crash, recurse or
// go quadratic. Each must end with a result (articles or errors), never a crash or a hang.
#include <catch2/catch.hpp>

#include "core/article/article.h"

using namespace chronicle::article;

namespace {

std::string repeated(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t k = 0; k < times; ++k) out += piece;
  return out;
}

}  // namespace

TEST_CASE("hostile HTML: a million unclosed elements, lone '<' and '&' floods, an endless attribute",
          "[article][hostile]") {
  const LoadResult nested =
      load_buffer("<html><body>" + repeated("<div><p>deep ", 200000), "nested.html", LoadOptions{});
  CHECK(nested.articles.size() + nested.errors.size() >= 1);
  const LoadResult lone =
      load_buffer("<p>" + repeated("< & &# &#x <", 200000) + "</p>", "lone.html", LoadOptions{});
  CHECK(lone.articles.size() + lone.errors.size() >= 1);
  const LoadResult attribute =
      load_buffer("<html><p title=\"" + repeated("x", 3000000), "attr.html", LoadOptions{});
  REQUIRE(attribute.errors.size() == 1);
  CHECK(attribute.errors[0].line == 1);
  CHECK(attribute.errors[0].column == 16);
}

TEST_CASE("hostile JSON: a hundred thousand bad records are each named, in linear time",
          "[article][hostile]") {
  std::string numbers = "[";  // built by appending: GCC 12 warns falsely on "[" + std::string
  numbers += repeated("1,\n", 100000);
  numbers += "1]";
  const LoadResult result = load_buffer(numbers, "numbers.json", LoadOptions{});
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 100001);
  CHECK(result.errors[99999].line == 100000);
  CHECK(result.errors[99999].column == 1);
}

TEST_CASE("hostile feeds: a hundred thousand empty items are each named", "[article][hostile]") {
  const LoadResult result = load_buffer("<rss><channel>" + repeated("<item/>\n", 100000) + "</channel></rss>",
                                        "empty.rss", LoadOptions{});
  CHECK(result.articles.empty());
  CHECK(result.errors.size() == 100000);
}

TEST_CASE("hostile text: one 5 MB line, a million blank lines, a million agency-code lines",
          "[article][hostile]") {
  const LoadResult line = load_buffer(repeated("word ", 1000000), "line.txt", LoadOptions{});
  REQUIRE(line.articles.size() == 1);
  CHECK(line.articles[0].body_begin == 0);
  const LoadResult blank =
      load_buffer("Title\n" + repeated("\n", 1000000) + "Body.", "blank.txt", LoadOptions{});
  REQUIRE(blank.articles.size() == 1);
  const LoadResult codes =
      load_buffer("Title\n\nBody.\n" + repeated("AB/CD 1\n", 1000000), "codes.txt", LoadOptions{});
  REQUIRE(codes.articles.size() == 1);
  CHECK(codes.articles[0].text == "Title\n\nBody.");
}
