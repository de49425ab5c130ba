// Hostile text through temporal::tag: impossible dates, years out of range, huge numbers, mixed
// scripts, NULs and invalid UTF-8, a million date-like tokens, giant tokens and bad DCTs. Each gives
// timexes that keep temporal.h's promises (checked by contract_checks) and no impossible value.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/temporal/temporal.h"
#include "tests/hostile/contract_checks.h"

using chronicle::checks::timex_problems;
using chronicle::temporal::DateOrder;
using chronicle::temporal::TagOptions;
using chronicle::temporal::Timex;
using chronicle::temporal::tag;

namespace {

TagOptions news(DateOrder order = DateOrder::kMonthFirst) {
  TagOptions options;
  options.dct = "2016-03-29T16:27:03";  // a Tuesday
  options.date_order = order;
  return options;
}

std::vector<Timex> tag_checked(const std::string& text, const TagOptions& options = news()) {
  std::vector<Timex> timexes = tag(text, options);
  INFO(text.substr(0, 200));
  CHECK(timex_problems(text, timexes) == "");
  return timexes;
}

bool has_value(const std::vector<Timex>& timexes, const std::string& value) {
  for (const auto& t : timexes) {
    if (t.value == value) return true;
  }
  return false;
}

bool any_value_starts_with(const std::vector<Timex>& timexes, const std::string& prefix) {
  for (const auto& t : timexes) {
    if (t.value.starts_with(prefix)) return true;
  }
  return false;
}

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("February 30 is not a day, while February 29 of a leap year is", "[hostile][dates]") {
  CHECK_FALSE(has_value(tag_checked("The deal was signed on February 30, 2016."), "2016-02-30"));
  CHECK_FALSE(has_value(tag_checked("The deal was signed on 2016-02-30."), "2016-02-30"));
  CHECK_FALSE(has_value(tag_checked("The deal was signed on February 29, 2015."), "2015-02-29"));
  CHECK(has_value(tag_checked("The deal was signed on February 29, 2016."), "2016-02-29"));
}

TEST_CASE("32/13/2016 names no day or month in either date order", "[hostile][dates]") {
  for (DateOrder order : {DateOrder::kMonthFirst, DateOrder::kDayFirst}) {
    const auto timexes = tag_checked("Prices were fixed on 32/13/2016 and 13/32/2016.", news(order));
    CHECK_FALSE(any_value_starts_with(timexes, "2016-13"));
    CHECK_FALSE(any_value_starts_with(timexes, "2016-12-32"));
    CHECK_FALSE(any_value_starts_with(timexes, "2016-01-32"));
  }
}

TEST_CASE("year 0, year 99999 and negative years give no out-of-range value", "[hostile][years]") {
  for (const std::string text : {"It happened in the year 0.", "It will happen in the year 99999.",
                                 "The city was founded in 99999 BC.", "Records from -500 and -2016 survive.",
                                 "The year -0001 came before.", "It happened on 0000-00-00."}) {
    const auto timexes = tag_checked(text);
    INFO(text);
    CHECK_FALSE(any_value_starts_with(timexes, "99999"));
    CHECK_FALSE(any_value_starts_with(timexes, "-"));
    CHECK_FALSE(any_value_starts_with(timexes, "0000-00"));
  }
}

TEST_CASE("huge numbers of units ago or later give no value built from an overflow", "[hostile][numbers]") {
  const std::string huge_digits(400, '9');
  for (const std::string& text : std::vector<std::string>{
           "It began 10^400 days ago.", "It began " + huge_digits + " days ago.", "It ends 2147483648 weeks later.",
        "It began 18446744073709551617 years ago.", "It lasted 9223372036854775808 seconds.",
        "It began one hundred million thousand billion years ago."}) {
    const auto timexes = tag_checked(text);
    INFO(text);
    for (const auto& t : timexes) {
      CHECK(t.value.size() < 40);
      if (t.interval) CHECK(t.interval->start.size() == 19);
    }
  }
}

TEST_CASE("a date after text in other scripts keeps its byte offsets", "[hostile][scripts]") {
  const std::string prefix = "\xD0\xA1\xD0\xB8\xD1\x80\xD0\xB8\xD1\x8F 2016\xE5\xB9\xB4 \xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD8\xA7 ";
  const std::string text = prefix + "on March 27, 2016 the army advanced.";
  const auto timexes = tag_checked(text);
  bool found = false;
  for (const auto& t : timexes) {
    if (t.value == "2016-03-27") {
      found = true;
      CHECK(t.begin >= prefix.size());
      CHECK(text.substr(t.begin, t.end - t.begin) == t.text);
    }
  }
  CHECK(found);
}

TEST_CASE("NUL bytes and invalid UTF-8 around a date neither hide it nor break offsets", "[hostile][bytes]") {
  const std::string text = std::string("\0\xFF\xC0 On March 27, 2016\0 \xED\xA0\x80 the army advanced.", 46);
  const auto timexes = tag_checked(text);
  CHECK(has_value(timexes, "2016-03-27"));
}

TEST_CASE("a million date-like tokens in a row are tagged without blowing up", "[hostile][huge]") {
  // "3/29/2016" is five tokens (number, slash, number, slash, number): 200,000 dates.
  const std::string text = repeat("3/29/2016 ", 200000);
  const auto timexes = tag_checked(text);
  CHECK_FALSE(timexes.empty());
  CHECK(timexes.size() <= 200000);
  std::size_t other_days = 0;
  for (const auto& t : timexes) other_days += t.type == "DATE" && t.value.size() == 10 && t.value != "2016-03-29";
  CHECK(other_days == 0);
}

TEST_CASE("one 10 MB word and one 1 MB number are single tokens, not dates", "[hostile][huge]") {
  CHECK(tag_checked(std::string(10u << 20, 'a')).empty());
  const auto number = tag_checked("In " + std::string(1u << 20, '7') + " days.");
  for (const auto& t : number) CHECK(t.value.size() < 40);
}

TEST_CASE("impossible or garbage DCTs leave relative dates unresolved rather than invented", "[hostile][dct]") {
  for (const std::string& dct : std::vector<std::string>{"2016-02-30", "99999-01-01", "-0001-01-01", "32/13/2016", "garbage", "",
                                "2016-03-29T25:61:61", std::string(1000, '9')}) {
    TagOptions options;
    options.dct = dct;
    const std::string text = "Yesterday the army advanced; last May the city fell; on March 27, 2016 it was retaken.";
    const auto timexes = tag_checked(text, options);
    INFO("dct " << dct);
    CHECK_FALSE(any_value_starts_with(timexes, "2016-02-30"));
    CHECK_FALSE(any_value_starts_with(timexes, "2016-02-29"));  // "yesterday" of a day that does not exist
    CHECK_FALSE(any_value_starts_with(timexes, "99999"));
    CHECK_FALSE(any_value_starts_with(timexes, "-"));
    CHECK(has_value(timexes, "2016-03-27"));  // an absolute date needs no anchor
  }
}

TEST_CASE("empty, blank and punctuation-only text gives no timexes", "[hostile][empty]") {
  for (const std::string& text : std::vector<std::string>{"", " ", "\n\n\n", "...,;:!?", std::string(100000, '-'), std::string(100000, '/')}) {
    CHECK(tag_checked(text).empty());
  }
}
