// What the per-format loaders share. Internal to core/article. Each loader gets valid UTF-8 with
// '\n' line ends and appends its articles and errors to a LoadResult; loader.cpp then applies the
// options, records the format and computes every article's content hash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"

namespace chronicle::article::detail {

LoadError error_at(const std::string& name, std::string_view text, std::size_t offset, std::string message);
LoadError error_in(const std::string& name, std::string message);  // not about a position

// Sets `published`, `published_zone` and `published_from` when `value` is a date or time.
bool set_published(Article& article, std::string_view value, std::string from);

// Builds the stored text of an article whose parts came from markup or fields: the title, a blank
// line, the dateline when there is one, a blank line, then the paragraphs separated by blank lines.
// `body_begin` is the start of the first paragraph.
void compose_text(Article& article, const std::vector<std::string>& paragraphs,
                  std::string_view dateline = {});

// Splits body text into paragraphs at blank lines, each trimmed; empty ones dropped.
std::vector<std::string> split_paragraphs(std::string_view body);

// When the first paragraph is a dateline ("March 29, 2016") and the article has no publication
// time yet, takes the time from it and returns true (the caller then moves it out of the body).
// An inline agency dateline ("PARIS, April 15, 2019 (AFP) - ...") gives the time too, but the
// paragraph stays: false.
bool take_dateline(Article& article, const std::vector<std::string>& paragraphs);

// Paragraph texts of an HTML page or fragment: scripts, styles, navigation, forms and comments
// dropped, entities decoded, white space collapsed. Used by the HTML loader and for feed content.
std::vector<std::string> html_paragraphs(std::string_view html);

// True when the text looks like HTML markup rather than plain text.
bool looks_like_html(std::string_view text);

void load_plain_text(std::string_view text, const std::string& name, LoadResult& out);
void load_html(std::string_view text, const std::string& name, LoadResult& out);
void load_json(std::string_view text, const std::string& name, LoadResult& out);
void load_json_lines(std::string_view text, const std::string& name, LoadResult& out);
void load_feed(std::string_view text, const std::string& name, LoadResult& out);  // RSS 2.0 or Atom
void load_timeml(std::string_view text, const std::string& name, LoadResult& out);

}  // namespace chronicle::article::detail
