#include <nlohmann/json.hpp>

#include "core/export/export.h"

namespace chronicle::exporting {
namespace {

void append_field(std::string& out, const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, fields[i]);
  }
  out += "\r\n";
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += "; ";
    out += part;
  }
  return out;
}

}  // namespace

std::string to_csv(const std::vector<events::Event>& events, const store::ArticleRefs& articles) {
  std::string out;
  append_row(out, {"id", "date", "granularity", "start", "end", "headline", "summary", "confidence", "entities",
                   "sources"});
  for (const events::Event& event : events) {
    std::vector<std::string> entities, sources;
    for (const events::Entity& entity : event.entities) entities.push_back(entity.name);
    for (const events::Mention& source : event.sources) {
      const auto found = articles.find(source.article_id);
      const store::ArticleRef article = found == articles.end() ? store::ArticleRef{} : found->second;
      sources.push_back(article.url.empty() ? article.title : article.url);
    }
    append_row(out, {std::to_string(event.id), event.date.value, event.date.granularity, event.date.start,
                     event.date.end, event.headline, event.summary, nlohmann::json(event.confidence).dump(),
                     joined(entities), joined(sources)});
  }
  return out;
}

}  // namespace chronicle::exporting
