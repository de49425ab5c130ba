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
                                          "previously", "brought", "bought", "thought", "sought", "caught", "taught",
                                          "built", "sent", "spent", "felt", "kept", "paid", "ran", "struck", "got",
                                          "grew", "knew", "drew", "threw", "wrote", "spoke", "stood", "chose", "broke",
                                          "drove", "flew", "forgot", "froze", "hid", "shook", "stole", "swore", "wore",
                                          "sank", "rang", "shot", "fled", "found", "heard", "laid", "stuck", "slept",
                                          "lent", "meant", "dealt", "died", "formerly"};
// Words that cue only in context (see cue_at).
constexpr std::string_view kContextWords[] = {"may", "be", "going", "due", "set", "is", "are"};

// Words right before an expression that make it an end point or a deadline still ahead: "extended
// until Nov. 20", "closed through Friday", "payable Dec. 1", "effective Feb. 1", "postponed to May".
constexpr std::string_view kEndpointWords[] = {"until", "till", "by", "payable", "effective", "expire", "expires"};
constexpr std::string_view kMovedAheadWords[] = {"extended", "postponed", "delayed", "deferred", "adjourned",
                                                 "rescheduled", "moved", "pushed", "put"};

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
  // "is to resume trading Tuesday": an arrangement ahead.
  if (word == "is" || word == "are") {
    return input.is(i + 1, "to") && i + 2 < input.tokens.size() && input.tokens[i + 2].kind == text::TokenKind::kWord
               ? Tense::kFuture
               : Tense::kNone;
  }
  if (word == "due" || word == "set") return arranged_ahead(input, i) ? Tense::kFuture : Tense::kNone;
  Tense tense = static_cast<Tense>(trigger.tense);
  // A regular past form: "-ed" in any case (a word token is ASCII letters, so OR 0x20 lowers it).
  if (tense == Tense::kNone && s.size() > 4 && (s[s.size() - 2] | 0x20) == 'e' && (s.back() | 0x20) == 'd') {
    tense = Tense::kPast;
  }
  // "will be held", "to be signed": a participle after "be" says nothing about the tense; nor does
  // one used as an adjective ("the preferred shares", "its planned merger").
  static constexpr std::string_view kBeforeAdjective[] = {"be", "being", "the", "a", "an", "its", "their", "his",
                                                          "her", "our", "this", "that", "these", "those"};
  if (tense == Tense::kPast && i > 0) {
    for (std::string_view w : kBeforeAdjective) {
      if (input.is(i - 1, w)) return Tense::kNone;
    }
  }
  return tense;
}

// True when the words right before token `first` make the expression an end point ahead
// ("until Friday", "extended to Nov. 20"); "on", "in" or "at" may come between.
bool endpoint_ahead(const Input& input, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && (input.is(k - 1, "on") || input.is(k - 1, "in") || input.is(k - 1, "at"))) --k;
  if (k == 0) return false;
  for (std::string_view w : kEndpointWords) {
    if (input.is(k - 1, w)) return true;
  }
  if ((input.is(k - 1, "to") || input.is(k - 1, "until") || input.is(k - 1, "for")) && k >= 2) {
    for (std::string_view w : kMovedAheadWords) {
      if (input.is(k - 2, w)) return true;
    }
    // "postponed back to", "pushed back until"
    if (k >= 3 && (input.is(k - 2, "back") || input.is(k - 2, "off") || input.is(k - 2, "over"))) {
      for (std::string_view w : kMovedAheadWords) {
        if (input.is(k - 3, w)) return true;
      }
    }
  }
  return false;
}

}  // namespace

// Verbs of saying: their past tense dates the report, not always what is reported.
bool reporting_verb(const Input& input, std::size_t i) {
  static constexpr std::string_view kReporting[] = {"said", "declared", "announced", "told", "reported", "added",
                                                    "noted", "disclosed", "stated", "confirmed", "agreed", "voted",
                                                    "approved", "asked", "urged"};
  for (std::string_view w : kReporting) {
    if (input.is(i, w)) return true;
  }
  return false;
}

Tense tense_around(const Input& input, std::size_t first, std::size_t end, bool* reported) {
  if (reported) *reported = false;
  const auto found = [&](std::size_t k, Tense t) {
    if (reported && t == Tense::kPast) *reported = reporting_verb(input, k);
    return t;
  };
  constexpr std::size_t kWindow = 12;
  if (endpoint_ahead(input, first)) return Tense::kFuture;
  // "through Oct. 19": up to a day that may be behind ("this year through August") or ahead ("a
  // program to run through June"); the nearest one, whatever the verb's tense.
  if (first > 0 && (input.is(first - 1, "through") || input.is(first - 1, "thru"))) return Tense::kNone;
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
          return found(k, t);
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
        return found(k, t);
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
