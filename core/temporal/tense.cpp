#include "core/temporal/tense.h"

#include <unordered_map>

namespace chronicle::temporal {
namespace {

// Cue words, lower-case. Future: auxiliaries, modals and words of arrangement. Past: auxiliaries
// and common irregular past forms (regular ones are found by their "-ed").
const std::unordered_map<std::string_view, Tense>& cue_words() {
  static const std::unordered_map<std::string_view, Tense> kCues = [] {
    std::unordered_map<std::string_view, Tense> cues;
    for (std::string_view w : {"will", "shall", "ll", "wo", "scheduled", "expected", "expects", "plans", "planned",
                               "upcoming", "slated", "intends", "would", "tomorrow", "forecast", "might", "should"}) {
      cues[w] = Tense::kFuture;
    }
    for (std::string_view w : {"was", "were", "had", "did", "said", "ago", "rose", "fell", "came", "went", "began",
                               "took", "made", "won", "lost", "sold", "told", "gave", "left", "held", "met", "saw",
                               "fought", "led", "hit", "became", "last", "earlier", "previously"}) {
      cues[w] = Tense::kPast;
    }
    return cues;
  }();
  return kCues;
}

bool ends_clause(const Input& input, std::size_t i) {
  const std::string_view s = input.at(i);
  if (s == "." && i > 0 && i + 1 < input.tokens.size() && !input.tokens[i].space_before &&
      !input.tokens[i + 1].space_before && input.tokens[i + 1].kind == text::TokenKind::kNumber) {
    return false;  // a decimal point, "0.9%"
  }
  return s == "." || s == "!" || s == "?" || s == ";" || input.tokens[i].newline_before;
}

Tense cue_at(const Input& input, std::size_t i) {
  if (input.tokens[i].kind != text::TokenKind::kWord) return Tense::kNone;
  const std::string_view s = input.at(i);
  char buffer[16];
  const std::string_view word = lower_ascii(s, buffer, sizeof buffer);
  if (word.empty()) return Tense::kNone;
  // "may be signed": the modal, not the month (which the recognizer only takes capitalized).
  if (word == "may" && s[0] == 'm') return Tense::kFuture;
  // "to be held": an arrangement still ahead.
  if (word == "be" && i > 0 && input.is(i - 1, "to")) return Tense::kFuture;
  if ((word == "going" || word == "due" || word == "set") && input.is(i + 1, "to")) return Tense::kFuture;
  const auto found = cue_words().find(word);
  Tense tense = found == cue_words().end() ? Tense::kNone : found->second;
  if (tense == Tense::kNone && word.size() > 4 && word.substr(word.size() - 2) == "ed") tense = Tense::kPast;
  // "will be held", "to be signed": a participle after "be" says nothing about the tense.
  if (tense == Tense::kPast && i > 0 && (input.is(i - 1, "be") || input.is(i - 1, "being"))) return Tense::kNone;
  return tense;
}

}  // namespace

Tense tense_around(const Input& input, std::size_t first, std::size_t end) {
  constexpr std::size_t kWindow = 12;
  bool back_open = true;
  bool ahead_open = true;
  for (std::size_t distance = 1; distance <= kWindow && (back_open || ahead_open); ++distance) {
    if (back_open) {
      if (distance > first) {
        back_open = false;
      } else {
        const std::size_t k = first - distance;
        if (ends_clause(input, k) && input.at(k) != ";") {
          back_open = false;
        } else if (const Tense t = cue_at(input, k); t != Tense::kNone) {
          return t;
        } else if (input.tokens[k].newline_before) {
          back_open = false;
        }
      }
    }
    if (ahead_open) {
      const std::size_t k = end + distance - 1;
      if (k >= input.tokens.size() || ends_clause(input, k)) {
        ahead_open = false;
      } else if (const Tense t = cue_at(input, k); t != Tense::kNone) {
        return t;
      }
    }
  }
  return Tense::kNone;
}

}  // namespace chronicle::temporal
