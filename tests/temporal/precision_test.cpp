// Things that look like dates and are not. Each sentence must give no expression at all.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

TEST_CASE("verbs, money, scores, phone numbers, ages, counts and identifiers are not dates", "[temporal][precision]") {
  const std::vector<std::string> sentences = {
      "Syria will march forward strongly in the fight against terrorism.",
      "The talks may resume if both sides agree.",
      "Officials say they may march on the capital.",
      R"(string(1938) "[{"id":"1802488","sort":"3520778","contenttypeid":"21"}])",
      "S/SH 11",
      "The fine was $2,016 in total.",
      "The fine was $2016 in total.",
      "Madrid won 3-1 at home.",
      "Call 555-1938 for details.",
      "The 45-year-old was arrested.",
      "500 militants were killed.",
      "About 2,000 people marched.",
      "Turnout rose 12.5% to 2015.5 points.",
      "/2016/03/26/alalam_635946104112427889_25f_4x3.jpg",
      "A second attack followed.",
      "Shares fell by a quarter of their value.",
      "Guests stay in Room 1938 on page 2016.",
      "The council adopted Resolution 2016 unanimously.",
      "The Russell 2000 index of smaller companies dropped.",
      "Its planes went to the now-defunct carrier.",
      "Sales rose 5% year-on-year, and the month-on-month rise was small.",
      "The day-to-day running of the firm passed to a deputy.",
  };
  for (const auto& sentence : sentences) {
    const auto found = tag_news(sentence, "2016-03-29");
    INFO(sentence << "  ->  " << texts(found));
    CHECK(found.empty());
  }
}

TEST_CASE("a capitalized May or March in a date context is still a month", "[temporal][precision]") {
  CHECK(find(tag_news("It fell in May.", "2016-03-29"), "May"));
  CHECK(find(tag_news("It fell on March 3.", "2016-03-29"), "March 3"));
  CHECK(find(tag_news("It fell on 2 May, 1777.", "2016-03-29"), "2 May, 1777"));
}

TEST_CASE("a four-digit count of things after a plain word is no year", "[temporal][precision]") {
  for (const std::string sentence : {"The party won 2016 votes in the district.", "The furnace reached 1800 degrees.",
                                     "Troops killed about 1500 soldiers.", "They butcher 1400 victims."}) {
    const auto found = tag_news(sentence, "2016-03-29");
    INFO(sentence << "  ->  " << texts(found));
    CHECK(found.empty());
  }
}

TEST_CASE("a year before a plural noun stays a year after a date word, a month or a holiday", "[temporal][precision]") {
  CHECK(find(tag_news("In 2015 sales rose.", "2016-03-29"), "2015"));
  CHECK(find(tag_news("The 2016 elections were close.", "2016-03-29"), "2016"));
  CHECK(find(tag_news("On 5 October 1789 crowds gathered.", "2016-03-29"), "5 October 1789"));
  CHECK(find(tag_news("Christmas 2015 sales fell.", "2016-03-29"), "Christmas 2015"));
  CHECK(find(tag_news("2015 saw record gains.", "2016-03-29"), "2015"));
}

TEST_CASE("a race time to the second with a one-digit hour is no clock time", "[temporal][precision]") {
  CHECK(tag_news("He won, finishing in 3:07:35.", "2016-03-29").empty());
  CHECK(tag_news("She ran 2:05:10 in Berlin.", "2016-03-29").empty());
  const auto clock = tag_news("The meeting ended at 16:27:03 GMT.", "2016-03-29");
  REQUIRE(find(clock, "16:27:03 GMT"));
  CHECK(find(clock, "16:27:03 GMT")->value == "2016-03-29T16:27:03Z");
  const auto early = tag_news("The quake struck at 03:07:35.", "2016-03-29");
  REQUIRE(find(early, "03:07:35"));
}

TEST_CASE("at the same time opening a news sentence before a comma is a connective, not a date",
          "[temporal][precision]") {
  CHECK(tag_news("Sales rose. At the same time, costs fell.", "1989-10-25").empty());
  CHECK(tag_news("At the same time, prices rose.", "1989-10-25").empty());
  // Inside a sentence it is the time last talked about.
  const auto inside = tag_news("He spoke at the same time, and left.", "1989-10-25");
  REQUIRE(find(inside, "the same time"));
  CHECK(find(inside, "the same time")->value == "1989-10-25");
  // A narrative keeps it a date: "At the same time, Lenin offered ..." after "In 1919".
  chronicle::temporal::TagOptions narrative;
  narrative.mode = chronicle::temporal::Mode::kNarrative;
  const auto story = chronicle::temporal::tag("In 1919 the army advanced. At the same time, Lenin offered peace.", narrative);
  REQUIRE(find(story, "the same time"));
  CHECK(find(story, "the same time")->value == "1919");
}
