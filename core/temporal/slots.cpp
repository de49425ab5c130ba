#include "core/temporal/slots.h"

#include <string_view>
#include <utility>

namespace chronicle::temporal {

using text::TokenKind;

bool is_punct(const Input& in, std::size_t i, char c) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kPunct && in.text[in.tokens[i].begin] == c;
}

// Any lower-case word the lexicon does not know, as in "two bloody weeks" (the rule around it
// decides whether that reads as a duration).
std::size_t match_adjective(const Input& in, std::size_t i) {
  if (in.tokens[i].kind != TokenKind::kWord || in.word(i) != nullptr) return 0;
  const std::string_view s = in.at(i);
  if (s.size() < 3 || s[0] < 'a' || s[0] > 'z') return 0;
  for (std::string_view w : words::kNotAdjectives) {
    if (s == w) return 0;
  }
  return 1;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Value of an all-digit token of at most 9 digits, or -1.
long digits_value(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  long v = 0;
  for (char c : s) {
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool is_number(const Input& in, std::size_t i) { return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kNumber; }

// "1914-1918", "6-7 January", "499-493 BC": two years or two days joined by a hyphen, each a
// date field of its own. Both sides have up to two digits (days) or the same count of 3 or 4.
bool range_side(const Input& in, std::size_t first, std::size_t second) {
  if (!is_number(in, first) || !is_number(in, second)) return false;
  const std::size_t a = in.at(first).size(), b = in.at(second).size();
  if (!((a <= 2 && b <= 2 && digits_value(in.at(first)) < digits_value(in.at(second))) || (a == b && a >= 3 && a <= 4))) {
    return false;  // days run forward: "2-1" is a score
  }
  return in.glued(first + 1) && in.glued(second) &&
         !(first > 0 && in.glued(first) && in.tokens[first - 1].kind != TokenKind::kPunct) &&
         !(second + 1 < in.tokens.size() && in.glued(second + 1) && is_punct(in, second + 1, '-'));
}

// A number that is part of something else (an amount, a decimal, an identifier, a path, code).
bool number_is_embedded(const Input& in, std::size_t i) {
  const std::size_t n = in.tokens.size();
  if (i > 0 && in.glued(i)) {
    const std::size_t p = i - 1;
    if (in.tokens[p].kind == TokenKind::kNumber || in.tokens[p].kind == TokenKind::kMixed ||
        in.tokens[p].kind == TokenKind::kWord) return true;
    for (char c : std::string_view("$#@_/\\=+&")) {
      if (is_punct(in, p, c)) return true;
    }
    if (is_punct(in, p, '-') && p > 0 && range_side(in, p - 1, i)) return false;
    for (char c : std::string_view(".,:-")) {
      if (is_punct(in, p, c) && p > 0 && in.glued(p) && in.tokens[p - 1].kind != TokenKind::kWord) return true;
    }
    if (is_punct(in, p, '(') && p > 0 && in.glued(p)) return true;  // "string(1938)"
  }
  if (i + 1 < n && in.glued(i + 1)) {
    const std::size_t q = i + 1;
    // A word glued to a number is a heading whose line break was lost ("1936Coup"): the tokenizer
    // splits a digit run from letters only there, so the number stands alone.
    const bool lost_line_break = in.tokens[i].kind == TokenKind::kNumber && in.tokens[q].kind == TokenKind::kWord;
    if (in.tokens[q].kind != TokenKind::kPunct && in.tokens[q].kind != TokenKind::kOther && !lost_line_break) return true;
    for (char c : std::string_view("%_/\\=@")) {
      if (is_punct(in, q, c)) return true;
    }
    if (is_punct(in, q, '-') && range_side(in, i, q + 1)) return false;
    for (char c : std::string_view(".,:-")) {
      if (is_punct(in, q, c) && q + 1 < n && in.glued(q + 1) && in.tokens[q + 1].kind == TokenKind::kNumber) return true;
    }
  }
  return false;
}

// Ordinal suffixes: "1st", "22nd", "3rd", "29th" -> the number, else 0.
int ordinal_value(std::string_view s) {
  if (s.size() < 3 || s.size() > 4) return 0;
  char buffer[4];
  const std::string_view suffix = lower_ascii(s.substr(s.size() - 2), buffer, sizeof buffer);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  const long v = digits_value(s.substr(0, s.size() - 2));
  return v > 0 && v < 100 ? static_cast<int>(v) : 0;
}

// Words before an ambiguous month name ("may", "march") that make it a month.
bool cues_month(const Input& in, std::size_t i) {
  if (i == 0) return false;
  if (is_number(in, i - 1) && in.at(i - 1).size() <= 2) return true;  // "2 May, 1777"
  for (std::string_view cue : words::kMonthCues) {
    if (in.is(i - 1, cue)) return true;
  }
  return false;
}

bool is_season_word(const Input& in, std::size_t i) {
  const Word* w = in.word(i);
  return w && w->season != Season::kNone;
}

// Words before a bare season word that make it a season ("in spring", not "prices fall"), or
// another season joined to it ("the fall and winter", "summer and autumn 1918").
bool cues_season(const Input& in, std::size_t i) {
  if (i == 0) return false;
  for (std::string_view cue : words::kSeasonCues) {
    if (in.is(i - 1, cue)) return true;
  }
  // A part of the season before "of": "the middle of summer", "the depths of winter" ("of spring"
  // and "of fall" are mostly water and drops, "a sign of winter" no date).
  if (i >= 2 && in.is(i - 1, "of") && !in.is(i, "spring") && !in.is(i, "fall")) {
    for (std::string_view part : words::kSeasonParts) {
      if (in.is(i - 2, part)) return true;
    }
  }
  const auto joins = [&](std::size_t k) { return in.is(k, "and") || in.is(k, "or"); };
  return (i >= 2 && joins(i - 1) && is_season_word(in, i - 2)) || (joins(i + 1) && is_season_word(in, i + 2));
}

std::size_t match_year(const Input& in, std::size_t i, Slots& slots);

// A word or dash joining two dates: "April and June", "5-9", "summer to autumn".
bool joins_dates(const Input& in, std::size_t k) {
  for (std::string_view join : words::kDateJoins) {
    if (in.is(k, join)) return true;
  }
  return false;
}

// The year written after the second of two joined dates, which the first shares ("April and June
// 1955", "March 5-9, 1918", "the spring and early summer of 1943"); `after_second` is the token
// after the second date. -1 when none.
int shared_year(const Input& in, std::size_t after_second) {
  std::size_t k = is_punct(in, after_second, ',') ? after_second + 1 : after_second;
  if (in.is(k, "of")) ++k;
  Slots year;
  return k < in.tokens.size() && match_year(in, k, year) > 0 ? year.year : -1;
}

std::size_t match_month(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->month == 0) return 0;
  const std::string_view s = in.at(i);
  const bool next_is_number = is_number(in, i + 1) || (i + 1 < in.tokens.size() && ordinal_value(in.at(i + 1)) > 0);
  // "the 2nd of march", "15 May", "first of may": a day right before (with "of" between or not).
  const std::size_t before = i > 0 && in.is(i - 1, "of") ? i - 1 : i;
  const bool day_before = before > 0 && ((is_number(in, before - 1) && in.at(before - 1).size() <= 2) ||
                                         ordinal_value(in.at(before - 1)) > 0 ||
                                         (in.word(before - 1) && in.word(before - 1)->ordinal > 0));
  if (w->month_abbreviation) {
    if (!is_upper(s[0]) && !day_before) return 0;
    // "Oct. 3", "Oct 3", "31-Oct-1974", "09/JAN/2017"
    const bool between_separators = in.glued(i) && in.glued(i + 1) && i > 0 &&
                                    (is_punct(in, i - 1, '-') || is_punct(in, i - 1, '/')) &&
                                    (is_punct(in, i + 1, '-') || is_punct(in, i + 1, '/'));
    if (!(in.glued(i + 1) && is_punct(in, i + 1, '.')) && !next_is_number && !between_separators) return 0;
  } else if (w->month == 5 || w->month == 3) {
    // "may" and "march" are mostly verbs: only as a capitalized name in a date-like context, or
    // right after a day ("the 2nd of march").
    if (!day_before && (!is_upper(s[0]) || !(next_is_number || cues_month(in, i)))) return 0;
  }
  slots.month = w->month;
  if (const Word* second = in.word(i + 2); second && second->month && joins_dates(in, i + 1)) {
    const std::size_t after = is_number(in, i + 3) && in.at(i + 3).size() <= 2 ? i + 4 : i + 3;
    if (const int year = shared_year(in, after); year >= 0) slots.year = year;
  }
  return 1;
}

std::size_t match_day(const Input& in, std::size_t i, Slots& slots) {
  const std::string_view s = in.at(i);
  int day = 0;
  if (in.tokens[i].kind == TokenKind::kNumber) {
    if (s.size() > 2 || number_is_embedded(in, i)) return 0;
    day = static_cast<int>(digits_value(s));
  } else if (in.tokens[i].kind == TokenKind::kMixed) {
    day = ordinal_value(s);
  } else if (const Word* w = in.word(i)) {
    day = w->ordinal;
    // "twenty-first", "thirty first"
    if ((w->number == 20 || w->number == 30) && day == 0) {
      const std::size_t k = is_punct(in, i + 1, '-') && in.glued(i + 1) ? i + 2 : i + 1;
      if (const Word* units = in.word(k); units && units->ordinal >= 1 && units->ordinal <= 9) {
        day = w->number + units->ordinal;
        if (day > 31) return 0;
        slots.day = day;
        return k + 1 - i;
      }
    }
  }
  if (day < 1 || day > 31) return 0;
  slots.day = day;
  if (is_number(in, i + 2) && in.at(i + 2).size() <= 2 && is_number(in, i) && joins_dates(in, i + 1)) {
    if (const int year = shared_year(in, i + 3); year >= 0) slots.year = year;
  }
  return 1;
}

// Words that make the number after them a label, not a year: "Room 1938", "Resolution 2016".
bool labels_number(const Input& in, std::size_t i) {
  if (i == 0 || in.tokens[i - 1].kind != TokenKind::kWord || !in.tokens[i].space_before) return false;
  char buffer[16];
  const std::string_view word = lower_ascii(in.at(i - 1), buffer, sizeof buffer);
  for (std::string_view label : words::kNumberLabels) {
    if (word == label) return true;
  }
  return false;
}

// A number named by the word after it: "the Russell 2000 index".
bool names_index(const Input& in, std::size_t i) { return in.is(i + 1, "index"); }

// A count, not a year: "won 2016 votes", "was 2015 degrees", "about 1500 soldiers". The number
// follows a word that does not introduce a date and comes before a plural noun the
// lexicon does not know; "in 2015 sales rose", "the 2016 elections" and "2015 saw" stay years.
bool counts_things(const Input& in, std::size_t i) {
  if (i == 0 || i + 1 >= in.tokens.size() || in.tokens[i - 1].kind != TokenKind::kWord) return false;
  // "October 1789 crowds", "Christmas 2015 sales": a calendar word before it makes it a year.
  if ((in.triggers[i - 1]->bits & (kTriggerLexicon | kTriggerRule)) != 0) return false;
  const std::string_view next = in.at(i + 1);
  if (in.tokens[i + 1].kind != TokenKind::kWord || next.size() < 4 || next.back() != 's' || next[0] < 'a' ||
      next[0] > 'z' || in.word(i + 1) != nullptr) {
    return false;
  }
  for (std::string_view cue : words::kYearCues) {
    if (in.is(i - 1, cue)) return false;
  }
  return true;
}

// A year in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen eighty",
// "two thousand eight", "the year two thousand". The tokens taken, or 0.
std::size_t match_year_in_words(const Input& in, std::size_t i, Slots& slots) {
  const Word* first = in.word(i);
  if (!first) return 0;
  // The tens and units after a century: "ninety-six", "ninety six", "eighty".
  const auto tail = [&](std::size_t k, int& value) -> std::size_t {
    const Word* tens = in.word(k);
    if (!tens || tens->number < 10 || tens->number > 90 || (tens->number >= 20 && tens->number % 10 != 0)) return 0;
    value = tens->number;
    if (tens->number >= 20) {
      std::size_t m = is_punct(in, k + 1, '-') && in.glued(k + 1) ? k + 2 : k + 1;
      if (const Word* units = in.word(m); units && units->number >= 1 && units->number <= 9) {
        value += units->number;
        return m + 1 - k;
      }
    }
    return 1;
  };
  if (first->number >= 11 && first->number <= 19) {  // "nineteen ninety-six"
    int rest = 0;
    const std::size_t used = tail(i + 1, rest);
    if (used == 0) return 0;
    slots.year = first->number * 100 + rest;
    return 1 + used;
  }
  if (first->number == 2 && in.is(i + 1, "thousand")) {  // "two thousand eight", "the year two thousand"
    std::size_t k = i + 2;
    if (in.is(k, "and")) ++k;
    int rest = 0;
    if (const Word* units = in.word(k); units && units->number >= 1 && units->number <= 9 && !in.is(k, "one")) {
      rest = units->number;
      ++k;
    } else if (const std::size_t used = tail(k, rest); used > 0) {
      k += used;
    } else if (!(i > 0 && in.is(i - 1, "year"))) {
      return 0;  // "two thousand people"
    } else {
      k = i + 2;
    }
    // "two thousand years" counts years.
    if (const Word* after = in.word(k); after && after->unit != Unit::kNone) return 0;
    slots.year = 2000 + rest;
    return k - i;
  }
  return 0;
}

std::size_t match_year(const Input& in, std::size_t i, Slots& slots) {
  if (in.tokens[i].kind == TokenKind::kWord) return match_year_in_words(in, i, slots);
  if (!is_number(in, i)) return 0;
  const std::string_view s = in.at(i);
  if (s.size() != 4 || number_is_embedded(in, i) || labels_number(in, i) || names_index(in, i) ||
      counts_things(in, i)) {
    return 0;
  }
  const long v = digits_value(s);
  if (v < 1000 || v > 2199) return 0;
  slots.year = static_cast<int>(v);
  return 1;
}

// "'82" right after its apostrophe; the resolver picks the century.
std::size_t match_short_year(const Input& in, std::size_t i, Slots& slots) {
  if (!is_number(in, i) || in.at(i).size() != 2 || !in.glued(i) || i == 0 || !in.is(i - 1, "'")) return 0;
  if (i + 1 < in.tokens.size() && in.glued(i + 1) && in.tokens[i + 1].kind != text::TokenKind::kPunct) return 0;
  if (i >= 2 && in.glued(i - 1) && in.tokens[i - 2].kind == text::TokenKind::kWord) return 0;  // "rock'82"
  slots.year = static_cast<int>(digits_value(in.at(i)));
  slots.two_digit_year = true;
  return 1;
}


// Where "Tue", "thu", "sat" are weekdays: "Tue Mar 29" in a dateline (capitalized, before a month
// or punctuation; "Sun," and "Sat," only when a day or a month follows); after "next", "until", "every" ("next sat"), or "on" when capitalized or no
// English word ("on Sat", "on thu"); before a day of the month ("Thu 15th"); and "tue", "thu",
// "fri" in lower case, which are no English words ("thu", "fri."; capitalized "Thu" is also a name).
// "sat", "sun", "wed" and "mon" are also words, names or the end of "c'mon".
bool abbreviated_weekday_here(const Input& in, std::size_t i, const Word& w) {
  if (i > 0 && in.glued(i) && !is_punct(in, i - 1, '(')) return false;  // "c'mon", "x-sat"
  const Word* next = in.word(i + 1);
  const bool capitalized = is_upper(in.at(i)[0]);
  const bool no_english_word = w.weekday == 2 || w.weekday == 4 || w.weekday == 5;  // tue(s), thu(r)(s), fri
  if (capitalized && next && next->month) return true;
  if (capitalized && (is_punct(in, i + 1, ',') || is_punct(in, i + 1, '.'))) {
    if (no_english_word) return true;
    // "Sun, 27 Mar 2016", "Sat., Mar. 26": a dateline goes on with a day or a month; "Sun, a
    // maker of computer workstations" is a company.
    std::size_t after = i + 2;
    if (is_punct(in, after, ',')) ++after;
    const Word* then = in.word(after);
    return (then && then->month) || (after < in.tokens.size() && in.tokens[after].kind == TokenKind::kNumber);
  }
  if (i + 1 < in.tokens.size() && in.glued(i + 1) && !is_punct(in, i + 1, '.') && !is_punct(in, i + 1, ',')) {
    return false;  // "sun-drenched", "Fri-day"
  }
  if (i + 1 < in.tokens.size() && in.tokens[i + 1].kind == TokenKind::kMixed && ordinal_value(in.at(i + 1)) > 0) {
    return true;  // "Thu 15th"
  }
  if (i > 0) {
    for (std::string_view word : words::kWeekdayAbbreviationCues) {
      if (in.is(i - 1, word)) return true;
    }
    // "on Sat", "on thu"; not "relied on sun and wind"
    if (in.is(i - 1, "on") && (capitalized || no_english_word)) return true;
  }
  return no_english_word && !capitalized;
}

std::size_t match_weekday(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->weekday == 0) return 0;
  if (w->weekday_abbreviation && !abbreviated_weekday_here(in, i, *w)) return 0;
  slots.weekday = w->weekday;
  return 1;
}

// "2", "2.5", "two", "twenty-five", "a", "an", "half a", "two and a half", "a hundred".
std::size_t match_number(const Input& in, std::size_t i, Slots& slots) {
  const std::size_t n = in.tokens.size();
  std::size_t k = i;
  double value = -1;
  if (is_number(in, i)) {
    if (in.at(i).size() > 4 || number_is_embedded(in, i)) {
      // a decimal "2.5" is the one embedding we read
      if (!(is_punct(in, i + 1, '.') && in.glued(i + 1) && is_number(in, i + 2) && in.glued(i + 2))) return 0;
    }
    value = static_cast<double>(digits_value(in.at(i)));
    k = i + 1;
    if (is_punct(in, k, '.') && in.glued(k) && is_number(in, k + 1) && in.glued(k + 1) && in.at(k + 1).size() <= 2) {
      const double fraction = static_cast<double>(digits_value(in.at(k + 1)));
      value += fraction / (in.at(k + 1).size() == 1 ? 10.0 : 100.0);
      k += 2;
    }
  } else if (in.is(i, "a") && in.is(i + 1, "couple")) {  // "a couple of years": two, as TimeML counts
    value = 2;
    k = in.is(i + 2, "of") ? i + 3 : i + 2;
  } else if (in.is(i, "couple") && in.is(i + 1, "of")) {  // "the next couple of years"
    value = 2;
    k = i + 2;
  } else if (in.is(i, "a") || in.is(i, "an")) {
    value = 1;
    k = i + 1;
    if (const Word* w = in.word(k); w && w->number >= 100) {  // "a hundred"
      value = w->number;
      ++k;
    }
  } else if (in.is(i, "half") && (in.is(i + 1, "a") || in.is(i + 1, "an"))) {
    slots.number = 0.5;
    return 2;
  } else if (const Word* w = in.word(i); w && w->number >= 0) {
    value = w->number;
    k = i + 1;
    if (w->number >= 20 && w->number < 100) {  // "twenty-five", "twenty five"
      std::size_t m = k;
      if (is_punct(in, m, '-') && in.glued(m)) ++m;
      if (const Word* u = in.word(m); u && u->number > 0 && u->number < 10) {
        value += u->number;
        k = m + 1;
      }
    }
    if (const Word* h = in.word(k); h && h->number >= 100 && value < 100) {
      value *= h->number;
      ++k;
    }
  } else {
    return 0;
  }
  if (k + 2 < n && in.is(k, "and") && in.is(k + 1, "a") && in.is(k + 2, "half")) {
    value += 0.5;
    k += 3;
  } else if (k + 1 < n && in.is(k, "and") && in.is(k + 1, "half")) {
    value += 0.5;
    k += 2;
  }
  slots.number = value;
  return k - i;
}

// "a few", "several", "many", "some": an unknown count.
std::size_t match_few(const Input& in, std::size_t i, Slots& slots) {
  slots.number = -1;
  if (in.is(i, "a") && in.is(i + 1, "few")) return 2;
  for (std::string_view w : words::kFewWords) {
    if (in.is(i, w)) return 1;
  }
  return 0;
}

std::size_t match_ordinal(const Input& in, std::size_t i, Slots& slots) {
  int v = 0;
  if (in.tokens[i].kind == TokenKind::kMixed) {
    v = ordinal_value(in.at(i));
  } else if (const Word* w = in.word(i)) {
    v = w->ordinal;
  }
  if (v <= 0) return 0;
  slots.ordinal = v;
  return 1;
}

std::size_t match_unit(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->unit == Unit::kNone) return 0;
  slots.unit = w->unit;
  slots.plural_unit = w->plural;
  return 1;
}

