// The JSON shapes of `chronicle tag`: option values, DCT checking, one tagging result as a JSON
// object, and one JSON Lines request turned into one response line. No exceptions escape; a bad
// request line becomes an {"error": ...} line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/temporal/temporal.h"

namespace chronicle::evaluation {

// "news", "narrative", "auto".
std::optional<temporal::Mode> parse_mode(std::string_view name);

// "mdy" (03/04/2016 is March 4), "dmy" (April 3).
std::optional<temporal::DateOrder> parse_date_order(std::string_view name);

// True for ISO 8601 calendar dates and times as DCTs come: "2016", "2016-03", "2016-03-29",
// "2016-03-29T16:27", "2016-03-29T16:27:03", optional fraction of a second and zone ("Z",
// "+02:00"); a space may stand for the "T". Fields must be in range (no February 30).
bool is_valid_dct(std::string_view dct);

// Appends `text` as a JSON string literal; invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string_view text, std::string& out);

// The result object of tagging one text, without a newline:
// {"id": ..., "dct": ..., "timexes": [...]}. `id_json` is the id's JSON text, "" to leave it out;
// `dct` "" is written as null.
std::string tag_result_json(std::string_view id_json, std::string_view dct,
                            const std::vector<temporal::Timex>& timexes);

// Handles one `--jsonl` request line {"id"?, "text", "dct"?, "mode"?} (fields missing from it take
// their values from `defaults`) and returns the response line without a newline: the result
// object, or {"id"?, "error": "line N: ..."} when the request is malformed.
std::string tag_jsonl_line(std::string_view line, std::size_t line_number,
                           const temporal::TagOptions& defaults);

}  // namespace chronicle::evaluation
