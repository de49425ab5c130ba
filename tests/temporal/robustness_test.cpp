// Hostile input: random bytes, invalid UTF-8, a very long line, a million date-like tokens.
// Each must give sane output (sorted, non-overlapping, offsets inside the text).
#include <catch2/catch.hpp>
#include <random>

#include "core/temporal/temporal.h"

using namespace chronicle::temporal;

namespace {

void check_sane(const std::string& text, const std::vector<Timex>& found) {
  std::size_t last_end = 0;
  for (const Timex& t : found) {
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= text.size());
    REQUIRE(t.begin >= last_end);
    REQUIRE(text.compare(t.begin, t.end - t.begin, t.text) == 0);
    REQUIRE_FALSE(t.value.empty());
    last_end = t.end;
  }
}

std::vector<Timex> tag_with(const std::string& text, Mode mode = Mode::kAuto) {
  TagOptions options;
  options.dct = "2016-03-29";
  options.mode = mode;
  return tag(text, options);
}

}  // namespace

TEST_CASE("random bytes give sane output", "[temporal][robustness]") {
  std::mt19937 random(20160329);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string text(1 << 20, '\0');
  for (char& c : text) c = static_cast<char>(byte(random));
  check_sane(text, tag_with(text));
}

TEST_CASE("random date-ish words give sane output", "[temporal][robustness]") {
  const std::vector<std::string> pieces = {"May", "last", "2016", "29", ",", "the", "of", "-", "/", ":", "3", "p.m.",
                                           "'", "s", "next", "week", "ago", "two", "and", "a", "half", "1990s", "Q3",
                                           "\n", "BC", "every", "Monday", "early", "more", "than", "\xE2\x80\x99"};
  std::mt19937 random(42);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (int i = 0; i < 200000; ++i) {
    text += pieces[pick(random)];
    if (random() % 3 != 0) text += ' ';
  }
  for (Mode mode : {Mode::kNews, Mode::kNarrative, Mode::kAuto}) check_sane(text, tag_with(text, mode));
}

TEST_CASE("invalid UTF-8 around dates does not hide or break them", "[temporal][robustness]") {
  const std::string text = "\xFF\xFE On March 29, 2016 \xC0\xAF\xED\xA0\x80 last May \xE2\x80";
  const auto found = tag_with(text, Mode::kNews);
  check_sane(text, found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2016-03-29");
  CHECK(found[1].value == "2015-05");
}

TEST_CASE("a very long line without spaces gives no expression and returns", "[temporal][robustness]") {
  const std::string text(20'000'000, 'x');
  CHECK(tag_with(text).empty());
}

TEST_CASE("a 100 MB line of words finds each date in it, wherever the text is cut into chunks", "[temporal][robustness]") {
  const std::string filler = "the talks went on and on without any end in sight ";  // 51 bytes
  const std::string date = "March 29, 2016 ";
  std::string text;
  text.reserve(100'500'000);
  int dates = 0;
  while (text.size() < 100'000'000) {
    for (int i = 0; i < 20'000; ++i) text += filler;  // about 1 MB between dates
    text += date;
    ++dates;
  }
  const auto found = tag_with(text, Mode::kNews);
  check_sane(text, found);
  CHECK(found.size() == static_cast<std::size_t>(dates));
  for (const Timex& t : found) CHECK(t.value == "2016-03-29");
}

TEST_CASE("a long run of punctuation without white space gives no expression and returns", "[temporal][robustness]") {
  const std::string text(30'000'000, '.');
  CHECK(tag_with(text).empty());
}

TEST_CASE("a million date-like tokens in a row are each tagged once", "[temporal][robustness]") {
  std::string text;
  text.reserve(5'000'000);
  for (int i = 0; i < 1'000'000; ++i) text += "2016 ";
  const auto found = tag_with(text, Mode::kNews);
  check_sane(text, found);
  CHECK(found.size() == 1'000'000);
}

TEST_CASE("empty text and an unparseable reference time are fine", "[temporal][robustness]") {
  CHECK(tag_with("").empty());
  TagOptions options;
  options.dct = "not a date";
  const auto found = tag("It rained yesterday.", options);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "XXXX-XX-XX");
}

// Intervals are "YYYY-MM-DDTHH:MM:SS": the 1990s run 1990-01-01 to 2000-01-01, while the 9990s would
// end in the year 10000, which that form cannot hold. Found by fuzzing the tagger.
TEST_CASE("a period reaching past the year 9999 keeps its value but has no interval", "[temporal][robustness]") {
  const auto found = tag_with("Cities grew in the 1990s and may shrink in the 9990s.", Mode::kNews);
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "199");
  REQUIRE(found[0].interval);
  CHECK(found[0].interval->start == "1990-01-01T00:00:00");
  CHECK(found[0].interval->end == "2000-01-01T00:00:00");
  CHECK(found[1].value == "999");
  CHECK_FALSE(found[1].interval);
}
