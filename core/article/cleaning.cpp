// Removing scraped junk by whole lines, so that no body sentence is ever cut.
#include "core/article/cleaning.h"

#include <date/date.h>

#include <array>
#include <nlohmann/json.hpp>

#include "core/article/publication_time.h"

namespace chronicle::article::detail {
namespace {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // before the '\n'
  bool removed = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

std::string_view trimmed(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // A trailing no-break space is as invisible as a space.
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({begin, end});
    begin = end + 1;
  }
  return lines;
}

// "S/SH 11", "AB/MR", "HGH/PR 3": desk and editor initials some agencies append to a story.
bool is_agency_code(std::string_view line) {
  std::size_t i = 0;
  std::size_t groups = 0;
  while (true) {
    const std::size_t start = i;
    while (i < line.size() && is_upper(line[i])) ++i;
    const std::size_t letters = i - start;
    if (letters == 0 || letters > 5) return false;
    ++groups;
    if (i < line.size() && line[i] == '/') {
      ++i;
      continue;
    }
    break;
  }
  if (groups < 2) return false;
  if (i == line.size()) return true;
  if (line[i] != ' ') return false;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::size_t digits_begin = i;
  while (i < line.size() && is_digit(line[i])) ++i;
  return i == line.size() && i - digits_begin >= 1 && i - digits_begin <= 4;
}

// `string(1938) "` at the start of a line: PHP var_dump output of a string of 1938 bytes. Returns
// where the payload starts and its declared length.
std::optional<std::pair<std::size_t, std::size_t>> php_string_dump(std::string_view text, std::size_t at) {
  constexpr std::string_view kPrefix = "string(";
  if (text.substr(at, kPrefix.size()) != kPrefix) return std::nullopt;
  std::size_t i = at + kPrefix.size();
  std::size_t length = 0;
  const std::size_t digits_begin = i;
  while (i < text.size() && is_digit(text[i]) && i - digits_begin < 10)
    length = length * 10 + (text[i++] - '0');
  if (i == digits_begin || i >= text.size() || text[i] != ')') return std::nullopt;
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || text[i] != '"') return std::nullopt;
  return std::pair{i + 1, length};
}

bool is_php_array_dump(std::string_view line) {
  constexpr std::string_view kPrefix = "array(";
  if (line.substr(0, kPrefix.size()) != kPrefix) return false;
  std::size_t i = kPrefix.size();
  while (i < line.size() && is_digit(line[i])) ++i;
  return i > kPrefix.size() && line.substr(i, 3) == ") {";
}

// "/2016/03/27/": the date in a dated path, "" when there is none.
std::string date_in_path(std::string_view path) {
  for (std::size_t i = 0; i + 12 <= path.size(); ++i) {
    if (path[i] != '/' || path[i + 5] != '/' || path[i + 8] != '/' || path[i + 11] != '/') continue;
    const std::string candidate(path.substr(i + 1, 10));
    bool digits = true;
    for (std::size_t k : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) digits = digits && is_digit(candidate[k]);
    if (!digits) continue;
    const int y = std::stoi(candidate.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(candidate.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(candidate.substr(8, 2)));
    if (!date::year_month_day{date::year{y}, date::month{m}, date::day{d}}.ok()) continue;
    return candidate.substr(0, 4) + "-" + candidate.substr(5, 2) + "-" + candidate.substr(8, 2);
  }
  return "";
}

std::string string_field(const nlohmann::json& object, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto it = object.find(name);
    if (it != object.end() && it->is_string()) return it->get<std::string>();
  }
  return "";
}

// The related articles a dumped JSON list names: title, and a date from a date field or from any
// dated path (image, link) in the record.
std::vector<RelatedHeadline> related_from_json(const nlohmann::json& list) {
  std::vector<RelatedHeadline> related;
  if (!list.is_array()) return related;
  for (const nlohmann::json& item : list) {
    if (!item.is_object()) continue;
    RelatedHeadline headline;
    headline.title = std::string(trimmed(string_field(item, {"title", "headline", "name"})));
    if (headline.title.empty()) continue;
    headline.url = string_field(item, {"url", "link", "href"});
    if (const std::optional<PublicationTime> time =
            parse_publication_time(string_field(item, {"date", "published"}))) {
      headline.date = time->iso.substr(0, 10);
    }
    for (auto it = item.begin(); it != item.end() && headline.date.empty(); ++it) {
      if (it->is_string()) headline.date = date_in_path(it->get_ref<const std::string&>());
    }
    related.push_back(std::move(headline));
  }
  return related;
}