std::size_t match_season(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->season == Season::kNone) return 0;
  slots.season = w->season;
  slots.season_cued = is_upper(in.at(i)[0]) || cues_season(in, i);
  // "summer and autumn 1918", "the spring and early summer of 1943"
  const std::size_t second = in.is(i + 2, "early") || in.is(i + 2, "late") || in.is(i + 2, "mid") ? i + 3 : i + 2;
  if (is_season_word(in, second) && joins_dates(in, i + 1)) {
    if (const int year = shared_year(in, second + 1); year >= 0) slots.year = year;
  }
  return 1;
}

std::size_t match_part(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->part == PartOfDay::kNone) return 0;
  slots.part = w->part;
  return 1;
}

std::size_t match_relation(const Input& in, std::size_t i, Slots& slots) {
  const Word* w = in.word(i);
  if (!w || w->relation == Relation::kNone) return 0;
  slots.relation = w->relation;
  return 1;
}

// "1990s", "1990's", "'90s", "the 90s" -> 199.
std::size_t match_decade(const Input& in, std::size_t i, Slots& slots) {
  const std::string_view s = in.at(i);
  if (in.tokens[i].kind == TokenKind::kMixed && (s.back() == 's' || s.back() == 'S')) {
    const long v = digits_value(s.substr(0, s.size() - 1));
    if (s.size() == 5 && v >= 1000 && v % 10 == 0) {
      slots.decade = static_cast<int>(v / 10);
      return 1;
    }
    const bool cued = i > 0 && (in.is(i - 1, "'") || in.is(i - 1, "the") || in.is(i - 1, "early") ||
                                in.is(i - 1, "mid") || in.is(i - 1, "late") || in.is(i - 1, "-") ||
                                in.is(i - 1, "and"));
    if (s.size() == 3 && v >= 0 && v % 10 == 0 && cued) {
      slots.decade = static_cast<int>(v < 30 ? 200 + v / 10 : 190 + v / 10);
      return 1;
    }
    // "the 470s BC": a three-digit decade, only with its era written after it.
    if (s.size() == 4 && v > 0 && v % 10 == 0 && (in.is(i + 1, "bc") || in.is(i + 1, "bce"))) {
      slots.decade = static_cast<int>(v / 10);
      return 1;
    }
    return 0;
  }
  if (is_number(in, i) && s.size() == 4 && in.glued(i + 1) && in.is(i + 1, "'") && in.glued(i + 2) && in.is(i + 2, "s")) {
    const long v = digits_value(s);
    if (v >= 1000 && v % 10 == 0) {
      slots.decade = static_cast<int>(v / 10);
      return 3;
    }
  }
  return 0;
}

