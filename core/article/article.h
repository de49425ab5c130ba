// core/article: turns files and buffers people have (plain text, HTML, JSON/JSONL, RSS/Atom, TimeML)
// into Articles. Loading never throws: bad input comes back as LoadError values naming the file,
// line and column, and every good article of the same input is still returned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::article {

// A related article listed by the page (for the seed: its trailer's JSON), dated when we can tell.
struct RelatedHeadline {
  std::string title;
  std::string date;  // "YYYY-MM-DD", "" when unknown
  std::string url;   // "" when unknown
};

struct Article {
  std::string title;
  std::string text;            // the stored text; every offset anywhere in Chronicle points into it
  std::size_t body_begin = 0;  // where the body starts in `text` (after title and dateline lines)
  std::string url;
  std::string source;          // publisher or feed name, "" when unknown
  std::string published;       // ISO 8601, with offset or zone when known; "" = unknown (never "now")
  std::string published_from;  // where `published` came from: "override", "meta:<name>", "json-ld",
                               // "time-element", "field:<name>", "dateline", "timeml-dct", "unknown"
  std::string published_zone;  // the zone name as written ("Asia/Tehran", "EST"), "" when none;
                               // `published` then carries its UTC offset
  std::string format;          // "text", "html", "json", "jsonl", "rss", "atom", "timeml"
  std::string content_hash;    // hex hash of the normalized title and text: the article's identity
  std::vector<RelatedHeadline> related;
  std::vector<std::string> warnings;  // repaired UTF-8, removed junk, ...
};

struct LoadError {
  std::string file;
  std::size_t line = 0;    // 1-based; 0 when not about a position
  std::size_t column = 0;  // 1-based; 0 when not about a position
  std::string message;
  std::string to_string() const;  // "file:line:col: message"
};

struct LoadResult {
  std::vector<Article> articles;
  std::vector<LoadError> errors;
};

struct LoadOptions {
  std::string format;                 // "" = detect by content; else one of Article::format's values
  std::string dct_override;           // "" = none; else the publication time for every article
  std::size_t max_bytes = 20u << 20;  // inputs larger than this are refused
};

// Loads one file. A directory is not a file: use list_inputs first.
LoadResult load_file(const std::string& path, const LoadOptions& options);

// Loads a buffer that came from `name` (a path, "-" or "request body"), used in messages.
LoadResult load_buffer(std::string_view bytes, const std::string& name, const LoadOptions& options);

// The files under each path (folders recursively, sorted, hidden files skipped), "-" kept as is.
// Inside folders, documentation files (README, LICENSE, ATTRIBUTION, ... with any extension) are
// skipped too; a path named explicitly is always kept. Missing paths become errors.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths, std::vector<LoadError>& errors);

}  // namespace chronicle::article
