// Holidays (fixed and computed dates) and clock times. Reference time: Tuesday 2016-03-29.
// Calendar facts: Easter Sunday 2016 was March 27 (Good Friday March 25); Thanksgiving, the
// fourth Thursday of November, fell on November 24, 2016; Memorial Day, the last Monday of May,
// on May 30, 2016.
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("a clock time has minute granularity and a one-minute interval", "[temporal][time]") {
  const auto found = find(tag_news("It began at 3 p.m.", kDct), "3 p.m.");
  REQUIRE(found);
  CHECK(found->granularity == Granularity::kMinute);
  REQUIRE(found->interval);
  CHECK(found->interval->start == "2016-03-29T15:00:00");
  CHECK(found->interval->end == "2016-03-29T15:01:00");
}

TEST_CASE("at night and in daytime are parts of no day in particular", "[temporal][time]") {
  const std::vector<Example> table = {
      {"The convoys moved only at night.", "at night", "XXXX-XX-XXTNI", "TIME"},
      {"Units were hard to see in daytime.", "in daytime", "XXXX-XX-XXTDT", "TIME"},
      {"Pausanias ordered a night-time retreat.", "night-time", "XXXX-XX-XXTNI", "TIME"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK(tag_news("Daytime television drew viewers.", kDct).empty());
}

TEST_CASE("Islamic holidays come from the arithmetic Islamic calendar, within a day of the observed ones",
          "[temporal][holidays]") {
  // Observed (published) dates: Ramadan 2018 began May 16, Eid al-Fitr 2018 was June 15; Eid
  // al-Adha 2018 was observed on August 21, where the arithmetic calendar has August 22.
  const std::vector<Example> table = {
      {"Ramadan 2018 began in May.", "Ramadan 2018", "2018-05-16"},
      {"Eid al-Fitr 2018 was on a Friday.", "Eid al-Fitr 2018", "2018-06-15"},
      {"Eid al-Adha 2018 was in August.", "Eid al-Adha 2018", "2018-08-22"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  // Without a year: the one the tense points to ("will" looks ahead from 2016-03-29).
  const auto ahead = tag_news("Eid al-Fitr will fall in July.", "2016-03-29");
  REQUIRE(find(ahead, "Eid al-Fitr"));
  CHECK(find(ahead, "Eid al-Fitr")->value.substr(0, 4) == "2016");
}

TEST_CASE("Hebrew holidays come from the arithmetic Hebrew calendar, by their first full day",
          "[temporal][holidays]") {
  // Published dates (each holiday begins at the sundown before): Passover (15 Nisan) 2018 March 31,
  // 2024 April 23; Rosh Hashanah 2018 September 10, 2024 October 3; Yom Kippur 2018 September 19,
  // 2023 September 25; Hanukkah (25 Kislev) 2018 December 3, 2024 December 26 (a year whose
  // Heshvan has 30 days), 2025 December 15.
  const std::vector<Example> table = {
      {"Passover 2018 fell in March.", "Passover 2018", "2018-03-31"},
      {"They met at Pesach 2024.", "Pesach 2024", "2024-04-23"},
      {"Rosh Hashanah 2018 was on a Monday.", "Rosh Hashanah 2018", "2018-09-10"},
      {"Rosh Hashana 2024 came late.", "Rosh Hashana 2024", "2024-10-03"},
      {"Yom Kippur 2018 was quiet.", "Yom Kippur 2018", "2018-09-19"},
      {"Yom Kippur 2023 was on a Monday.", "Yom Kippur 2023", "2023-09-25"},
      {"Hanukkah 2018 began in December.", "Hanukkah 2018", "2018-12-03"},
      {"Chanukah 2024 coincided with Christmas.", "Chanukah 2024", "2024-12-26"},
      {"Hanukkah 2025 began in mid-December.", "Hanukkah 2025", "2025-12-15"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  // Without a year, "last" and "next" lean as with any holiday: Passover 2016 was April 23.
  const auto next = tag_news("The talks resume after next Passover.", "2016-03-29");
  REQUIRE(find(next, "next Passover"));
  CHECK(find(next, "next Passover")->value == "2016-04-23");
}

TEST_CASE("Chinese New Year comes from a table of published dates", "[temporal][holidays]") {
  // Published dates: 1985 February 20, 2014 January 31, 2016 February 8, 2018 February 16,
  // 2024 February 10, 2050 January 23 (the table's last year).
  const std::vector<Example> table = {
      {"Chinese New Year 1985 fell late.", "Chinese New Year 1985", "1985-02-20"},
      {"Chinese New Year 2018 was in February.", "Chinese New Year 2018", "2018-02-16"},
      {"Lunar New Year 2024 drew crowds.", "Lunar New Year 2024", "2024-02-10"},
      {"Plans for Chinese New Year 2050 are far off.", "Chinese New Year 2050", "2050-01-23"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  const auto last = tag_news("Sales fell after last Chinese New Year.", "2016-03-29");
  REQUIRE(find(last, "last Chinese New Year"));
  CHECK(find(last, "last Chinese New Year")->value == "2016-02-08");
  const auto next = tag_news("Sales will rise before next Chinese New Year.", "2014-01-20");
  REQUIRE(find(next, "next Chinese New Year"));
  CHECK(find(next, "next Chinese New Year")->value == "2014-01-31");
}

TEST_CASE("Diwali comes from a table of dates checked against published holiday lists", "[temporal][holidays]") {
  // Public-holiday dates of Trinidad and Tobago and Suriname (the date-holidays package), which keep
  // the North Indian day: 2015 November 11, 2018 November 7, 2019 October 27, 2020 November 14,
  // 2023 November 12, 2024 October 31.
  const std::vector<Example> table = {
      {"Diwali 2018 lit up the city.", "Diwali 2018", "2018-11-07"},
      {"Sales rose before Deepavali 2020.", "Deepavali 2020", "2020-11-14"},
      {"Diwali, 2023 was quieter.", "Diwali, 2023", "2023-11-12"},
      {"Divali 2024 fell on a Thursday.", "Divali 2024", "2024-10-31"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
  const auto last = tag_news("Sales fell after last Diwali.", "2016-03-29");
  REQUIRE(find(last, "last Diwali"));
  CHECK(find(last, "last Diwali")->value == "2015-11-11");
  const auto next = tag_news("Sales will rise before next Diwali.", "2019-01-10");
  REQUIRE(find(next, "next Diwali"));
  CHECK(find(next, "next Diwali")->value == "2019-10-27");
  // Outside the table (1970-2050) no date is made up.
  CHECK_FALSE(find(tag_news("Diwali 1960 was long ago.", "2016-03-29"), "Diwali 1960"));
}

TEST_CASE("a holiday of next year, last year or this year is that holiday in that year", "[temporal][holidays]") {
  // Reference 2013-02-12: Thanksgiving 2014 was November 27; Black Friday 2013 November 29.
  const std::vector<Example> table = {
      {"We meet at Thanksgiving of next year.", "Thanksgiving of next year", "2014-11-27"},
      {"Sales peaked at Christmas of last year.", "Christmas of last year", "2012-12-25"},
      {"Black Friday of this year will be busy.", "Black Friday of this year", "2013-11-29"},
  };
  CHECK_EXAMPLES(table, "2013-02-12");
  // Joined by another word, they stay two expressions.
  const auto apart = tag_news("Christmas Eve and next year were quiet.", "2013-02-12");
  CHECK(find(apart, "Christmas Eve"));
  CHECK(find(apart, "next year"));
}