std::size_t match_quarter(const Input& in, std::size_t i, Slots& slots) {
  const std::string_view s = in.at(i);
  if (in.tokens[i].kind != TokenKind::kMixed || s.size() != 2 || (s[0] != 'Q' && s[0] != 'q')) return 0;
  if (s[1] < '1' || s[1] > '4') return 0;
  slots.quarter = s[1] - '0';
  return 1;
}

// "am", "pm", "a.m.", "p.m." at token i: 'a' or 'p' and the token count, or 0.
std::pair<char, std::size_t> meridian(const Input& in, std::size_t i) {
  if (in.is(i, "am")) return {'a', 1};
  if (in.is(i, "pm")) return {'p', 1};
  for (char c : {'a', 'p'}) {
    const char letter[2] = {c, 0};
    if (in.is(i, letter) && is_punct(in, i + 1, '.') && in.glued(i + 1) && in.is(i + 2, "m") && in.glued(i + 2)) {
      const bool final_dot = is_punct(in, i + 3, '.') && in.glued(i + 3);
      return {c, final_dot ? 4u : 3u};
    }
  }
  return {0, 0};
}

// "+01:00", "+0100", "-5", "+8" right at i: the offset in minutes and the token count, or 0 tokens.
std::pair<int, std::size_t> zone_offset(const Input& in, std::size_t i) {
  if (!(is_punct(in, i, '+') || is_punct(in, i, '-')) || !is_number(in, i + 1) || !in.glued(i + 1)) return {0, 0};
  const int sign = is_punct(in, i, '-') ? -1 : 1;
  const std::string_view digits = in.at(i + 1);
  long hours = 0;
  long minutes = 0;
  std::size_t used = 2;
  if (digits.size() <= 2) {
    hours = digits_value(digits);
    if (is_punct(in, i + 2, ':') && in.glued(i + 2) && is_number(in, i + 3) && in.glued(i + 3) && in.at(i + 3).size() == 2) {
      minutes = digits_value(in.at(i + 3));
      used = 4;
    }
  } else if (digits.size() == 4) {
    hours = digits_value(digits) / 100;
    minutes = digits_value(digits) % 100;
  } else {
    return {0, 0};
  }
  if (hours > 14 || minutes > 59) return {0, 0};
  return {sign * static_cast<int>(hours * 60 + minutes), used};
}

