// Words and punctuation of a piece of article text, with byte offsets into that text. The event
// extractor reads clauses and names from these tokens; it never re-scans the bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::events {

struct Token {
  std::size_t begin = 0;  // byte offsets into the text given to tokenize()
  std::size_t end = 0;
  std::string_view text;  // the token as written, without a possessive "'s"
  std::string_view lower;  // `text` in ASCII lower case: a view into the `lowered` given to tokenize()
  bool is_word = false;   // letters, digits, inner hyphens and apostrophes
  bool possessive = false;  // the word was written with "'s" or "’s" ("Sunday's"): `end` covers it
  bool quote = false;       // a straight or curly quotation mark
  char punct = 0;           // for punctuation: ',', ';', ':', '.', '!', '?', '(', ')', '-' (dashes), '/'
  bool in_timex = false;    // set by the caller for tokens inside a temporal expression
  bool in_duration = false; // ... and for those of a duration ("six months"), which stay in headlines
  bool sentence_start = false;  // set by the caller for the first token of a sentence

  std::uint32_t classes = 0;    // lexicon::WordClass bits of `lower`, for words
  bool is(std::uint32_t word_class) const { return (classes & word_class) != 0; }
  bool capitalized() const;   // first letter upper case ("Palmyra", "ISIS", "Élysée")
  bool all_caps() const;      // two or more letters, all upper case ("ISIS", "IRNA")
};

std::string ascii_lower(std::string_view word);

// The tokens of text[begin, end). `lowered` is ascii_lower(text), kept alive by the caller as
// long as the tokens (their `lower` views point into it): one copy of the text instead of one
// string per token. Linear in the span; bytes that are neither words nor known punctuation are
// skipped.
std::vector<Token> tokenize(std::string_view text, std::string_view lowered, std::size_t begin, std::size_t end);

}  // namespace chronicle::events
