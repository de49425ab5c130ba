// Durations and sets: values from the TIMEX3 spelling rules, no reference time needed.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29";
}

TEST_CASE("more than, nearly and about qualify a duration", "[temporal][duration]") {
  const auto more = find(tag_news("It lasted more than 18 months.", kDct), "more than 18 months");
  REQUIRE(more);
  CHECK(more->value == "P18M");
  CHECK(more->mod == "MORE_THAN");
  CHECK_FALSE(more->interval.has_value());
  const auto about = find(tag_news("It lasted about two weeks.", kDct), "about two weeks");
  REQUIRE(about);
  CHECK(about->mod == "APPROX");
}

TEST_CASE("the lowest in six years is a duration, not a date ahead", "[temporal][duration]") {
  const auto found = find(tag_news("The index closed at its lowest level in six years.", kDct), "in six years");
  REQUIRE(found);
  CHECK(found->value == "P6Y");
  CHECK(found->type == "DURATION");
}

TEST_CASE("'a' before a plural unit is no count of one", "[temporal][duration]") {
  const auto siege = tag_news("They began a months-long siege.", "2016-03-29");
  INFO(texts(siege));
  REQUIRE(find(siege, "months-long"));
  CHECK(find(siege, "months-long")->value == "PXM");
  const auto time = tag_news("In a years' time it will end.", "2016-03-29");
  INFO(texts(time));
  CHECK_FALSE(find(time, "In a years"));
  REQUIRE(find(time, "years"));
  CHECK(find(time, "years")->value == "PXY");
}

TEST_CASE("over the past months is during them, over a year is more than one", "[temporal][duration]") {
  const auto found = tag_news("Over the past 12 months prices rose, over the weekend they fell.", kDct);
  INFO(texts(found));
  const auto past = find(found, "the past 12 months");
  REQUIRE(past);
  CHECK(past->value == "P12M");
  CHECK(past->mod.empty());
  CHECK_FALSE(find(found, "Over the past 12 months").has_value());
  const auto weekend = find(found, "the weekend");
  REQUIRE(weekend);
  CHECK(weekend->mod.empty());
  const auto longer = find(tag_news("The strike lasted over a year.", kDct), "over a year");
  REQUIRE(longer);
  CHECK(longer->value == "P1Y");
  CHECK(longer->mod == "MORE_THAN");
}

TEST_CASE("a unit glued to -long is the duration, not the article and unit before it",
          "[temporal][duration]") {
  const std::vector<Example> table = {
      {"A week-long strike ended.", "week-long", "P1W", "DURATION"},
      {"During the month-long strike, sales fell.", "month-long", "P1M", "DURATION"},
      {"The year-long war ended.", "year-long", "P1Y", "DURATION"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  for (const auto& [sentence, wrong] : {std::pair{"A week-long strike ended.", "A week"},
                                        std::pair{"During the month-long strike, sales fell.", "the month"},
                                        std::pair{"The year-long war ended.", "The year"}}) {
    const auto found = tag_news(sentence, "2016-03-29");
    INFO(texts(found));
    CHECK_FALSE(find(found, wrong));
  }
  // A dash with space around it is no compound: the duration before it stands.
  CHECK(find(tag_news("It took two weeks - far too long.", "2016-03-29"), "two weeks"));
}

TEST_CASE("the year ended on a day is the twelve months up to that day, not a calendar year",
          "[temporal][duration]") {
  const std::vector<Example> table = {
      {"It earned $2 million for the year ended March 31.", "the year", "P1Y", "DURATION"},
      {"Sales fell in the fiscal year ending June 30.", "the fiscal year", "P1Y", "DURATION"},
  };
  CHECK_EXAMPLES(table, kDct);
  // Not followed by "ended": the year the text is in.
  const auto plain = tag_news("Profit will rise for the year, it said.", kDct);
  REQUIRE(find(plain, "the year"));
  CHECK(find(plain, "the year")->value == "2016");
  // "ended" must follow at once; the end date is an expression of its own.
  const auto dated = tag_news("Revenue for the year ended March 31 rose.", kDct);
  REQUIRE(find(dated, "March 31"));
  CHECK(find(dated, "March 31")->type == "DATE");
  REQUIRE(find(dated, "the year"));
  CHECK(find(dated, "the year")->value == "P1Y");
}

TEST_CASE("quarters alone are places, future units lie ahead, a couple of years is two",
          "[temporal][duration]") {
  CHECK(!find(tag_news("The living quarters were cramped.", kDct), "quarters"));
  const std::vector<Example> table = {
      {"Sales rose in the past two quarters.", "the past two quarters", "P2Q", "DURATION"},
      {"Margins may fall in future quarters.", "future quarters", "FUTURE_REF"},
      {"The economy will slow in coming months.", "coming months", "FUTURE_REF"},
      {"Rates will stay low for the next couple of years.", "the next couple of years", "P2Y", "DURATION"},
  };
  CHECK_EXAMPLES(table, kDct);
  // With "the", a coming span is a duration.
  const auto span = tag_news("Prices will rise in the coming years.", kDct);
  REQUIRE(find(span, "the coming years"));
  CHECK(find(span, "the coming years")->value == "PXY");
}