std::size_t match_zone(const Input& in, std::size_t i, Slots& slots) {
  if (i >= in.tokens.size()) return 0;
  // Every zone starts with a word or a sign: a clock time is mostly followed by neither.
  if (in.tokens[i].kind != TokenKind::kWord && in.tokens[i].kind != TokenKind::kPunct) return 0;
  if (in.is(i, "utc") || in.is(i, "gmt") || (in.is(i, "z") && in.glued(i))) {
    const auto [offset, used] = zone_offset(in, i + 1);
    if (used > 0 && offset != 0) {
      slots.zone_offset = offset;
    } else {
      slots.utc = true;
    }
    return 1 + used;
  }
  // A bare offset needs its minutes ("+0100", "+01:00"): "10:00-12" is a range, not a zone.
  if (const auto [offset, used] = zone_offset(in, i); used == 4 || (used == 2 && in.at(i + 1).size() == 4)) {
    slots.zone_offset = offset;
    return used;
  }
  // A zone abbreviation of three letters or more, capitalized ("EST", "Hkt"); "UTC" and "GMT" were
  // read above, and a lone "Z" or "UT" after a time is no zone.
  if (is_upper(in.at(i)[0]) && in.at(i).size() >= 3) {
    char buffer[8];
    if (const ZoneName* zone = zone_named(lower_ascii(in.at(i), buffer, sizeof buffer)); zone != nullptr) return 1;
  }
  if (in.is(i, "local") && in.is(i + 1, "time")) return 2;
  return 0;
}

