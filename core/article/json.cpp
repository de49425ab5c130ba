// JSON (one article, an array of them, or {"articles": [...]}) and JSON Lines (one per line), with
// the field names scrapers and feeds use.
#include <date/date.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <variant>

#include "core/article/cleaning.h"
#include "core/article/formats.h"
#include "core/article/markup.h"

namespace chronicle::article::detail {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxDepth = 512;

constexpr std::initializer_list<const char*> kTitleFields = {"title", "headline", "name"};
constexpr std::initializer_list<const char*> kTextFields = {
    "text", "body", "content", "articleBody", "article", "description", "summary"};
constexpr std::initializer_list<const char*> kTimeFields = {
    "published",    "date",     "pubDate", "datePublished", "published_at", "publishedAt",
    "publish_date", "pub_date", "dct",     "created_at",    "time",         "timestamp"};
constexpr std::initializer_list<const char*> kUrlFields = {"url", "link", "href"};
constexpr std::initializer_list<const char*> kSourceFields = {"source", "publisher", "site", "feed"};
constexpr std::initializer_list<const char*> kListFields = {"articles", "items", "entries", "data",
                                                            "results"};

// Where the records of a JSON document start (the values directly inside the first array) and
// how deep it nests, in one pass that does not recurse.
struct Shape {
  std::vector<std::size_t> record_offsets;
  std::size_t max_depth = 0;
  std::size_t deepest_offset = 0;
};

Shape scan_shape(std::string_view text) {
  Shape shape;
  std::size_t depth = 0;
  std::size_t record_depth = 0;  // depth inside the first array met; 0 = none yet
  bool in_string = false;
  bool expect_record = false;  // at record depth, after '[' or ','
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (expect_record && c != ']') shape.record_offsets.push_back(i);
    expect_record = false;
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
      if (c == '[' && record_depth == 0) record_depth = depth;
      if (c == '[' && depth == record_depth) expect_record = true;
      if (depth > shape.max_depth) shape.max_depth = depth, shape.deepest_offset = i;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    } else if (c == ',' && depth == record_depth) {
      expect_record = true;
    }
  }
  return shape;
}

struct JsonError {
  std::optional<std::size_t> offset;  // 0-based; none when the parser does not say where
  std::string message;
};

