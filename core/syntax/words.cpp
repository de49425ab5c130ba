// split_words: a sentence cut into words as the UD English treebanks cut them.
#include <array>
#include <string>

#include "core/syntax/syntax.h"

namespace chronicle::syntax {
namespace {

using text::Span;

bool is_space(std::string_view s, std::size_t at, std::size_t& length) {
  const unsigned char c = static_cast<unsigned char>(s[at]);
  length = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c == 0xC2 && at + 1 < s.size() && static_cast<unsigned char>(s[at + 1]) == 0xA0) {  // no-break space
    length = 2;
    return true;
  }
  return false;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_letter(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return out;
}

// Words whose period belongs to them. Not a list of every abbreviation: the common ones in news.
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 52> kWords = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt",
      "capt", "gov", "sen", "rep", "rev", "prof", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "no", "mt", "ft", "ave", "blvd", "dept", "univ", "est",
      "approx", "fig", "vol", "pp", "cf", "al", "adm", "maj", "bros"};
  const std::string l = lower(word);
  for (const std::string_view w : kWords) {
    if (l == w) return true;
  }
  return false;
}

// Prefixes the treebanks keep joined to the rest of the word by a hyphen ("e-mail", "co-op").
bool keeps_hyphen(std::string_view before) {
  static constexpr std::array<std::string_view, 22> kPrefixes = {
      "e", "co", "re", "pre", "post", "non", "anti", "mid", "ex", "multi", "semi", "neo", "socio", "cross",
      "counter", "pro", "inter", "sub", "super", "ultra", "vice", "x"};
  const std::string l = lower(before);
  for (const std::string_view p : kPrefixes) {
    if (l == p) return true;
  }
  return false;
}

// The length of a closing quote or bracket at the start of `s`, counting the UTF-8 curly quotes
// and the ellipsis as one; 0 when `s` does not start with one.
std::size_t punctuation_length(std::string_view s) {
  if (s.empty()) return 0;
  for (const std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                      "\xE2\x80\xA6", "\xE2\x80\x94", "\xE2\x80\x93"}) {
    if (s.starts_with(mark)) return mark.size();
  }
  const char c = s.front();
  return std::string_view("\"'()[]{}<>,;:!?`*").find(c) != std::string_view::npos ? 1 : 0;
}

std::size_t punctuation_length_at_end(std::string_view s) {
  for (std::size_t n : {std::size_t{3}, std::size_t{1}}) {
    if (s.size() >= n && punctuation_length(s.substr(s.size() - n)) == n) return n;
  }
  return 0;
}

bool looks_like_address(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("www.") ||
         (word.find('@') != std::string_view::npos && word.find('.') != std::string_view::npos);
}

// The clitic at the end of a word: "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" (with ' or ’).
std::size_t clitic_length(std::string_view word) {
  const std::string l = lower(word);
  const std::string_view view = l;
  for (const std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    const std::size_t mark = view.rfind(apostrophe);
    if (mark == std::string_view::npos || mark == 0) continue;
    const std::string_view rest = view.substr(mark + apostrophe.size());
    for (const std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"}) {
      if (rest == clitic) return view.size() - mark;
    }
    if (rest == "t" && view[mark - 1] == 'n' && mark > 1) return view.size() - mark + 1;  // "n't"
    if (rest.empty() && view[mark - 1] == 's') return apostrophe.size();  // "workers'": plural possessive
  }
  return 0;
}

// The middle of a chunk (no outer punctuation left): clitics off the end, hyphens between letters.
void split_core(std::string_view s, std::size_t base, std::vector<Span>& out) {
  if (s.empty()) return;
  if (looks_like_address(s)) {
    out.push_back({base, base + s.size()});
    return;
  }
  const std::size_t clitic = clitic_length(s);
  const std::string_view stem = s.substr(0, s.size() - clitic);
  std::size_t start = 0;
  for (std::size_t i = 1; i + 1 < stem.size(); ++i) {
    if (stem[i] != '-' || !is_alnum(stem[i - 1]) || !is_alnum(stem[i + 1])) continue;
    if (start == 0 && keeps_hyphen(stem.substr(0, i))) continue;
    out.push_back({base + start, base + i});
    out.push_back({base + i, base + i + 1});
    start = i + 1;
  }
  if (start < stem.size()) out.push_back({base + start, base + stem.size()});
  if (clitic > 0) out.push_back({base + stem.size(), base + s.size()});
}

// A period at the end of `word` is the word's own: an abbreviation, an initial, "U.S.", "p.m.".
bool keeps_final_period(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  const std::string_view body = word.substr(0, word.size() - 1);
  if (body.size() == 1 && is_letter(body[0])) return true;
  if (body.find('.') != std::string_view::npos) {
    for (const char c : body) {
      if (!is_letter(c) && c != '.') return false;
    }
    return true;
  }
  return is_abbreviation(body);
}

void split_chunk(std::string_view chunk, std::size_t base, std::vector<Span>& out) {
  std::size_t begin = 0, end = chunk.size();
  while (begin < end) {
    const std::size_t n = punctuation_length(chunk.substr(begin, end - begin));
    if (n == 0 || looks_like_address(chunk.substr(begin, end - begin))) break;
    out.push_back({base + begin, base + begin + n});
    begin += n;
  }
  if (begin < end && (chunk[begin] == '$' || chunk[begin] == '#') && end - begin > 1) {
    out.push_back({base + begin, base + begin + 1});
    ++begin;
  }
  std::vector<Span> closing;  // peeled from the end, in reverse
  while (end > begin) {
    const std::string_view rest = chunk.substr(begin, end - begin);
    std::size_t n = punctuation_length_at_end(rest);
    if (n == 0 && rest.back() == '.') {
      std::size_t dots = 0;
      while (dots < rest.size() && rest[rest.size() - 1 - dots] == '.') ++dots;
      if (dots == 1 && keeps_final_period(rest)) break;
      n = dots;
    }
    if (n == 0 || (n == 1 && rest.back() == '\'' && clitic_length(rest) > 0)) break;
    closing.push_back({base + end - n, base + end});
    end -= n;
  }
  split_core(chunk.substr(begin, end - begin), base + begin, out);
  out.insert(out.end(), closing.rbegin(), closing.rend());
}

}  // namespace

std::vector<Span> split_words(std::string_view sentence) {
  std::vector<Span> words;
  std::size_t at = 0;
  while (at < sentence.size()) {
    std::size_t length = 0;
    if (is_space(sentence, at, length)) {
      at += length;
      continue;
    }
    std::size_t end = at;
    while (end < sentence.size() && !is_space(sentence, end, length)) ++end;
    split_chunk(sentence.substr(at, end - at), at, words);
    at = end;
  }
  return words;
}

}  // namespace chronicle::syntax