// Marks the lines of a PHP dump starting at line `first` and records what it listed.
void remove_php_dump(std::string_view text, std::vector<Line>& lines, std::size_t first, Cleaned& out) {
  const std::size_t begin = lines[first].begin;
  std::size_t end = text.size();
  if (const auto dump = php_string_dump(text, begin)) {
    const auto [payload_begin, length] = *dump;
    std::size_t payload_end = payload_begin + length;
    if (payload_end < text.size() && text[payload_end] == '"') {
      end = payload_end + 1;
    } else {  // the declared length no longer fits (the file was re-encoded): up to the last quote
      payload_end = text.rfind('"');
      if (payload_end == std::string_view::npos || payload_end < payload_begin) payload_end = text.size();
    }
    const nlohmann::json list =
        nlohmann::json::parse(text.substr(payload_begin, payload_end - payload_begin), nullptr, false);
    out.related = related_from_json(list);
    out.removed.push_back("removed a PHP dump trailer (" + std::to_string(end - begin) + " bytes) listing " +
                          std::to_string(out.related.size()) + " related headlines");
  } else {
    out.removed.push_back("removed a PHP array dump (" + std::to_string(end - begin) + " bytes)");
  }
  for (std::size_t k = first; k < lines.size() && lines[k].begin < end; ++k) lines[k].removed = true;
}

}  // namespace

bool is_boilerplate(std::string_view line) {
  static constexpr std::array<std::string_view, 24> kStarts = {
      "share this",         "share on ",        "share:",
      "tweet this",         "subscribe to ",    "subscribe now",
      "sign up for",        "follow us on",     "like us on",
      "click here to",      "read more:",       "read more ",
      "related:",           "related articles", "print this",
      "email this",         "advertisement",    "all rights reserved",
      "copyright \xC2\xA9", "\xC2\xA9 ",        "comments (",
      "leave a comment",    "download our app", "skip to content"};
  line = trimmed(line);
  constexpr std::size_t kLongest = 80;
  if (line.empty() || line.size() > kLongest) return false;
  std::string lowered(line);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::string_view start : kStarts) {
    if (lowered.compare(0, start.size(), start) == 0) return true;
  }
  return false;
}

Cleaned clean_text(std::string_view text) {
  Cleaned out;
  std::vector<Line> lines = split_lines(text);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].removed) continue;
    const std::string_view line = text.substr(lines[k].begin, lines[k].end - lines[k].begin);
    if (php_string_dump(text, lines[k].begin) || is_php_array_dump(line)) {
      remove_php_dump(text, lines, k, out);
    } else if (is_boilerplate(line)) {
      lines[k].removed = true;
      out.removed.push_back("removed boilerplate \"" + std::string(trimmed(line)) + "\"");
    }
  }
  // Agency codes only count after the last paragraph: anywhere else they could be text.
  for (std::size_t k = lines.size(); k-- > 0;) {
    if (lines[k].removed) continue;
    const std::string_view line = trimmed(text.substr(lines[k].begin, lines[k].end - lines[k].begin));
    if (line.empty()) continue;
    if (!is_agency_code(line)) break;
    lines[k].removed = true;
    out.removed.push_back("removed agency code \"" + std::string(line) + "\"");
  }
  // Rebuild from the kept lines; where lines went, the blank lines around them become one.
  bool last_blank = true;
  bool after_removal = false;
  for (const Line& line : lines) {
    if (line.removed) {
      after_removal = true;
      continue;
    }
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    const bool blank = trimmed(content).empty();
    if (blank && last_blank && after_removal) continue;
    if (!blank) after_removal = false;
    out.text.append(content);
    out.text += '\n';
    last_blank = blank;
  }
  while (!out.text.empty() &&
         (out.text.back() == '\n' || out.text.back() == ' ' || out.text.back() == '\t')) {
    out.text.pop_back();
  }
  return out;
}

}  // namespace chronicle::article::detail