// Parses `text` into `document`; nlohmann's exceptions stop here and become a value.
std::optional<JsonError> parse_json(std::string_view text, json& document) {
  try {
    document = json::parse(text);
    return std::nullopt;
  } catch (const json::parse_error& error) {
    // nlohmann's message without its "[json.exception...] parse error at line L, column C: " prefix.
    const std::string what = error.what();
    const std::size_t column = what.find("column ");
    const std::size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
    return JsonError{error.byte > 0 ? error.byte - 1 : 0,
                     "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2))};
  } catch (const json::exception& error) {  // e.g. a number too large for a double
    const std::string what = error.what();
    const std::size_t bracket = what.find("] ");
    return JsonError{std::nullopt,
                     "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2))};
  }
}

const json* field(const json& object, std::initializer_list<const char*> names,
                  std::string* which = nullptr) {
  for (const char* name : names) {
    const auto it = object.find(name);
    if (it != object.end() && !it->is_null()) {
      if (which) *which = name;
      return &*it;
    }
  }
  return nullptr;
}

std::string string_of(const json* value) {
  if (!value) return "";
  if (value->is_string()) return value->get<std::string>();
  if (value->is_object()) {  // {"name": "Reuters"}, {"href": "..."}, WordPress's {"rendered": "..."}
    for (const char* key : {"name", "title", "href", "url", "value", "#text", "rendered"}) {
      const auto it = value->find(key);
      if (it != value->end() && it->is_string()) return it->get<std::string>();
    }
  }
  return "";
}

// Seconds (or milliseconds) since 1970 as an ISO time in UTC.
std::string from_epoch(const json& value) {
  if (value.is_number_float() && !(value.get<double>() >= 0 && value.get<double>() < 1e15)) return "";
  std::int64_t seconds =
      value.is_number_integer() ? value.get<std::int64_t>() : static_cast<std::int64_t>(value.get<double>());
  if (seconds > 100'000'000'000) seconds /= 1000;  // milliseconds
  if (seconds < 0 || seconds > 253'402'300'799) return "";
  const date::sys_seconds time{std::chrono::seconds{seconds}};
  return date::format("%Y-%m-%dT%H:%M:%S+00:00", time);
}

// A short first paragraph stands for a missing title; otherwise its first words do.
std::string title_from_paragraphs(std::vector<std::string>& paragraphs) {
  constexpr std::size_t kLongestTitle = 200;
  if (paragraphs.empty()) return "";
  if (paragraphs.size() > 1 && paragraphs.front().size() <= kLongestTitle &&
      paragraphs.front().find('\n') == std::string::npos) {
    std::string title = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
    return title;
  }
  const std::string& first = paragraphs.front();
  std::size_t end = 0;
  for (int words = 0; words < 12 && end < first.size(); ++words) {
    const std::size_t space = first.find(' ', end + 1);
    end = space == std::string::npos ? first.size() : space;
  }
  return first.substr(0, end) + (end < first.size() ? "\xE2\x80\xA6" : "");
}

// One record to an article, or an error message.
std::variant<Article, std::string> article_from(const json& record) {
  if (!record.is_object())
    return std::string("expected an object with a title and text, found ") + record.type_name();
  Article article;
  article.title = string_of(field(record, kTitleFields));
  const std::string body = string_of(field(record, kTextFields));
  if (body.find_first_not_of(" \t\n") == std::string::npos) {
    return std::string(
        "no article text (expected one of the fields text, body, content, articleBody, description)");
  }
  std::vector<std::string> paragraphs;
  if (looks_like_html(body)) {
    paragraphs = html_paragraphs(body);
  } else {
    Cleaned cleaned = clean_text(body);
    paragraphs = split_paragraphs(cleaned.text);
    article.related = std::move(cleaned.related);
    article.warnings = std::move(cleaned.removed);
  }
  if (article.title.empty()) article.title = title_from_paragraphs(paragraphs);
  article.url = string_of(field(record, kUrlFields));
  article.source = string_of(field(record, kSourceFields));
  std::string time_field;
  if (const json* time = field(record, kTimeFields, &time_field)) {
    const std::string value = time->is_number() ? from_epoch(*time) : string_of(time);
    if (!set_published(article, value, "field:" + time_field)) {
      article.warnings.push_back("field " + time_field + " (" + time->dump() + ") is not a date or time");
    }
  }
  std::string dateline;
  if (take_dateline(article, paragraphs)) {
    dateline = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
  }
  compose_text(article, paragraphs, dateline);
  return article;
}

// The records of a parsed document: itself, its elements, or its "articles"-like list.
std::vector<const json*> records_of(const json& document) {
  std::vector<const json*> records;
  if (document.is_array()) {
    for (const json& item : document) records.push_back(&item);
  } else if (const json* list = document.is_object() ? field(document, kListFields) : nullptr;
             list && list->is_array()) {
    for (const json& item : *list) records.push_back(&item);
  } else {
    records.push_back(&document);
  }
  return records;
}

}  // namespace

void load_json(std::string_view text, const std::string& name, LoadResult& out) {
  const Shape shape = scan_shape(text);
  if (shape.max_depth > kMaxDepth) {
    out.errors.push_back(error_at(name, text, shape.deepest_offset,
                                  "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels"));
    return;
  }
  json document;
  if (const std::optional<JsonError> error = parse_json(text, document)) {
    out.errors.push_back(error->offset ? error_at(name, text, *error->offset, error->message)
                                       : error_in(name, error->message));
    return;
  }
  const std::vector<const json*> records = records_of(document);
  const bool offsets_known = shape.record_offsets.size() == records.size();
  std::optional<LineIndex> lines;  // built at the first bad record, shared by all
  for (std::size_t k = 0; k < records.size(); ++k) {
    std::variant<Article, std::string> loaded = article_from(*records[k]);
    if (Article* article = std::get_if<Article>(&loaded)) {
      out.articles.push_back(std::move(*article));
      continue;
    }
    std::string message = std::get<std::string>(loaded);
    if (records.size() > 1) message = "record " + std::to_string(k + 1) + ": " + message;
    if (!offsets_known) {
      out.errors.push_back(error_in(name, message));
      continue;
    }
    if (!lines) lines.emplace(text);
    const Position position = lines->position_of(shape.record_offsets[k]);
    out.errors.push_back(LoadError{name, position.line, position.column, message});
  }
}

void load_json_lines(std::string_view text, const std::string& name, LoadResult& out) {
  std::size_t begin = 0;
  std::size_t line_number = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    ++line_number;
    begin = end + 1;
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const auto line_error = [&](std::size_t column, std::string message) {
      out.errors.push_back(LoadError{name, line_number, column, std::move(message)});
    };
    if (scan_shape(line).max_depth > kMaxDepth) {
      line_error(1, "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
      continue;
    }
    json record;
    if (const std::optional<JsonError> error = parse_json(line, record)) {
      line_error(error->offset.value_or(0) + 1, error->message);
      continue;
    }
    std::variant<Article, std::string> loaded = article_from(record);
    if (Article* article = std::get_if<Article>(&loaded)) {
      out.articles.push_back(std::move(*article));
    } else {
      line_error(1, std::get<std::string>(loaded));
    }
  }
}

}  // namespace chronicle::article::detail
