// The door of core/article: reads files and buffers, refuses what is not text, repairs what is
// almost text, picks the format and finishes every article the format loaders produce.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/article/article.h"
#include "core/article/charset.h"
#include "core/article/content_hash.h"
#include "core/article/detect.h"
#include "core/article/formats.h"
#include "core/article/publication_time.h"
#include "core/text/text.h"

namespace chronicle::article {
namespace {

constexpr std::size_t kSniffBytes = 1024;

// Why `bytes` is not text we should read, or "" when it is text.
std::string binary_reason(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return "UTF-16 text; save it as UTF-8";
  const std::size_t nul = head.find('\0');
  if (nul != std::string_view::npos) return "binary file (NUL byte at offset " + std::to_string(nul) + ")";
  std::size_t control = 0;
  for (char c : head) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v' && u != 0x1B) ++control;
  }
  if (control * 10 > head.size())
    return "binary file (" + std::to_string(control) + " control bytes in the first KB)";
  return "";
}

// "\r\n" and lone "\r" become "\n", so lines and offsets mean one thing everywhere.
std::string with_unix_line_ends(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_known_format(const std::string& format) {
  for (const char* known : {"text", "html", "json", "jsonl", "rss", "atom", "timeml"}) {
    if (format == known) return true;
  }
  return false;
}

void load_format(const std::string& format, std::string_view text, const std::string& name,
                 LoadResult& result) {
  if (format == "html")
    detail::load_html(text, name, result);
  else if (format == "json")
    detail::load_json(text, name, result);
  else if (format == "jsonl")
    detail::load_json_lines(text, name, result);
  else if (format == "rss" || format == "atom")
    detail::load_feed(text, name, result);
  else if (format == "timeml")
    detail::load_timeml(text, name, result);
  else if (format == "xml")
    result.errors.push_back(detail::error_in(name, "an XML document that is not RSS, Atom or TimeML"));
  else
    detail::load_plain_text(text, name, result);
}

// Caps on the fields stored beside the text. The text itself is bounded by LoadOptions::max_bytes;
// these are bounded so that one odd input (a 19 MB first line read as a title) cannot grow every
// page that lists the article, nor every event that names it.
constexpr std::size_t kMaxTitle = 500;
constexpr std::size_t kMaxUrl = 2048;
constexpr std::size_t kMaxSource = 200;
constexpr std::size_t kMaxRelated = 200;

// `text` cut to at most `limit` bytes, at a character boundary (text is valid UTF-8 here).
bool cut_to(std::string& text, std::size_t limit) {
  if (text.size() <= limit) return false;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return true;
}

void cap_fields(Article& article) {
  const std::size_t title_size = article.title.size();
  if (cut_to(article.title, kMaxTitle)) {
    article.warnings.push_back("title cut to " + std::to_string(kMaxTitle) + " bytes (it had " +
                               std::to_string(title_size) + ")");
  }
  if (article.url.size() > kMaxUrl) {
    article.warnings.push_back("URL of " + std::to_string(article.url.size()) +
                               " bytes left out (the limit is " + std::to_string(kMaxUrl) + ")");
    article.url.clear();
  }
  if (cut_to(article.source, kMaxSource)) {
    article.warnings.push_back("source name cut to " + std::to_string(kMaxSource) + " bytes");
  }
  if (article.related.size() > kMaxRelated) {
    article.warnings.push_back("only the first " + std::to_string(kMaxRelated) + " of " +
                               std::to_string(article.related.size()) + " related headlines kept");
    article.related.resize(kMaxRelated);
  }
  bool related_cut = false;
  for (RelatedHeadline& headline : article.related) {
    related_cut = cut_to(headline.title, kMaxTitle) || related_cut;
    if (headline.url.size() > kMaxUrl) {
      headline.url.clear();
      related_cut = true;
    }
    related_cut = cut_to(headline.date, 10) || related_cut;
  }
  if (related_cut) {
    article.warnings.push_back("long related headlines cut (titles to " + std::to_string(kMaxTitle) +
                               " bytes, long URLs left out)");
  }
}

// What every article gets whatever its format: the override, an honest "unknown", the notes about
// its input, its identity.
void finish(Article& article, const std::string& format,
            const std::optional<detail::PublicationTime>& override_time,
            const std::vector<std::string>& input_notes) {
  if (article.format.empty()) article.format = format;
  if (override_time) {
    article.published = override_time->iso;
    article.published_zone = override_time->zone;
    article.published_from = "override";
  } else if (article.published.empty()) {
    article.published_from = "unknown";
    article.published_zone.clear();
  }
  article.warnings.insert(article.warnings.end(), input_notes.begin(), input_notes.end());
  cap_fields(article);
  article.content_hash = detail::content_hash(article.title, article.text);
}

// Valid UTF-8 as is; text declaring ISO-8859-1/Windows-1252 decoded; anything else repaired.
// Copies only when it must: valid input is the usual case.
std::string as_utf8(std::string_view bytes, std::vector<std::string>& notes) {
  if (text::is_valid_utf8(bytes) && bytes.find('\0') == std::string_view::npos) return std::string(bytes);
  const std::string charset = detail::declared_charset(bytes);
  if (detail::is_windows_1252(charset) && bytes.find('\0') == std::string_view::npos) {
    notes.push_back("decoded from " + charset + " as the input declares");
    return detail::windows_1252_to_utf8(bytes);
  }
  text::Utf8Repair repaired = text::repair_utf8(bytes);
  notes.push_back("repaired " + std::to_string(repaired.replaced) + " invalid UTF-8 sequence" +
                  (repaired.replaced == 1 ? "" : "s") + " or NUL bytes (now U+FFFD or spaces)");
  return std::move(repaired.text);
}

// All of `in`, or nothing when it holds more than `limit` bytes.
std::optional<std::string> read_at_most(std::istream& in, std::size_t limit) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > limit) return std::nullopt;
  }
  return bytes;
}

