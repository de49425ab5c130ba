// Dates as the store handles them: ISO 8601 local times turned into seconds on one timeline (no
// zone: every interval in Chronicle is in the article's local time), and the window semantics of
// the API: `from` starts at the beginning of its unit, `to` runs to the end of its unit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/temporal/temporal.h"

namespace chronicle::store {

// Bounds for "no limit" that still leave room for arithmetic without overflow.
inline constexpr std::int64_t kBeginningOfTime = -(std::int64_t{1} << 50);
inline constexpr std::int64_t kEndOfTime = std::int64_t{1} << 50;

// "2016", "2016-03", "2016-03-27", "2016-03-27T10:15" or "2016-03-27T10:15:30" (years 0000-9999).
// `start_of_unit`: the first second of the unit; otherwise the first second after it.
// Returns nullopt for anything else, including impossible dates such as 2015-02-29.
std::optional<std::int64_t> parse_iso_bound(std::string_view text, bool start_of_unit);

// Seconds back to "YYYY-MM-DDTHH:MM:SS".
std::string format_seconds(std::int64_t seconds);

// The current time, "2026-12-02T18:40:00Z": when a curation action or a saved view was made.
std::string now_utc();

// `text` without the blanks around it (names and headlines the user typed).
std::string trimmed(const std::string& text);

// A stored interval's text with its seconds read back (0 where unreadable).
temporal::Interval interval_of_text(std::string start, std::string end);

// Events and mentions are grouped by the length of their interval so that a time-window query can
// bound its index scan: an interval of class c is at most kSpanClassLimit[c] seconds long.
inline constexpr int kSpanClasses = 6;
inline constexpr std::int64_t kSpanClassLimit[kSpanClasses] = {
    86400, 8 * 86400, 32 * 86400, 93 * 86400, 367 * 86400, kEndOfTime};
int span_class(std::int64_t start, std::int64_t end);

}  // namespace chronicle::store