// Times of day: "15:30", "16:27:03", "3 p.m.", "3pm", "3:30 pm", "noon", "midnight", each with an
// optional zone ("GMT", "local time").
std::size_t match_clock(const Input& in, std::size_t i, Slots& slots) {
  std::size_t k = i;
  int hour = -1;
  int minute = 0;
  int second = -1;
  bool colon = false;
  char am_pm = 0;
  if (in.is(i, "noon") || in.is(i, "midday")) {
    hour = 12;
    k = i + 1;
  } else if (in.is(i, "midnight")) {
    hour = 0;
    k = i + 1;
  } else if (const std::size_t h_at = in.tokens[i].kind == TokenKind::kMixed ? in.at(i).find_first_of("hH") : std::string_view::npos;
             h_at != std::string_view::npos && h_at >= 1 && h_at <= 2 &&
             (in.at(i).size() == h_at + 3 || in.at(i).size() == h_at + 1)) {
    // "15h00", "9h30", and "15h" before a zone: the hour-h-minutes clock of French and much of
    // Europe. "24h" alone is more often a duration ("24h news"), so a bare "15h" needs a zone.
    const std::string_view s = in.at(i);
    const long hh = digits_value(s.substr(0, h_at));
    const long mm = s.size() == h_at + 3 ? digits_value(s.substr(h_at + 1)) : 0;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return 0;
    Slots zone;
    if (s.size() == h_at + 1 && match_zone(in, i + 1, zone) == 0) return 0;
    hour = static_cast<int>(hh);
    minute = static_cast<int>(mm);
    k = i + 1;
  } else {
    std::string_view s = in.at(i);
    if (in.tokens[i].kind == TokenKind::kMixed && s.size() >= 3) {  // "3pm", "10am"
      char buffer[2];
      const std::string_view suffix = lower_ascii(s.substr(s.size() - 2), buffer, 2);
      if (suffix != "am" && suffix != "pm") return 0;
      am_pm = suffix[0];
      s = s.substr(0, s.size() - 2);
    } else if (!is_number(in, i) || (i > 0 && in.glued(i) && !is_punct(in, i - 1, '('))) {
      return 0;
    }
    if (s.size() == 4 && am_pm == 0 && is_number(in, i)) {  // "0800 UTC": only with a zone
      Slots zone;
      const long hhmm = digits_value(s);
      if (hhmm / 100 > 23 || hhmm % 100 > 59 || match_zone(in, i + 1, zone) == 0) return 0;
      slots.hour = static_cast<int>(hhmm / 100);
      slots.minute = static_cast<int>(hhmm % 100);
      slots.second = -1;
      return 1 + match_zone(in, i + 1, slots);
    }
    const long h = digits_value(s);
    if (s.size() > 2 || h < 0 || h > 24) return 0;
    hour = static_cast<int>(h);
    k = i + 1;
    if (am_pm == 0 && is_punct(in, k, ':') && in.glued(k) && in.glued(k + 1) && k + 1 < in.tokens.size()) {
      std::string_view m = in.at(k + 1);
      if (in.tokens[k + 1].kind == TokenKind::kMixed && m.size() == 4) {  // "30pm"
        char buffer[2];
        const std::string_view suffix = lower_ascii(m.substr(2), buffer, 2);
        if (suffix != "am" && suffix != "pm") return 0;
        am_pm = suffix[0];
        m = m.substr(0, 2);
      } else if (in.tokens[k + 1].kind != TokenKind::kNumber) {
        return 0;
      }
      const long mm = digits_value(m);
      if (m.size() != 2 || mm < 0 || mm > 59) return 0;
      minute = static_cast<int>(mm);
      colon = true;
      k += 2;
      if (am_pm == 0 && is_punct(in, k, ':') && in.glued(k) && is_number(in, k + 1) && in.glued(k + 1) && in.at(k + 1).size() == 2) {
        second = static_cast<int>(digits_value(in.at(k + 1)));
        if (second > 59) return 0;
        k += 2;
      }
      if (k < in.tokens.size() && in.glued(k) && (is_punct(in, k, ':') || is_number(in, k))) return 0;
    }
    if (am_pm == 0) {
      const auto [letter, length] = meridian(in, k);
      am_pm = letter;
      k += length;
    }
    if (am_pm != 0) {
      if (hour < 1 || hour > 12) return 0;
      if (am_pm == 'p' && hour != 12) hour += 12;
      if (am_pm == 'a' && hour == 12) hour = 0;
    } else if (!colon || hour > 23) {
      return 0;
    }
  }
  // "finishing in 3:07:35", "ran 2:05:10": a reading to the second with a one-digit hour and no
  // zone or am/pm is an elapsed time (a race, a record); clock times to the second are written
  // with two-digit hours ("03:07:35", "16:27:03").
  Slots zone;
  if (second >= 0 && am_pm == 0 && in.at(i).size() == 1 && match_zone(in, k, zone) == 0) return 0;
  slots.hour = hour;
  slots.minute = minute;
  slots.second = second;
  k += match_zone(in, k, slots);
  return k - i;
}