LoadResult refuse(const std::string& name, std::string message) {
  LoadResult result;
  result.errors.push_back(detail::error_in(name, std::move(message)));
  return result;
}

std::string too_large(std::size_t size, std::size_t limit) {
  return "refused: " + std::to_string(size) + " bytes is more than the limit of " + std::to_string(limit) +
         " bytes";
}

}  // namespace

LoadResult load_buffer(std::string_view bytes, const std::string& name, const LoadOptions& options) {
  if (bytes.size() > options.max_bytes) return refuse(name, too_large(bytes.size(), options.max_bytes));
  if (const std::string reason = binary_reason(bytes); !reason.empty())
    return refuse(name, "skipped: " + reason);
  if (!options.format.empty() && !is_known_format(options.format)) {
    return refuse(name, "unknown format '" + options.format +
                            "' (expected text, html, json, jsonl, rss, atom or timeml)");
  }
  std::optional<detail::PublicationTime> override_time;
  if (!options.dct_override.empty()) {
    override_time = detail::parse_publication_time(options.dct_override);
    if (!override_time)
      return refuse(name, "the publication time '" + options.dct_override + "' is not a date or time");
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // byte order mark
  std::vector<std::string> input_notes;
  const std::string text = with_unix_line_ends(as_utf8(bytes, input_notes));
  const std::string format = options.format.empty() ? detail::detect_format(text, name) : options.format;
  LoadResult result;
  load_format(format, text, name, result);
  if (result.articles.empty() && result.errors.empty()) {
    result.errors.push_back(detail::error_in(name, "no article found in this " + format + " input"));
  }
  for (Article& article : result.articles) finish(article, format, override_time, input_notes);
  return result;
}

LoadResult load_file(const std::string& path, const LoadOptions& options) {
  if (path == "-") {
    const std::optional<std::string> bytes = read_at_most(std::cin, options.max_bytes);
    if (!bytes)
      return refuse(path, "refused: standard input is larger than the limit of " +
                              std::to_string(options.max_bytes) + " bytes");
    return load_buffer(*bytes, path, options);
  }
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) return refuse(path, "no such file");
  if (fs::is_directory(status)) return refuse(path, "is a directory, not a file");
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error && size > options.max_bytes) {
    return refuse(path, too_large(static_cast<std::size_t>(size), options.max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return refuse(path, std::string("cannot open: ") + std::strerror(errno));
  // The size can grow between the check and the read (a log being written): read with a bound.
  const std::optional<std::string> bytes = read_at_most(in, options.max_bytes);
  if (!bytes)
    return refuse(path,
                  "refused: the file grew past the limit of " + std::to_string(options.max_bytes) + " bytes");
  if (in.bad()) return refuse(path, "read failed");
  return load_buffer(*bytes, path, options);
}

}  // namespace chronicle::article
