// Publication times as written in metadata, feeds and datelines. Offsets are worked out from the
// zone rules in force on the day (tz database facts), not taken from the code.
#include "core/article/publication_time.h"

#include <catch2/catch.hpp>

using chronicle::article::detail::parse_dateline;
using chronicle::article::detail::parse_publication_time;

TEST_CASE("publication times in ISO 8601, RFC 822 and words normalize to ISO 8601", "[article][time]") {
  struct Example {
    const char* written;
    const char* iso;
    const char* zone;
  };
  const Example examples[] = {
      {"2016-03-29", "2016-03-29", ""},
      {"2016-03", "2016-03", ""},
      {"2016-03-29T16:27:03", "2016-03-29T16:27:03", ""},
      {"2016-03-29T16:27:03.250Z", "2016-03-29T16:27:03+00:00", ""},
      {"2016-03-29T16:27:03+04:30", "2016-03-29T16:27:03+04:30", ""},
      {"2016-03-29T16:27:03+0430", "2016-03-29T16:27:03+04:30", ""},
      {"2016-03-29 16:27", "2016-03-29T16:27:00", ""},
      {"Tue, 29 Mar 2016 16:27:03 +0430", "2016-03-29T16:27:03+04:30", ""},
      {"Tue, 29 Mar 2016 11:57:03 GMT", "2016-03-29T11:57:03+00:00", ""},
      {"Tue Mar 29, 2016 16:27:03", "2016-03-29T16:27:03", ""},
      {"March 29, 2016", "2016-03-29", ""},
      {"29 March 2016", "2016-03-29", ""},
      {"Tuesday, 29th of March 2016", "2016-03-29", ""},
      {"Mar. 29, 2016, 4:27 p.m. EDT", "2016-03-29T16:27:00-04:00", "EDT"},
      // Hong Kong keeps UTC+8 all year (no summer time since 1979): the tagger's zone table.
      {"Mar. 29, 2016, 4:27 p.m. HKT", "2016-03-29T16:27:00+08:00", "HKT"},
      {"Sept 1, 2007 12:05 am", "2007-09-01T00:05:00", ""},
      // Tehran: UTC+4:30 on summer time from 21 March 2016 (Farvardin 1-2), UTC+3:30 in winter.
      {"2016-03-29T16:27:03 Asia/Tehran", "2016-03-29T16:27:03+04:30", "Asia/Tehran"},
      {"2016-01-10T10:00:00 [Asia/Tehran]", "2016-01-10T10:00:00+03:30", "Asia/Tehran"},
      // New York: EST (UTC-5) in January, EDT (UTC-4) in July.
      {"2019-01-15T09:00:00 America/New_York", "2019-01-15T09:00:00-05:00", "America/New_York"},
      {"2019-07-15T09:00:00 America/New_York", "2019-07-15T09:00:00-04:00", "America/New_York"},
      // Berlin skipped 02:00-03:00 on 28 March 2021: the offset before the gap (+01:00) is kept.
      {"2021-03-28T02:30:00 Europe/Berlin", "2021-03-28T02:30:00+01:00", "Europe/Berlin"},
  };
  for (const Example& example : examples) {
    INFO(example.written);
    const auto time = parse_publication_time(example.written);
    REQUIRE(time);
    CHECK(time->iso == example.iso);
    CHECK(time->zone == example.zone);
  }
}

TEST_CASE("what is not a whole valid date is not a publication time", "[article][time]") {
  for (const char* written :
       {"", "yesterday", "2016-02-30", "2016-13-01", "March 32, 2016", "29 March", "2016-03-29T25:00:00",
        "16:27:03", "Published today at noon", "2016-03-29T16:27:03 Mars/Olympus_Mons",
        "March 29, 2016 and then some words"}) {
    INFO(written);
    CHECK_FALSE(parse_publication_time(written));
  }
}

TEST_CASE("datelines are short dated lines; sentences with dates are not datelines", "[article][time]") {
  CHECK(parse_dateline("Tue Mar 29, 2016 16:27:03")->iso == "2016-03-29T16:27:03");
  CHECK(parse_dateline("Published: 29 March 2016 | By Staff Reporter")->iso == "2016-03-29");
  CHECK(parse_dateline("Updated 2016-03-29T16:27:03Z")->iso == "2016-03-29T16:27:03+00:00");
  CHECK(parse_dateline("October 04, 2005")->iso == "2005-10-04");
  CHECK_FALSE(parse_dateline(
      "Syrian forces took back Palmyra, which had fallen to ISIS on May 21, 2015, after weeks of fighting."));
  CHECK_FALSE(parse_dateline("Iran Defense Minister Calls on Syria to Intensify Fight against ISIS"));
  CHECK_FALSE(parse_dateline("March 2016"));
}