// "2016-03-29", ISO 8601.
// "1994-11-05T13:15:30Z", "2016-05-07T23:45:00.487+01:00", "2015-07-31T12:00": an ISO 8601
// timestamp, read from the text itself (its tokens split inside "05T13"). The byte count read, or 0.
std::size_t read_iso_timestamp(std::string_view t, Slots& slots) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > t.size()) return -1L;
    long v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (t[k] < '0' || t[k] > '9') return -1L;
      v = v * 10 + (t[k] - '0');
    }
    return v;
  };
  const auto at = [&](std::size_t k, char c) { return k < t.size() && t[k] == c; };
  const long y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2);
  if (y < 1000 || !at(4, '-') || !at(7, '-') || !(at(10, 'T') || at(10, 't')) || !at(13, ':')) return 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 24 || mi < 0 || mi > 59) return 0;
  std::size_t end = 16;
  long sec = -1;
  if (at(end, ':')) {
    sec = digits(end + 1, 2);
    if (sec < 0 || sec > 60) return 0;
    end += 3;
    if (at(end, '.') && digits(end + 1, 1) >= 0) {  // fractions of a second: read, not kept
      ++end;
      while (end < t.size() && t[end] >= '0' && t[end] <= '9') ++end;
    }
  }
  bool utc = false;
  int offset = 0;
  if (at(end, 'Z') || at(end, 'z')) {
    utc = true;
    ++end;
  } else if ((at(end, '+') || at(end, '-')) && digits(end + 1, 2) >= 0) {
    const long oh = digits(end + 1, 2);
    std::size_t m = end + 3;
    if (at(m, ':')) ++m;
    const long om = digits(m, 2);
    if (om < 0 || oh > 14 || om > 59) return 0;
    offset = static_cast<int>((at(end, '-') ? -1 : 1) * (oh * 60 + om));
    end = m + 2;
  }
  slots.year = static_cast<int>(y);
  slots.month = static_cast<int>(mo);
  slots.day = static_cast<int>(d);
  slots.hour = static_cast<int>(h);
  slots.minute = static_cast<int>(mi);
  slots.second = static_cast<int>(sec);
  slots.utc = utc;
  slots.zone_offset = offset;
  return end;
}

