// Weekdays. Reference time: Tuesday 2016-03-29 (so Sunday 27, Monday 28, Friday 25; the next
// Sunday is April 3 and the next Tuesday April 5).
#include <catch2/catch.hpp>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {
const std::string kDct = "2016-03-29T16:27:03";
}

TEST_CASE("a weekday in a past-tense clause is the last one on or before the reference day", "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"On Sunday, Syrian forces took full control of Palmyra.", "Sunday", "2016-03-27"},
      {"On Monday, Shamkhani hailed the recapture.", "Monday", "2016-03-28"},
      {"The agency reported on Tuesday.", "Tuesday", "2016-03-29"},
      {"He congratulated him on Sunday's win.", "Sunday", "2016-03-27"},
      {"Shares fell on Friday.", "Friday", "2016-03-25"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("a weekday after will is the next one", "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"The minister will travel to Moscow on Sunday.", "Sunday", "2016-04-03"},
      {"Talks will resume on Thursday.", "Thursday", "2016-03-31"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("last, next and this move a weekday explicitly", "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"It happened last Friday.", "last Friday", "2016-03-25"},
      {"It happened last Tuesday.", "last Tuesday", "2016-03-22"},
      {"We meet next Tuesday.", "next Tuesday", "2016-04-05"},
      {"We meet this Thursday.", "this Thursday", "2016-03-31"},
  };
  CHECK_EXAMPLES(table, kDct);
}

TEST_CASE("a weekday with a part of the day is a TIME", "[temporal][weekday]") {
  const std::vector<Example> table = {
      {"They met Friday morning.", "Friday morning", "2016-03-25TMO", "TIME"},
      {"The blast came on Sunday night.", "Sunday night", "2016-03-27TNI", "TIME"},
  };
  CHECK_EXAMPLES(table, kDct);
}
