#include "core/temporal/tense.h"

namespace chronicle::temporal {
namespace {

// Cue words, lower-case. Future: auxiliaries, modals and words of arrangement. Past: auxiliaries
// and common irregular past forms (regular ones are found by their "-ed").
constexpr std::string_view kFutureCues[] = {"will", "shall", "ll", "wo", "scheduled", "expected", "expects", "plans",
                                            "planned", "upcoming", "slated", "intends", "would", "tomorrow",
                                            "forecast", "might", "should"};
constexpr std::string_view kPastCues[] = {"was", "were", "had", "did", "said", "ago", "rose", "fell", "came", "went",
                                          "began", "took", "made", "won", "lost", "sold", "told", "gave", "left",
                                          "held", "met", "saw", "fought", "led", "hit", "became", "last", "earlier",
                                          "previously"};
// Words that cue only in context (see cue_at).
constexpr std::string_view kContextWords[] = {"may", "be", "going", "due", "set"};

bool ends_clause(const Input& input, std::size_t i) {
  if (input.tokens[i].newline_before) return true;
  if (input.tokens[i].kind != text::TokenKind::kPunct) return false;
  const std::string_view s = input.at(i);
  if (s == "." && i > 0 && i + 1 < input.tokens.size() && !input.tokens[i].space_before &&
      !input.tokens[i + 1].space_before && input.tokens[i + 1].kind == text::TokenKind::kNumber) {
    return false;  // a decimal point, "0.9%"
  }
  return s == "." || s == "!" || s == "?" || s == ";";
}

// "due to report", "set to open", "set for March 15", "due on Tuesday", "due back next week": an
// arrangement still ahead. "due to the storm" and "due to its size" give a cause, not a time.
bool arranged_ahead(const Input& input, std::size_t i) {
  static constexpr std::string_view kCauseWords[] = {"the", "a", "an", "his", "her", "its", "their", "our",
                                                     "this", "that", "these", "those", "high", "low",
                                                     "bad", "poor", "heavy", "lack", "concerns"};
  if (input.is(i + 1, "to")) {
    for (std::string_view cause : kCauseWords) {
      if (input.is(i + 2, cause)) return false;
    }
    return i + 2 < input.tokens.size() && input.tokens[i + 2].kind == text::TokenKind::kWord;
  }
  if (input.is(i, "set")) return input.is(i + 1, "for");
  static constexpr std::string_view kWhen[] = {"on", "in", "by", "for", "out", "back", "next", "this"};
  for (std::string_view when : kWhen) {
    if (input.is(i + 1, when)) return true;
  }
  return false;
}

Tense cue_at(const Input& input, std::size_t i) {
  if (input.tokens[i].kind != text::TokenKind::kWord) return Tense::kNone;
  const std::string_view s = input.at(i);
  if (s.size() > 16) return Tense::kNone;  // words past 16 letters are not read as cues
  // The trigger entry has the word lower-cased and its own tense (triggers.h).
  const Trigger& trigger = *input.triggers[i];
  const std::string_view word = trigger.key;
  // "may be signed": the modal, not the month (which the recognizer only takes capitalized).
  if (word == "may" && s[0] == 'm') return Tense::kFuture;
  // "to be held": an arrangement still ahead.
  if (word == "be" && i > 0 && input.is(i - 1, "to")) return Tense::kFuture;
  if (word == "going" && input.is(i + 1, "to")) return Tense::kFuture;
  if (word == "due" || word == "set") return arranged_ahead(input, i) ? Tense::kFuture : Tense::kNone;
  Tense tense = static_cast<Tense>(trigger.tense);
  // A regular past form: "-ed" in any case (a word token is ASCII letters, so OR 0x20 lowers it).
  if (tense == Tense::kNone && s.size() > 4 && (s[s.size() - 2] | 0x20) == 'e' && (s.back() | 0x20) == 'd') {
    tense = Tense::kPast;
  }
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

std::vector<std::pair<std::string_view, Tense>> tense_cue_words() {
  std::vector<std::pair<std::string_view, Tense>> words;
  for (std::string_view w : kFutureCues) words.emplace_back(w, Tense::kFuture);
  for (std::string_view w : kPastCues) words.emplace_back(w, Tense::kPast);
  for (std::string_view w : kContextWords) words.emplace_back(w, Tense::kNone);
  return words;
}

}  // namespace chronicle::temporal
