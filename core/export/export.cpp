#include "core/export/export.h"

#include "core/store/event_json.h"

namespace chronicle::exporting {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "json") return Format::kJson;
  if (name == "timelinejs") return Format::kTimelineJs;
  if (name == "csv") return Format::kCsv;
  return std::nullopt;
}

std::string_view media_type(Format format) {
  switch (format) {
    case Format::kJson:
    case Format::kTimelineJs: return "application/json";
    case Format::kCsv: return "text/csv; charset=utf-8; header=present";
  }
  return "application/octet-stream";
}

std::string to_json(const std::vector<events::Event>& events, const store::ArticleRefs& articles) {
  nlohmann::json list = nlohmann::json::array();
  for (const events::Event& event : events) list.push_back(store::event_to_json(event, articles));
  // Invalid UTF-8 cannot reach here through the loaders, but a damaged database must not abort.
  return nlohmann::json{{"events", std::move(list)}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

std::string render(Format format, const std::vector<events::Event>& events, const store::ArticleRefs& articles) {
  switch (format) {
    case Format::kJson: return to_json(events, articles);
    case Format::kTimelineJs: return to_timelinejs(events, articles);
    case Format::kCsv: return to_csv(events, articles);
  }
  return {};
}

}  // namespace chronicle::exporting
