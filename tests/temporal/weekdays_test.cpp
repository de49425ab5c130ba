// Weekdays. Reference time: Tuesday 2016-03-29 (so Sunday 27, Monday 28, Friday 25; the next
// Sunday is April 3 and the next Tuesday April 5).
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("a weekday that something is due or set for is ahead, but due to a cause leaves the tense alone",
          "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"A ruling is due on Thursday.", "Thursday", "2016-03-31"},
      {"The company is due to report results on Friday.", "Friday", "2016-04-01"},
      {"The plan was announced; the count is set for Friday.", "Friday", "2016-04-01"},
      {"Flights were cancelled due to the storm on Sunday.", "Sunday", "2016-03-27"},
      {"Trading was halted due to heavy selling on Monday.", "Monday", "2016-03-28"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("the nth or last weekday of a month is a day of that month", "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"Clocks change on the second Sunday of March 2016.", "second Sunday of March 2016", "2016-03-13"},
      {"The vote is on the last Friday of May 2016.", "the last Friday of May 2016", "2016-05-27"},
      {"Leap day fell on the fifth Monday of February 2016.", "fifth Monday of February 2016", "2016-02-29"},
      {"The race was run on the first Tuesday in November.", "first Tuesday in November", "2015-11-03"},
  };
  CHECK_EXAMPLES(table, kDct);
  CHECK_FALSE(find(tag_news("It was the fifth Monday of March 2016.", kDct), "fifth Monday of March 2016"));
}

TEST_CASE("abbreviated weekdays are read where the context makes them dates", "[temporal][weekday]") {
  // Reference Tuesday 2013-02-12: Thursday before it 2013-02-07, Saturday 2013-02-09, the next
  // Saturday 2013-02-16.
  const std::vector<Example> table = {
      {"We met on thu.", "thu", "2013-02-07"},
      {"fri. was slow", "fri", "2013-02-08"},
      {"See you next sat.", "next sat", "2013-02-16"},
      {"On Sat we rested.", "Sat", "2013-02-09"},
      {"Thu 7th was cold.", "Thu", "2013-02-07"},
  };
  CHECK_EXAMPLES(table, "2013-02-12");
  // Words and names stay words: the verb "sat", the sun, "c'mon", a name "Thu", "wed" (married).
  CHECK(tag_news("He sat on the sun deck.", "2013-02-12").empty());
  CHECK(tag_news("They relied on sun and wind.", "2013-02-12").empty());
  CHECK(tag_news("Come on, c'mon.", "2013-02-12").empty());
  CHECK(tag_news("Nguyen Thi Thu said so.", "2013-02-12").empty());
  CHECK(tag_news("They wed on a hill.", "2013-02-12").empty());
}

TEST_CASE("'Sun,' is a weekday only when a day or a month follows, as in a dateline", "[temporal][weekday]") {
  // Reference Tuesday 2016-03-29: Sunday 2016-03-27, Saturday 2016-03-26.
  CHECK(tag_news("Sun, a maker of computer workstations, reported sales.", "2016-03-29").empty());
  const std::vector<Example> table = {
      {"Sun, 27 Mar 2016 10:00 GMT", "Sun, 27 Mar 2016", "2016-03-27"},
      {"Sat., Mar. 26, 2016", "Sat., Mar. 26, 2016", "2016-03-26"},
      {"Tue, Mar 29", "Tue, Mar 29", "2016-03-29"},
  };
  CHECK_EXAMPLES(table, "2016-03-29");
}
