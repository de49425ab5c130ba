// The part-of-speech tagger, and the word atoms every model reads.
#include <algorithm>
#include <string>

#include "core/syntax/models.h"

namespace chronicle::syntax::detail {
namespace {

char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

// "McDonald's" -> "XxXx'x", "7,114.3" -> "d,d.d": classes with runs collapsed, at most 12 of them.
std::string shape_of(std::string_view word) {
  std::string shape;
  for (const char c : word) {
    const char cls = shape_class(static_cast<unsigned char>(c));
    if (shape.empty() || shape.back() != cls) shape += cls;
    if (shape.size() == 12) break;
  }
  return shape;
}

// A prefix or suffix of n bytes, or the whole word when shorter; a distinct hash per length.
std::uint64_t affix(std::string_view lower, std::size_t n, bool suffix) {
  const std::string_view part = lower.size() <= n ? lower : suffix ? lower.substr(lower.size() - n) : lower.substr(0, n);
  return combine(hash_bytes(part), n * 2 + suffix);
}

// Calendar words: what they date is what the events need most of the parser, and sharing one class
// lets what is learned of "on Tuesday" serve "on Friday" and "in May".
bool is_calendar_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
      "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "tonight", "week", "weekend",
      "month", "year", "day", "night", "morning", "afternoon", "evening", "decade", "century", "quarter",
      "weeks", "months", "years", "days", "nights", "hours", "hour", "minutes", "summer", "winter", "spring",
      "autumn"};
  for (const std::string_view word : kWords) {
    if (lower == word) return true;
  }
  const bool year = lower.size() == 4 && std::all_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; });
  return year && (lower[0] == '1' || (lower[0] == '2' && lower[1] == '0'));
}

enum TaggerTemplate : std::uint32_t {
  kBias = 1, kForm, kLower, kShape, kPrefix1, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3, kSuffix4,
  kPrevTag, kPrevTwoTags, kPrevTagWord, kPrevWord, kPrevSuffix, kPrevShape, kBeforePrevWord, kNextWord,
  kNextSuffix, kNextShape, kAfterNextWord, kWordNextWord, kPrevWordWord, kFirstShape, kPrevTagNextWord,
  kNextTwoWords,
};

}  // namespace

std::vector<WordAtoms> atoms_of(const std::vector<std::string_view>& words) {
  std::vector<WordAtoms> atoms(words.size());
  std::string lower;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    lower.assign(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    WordAtoms& a = atoms[i];
    a.form = hash_bytes(word);
    a.lower = hash_bytes(lower);
    a.shape = hash_bytes(shape_of(word));
    a.prefix1 = affix(lower, 1, false);
    a.prefix2 = affix(lower, 2, false);
    a.prefix3 = affix(lower, 3, false);
    a.suffix1 = affix(lower, 1, true);
    a.suffix2 = affix(lower, 2, true);
    a.suffix3 = affix(lower, 3, true);
    a.suffix4 = affix(lower, 4, true);
    a.word_class = is_calendar_word(lower) ? kTimeClass : a.lower;
    a.capitalized = !word.empty() && word.front() >= 'A' && word.front() <= 'Z';
  }
  return atoms;
}

std::size_t tagger_features(const std::vector<WordAtoms>& words, std::size_t i, int previous, int before_previous,
                            std::uint64_t* out) {
  const WordAtoms& w = words[i];
  const auto at = [&](std::ptrdiff_t offset) -> const WordAtoms* {
    const std::ptrdiff_t p = static_cast<std::ptrdiff_t>(i) + offset;
    return p < 0 || p >= static_cast<std::ptrdiff_t>(words.size()) ? nullptr : &words[p];
  };
  const auto lower = [&](std::ptrdiff_t offset) { const WordAtoms* a = at(offset); return a ? a->lower : kNone; };
  const auto suffix = [&](std::ptrdiff_t offset) { const WordAtoms* a = at(offset); return a ? a->suffix3 : kNone; };
  const auto shape = [&](std::ptrdiff_t offset) { const WordAtoms* a = at(offset); return a ? a->shape : kNone; };
  const std::uint64_t prev = static_cast<std::uint64_t>(previous + 1);
  const std::uint64_t before = static_cast<std::uint64_t>(before_previous + 1);
  std::size_t n = 0;
  out[n++] = feature(kBias, 0);
  out[n++] = feature(kForm, w.form);
  out[n++] = feature(kLower, w.lower);
  out[n++] = feature(kShape, w.shape);
  out[n++] = feature(kPrefix1, w.prefix1);
  out[n++] = feature(kPrefix2, w.prefix2);
  out[n++] = feature(kPrefix3, w.prefix3);
  out[n++] = feature(kSuffix1, w.suffix1);
  out[n++] = feature(kSuffix2, w.suffix2);
  out[n++] = feature(kSuffix3, w.suffix3);
  out[n++] = feature(kSuffix4, w.suffix4);
  out[n++] = feature(kPrevTag, prev);
  out[n++] = feature(kPrevTwoTags, prev, before);
  out[n++] = feature(kPrevTagWord, prev, w.lower);
  out[n++] = feature(kPrevWord, lower(-1));
  out[n++] = feature(kPrevSuffix, suffix(-1));
  out[n++] = feature(kPrevShape, shape(-1));
  out[n++] = feature(kBeforePrevWord, lower(-2));
  out[n++] = feature(kNextWord, lower(1));
  out[n++] = feature(kNextSuffix, suffix(1));
  out[n++] = feature(kNextShape, shape(1));
  out[n++] = feature(kAfterNextWord, lower(2));
  out[n++] = feature(kWordNextWord, w.lower, lower(1));
  out[n++] = feature(kPrevWordWord, lower(-1), w.lower);
  out[n++] = feature(kFirstShape, i == 0, w.shape);
  out[n++] = feature(kPrevTagNextWord, prev, lower(1));
  out[n++] = feature(kNextTwoWords, lower(1), lower(2));
  return n;
}

std::vector<int> tag(const Scorer& scorer, const std::vector<WordAtoms>& words, int tags) {
  std::vector<int> result(words.size(), 0);
  std::uint64_t keys[kMaxTaggerFeatures];
  std::vector<float> scores(tags);
  int previous = -1;
  int before_previous = -1;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t n = tagger_features(words, i, previous, before_previous, keys);
    std::fill(scores.begin(), scores.end(), 0.0F);
    scorer.add_scores(keys, n, scores.data());
    const int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    result[i] = best;
    before_previous = previous;
    previous = best;
  }
  return result;
}

}  // namespace chronicle::syntax::detail
