// Reading publication times as people write them: ISO 8601 (metadata, JSON-LD, Atom), RFC 822
// (RSS pubDate) and words ("Tue Mar 29, 2016 16:27:03", "29 March 2016, 4:27 pm EST").
// Internal to core/article.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chronicle::article::detail {

struct PublicationTime {
  std::string iso;   // "2016-03-29", "2016-03-29T16:27:03" or "2016-03-29T16:27:03+04:30"
  std::string zone;  // the zone's name when one was written ("Asia/Tehran", "EST"), else ""
};

// The time `value` names, when all of it is a date or date-time (a leading weekday and
// surrounding punctuation are fine). A zone name becomes an offset; the name is kept in `zone`.
std::optional<PublicationTime> parse_publication_time(std::string_view value);

// A dated line near the top of an article ("Tue Mar 29, 2016 16:27:03", "Published: 29 March 2016
// | By Staff"): a date with a year plus at most a few other words. Nothing for body sentences.
std::optional<PublicationTime> parse_dateline(std::string_view line);

// An agency dateline opening the first paragraph: "PARIS, April 15, 2019 (AFP) - A fire broke
// out...": the date of the part before the dash.
std::optional<PublicationTime> parse_inline_dateline(std::string_view paragraph);

}  // namespace chronicle::article::detail
