// Narrative mode: under-specified dates anchor on the last date the text mentioned.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {

std::vector<Timex> tag_story(const std::string& text, Mode mode = Mode::kNarrative) {
  TagOptions options;
  options.dct = "2009-12-19";
  options.mode = mode;
  return tag(text, options);
}

}  // namespace

TEST_CASE("a day and month without a year take the year of the story", "[temporal][narrative]") {
  const auto found = tag_story("In June 1940, France fell. On 22 June, an armistice was signed. In April, Norway had been invaded.");
  INFO(texts(found));
  CHECK(find(found, "June 1940")->value == "1940-06");
  CHECK(find(found, "22 June")->value == "1940-06-22");
  CHECK(find(found, "April")->value == "1940-04");  // two months before, not ten after
}

TEST_CASE("a month just after a December goes into the next year", "[temporal][narrative]") {
  const auto found = tag_story("Japan attacked on December 7, 1941. In January, its forces took Manila.");
  CHECK(find(found, "January")->value == "1942-01");
}

TEST_CASE("offsets count from the story's last date, not from the document's", "[temporal][narrative]") {
  const auto found = tag_story("The war began on September 1, 1939. Two days later, Britain declared war. Today it is remembered.");
  INFO(texts(found));
  CHECK(find(found, "Two days later")->value == "1939-09-03");
  CHECK(find(found, "Today")->value == "PRESENT_REF");
}

TEST_CASE("a two-digit year takes the century nearest the story", "[temporal][narrative]") {
  const auto found = tag_story("The war of 1861 was long. By '99 the veterans were old.");
  REQUIRE(find(found, "'99"));
  CHECK(find(found, "'99")->value == "1899");
}

TEST_CASE("a decade is not an anchor for the months after it", "[temporal][narrative]") {
  const auto found = tag_story("In 1965 the war grew. Its roots lay in the 1940s. In March, bombing began.");
  INFO(texts(found));
  CHECK(find(found, "March")->value == "1965-03");
}

TEST_CASE("auto mode reads a history as a narrative and a report as news", "[temporal][narrative]") {
  const std::string history = "The war began in 1939. By 1941 it had spread. In 1942 the tide turned. In April, the siege ended.";
  CHECK(find(tag_story(history, Mode::kAuto), "April")->value == "1942-04");
  TagOptions news;
  news.dct = "2016-03-29";
  news.mode = Mode::kAuto;
  CHECK(find(tag("Palmyra fell in 2015 and was retaken on Sunday.", news), "Sunday")->value == "2016-03-27");
}

TEST_CASE("offsets from a year before Christ stay before Christ, with no year zero", "[temporal][narrative]") {
  const auto found = tag_story("In 492 BC the fleet sank. The following year, envoys came. The following decade, Athens rose.");
  INFO(texts(found));
  CHECK(find(found, "The following year")->value == "BC0491");    // 492 BC is year -491, one on is -490
  CHECK(find(found, "The following decade")->value == "BC048");  // 481 BC lies in 489-480 BC
  CHECK(tag_story("In 1 BC a census was held. The following year, it ended.")[1].value == "0001");
}

TEST_CASE("so many units later or earlier with no count said is only a direction", "[temporal][narrative]") {
  const auto found = tag_story("The treaty was signed in May 1945. A few years later, trade resumed. Weeks earlier, "
                               "the guns had fallen silent. Hours later, crowds gathered.");
  INFO(texts(found));
  REQUIRE(find(found, "A few years later"));
  CHECK(find(found, "A few years later")->value == "FUTURE_REF");
  CHECK(find(found, "A few years later")->type == "DATE");
  REQUIRE(find(found, "Weeks earlier"));
  CHECK(find(found, "Weeks earlier")->value == "PAST_REF");
  REQUIRE(find(found, "Hours later"));
  CHECK(find(found, "Hours later")->value == "FUTURE_REF");
}

TEST_CASE("a decade or a century later is a year", "[temporal][narrative]") {
  const auto found = tag_story("The fort was built in 1712. A decade later, it burned. A century later, it was rebuilt.");
  INFO(texts(found));
  CHECK(find(found, "A decade later")->value == "1722");
  CHECK(find(found, "A century later")->value == "1822");
}

TEST_CASE("that same day, that afternoon and next morning are parts of the story's days", "[temporal][narrative]") {
  const auto found = tag_story("The vote was held on 4 July 1776. That same day the bells rang. That afternoon crowds met. "
                               "The next morning, troops left.");
  INFO(texts(found));
  CHECK(find(found, "That same day")->value == "1776-07-04");
  CHECK(find(found, "That afternoon")->value == "1776-07-04TAF");
  CHECK(find(found, "That afternoon")->type == "TIME");
  CHECK(find(found, "next morning")->value == "1776-07-05TMO");
}

TEST_CASE("a season joined to another season is a season, the fall of a city is not", "[temporal][narrative]") {
  const auto found = tag_story("The siege began in 1775 and lasted through the fall and winter. The fall of Boston came in March.");
  INFO(texts(found));
  REQUIRE(find(found, "winter"));
  CHECK(find(found, "winter")->value == "1776-WI");  // December 1775 to February 1776
  CHECK_FALSE(find(found, "The fall"));
  CHECK(find(tag_story("In 1944 the fall of Rome was near; by the fall of 1944 Paris was free."), "the fall of 1944")->value ==
        "1944-FA");
}

TEST_CASE("a look back from the story's date does not move the story", "[temporal][narrative]") {
  const auto found = tag_story("The invasion began on March 20, 2003. A year earlier, the plan had been drafted. "
                               "On April 9, the capital fell.");
  INFO(texts(found));
  CHECK(find(found, "A year earlier")->value == "2002");
  CHECK(find(found, "April 9")->value == "2003-04-09");
}

TEST_CASE("days from a date known only to its month or year stay in that month or year", "[temporal][narrative]") {
  const auto found = tag_story("The attack began in October 1915. Four days later, Bulgaria joined. In 1930 the talks "
                               "failed. Three days later, the border closed.");
  INFO(texts(found));
  CHECK(find(found, "Four days later")->value == "1915-10-XX");
  CHECK(find(found, "Three days later")->value == "1930-XX-XX");
  CHECK_FALSE(find(found, "Three days later")->interval);
  CHECK(find(tag_story("In 1980 the talks failed. The following month, the border closed."), "The following month")->value ==
        "1980-XX");
}

TEST_CASE("the following spring is the first spring after the story's date", "[temporal][narrative]") {
  const auto found = tag_story("The truce was signed on 10 October 1915. Early the following spring, fighting resumed.");
  INFO(texts(found));
  REQUIRE(find(found, "following spring"));
  CHECK(find(found, "following spring")->value == "1916-SP");
}

TEST_CASE("a bare year decades away from the story is a digression, not a move of the story", "[temporal][narrative]") {
  const auto found = tag_story("In June 1920 the army reached the river, as Napoleon's had in 1812. In September, it "
                               "fell back. The archive was opened in 2004. On 12 October, an armistice was signed.");
  INFO(texts(found));
  CHECK(find(found, "1812")->value == "1812");
  CHECK(find(found, "September")->value == "1920-09");
  CHECK(find(found, "12 October")->value == "1920-10-12");
  // The first year of a story is its start, however far from the document's date.
  CHECK(find(tag_story("In 1812 the army marched east. In September, Moscow burned."), "September")->value == "1812-09");
}
