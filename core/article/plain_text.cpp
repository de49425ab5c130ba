// Plain text: a title line, optionally a repeated title, a byline or a dateline, then the body.
// A block of "Key: value" header lines (Title:, Date:, URL:, Source:) at the top is read as well.
#include <array>

#include "core/article/cleaning.h"
#include "core/article/formats.h"
#include "core/article/publication_time.h"

namespace chronicle::article::detail {
namespace {

constexpr std::size_t kLongestTitle = 300;     // a longer first line is body text, not a title
constexpr std::size_t kDatelineWindow = 1000;  // datelines sit near the top
constexpr std::size_t kLinesAfterTitle = 3;

struct Line {
  std::size_t begin = 0;
  std::string_view text;  // trimmed
};

std::string_view trimmed(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Titles are one-line fields: runs of spaces and tabs inside become one space.
std::string collapsed(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// The non-blank lines of `text`, trimmed, each with the offset where its content starts.
std::vector<Line> content_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(begin, end - begin);
    const std::string_view line = trimmed(raw);
    if (!line.empty()) lines.push_back({begin + static_cast<std::size_t>(line.data() - raw.data()), line});
    begin = end + 1;
  }
  return lines;
}

// "Title: ...", "Date: ..." and the like: returns the key lower-cased, or "" when not a header.
std::string header_key(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20) return "";
  std::string key;
  for (char c : line.substr(0, colon)) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == ' ')) return "";
    key += c;
  }
  return key;
}

bool is_known_header(const std::string& key) {
  static constexpr std::array<std::string_view, 12> kKeys = {"title",   "headline", "date",     "published",
                                                             "pubdate", "url",      "link",     "source",
                                                             "author",  "byline",   "language", "tags"};
  for (std::string_view known : kKeys) {
    if (key == known) return true;
  }
  return false;
}

// Reads a header block; returns how many lines it took (0 when the text has none).
std::size_t read_header_block(const std::vector<Line>& lines, std::string_view text, Article& article) {
  if (lines.empty() || !is_known_header(header_key(lines[0].text))) return 0;
  std::size_t k = 0;
  for (; k < lines.size(); ++k) {
    if (k > 0) {  // the block ends at its first blank line
      const std::string_view between = text.substr(lines[k - 1].begin, lines[k].begin - lines[k - 1].begin);
      if (between.find("\n\n") != std::string_view::npos || between.find("\n \n") != std::string_view::npos)
        break;
    }
    const std::string key = header_key(lines[k].text);
    if (key.empty()) break;
    const std::string_view value = trimmed(lines[k].text.substr(lines[k].text.find(':') + 1));
    if (key == "title" || key == "headline")
      article.title = collapsed(value);
    else if (key == "url" || key == "link")
      article.url = std::string(value);
    else if (key == "source")
      article.source = std::string(value);
    else if ((key == "date" || key == "published" || key == "pubdate") && article.published.empty()) {
      if (!set_published(article, value, "field:" + key)) {
        article.warnings.push_back("header \"" + key + ": " + std::string(value) + "\" is not a date");
      }
    }
  }
  return k;
}

bool is_byline(std::string_view line) {
  return line.size() < 80 && (line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ");
}

// A first line too long to be a title: its first words stand for it.
std::string title_from_long_line(std::string_view line) {
  constexpr std::size_t kWords = 12;
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < line.size() && words < kWords) {
    while (i < line.size() && line[i] == ' ') ++i;
    while (i < line.size() && line[i] != ' ') ++i;
    ++words;
  }
  return std::string(line.substr(0, i)) + "\xE2\x80\xA6";
}

// A first line that is a whole sentence of eight words or more, ending with a full stop, opens the
// body (a TimeML TEXT or a story pasted without its headline): it is the lead, often the main news,
// and stays in the body; its first words stand for the title. Headlines rarely end with a period.
bool is_body_sentence(std::string_view line) {
  std::string_view end = line;
  while (!end.empty() && (end.back() == '"' || end.back() == '\'' || end.back() == ')')) end.remove_suffix(1);
  if (end.empty() || end.back() != '.') return false;
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool space = c == ' ' || c == '\t';
    words += !space && !in_word;
    in_word = !space;
  }
  return words >= 8;
}

// Takes the publication time from a dateline line, unless the article already has one.
bool read_dateline(const Line& line, Article& article) {
  const std::optional<PublicationTime> time = parse_dateline(line.text);
  if (!time) return false;
  if (article.published.empty()) {
    article.published = time->iso;
    article.published_zone = time->zone;
    article.published_from = "dateline";
  }
  return true;
}

}  // namespace

void load_plain_text(std::string_view input, const std::string& name, LoadResult& out) {
  Cleaned cleaned = clean_text(input);
  Article article;
  article.text = std::move(cleaned.text);
  article.related = std::move(cleaned.related);
  article.warnings = std::move(cleaned.removed);
  const std::vector<Line> lines = content_lines(article.text);
  if (lines.empty()) {
    out.errors.push_back(error_in(name, "no text: the input is empty or only white space"));
    return;
  }
  std::size_t next = read_header_block(lines, article.text, article);
  // Some pages put the dateline above the headline; there it must be a date and nothing else, or
  // a headline such as "Apple to hold event on October 12, 2005" would be taken for one.
  const bool dateline_first = article.title.empty() && next + 1 < lines.size() &&
                              parse_publication_time(lines[next].text) && read_dateline(lines[next], article);
  if (dateline_first) ++next;
  if (article.title.empty() && next < lines.size()) {
    const Line& first = lines[next];
    if (first.text.size() > kLongestTitle || is_body_sentence(first.text)) {
      article.title = title_from_long_line(first.text);
    } else {
      article.title = collapsed(first.text);
      ++next;
    }
  }
  for (std::size_t seen = 0; !dateline_first && seen < kLinesAfterTitle && next < lines.size(); ++seen) {
    const Line& line = lines[next];
    if (line.begin > kDatelineWindow) break;
    if (collapsed(line.text) == article.title || is_byline(line.text)) {
      ++next;
      continue;
    }
    if (read_dateline(line, article)) ++next;
    break;
  }
  if (next < lines.size() && article.published.empty()) {
    if (const std::optional<PublicationTime> time = parse_inline_dateline(lines[next].text)) {
      article.published = time->iso;
      article.published_zone = time->zone;
      article.published_from = "dateline";
    }
  }
  if (next < lines.size()) {
    article.body_begin = lines[next].begin;
  } else {
    article.body_begin = lines.front().begin;
    article.warnings.push_back("no body text: the title is the only text");
  }
  out.articles.push_back(std::move(article));
}

}  // namespace chronicle::article::detail
