// Scraped junk goes by whole lines; body sentences stay, even when they look a little like junk.
#include "core/article/cleaning.h"

#include <catch2/catch.hpp>

using chronicle::article::detail::clean_text;
using chronicle::article::detail::is_boilerplate;

TEST_CASE("agency codes go only after the last paragraph", "[article][cleaning]") {
  const auto cleaned = clean_text("Title\n\nThe talks ended.\n\nAB/MR 3\n");
  CHECK(cleaned.text == "Title\n\nThe talks ended.");
  REQUIRE(cleaned.removed.size() == 1);
  CHECK(cleaned.removed[0] == "removed agency code \"AB/MR 3\"");
  const auto kept = clean_text("Title\n\nUS/UK\n\nThe two governments agreed.\n");
  CHECK(kept.text == "Title\n\nUS/UK\n\nThe two governments agreed.");
  CHECK(kept.removed.empty());
}

TEST_CASE("a PHP string dump is cut exactly by its declared length and its list read",
          "[article][cleaning]") {
  const std::string payload =
      R"([{"title":"Earlier story","pic":"/2020/02/29/a.jpg"},{"title":"Undated story","pic":"x.jpg"}])";
  const std::string text =
      "Title\n\nBody sentence.\n\nstring(" + std::to_string(payload.size()) + ") \"" + payload + "\"";
  const auto cleaned = clean_text(text);
  CHECK(cleaned.text == "Title\n\nBody sentence.");
  REQUIRE(cleaned.related.size() == 2);
  CHECK(cleaned.related[0].title == "Earlier story");
  CHECK(cleaned.related[0].date == "2020-02-29");
  CHECK(cleaned.related[1].date.empty());
}

TEST_CASE("a PHP dump whose JSON is broken is still removed, with no related headlines",
          "[article][cleaning]") {
  const auto cleaned = clean_text("Title\n\nBody.\n\nstring(12) \"[{\"title\":\"\"");
  CHECK(cleaned.text == "Title\n\nBody.");
  CHECK(cleaned.related.empty());
  CHECK_FALSE(cleaned.removed.empty());
}

TEST_CASE("boilerplate is a short line of page furniture, never a long sentence", "[article][cleaning]") {
  CHECK(is_boilerplate("Share this article"));
  CHECK(is_boilerplate("  ADVERTISEMENT  "));
  CHECK(is_boilerplate("Subscribe to our newsletter"));
  CHECK_FALSE(is_boilerplate("Share prices fell 4% on Monday."));
  CHECK_FALSE(
      is_boilerplate("Subscribe to the view of the minister, critics said, and you will accept a decade of "
                     "austerity for the region."));
}

TEST_CASE("text without junk comes back unchanged apart from trailing white space", "[article][cleaning]") {
  const std::string text = "Title\n\n\n\nFirst paragraph.\n\nSecond paragraph.  \n\n";
  const auto cleaned = clean_text(text);
  CHECK(cleaned.text == "Title\n\n\n\nFirst paragraph.\n\nSecond paragraph.");
  CHECK(cleaned.removed.empty());
}