std::size_t match_iso_date(const Input& in, std::size_t i, Slots& slots) {
  if (!is_number(in, i) || in.at(i).size() != 4 || (i > 0 && in.glued(i) && !is_punct(in, i - 1, '('))) return 0;
  if (const std::size_t length = read_iso_timestamp(in.text.substr(in.tokens[i].begin), slots); length > 0) {
    // The tokens the timestamp covers; it must end where a token ends.
    const std::size_t end = in.tokens[i].begin + length;
    std::size_t k = i;
    while (k < in.tokens.size() && in.tokens[k].end <= end) ++k;
    const bool boundary = in.tokens[k - 1].end == end;
    if (boundary && (k == in.tokens.size() || !in.glued(k) || in.tokens[k].kind == TokenKind::kPunct)) return k - i;
    slots.hour = slots.minute = slots.second = -1;
    slots.utc = false;
    slots.zone_offset = 0;
  }
  if (!(is_punct(in, i + 1, '-') && in.glued(i + 1) && is_number(in, i + 2) && in.glued(i + 2) &&
        is_punct(in, i + 3, '-') && in.glued(i + 3) && is_number(in, i + 4) && in.glued(i + 4))) {
    return 0;
  }
  const long y = digits_value(in.at(i));
  const long m = digits_value(in.at(i + 2));
  const long d = digits_value(in.at(i + 4));
  if (in.at(i + 2).size() != 2 || in.at(i + 4).size() != 2 || y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  if (in.glued(i + 5) && i + 5 < in.tokens.size() && !is_punct(in, i + 5, ',') && !is_punct(in, i + 5, '.') &&
      !is_punct(in, i + 5, ')')) {
    return 0;
  }
  slots.year = static_cast<int>(y);
  slots.month = static_cast<int>(m);
  slots.day = static_cast<int>(d);
  return 5;
}

// "03/29/2016", "29/03/2016", "29.03.2016", "3/29/16": order from the options, unless one field
// can only be a day.
std::size_t match_numeric_date(const Input& in, std::size_t i, Slots& slots) {
  if (!is_number(in, i) || (i > 0 && in.glued(i) && !is_punct(in, i - 1, '('))) return 0;
  const char separator = in.text[in.tokens[i + 1 < in.tokens.size() ? i + 1 : i].begin];
  if (separator != '/' && separator != '.' && separator != '-') return 0;
  for (std::size_t k : {i + 1, i + 3}) {
    if (!is_punct(in, k, separator) || !in.glued(k) || !is_number(in, k + 1) || !in.glued(k + 1)) return 0;
  }
  if (in.glued(i + 5) && i + 5 < in.tokens.size() && (is_punct(in, i + 5, separator) || in.tokens[i + 5].kind != TokenKind::kPunct)) return 0;
  const std::string_view a = in.at(i), b = in.at(i + 2), c = in.at(i + 4);
  if (a.size() > 2 || b.size() > 2 || (c.size() != 4 && c.size() != 2)) return 0;
  long first = digits_value(a), second = digits_value(b), year = digits_value(c);
  if (c.size() == 2) year += year < 50 ? 2000 : 1900;
  bool day_first = in.order == DateOrder::kDayFirst || separator == '.';
  if (first > 12) day_first = true;
  if (second > 12) day_first = false;
  const long month = day_first ? second : first;
  const long day = day_first ? first : second;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return 0;
  slots.year = static_cast<int>(year);
  slots.month = static_cast<int>(month);
  slots.day = static_cast<int>(day);
  return 5;
}

}  // namespace

