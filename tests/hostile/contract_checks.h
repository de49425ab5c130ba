// The promises the public headers make about their results, written as checks that name the first
// broken promise. Shared by the hostile-input tests (which assert "" on every result) and the fuzz
// targets (which abort on anything else, so that libFuzzer keeps the input).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"
#include "core/text/text.h"

namespace chronicle::checks {

// True when "YYYY-MM-DD" (or a longer string starting so) names a day of the Gregorian calendar.
bool is_calendar_day(std::string_view iso);

// "" when `value` breaks no rule we can check without knowing the text: a value that starts with a
// four-digit year and a month or day names a real month or day ("2016-02-30" does not).
std::string timex_value_problem(std::string_view value);

// "" when the timexes keep temporal.h's promises for `text`: in order, not overlapping, inside the
// text, `text` equal to the bytes they cover, a known type, a real calendar value, and an interval of
// two "YYYY-MM-DDTHH:MM:SS" times with start before end.
std::string timex_problems(std::string_view text, const std::vector<temporal::Timex>& timexes);

// "" when sentence spans are in order, not overlapping, non-empty and inside the text.
std::string span_problems(std::string_view text, const std::vector<text::Span>& spans);

// "" when an article keeps article.h's promises: valid UTF-8 text, body_begin inside it, a known
// format, a content hash.
std::string article_problems(const article::Article& article);

// "" when every error says where and what: a message, and a column only together with a line.
std::string load_error_problems(const std::vector<article::LoadError>& errors);

// "" when mentions of `article` point into its text (sentence and timex), have a confidence in [0, 1]
// and a date whose interval, when given, ends after it starts.
std::string mention_problems(const article::Article& article, const std::vector<events::Mention>& mentions);

// "" when merging kept every mention exactly once, with confidences in [0, 1].
std::string merge_problems(std::size_t mention_count, const std::vector<events::Event>& events);

}  // namespace chronicle::checks
