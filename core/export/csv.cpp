#include <nlohmann/json.hpp>

#include "core/export/export.h"

namespace chronicle::exporting {
namespace {

// Whether a spreadsheet would read `field` as a formula: it starts with = + - @, a tab or a carriage
// return, or with the full-width = + - @ that some spreadsheets also accept as a formula's start.
bool looks_like_formula(const std::string& field) {
  if (field.empty()) return false;
  if (field.find_first_of("=+-@\t\r") == 0) return true;
  constexpr std::string_view kFullWidth[] = {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};
  for (const std::string_view sign : kFullWidth) {
    if (field.rfind(sign, 0) == 0) return true;
  }
  return false;
}

// A value column (dates, numbers) may start with '-' for a year before 1 ("-0044") or a negative
// number; such a value is a minus, a digit, then digits, capitals and - : . only, which no
// spreadsheet can run. Anything else there that looks like a formula is neutralized as text is.
bool is_plain_value(const std::string& field) {
  if (field.size() < 2 || field[0] != '-' || field[1] < '0' || field[1] > '9') return false;
  for (const char c : field) {
    const bool allowed = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-' || c == ':' || c == '.';
    if (!allowed) return false;
  }
  return true;
}

enum class Column { kValue, kText };

// One field as RFC 4180 writes it. A field that a spreadsheet would run as a formula gets a leading
// single quote (shown as text, not evaluated) and is always quoted.
void append_field(std::string& out, const std::string& field, Column column) {
  const bool neutralize = looks_like_formula(field) && !(column == Column::kValue && is_plain_value(field));
  if (!neutralize && field.find_first_of(",\"\r\n") == std::string::npos) {
    out += field;
    return;
  }
  out += '"';
  if (neutralize) out += '\'';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

struct Cell {
  std::string text;
  Column column;
};

void append_row(std::string& out, const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, cells[i].text, cells[i].column);
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
  out += "id,date,granularity,start,end,headline,summary,confidence,entities,sources\r\n";
  for (const events::Event& event : events) {
    std::vector<std::string> entities, sources;
    for (const events::Entity& entity : event.entities) entities.push_back(entity.name);
    for (const events::Mention& source : event.sources) {
      const auto found = articles.find(source.article_id);
      const store::ArticleRef article = found == articles.end() ? store::ArticleRef{} : found->second;
      sources.push_back(article.url.empty() ? article.title : article.url);
    }
    using enum Column;
    append_row(out, {{std::to_string(event.id), kValue},
                     {event.date.value, kValue},
                     {std::string(temporal::name_of(event.date.granularity)), kValue},
                     {event.date.start, kValue},
                     {event.date.end, kValue},
                     {event.headline, kText},
                     {event.summary, kText},
                     {nlohmann::json(event.confidence).dump(), kValue},
                     {joined(entities), kText},
                     {joined(sources), kText}});
  }
  return out;
}

}  // namespace chronicle::exporting
