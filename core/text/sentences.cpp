#include <algorithm>
#include <array>
#include <cctype>

#include "core/text/text.h"

namespace chronicle::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Words that end in a period without ending the sentence (compared lower-case, without the period).
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "sr",   "jr",   "st",   "gen",  "col",   "lt",
    "sgt",  "capt", "cmdr", "adm",  "maj",  "gov",  "sen",  "rep",  "rev",  "pres",  "inc",
    "corp", "co",   "ltd",  "no",   "vs",   "etc",  "jan",  "feb",  "mar",  "apr",   "aug",
    "sept", "sep",  "oct",  "nov",  "dec",  "mt",   "ft",   "approx", "dept", "est", "fig"};

std::string lower(std::string_view word) {
  std::string out(word);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The word just before position `dot` (letters and inner periods, as in "U.S").
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && dot - start < 32 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) {
    --start;
  }
  return text.substr(start, dot - start);
}

// True when the '.' at `dot` belongs to an abbreviation, an initial or a number.
bool period_is_not_final(std::string_view text, std::size_t dot) {
  if (dot > 0 && dot + 1 < text.size() && is_digit(text[dot - 1]) && is_digit(text[dot + 1])) return true;
  const std::string_view word = word_before(text, dot);
  if (word.empty()) return false;
  if (word.size() == 1 && is_upper(word[0])) return true;                 // "J. Smith"
  if (word.find('.') != std::string_view::npos) return true;             // "U.S.", "a.m."
  const std::string lowered = lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lowered) != kAbbreviations.end();
}

bool is_closing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// UTF-8 right quotes (U+2019, U+201D) that may close a sentence after its period.
std::size_t closing_quote_length(std::string_view text, std::size_t i) {
  if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' && (text[i + 2] == '\x9D' || text[i + 2] == '\x99')) return 3;
  return 0;
}

// Does a new sentence plausibly begin at `i` (after white space)?
bool starts_sentence(std::string_view text, std::size_t i) {
  if (i >= text.size()) return true;
  const char c = text[i];
  return is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Span> sentences;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (e > b) sentences.push_back({b, e});
    start = end;
  };

  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      std::size_t next = i + 1;
      while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
      const bool blank_line_follows = next < text.size() && text[next] == '\n';
      // A short line without closing punctuation (a title, a dateline) stands alone.
      std::size_t line_end = i;
      while (line_end > line_start && is_space(text[line_end - 1])) --line_end;
      const char last = line_end > line_start ? text[line_end - 1] : '\0';
      const bool short_line = line_end - line_start <= 100 && last != ',' && last != ';' && last != ':' && last != '-';
      if (blank_line_follows || next >= text.size() || (short_line && starts_sentence(text, next))) emit(i);
      line_start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    if (c == '.' && period_is_not_final(text, i)) continue;
    std::size_t end = i + 1;
    while (end < text.size()) {
      if (is_closing(text[end]) || text[end] == c) {
        ++end;
      } else if (const std::size_t quote = closing_quote_length(text, end)) {
        end += quote;
      } else {
        break;
      }
    }
    if (end < text.size() && !is_space(text[end])) continue;  // "3.5", "Yahoo!Inc"
    std::size_t next = end;
    while (next < text.size() && is_space(text[next])) ++next;
    if (!starts_sentence(text, next)) continue;
    emit(end);
    i = end - 1;
  }
  emit(text.size());
  return sentences;
}

}  // namespace chronicle::text
