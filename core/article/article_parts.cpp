// Pieces every loader needs: positioned errors, publication times, composing the stored text.
#include "core/article/formats.h"
#include "core/article/markup.h"
#include "core/article/publication_time.h"

namespace chronicle::article {

std::string LoadError::to_string() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

namespace detail {

LoadError error_at(const std::string& name, std::string_view text, std::size_t offset, std::string message) {
  const Position position = position_of(text, offset);
  return LoadError{name, position.line, position.column, std::move(message)};
}

LoadError error_in(const std::string& name, std::string message) {
  return LoadError{name, 0, 0, std::move(message)};
}

bool set_published(Article& article, std::string_view value, std::string from) {
  const std::optional<PublicationTime> time = parse_publication_time(value);
  if (!time) return false;
  article.published = time->iso;
  article.published_zone = time->zone;
  article.published_from = std::move(from);
  return true;
}

void compose_text(Article& article, const std::vector<std::string>& paragraphs, std::string_view dateline) {
  article.text = article.title;
  if (!dateline.empty()) {
    article.text += "\n\n";
    article.text += dateline;
  }
  article.body_begin = article.text.size() + (paragraphs.empty() ? 0 : 2);
  for (const std::string& paragraph : paragraphs) {
    article.text += "\n\n";
    article.text += paragraph;
  }
}

std::vector<std::string> split_paragraphs(std::string_view body) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::size_t begin = 0;
  while (begin <= body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(begin, end - begin);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += '\n';
      current += line;
    }
    begin = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

bool take_dateline(Article& article, const std::vector<std::string>& paragraphs) {
  if (!article.published.empty() || paragraphs.empty()) return false;
  const std::optional<PublicationTime> line = parse_dateline(paragraphs.front());
  const std::optional<PublicationTime> time = line ? line : parse_inline_dateline(paragraphs.front());
  if (!time) return false;
  article.published = time->iso;
  article.published_zone = time->zone;
  article.published_from = "dateline";
  return line.has_value();  // an inline dateline stays in its paragraph
}

}  // namespace detail
}  // namespace chronicle::article
