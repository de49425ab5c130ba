// core/export: events as documents other tools read. Pure functions of the events (and the
// articles their sources point to) to a string; used by `chronicle export` and GET /api/export.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/events.h"
#include "core/store/store.h"

namespace chronicle::exporting {

enum class Format { kJson, kTimelineJs, kCsv };

// "json", "timelinejs" or "csv"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
// The media type to serve a format with.
std::string_view media_type(Format format);

// {"events": [Event...]}, each Event exactly in the form of docs/event.schema.json.
std::string to_json(const std::vector<events::Event>& events, const store::ArticleRefs& articles);

// A TimelineJS 3 document: {"events": [{"start_date", "end_date"?, "text": {"headline", "text"},
// "unique_id"}]}. Dates go only as far as the event's granularity ({year, month} for "2015-05");
// an event longer than one unit of its granularity (a week, a quarter, a decade) gets an end_date.
// Headline and text are HTML in TimelineJS, so every piece of article text is escaped; sources
// become links only for http(s) URLs. A time at midnight gets a display_date, as TimelineJS shows
// 00:00 as a bare day. Events without a well-formed interval are left out. With no events the
// document is {"events": []}, which TimelineJS 3 refuses to open ("no events").
std::string to_timelinejs(const std::vector<events::Event>& events, const store::ArticleRefs& articles);

// RFC 4180 CSV: a header line, then one row per event; CRLF line ends; fields quoted when they hold
// a comma, a quote or a line break, quotes doubled. Entities and sources are joined with "; ".
// No cell runs as a spreadsheet formula: a text cell (headline, summary, entities, sources) that
// starts with = + - @, a tab or a carriage return gets a leading ' and is quoted; a value cell (id,
// dates, granularity, confidence) is left as it is when it is a plain value such as "-0043-03-15".
std::string to_csv(const std::vector<events::Event>& events, const store::ArticleRefs& articles);

// Every event matching `query` (its limit and cursor are ignored), page after page, up to `max`.
std::optional<store::StoreError> gather(store::Store& store, store::EventQuery query, std::size_t max,
                                        std::vector<events::Event>& events, store::ArticleRefs& articles);

// Dispatches on `format`.
std::string render(Format format, const std::vector<events::Event>& events, const store::ArticleRefs& articles);

}  // namespace chronicle::exporting
