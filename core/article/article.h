// core/article: turns files and buffers people have (plain text, HTML, JSON/JSONL, RSS/Atom, TimeML)
// into Articles. Loading never throws: bad input comes back as LoadError values naming the file,
// line and column, and every good article of the same input is still returned.
//
// What is read (the format is detected from the content; LoadOptions::format forces one):
//   text    title line; then, optionally, the title again, a byline ("By ..."), a dateline
//           ("Tue Mar 29, 2016 16:27:03", "Published: 29 March 2016"); a blank line; the body.
//           A "Title:/Date:/URL:/Source:" header block at the top is read too.
//   html    title: og:title, JSON-LD headline, <h1>, <title> without the site's name; time:
//           article:published_time, itemprop/meta datePublished, JSON-LD NewsArticle
//           datePublished, pubdate/date metas, <time datetime>; body: the paragraphs (inside
//           <article> when there is one) without scripts, styles, nav, header, footer, aside, forms.
//   json    one object, an array, or {"articles"|"items"|"entries"|"data"|"results": [...]};
//   jsonl   one object per line. Fields: title|headline|name; text|body|content|articleBody|
//           article|description|summary (HTML allowed); published|date|pubDate|datePublished|
//           published_at|publishedAt|publish_date|pub_date|dct|created_at|time|timestamp (text or
//           seconds/milliseconds since 1970); url|link|href; source|publisher|site|feed.
//   rss     RSS 2.0 / RDF items: title, link|guid, content:encoded|description, pubDate|dc:date.
//   atom    entries: title, alternate link, content|summary, published|updated.
//   timeml  DCT (TIMEX3 value) and TEXT with its tags dropped, then read as text.
// Publication time: LoadOptions::dct_override, else the format's metadata, else a dateline near the
// top, else "" with published_from "unknown". Zone names become offsets (tz database).
// Cleaning removes whole lines only: a PHP var_dump trailer (its list becomes `related`), agency
// codes after the last paragraph, share/subscribe/advertisement lines. Text that came from markup
// or fields is stored as title, blank line, [dateline, blank line,] paragraphs separated by blank
// lines; plain text is stored as it was, junk lines removed and line ends made "\n".
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
// Refused with one error: more than max_bytes; binary (a NUL byte or mostly control bytes in the
// first KB, or UTF-16). Invalid UTF-8 is repaired to U+FFFD and each article says so in a warning.
LoadResult load_buffer(std::string_view bytes, const std::string& name, const LoadOptions& options);

// The files under each path (folders recursively, sorted, hidden files skipped), "-" kept as is.
// Inside folders, documentation files (README, LICENSE, ATTRIBUTION, ... with any extension) are
// skipped too; a path named explicitly is always kept. Missing paths become errors.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths, std::vector<LoadError>& errors);

}  // namespace chronicle::article