std::size_t read_slot(const Input& in, SlotKind kind, std::size_t i, Slots& slots) {
  if (i >= in.tokens.size()) return 0;
  switch (kind) {
    case SlotKind::kLiteral: return 0;
    case SlotKind::kMonth: return match_month(in, i, slots);
    case SlotKind::kDay: return match_day(in, i, slots);
    case SlotKind::kYear: return match_year(in, i, slots);
    case SlotKind::kWeekday: return match_weekday(in, i, slots);
    case SlotKind::kNumber: return match_number(in, i, slots);
    case SlotKind::kFew: return match_few(in, i, slots);
    case SlotKind::kOrdinal: return match_ordinal(in, i, slots);
    case SlotKind::kUnit: return match_unit(in, i, slots);
    case SlotKind::kSeason: return match_season(in, i, slots);
    case SlotKind::kPart: return match_part(in, i, slots);
    case SlotKind::kRelation: return match_relation(in, i, slots);
    case SlotKind::kDecade: return match_decade(in, i, slots);
    case SlotKind::kQuarter: return match_quarter(in, i, slots);
    case SlotKind::kClock: return match_clock(in, i, slots);
    case SlotKind::kIsoDate: return match_iso_date(in, i, slots);
    case SlotKind::kNumericDate: return match_numeric_date(in, i, slots);
    case SlotKind::kShortYear: return match_short_year(in, i, slots);
    case SlotKind::kAdjective: return match_adjective(in, i);
  }
  return 0;
}

}  // namespace chronicle::temporal
