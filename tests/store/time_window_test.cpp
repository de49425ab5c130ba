#include <catch2/catch.hpp>

#include "core/store/time_window.h"

using chronicle::store::format_seconds;
using chronicle::store::parse_iso_bound;

namespace {
std::string start_of(const std::string& text) { return format_seconds(*parse_iso_bound(text, true)); }
std::string after(const std::string& text) { return format_seconds(*parse_iso_bound(text, false)); }
}  // namespace

TEST_CASE("a window bound starts at the beginning of its unit", "[store][window]") {
  CHECK(start_of("2016") == "2016-01-01T00:00:00");
  CHECK(start_of("2016-03") == "2016-03-01T00:00:00");
  CHECK(start_of("2016-03-27") == "2016-03-27T00:00:00");
  CHECK(start_of("2016-03-27T16:27") == "2016-03-27T16:27:00");
  CHECK(start_of("1969-12-31T23:59:59") == "1969-12-31T23:59:59");
  CHECK(*parse_iso_bound("1970-01-02", true) == 86400);
}

TEST_CASE("an end bound covers its whole unit, leap days included", "[store][window]") {
  CHECK(after("2016") == "2017-01-01T00:00:00");
  CHECK(after("2016-02") == "2016-03-01T00:00:00");
  CHECK(after("2016-12") == "2017-01-01T00:00:00");
  CHECK(after("2016-02-29") == "2016-03-01T00:00:00");
  CHECK(after("2016-03-27T16:27") == "2016-03-27T16:28:00");
}

TEST_CASE("anything but an ISO date is refused", "[store][window]") {
  for (const char* bad : {"", "16", "2016-3", "2016-13", "2015-02-29", "2016-03-32", "2016/03/27", "2016-03-27T24:00",
                          "2016-03-27T10", "2016-03-27T10:00:60", "2016-03-27 ", "yesterday", "2016-03-27T10:00:00Z"}) {
    INFO(bad);
    CHECK_FALSE(parse_iso_bound(bad, true));
  }
}
