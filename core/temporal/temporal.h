// core/temporal: finds temporal expressions in text and normalizes them to TIMEX3.
// Recognition (what the words say) is separate from resolution (which date that is, given an
// anchor). The tagger never throws on input: any bytes give a (possibly empty) list, in time linear
// in the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::temporal {

// How wide a date is, finest first: of two set granularities, the smaller is the finer. kNone
// (first, so that it is the default) is for what has none: durations, sets, undated references.
enum class Granularity : std::uint8_t {
  kNone, kSecond, kMinute, kHour, kDay, kWeekend, kWeek, kMonth, kSeason, kQuarter, kHalf, kYear,
  kDecade, kCentury,
};
std::string_view name_of(Granularity granularity);  // "day", "week", ...; "" for kNone
Granularity granularity_named(std::string_view name);  // the inverse of name_of(); kNone when unknown

// The calendar fields an expression's own words write: "March 27" writes a month and a day,
// "Sunday" a weekday, "the 1990s" a year (its decade), "tonight" a time of day; "yesterday" and
// "two weeks later" write none, their date comes from an anchor.
struct Written {
  bool year = false;
  bool month = false;
  bool day = false;
  bool weekday = false;
  bool time_of_day = false;
  bool operator==(const Written&) const = default;
};

// Closed-open interval of local times, written "YYYY-MM-DDTHH:MM:SS" and counted in seconds since
// 1970-01-01T00:00:00 (the same two bounds: readers need not parse the text).
struct Interval {
  std::string start;
  std::string end;
  std::int64_t start_second = 0;
  std::int64_t end_second = 0;
  bool operator==(const Interval&) const = default;
};
// [start_second, end_second) written out; years 0000 to 9999.
Interval interval_of_seconds(std::int64_t start_second, std::int64_t end_second);
inline constexpr std::int64_t kSecondsPerDay = 86400;
// The day, counted from 1970-01-01 (day 0), that a second since 1970 falls in; days before 1970
// are negative.
inline constexpr std::int64_t day_number(std::int64_t second) {
  return second >= 0 ? second / kSecondsPerDay : -((-second + kSecondsPerDay - 1) / kSecondsPerDay);
}

// The ends of a range an expression belongs to ("from March 3 to 10", "between 2009 and 2011",
// "since 2003", "until Friday"): indices into the list tag() returns. TimeML keeps the two ends
// as two TIMEX3; this link says they make one span. An open end is nullopt ("since 2003" has no
// end). `via` is the word that makes the range: "from", "between", "-", "to", "through", "since",
// "until".
struct RangeLink {
  std::optional<std::size_t> start;
  std::optional<std::size_t> end;
  std::string via;
  bool operator==(const RangeLink&) const = default;
};

// One TIMEX3 expression. `begin`/`end` are byte offsets into the tagged text.
struct Timex {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string type;         // "DATE", "TIME", "DURATION" or "SET"
  std::string value;        // TIMEX3 value: "2016-03-27", "2015-05", "P3Y", "XXXX-WXX-1", "PRESENT_REF"
  std::string mod;          // "" or a TIMEX3 mod: "START", "MID", "END", "APPROX", "MORE_THAN", ...
  Granularity granularity = Granularity::kNone;
  Written written;                   // what the words wrote; the rest came from an anchor
  std::optional<Interval> interval;  // none for durations, sets and undated references
  std::optional<RangeLink> range;    // set on each end of a range (added after the fields above)
  std::string_view rule;             // the name of the rule that matched ("month day, year"); static text
  bool operator==(const Timex&) const = default;
};

enum class Mode {
  kNews,       // anchor on the document creation time, leaning on the tense of the clause
  kNarrative,  // anchor on the last date the text mentioned
  kAuto,       // choose per document: narrative when there is no DCT; when explicit years more
               // than 5 years from the DCT outnumber the near ones plus the expressions that point
               // at the DCT (today, last week, Sunday); or when the text has 10 or more explicit
               // years and fewer than one such pointer per 10 of them. News otherwise.
};

enum class DateOrder { kMonthFirst, kDayFirst };  // how "03/04/2016" reads

struct TagOptions {
  std::string dct;  // document creation time, ISO 8601 ("2016-03-29", "2016-03-29T16:27:03"); "" = unknown
  Mode mode = Mode::kNews;
  DateOrder date_order = DateOrder::kMonthFirst;
};

// All temporal expressions of `text`, in order of `begin`, not overlapping. An expression never
// spans a line break. With an unknown or unparseable DCT, absolute expressions resolve normally and
// relative ones keep X placeholders ("XXXX-XX-XX" for "yesterday", "XXXX-05" for "last May") with
// no interval. Memory for tokens is bounded per chunk of text (about 1 MB), whatever the input.
std::vector<Timex> tag(std::string_view text, const TagOptions& options);

}  // namespace chronicle::temporal
