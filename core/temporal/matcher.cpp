#include "core/temporal/matcher.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

using text::TokenKind;

enum class SlotKind : std::uint8_t {
  kLiteral, kMonth, kDay, kYear, kWeekday, kNumber, kFew, kOrdinal, kUnit, kSeason, kPart, kRelation,
  kDecade, kQuarter, kClock, kIsoDate, kNumericDate, kShortYear, kAdjective,
};

struct Element {
  SlotKind kind = SlotKind::kLiteral;
  std::vector<std::string_view> words;  // alternatives of a literal
  bool optional = false;
  // "!-": the match goes on only when the next token is none of `words` glued on; takes no token.
  // It is also `optional`, so that the filters below, which never need to take it, pass over it.
  bool negative = false;
  // "&ended": the match goes on only when the next token is one of `words`; takes no token ("the
  // year" before "ended March 31"). Also `optional`, for the same reason.
  bool lookahead = false;
  // The literal numbers (Trigger::literal - 1) of `words`, when every word has a trigger key: then
  // a token is one of the words exactly when its trigger's literal number is in this set.
  bool by_literal_number = false;
  std::array<std::uint64_t, 4> literal_numbers{};
};

struct CompiledRule {
  const Rule* rule = nullptr;
  std::vector<Element> elements;
  std::uint32_t start_slots = 0;  // bits of the slot kinds the rule may start with
};

// A rule that may start with a given word.
struct WordStart {
  std::size_t rule = 0;
  // The literal that must come right after that word, when there is one and the word starts the
  // rule at one item only: "the" starts over a hundred rules, and this turns most away at once.
  const Element* next_literal = nullptr;
};

}  // namespace

// What may take the token right after a word for any rule the word starts to go on: a token of
// one of these slot kinds or one of these words (lower-case), or an <adjective> followed by what
// `after_adjective` lists. `any` when some rule may end at the word.
struct Follow {
  bool any = false;
  std::uint32_t slots = 0;
  std::vector<std::string_view> words;
  std::vector<bool> literal_numbers;  // bit n: `words` holds literal n (RuleBook::index_words)
  std::unique_ptr<Follow> after_adjective;  // nullptr: no rule takes an <adjective> here
};

// The rules a word starts: `open` ones are tried (with the filters of match_at) whatever follows;
// `by_next` holds those that need a given literal right after it, so that a common word like "the"
// costs one look at the word after it rather than a try of each of its hundred rules. `follow`
// turns the word away at once when the token after it fits none of them.
struct RuleStarts {
  std::vector<WordStart> open;
  std::unordered_map<std::string_view, std::vector<WordStart>> by_next;  // lower-case next literal
  Follow follow;
};

namespace {

constexpr std::uint32_t bit(SlotKind kind) { return 1u << static_cast<unsigned>(kind); }

SlotKind slot_kind(std::string_view name) {
  static constexpr std::pair<std::string_view, SlotKind> kNames[] = {
      {"month", SlotKind::kMonth},       {"day", SlotKind::kDay},         {"year", SlotKind::kYear},
      {"weekday", SlotKind::kWeekday},   {"number", SlotKind::kNumber},   {"few", SlotKind::kFew},
      {"ordinal", SlotKind::kOrdinal},   {"unit", SlotKind::kUnit},       {"season", SlotKind::kSeason},
      {"part", SlotKind::kPart},         {"relation", SlotKind::kRelation}, {"decade", SlotKind::kDecade},
      {"quarter", SlotKind::kQuarter},   {"clock", SlotKind::kClock},     {"isodate", SlotKind::kIsoDate},
      {"numericdate", SlotKind::kNumericDate}, {"shortyear", SlotKind::kShortYear},
      {"adjective", SlotKind::kAdjective}};
  for (const auto& [n, kind] : kNames) {
    if (n == name) return kind;
  }
  return SlotKind::kLiteral;  // unknown slot names never match: caught by the rule tests
}

std::vector<Element> compile(std::string_view pattern) {
  std::vector<Element> elements;
  std::size_t i = 0;
  while (i < pattern.size()) {
    while (i < pattern.size() && pattern[i] == ' ') ++i;
    std::size_t j = i;
    while (j < pattern.size() && pattern[j] != ' ') ++j;
    if (j == i) break;
    std::string_view item = pattern.substr(i, j - i);
    i = j;
    Element element;
    if (item.size() > 1 && item.back() == '?') {
      element.optional = true;
      item.remove_suffix(1);
    } else if (item.size() > 1 && item.front() == '!') {
      element.optional = element.negative = true;
      item.remove_prefix(1);
    } else if (item.size() > 1 && item.front() == '&') {
      element.optional = element.lookahead = true;
      item.remove_prefix(1);
    }
    if (item.size() > 2 && item.front() == '<' && item.back() == '>') {
      element.kind = slot_kind(item.substr(1, item.size() - 2));
      if (element.kind == SlotKind::kLiteral) element.words.push_back("\x01");  // matches nothing
    } else {
      std::size_t k = 0;
      while (k <= item.size()) {
        std::size_t bar = item.find('|', k);
        if (bar == std::string_view::npos) bar = item.size();
        element.words.push_back(item.substr(k, bar - k));
        k = bar + 1;
      }
    }
    elements.push_back(std::move(element));
  }
  return elements;
}

// An entry can wait for its next word when nothing else lets the rule start here (no slot of the
// rule's start) and its next words are plain ASCII (Input::is also takes U+2019 for "'").
bool keyed_by_next_words(const Element& next) {
  for (std::string_view w : next.words) {
    for (char c : w) {
      if (static_cast<unsigned char>(c) >= 0x80 || c == '\'') return false;
    }
  }
  return true;
}

// Adds to `follow` the items that may take the token at elements[from]'s place: each optional item
// up to and including the first required one.
void add_follow(const std::vector<Element>& elements, std::size_t from, Follow& follow) {
  for (std::size_t e = from; e < elements.size(); ++e) {
    const Element& element = elements[e];
    if (element.kind == SlotKind::kAdjective) {
      if (!follow.after_adjective) follow.after_adjective = std::make_unique<Follow>();
      add_follow(elements, e + 1, *follow.after_adjective);
    } else if (element.kind != SlotKind::kLiteral) {
      follow.slots |= bit(element.kind);
    } else {
      for (std::string_view w : element.words) {
        // Numbers have no trigger key to compare: a literal with a digit lets anything through.
        if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) follow.any = true;
        follow.words.push_back(w);
      }
    }
    if (!element.optional) return;
  }
  follow.any = true;
}

constexpr unsigned kSlotKinds = static_cast<unsigned>(SlotKind::kAdjective) + 1;
constexpr std::size_t kMaxRules = 256;  // about 150 today; small sets keep match_at cheap
using RuleSet = std::array<std::uint64_t, kMaxRules / 64>;  // bit r: rule r
static_assert(std::tuple_size_v<decltype(RuleFilter::rules)> == kMaxRules / 64);

void add_bit(std::array<std::uint64_t, 4>& set, std::size_t n) {
  set[n / 64] |= std::uint64_t{1} << (n % 64);
}

// Words in nearly every text: a rule that needs one of them is not worth filtering on it.
bool common_word(std::string_view w) {
  static constexpr std::string_view kCommon[] = {"the", "a",  "of",   "in",  "on",
                                                 "at",  "to", "and", "that", "this"};
  const bool punctuation = w.size() == 1 && !(w[0] >= 'a' && w[0] <= 'z');
  return punctuation || std::find(std::begin(kCommon), std::end(kCommon), w) != std::end(kCommon);
}

// A word a token's trigger entry can stand for: numbers have no entry and long words none of
// their own (triggers.cpp).
bool has_trigger_key(std::string_view w) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return !w.empty() && w.size() <= 24 && std::none_of(w.begin(), w.end(), digit);
}

// The first required item of a rule that is a choice of uncommon words ("later|earlier", "bc|bce",
// "century"), or nullptr: a text without any of them cannot hold a match of the rule.
const Element* telling_need(const std::vector<Element>& elements) {
  for (const Element& element : elements) {
    if (element.kind != SlotKind::kLiteral || element.optional) continue;
    const auto& words = element.words;
    const bool telling = std::all_of(words.begin(), words.end(), has_trigger_key) &&
                         std::none_of(words.begin(), words.end(), common_word);
    if (telling) return &element;
  }
  return nullptr;
}

struct RuleBook {
  std::vector<CompiledRule> rules;
  std::unordered_map<std::string_view, RuleStarts> by_first_word;  // lower-case literal
  std::vector<std::string_view> literals;                          // sorted, once each
  // rule_filter's tables: the rules that need no word, and the rules each literal number lets in.
  RuleSet needing_nothing{};
  std::vector<RuleSet> let_in;
  // by_slot[k]: bit r set when rule r may start with slot kind k. match_at ORs the kinds a token
  // can be instead of walking every slot rule for every token.
  std::array<RuleSet, kSlotKinds> by_slot{};
  // slot_follow[k]: what may take the token after a slot of kind k that starts a rule, for any such
  // rule to go on (as RuleStarts::follow for words): "500 militants" starts no rule.
  std::array<Follow, kSlotKinds> slot_follow{};

  // The place of rule word `w` in `literals`: its literal number.
  std::size_t literal_number(std::string_view w) const {
    return static_cast<std::size_t>(std::lower_bound(literals.begin(), literals.end(), w) - literals.begin());
  }

  void number_literals(Element& element) const {
    if (element.kind != SlotKind::kLiteral) return;
    if (!std::all_of(element.words.begin(), element.words.end(), has_trigger_key)) return;
    for (std::string_view w : element.words) {
      const std::size_t n = literal_number(w);
      if (n >= 4 * 64) return;  // past the set's size: compared word by word
      add_bit(element.literal_numbers, n);
    }
    element.by_literal_number = true;
  }

  // Every word a Follow lists is a rule literal, so a token is one of them exactly when its
  // trigger's literal number is in the set.
  void index_words(Follow& follow) const {
    follow.literal_numbers.assign(literals.size(), false);
    for (std::string_view w : follow.words) follow.literal_numbers[literal_number(w)] = true;
    if (follow.after_adjective) index_words(*follow.after_adjective);
  }

  bool keyed_by_next(const WordStart& start) const {
    return start.next_literal != nullptr && rules[start.rule].start_slots == 0 && keyed_by_next_words(*start.next_literal);
  }

  RuleBook() {
    for (auto family : {absolute_date_rules, holiday_rules, time_rules, weekday_rules, relative_rules,
                        set_rules, duration_rules}) {
      for (const Rule& rule : family()) rules.push_back({&rule, compile(rule.pattern)});
    }
    if (rules.size() > kMaxRules) std::abort();  // raise kMaxRules: caught by every test
    for (const CompiledRule& rule : rules) {
      // A rule starts with something it takes: caught by every test.
      if (!rule.elements.empty() && (rule.elements.front().negative || rule.elements.front().lookahead)) std::abort();
    }
    for (const CompiledRule& rule : rules) {
      for (const Element& element : rule.elements) {
        if (element.kind != SlotKind::kLiteral) continue;
        literals.insert(literals.end(), element.words.begin(), element.words.end());
      }
    }
    std::sort(literals.begin(), literals.end());
    literals.erase(std::unique(literals.begin(), literals.end()), literals.end());
    if (literals.size() > 0xFFFF) std::abort();  // Trigger::literal holds 16 bits
    for (CompiledRule& rule : rules) {
      for (Element& element : rule.elements) number_literals(element);
    }
    let_in.resize(literals.size());
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const Element* need = telling_need(rules[r].elements);
      if (need == nullptr) {
        add_bit(needing_nothing, r);
        continue;
      }
      for (std::string_view w : need->words) add_bit(let_in[literal_number(w)], r);
    }
    std::unordered_map<std::string_view, std::vector<WordStart>> flat;  // by first word, in rule order
    std::unordered_map<std::string_view, Follow> follows;                // by first word
    for (std::size_t r = 0; r < rules.size(); ++r) {
      const auto& elements = rules[r].elements;
      if (elements.empty()) continue;
      // A rule whose first items are optional may start at any of them or at the first required one.
      for (std::size_t e = 0; e < elements.size(); ++e) {
        const Element& element = elements[e];
        if (element.kind == SlotKind::kLiteral) {
          const Element* next_literal = nullptr;
          if (e + 1 < elements.size() && elements[e + 1].kind == SlotKind::kLiteral && !elements[e + 1].optional) {
            next_literal = &elements[e + 1];
          }
          for (std::string_view w : element.words) {
            add_follow(elements, e + 1, follows[w]);
            auto& bucket = flat[w];
            if (bucket.empty() || bucket.back().rule != r) {
              bucket.push_back({r, next_literal});
            } else {
              bucket.back().next_literal = nullptr;  // the word may start the rule at a later item too
            }
          }
        } else {
          rules[r].start_slots |= bit(element.kind);
          add_follow(elements, e + 1, slot_follow[static_cast<unsigned>(element.kind)]);
        }
        if (!element.optional) break;
      }
      for (unsigned k = 0; k < kSlotKinds; ++k) {
        if (rules[r].start_slots & (1u << k)) add_bit(by_slot[k], r);
      }
    }
    for (Follow& follow : slot_follow) index_words(follow);
    for (const auto& [word, starts] : flat) {
      RuleStarts& first = by_first_word[word];
      first.follow = std::move(follows[word]);
      index_words(first.follow);
      for (const WordStart& start : starts) {
        if (!keyed_by_next(start)) {
          first.open.push_back(start);
          continue;
        }
        for (std::string_view next : start.next_literal->words) {
          auto& list = first.by_next[next];
          if (list.empty() || list.back().rule != start.rule) list.push_back(start);
        }
      }
    }
  }
};

const RuleBook& rule_book() {
  static const RuleBook kBook;
  return kBook;
}

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
bool is_punct(const Input& in, std::size_t i, char c) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kPunct && in.text[in.tokens[i].begin] == c;
}

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
  static constexpr std::string_view kMonthCues[] = {"in", "on", "since", "until", "till", "by", "during", "before", "after", "from",
                               "through", "of", "last", "next", "this", "early", "late", "mid", "end", "-",
                               "beginning", "between", "and", "to", "throughout", "around", "every", "each"};
  for (std::string_view cue : kMonthCues) {
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
  static constexpr std::string_view kSeasonCues[] = {"in", "during", "by", "until", "since", "through", "throughout", "this", "last", "next",
                               "early", "late", "mid", "before", "after", "every", "each"};
  for (std::string_view cue : kSeasonCues) {
    if (in.is(i - 1, cue)) return true;
  }
  // A part of the season before "of": "the middle of summer", "the depths of winter" ("of spring"
  // and "of fall" are mostly water and drops, "a sign of winter" no date).
  if (i >= 2 && in.is(i - 1, "of") && !in.is(i, "spring") && !in.is(i, "fall")) {
    static constexpr std::string_view kParts[] = {"middle", "end", "start", "beginning", "height", "depth", "depths",
                                                  "dead", "heart", "rest", "course", "remainder", "onset", "close"};
    for (std::string_view part : kParts) {
      if (in.is(i - 2, part)) return true;
    }
  }
  const auto joins = [&](std::size_t k) { return in.is(k, "and") || in.is(k, "or"); };
  return (i >= 2 && joins(i - 1) && is_season_word(in, i - 2)) || (joins(i + 1) && is_season_word(in, i + 2));
}

std::size_t match_year(const Input& in, std::size_t i, Slots& slots);

// A word or dash joining two dates: "April and June", "5-9", "summer to autumn".
bool joins_dates(const Input& in, std::size_t k) {
  static constexpr std::string_view kJoins[] = {"and", "or", "to", "through", "until", "-", "\xE2\x80\x93"};
  for (std::string_view join : kJoins) {
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
  static constexpr std::string_view kLabels[] = {
      "room", "page", "pages", "flight", "route", "article", "chapter", "section", "no", "number", "apartment",
      "suite", "box", "unit", "model", "version", "highway", "gate", "platform", "pier", "lot", "exit", "code",
      "id", "ticket", "item", "figure", "table", "line", "bus", "building", "floor", "level", "resolution",
      "rule", "form", "order", "bill", "act", "paragraph", "clause", "account", "vol", "volume", "issue", "ref",
      "tel", "phone", "fax", "pin", "zip", "street", "avenue", "road", "windows", "office"};
  char buffer[16];
  const std::string_view word = lower_ascii(in.at(i - 1), buffer, sizeof buffer);
  for (std::string_view label : kLabels) {
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
  static constexpr std::string_view kDateCues[] = {
      "in", "on", "at", "since", "by", "during", "until", "till", "from", "to", "before", "after", "of", "the",
      "early", "late", "mid", "and", "or", "between", "through", "throughout", "around", "circa", "c", "fiscal",
      "year", "for", "than", "its", "their", "his", "her", "our", "this", "that", "last", "next", "each", "every"};
  for (std::string_view cue : kDateCues) {
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

// Any lower-case word the lexicon does not know, as in "two bloody weeks" (the rule around it
// decides whether that reads as a duration).
std::size_t match_adjective(const Input& in, std::size_t i) {
  if (in.tokens[i].kind != TokenKind::kWord || in.word(i) != nullptr) return 0;
  const std::string_view s = in.at(i);
  if (s.size() < 3 || s[0] < 'a' || s[0] > 'z') return 0;
  static constexpr std::string_view kNotAdjectives[] = {"and", "the", "for", "per", "out", "off", "from", "with", "than"};
  for (std::string_view w : kNotAdjectives) {
    if (s == w) return 0;
  }
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
    static constexpr std::string_view kBefore[] = {"next", "until", "till", "every", "coming"};
    for (std::string_view word : kBefore) {
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
  static constexpr std::string_view kFewWords[] = {"few", "several", "many", "some", "numerous"};
  for (std::string_view w : kFewWords) {
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
  static constexpr std::string_view kZones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet",
                                "eest", "jst", "ist", "msk", "aest", "aedt", "hkt", "sgt"};
  if (is_upper(in.at(i)[0])) {
    for (std::string_view zone : kZones) {
      if (in.is(i, zone)) return 1;
    }
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

bool literal_at(const Input& in, const Element& element, std::size_t i) {
  if (element.by_literal_number) {
    if (i >= in.triggers.size() || in.triggers[i]->literal == 0) return false;
    const std::size_t n = in.triggers[i]->literal - 1u;
    return n < 4 * 64 && ((element.literal_numbers[n / 64] >> (n % 64)) & 1u) != 0;
  }
  return std::any_of(element.words.begin(), element.words.end(), [&](std::string_view word) { return in.is(i, word); });
}

std::size_t match_literal(const Input& in, const Element& element, std::size_t i, Slots& slots) {
  if (element.by_literal_number) {
    if (!literal_at(in, element, i)) return 0;
    if (in.tokens[i].kind == TokenKind::kWord) slots.word = in.triggers[i]->key;  // the word, lower-case
    return 1;
  }
  for (std::string_view word : element.words) {
    if (in.is(i, word)) {
      if (in.tokens[i].kind == TokenKind::kWord) slots.word = word;
      return 1;
    }
  }
  return 0;
}

std::size_t match_element(const Input& in, const Element& element, std::size_t i, Slots& slots) {
  if (i >= in.tokens.size()) return 0;
  switch (element.kind) {
    case SlotKind::kLiteral: return match_literal(in, element, i, slots);
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

// Matches elements[e...] from token i; the first item order that fits wins (optional items are
// tried present first). Patterns are a handful of items, so the backtracking is bounded. An
// expression never runs over a line break: datelines and titles stand alone.
bool match_from(const Input& in, const std::vector<Element>& elements, std::size_t e, std::size_t begin,
                std::size_t i, Slots& slots, std::size_t& end) {
  if (e == elements.size()) {
    end = i;
    return true;
  }
  if (elements[e].negative) {
    if (i < in.tokens.size() && in.glued(i) && literal_at(in, elements[e], i)) return false;
    return match_from(in, elements, e + 1, begin, i, slots, end);
  }
  const bool line_break = i > begin && i < in.tokens.size() && in.tokens[i].newline_before;
  if (elements[e].lookahead) {
    if (line_break || i >= in.tokens.size() || !literal_at(in, elements[e], i)) return false;
    return match_from(in, elements, e + 1, begin, i, slots, end);
  }
  if (!elements[e].optional) {
    if (line_break) return false;
    const std::size_t used = match_element(in, elements[e], i, slots);
    return used > 0 && match_from(in, elements, e + 1, begin, i + used, slots, end);
  }
  // Only an optional item can be retried without itself, so only then is there state to restore.
  if (!line_break) {
    const Slots saved = slots;
    if (const std::size_t used = match_element(in, elements[e], i, slots); used > 0) {
      if (match_from(in, elements, e + 1, begin, i + used, slots, end)) return true;
    }
    slots = saved;
  }
  return match_from(in, elements, e + 1, begin, i, slots, end);
}

void try_rule(const Input& in, const CompiledRule& rule, std::size_t begin, std::optional<RuleMatch>& best) {
  Slots slots;
  std::size_t end = 0;
  if (!match_from(in, rule.elements, 0, begin, begin, slots, end) || end == begin) return;
  // "Christmas, we ate": an optional ", <year>" that found no year leaves its comma out.
  while (end > begin + 1 && is_punct(in, end - 1, ',')) --end;
  if (best && best->end >= end) return;
  std::optional<Partial> partial = rule.rule->build(slots);
  if (!partial) return;
  best = RuleMatch{end, *partial, rule.rule->name};
}

// Tokens each slot kind takes at the start token of match_at, computed when first needed.
constexpr std::size_t kNotYet = ~std::size_t{0};
using StartUsed = std::array<std::size_t, kSlotKinds>;

// Tokens `element` takes at the start token `begin` (0: it does not match). Exact for slots too:
// slot matchers depend on the tokens only, never on what other slots captured.
std::size_t used_at_start(const Input& in, const Element& element, std::size_t begin, StartUsed& start_used) {
  if (element.kind == SlotKind::kLiteral) return literal_at(in, element, begin) ? 1 : 0;
  std::size_t& used = start_used[static_cast<unsigned>(element.kind)];
  if (used == kNotYet) {
    Slots scratch;
    used = match_element(in, element, begin, scratch);
  }
  return used;
}

// One item of each slot kind, to ask used_at_start what a slot takes.
const std::array<Element, kSlotKinds> kSlotElements = [] {
  std::array<Element, kSlotKinds> elements;
  for (unsigned k = 0; k < kSlotKinds; ++k) elements[k].kind = static_cast<SlotKind>(k);
  return elements;
}();

std::uint32_t possible_slots(const Input& in, std::size_t i);

// False when `element` cannot match at token i. A literal is checked as match_literal does, an
// <adjective> as match_adjective does; every other slot matches only where possible_slots says it
// may (the filter match_at starts rules with).
bool may_match(const Input& in, const Element& element, std::size_t i) {
  if (i >= in.tokens.size()) return false;
  if (element.kind == SlotKind::kLiteral) return literal_at(in, element, i);
  if (element.kind == SlotKind::kAdjective) return match_adjective(in, i) > 0;
  return (possible_slots(in, i) & bit(element.kind)) != 0;
}

// False when the items from elements[from] on cannot match starting at token i: one of them must
// take token i unless all are optional. Slots are checked by their first token only; an
// <adjective> takes exactly one token, so what follows it is checked too.
bool may_continue(const Input& in, const std::vector<Element>& elements, std::size_t from, std::size_t i) {
  for (std::size_t e = from; e < elements.size(); ++e) {
    const Element& element = elements[e];
    if (may_match(in, element, i) &&
        (element.kind != SlotKind::kAdjective || may_continue(in, elements, e + 1, i + 1))) {
      return true;
    }
    if (!element.optional) return false;
  }
  return true;
}

// False when the rule cannot match from token `begin`: a match starts with one of its leading
// optional items or its first required one, which must take `begin` and have the rest of the rule
// fit the token after it. A match of no tokens at all is never taken.
bool may_start_rule(const Input& in, const std::vector<Element>& elements, std::size_t begin, StartUsed& start_used) {
  for (std::size_t e = 0; e < elements.size(); ++e) {
    const std::size_t used = used_at_start(in, elements[e], begin, start_used);
    if (used > 0 && may_continue(in, elements, e + 1, begin + used)) return true;
    if (!elements[e].optional) return false;
  }
  return false;
}

// The slot kinds that could match at token i: a cheap filter before trying rules.
std::uint32_t possible_slots(const Input& in, std::size_t i) {
  const auto kind = in.tokens[i].kind;
  if (kind == TokenKind::kNumber) {
    const std::size_t n = in.tokens[i].end - in.tokens[i].begin;
    std::uint32_t mask = bit(SlotKind::kNumber) | bit(SlotKind::kClock) | bit(SlotKind::kNumericDate);
    if (n <= 2) mask |= bit(SlotKind::kDay) | bit(SlotKind::kShortYear);
    if (n == 4) mask |= bit(SlotKind::kYear) | bit(SlotKind::kDecade) | bit(SlotKind::kIsoDate);
    return mask;
  }
  if (kind == TokenKind::kMixed) {
    return bit(SlotKind::kDay) | bit(SlotKind::kOrdinal) | bit(SlotKind::kDecade) | bit(SlotKind::kQuarter) |
           bit(SlotKind::kClock);
  }
  const Word* w = in.word(i);
  if (w == nullptr) return 0;
  std::uint32_t mask = 0;
  if (w->month) mask |= bit(SlotKind::kMonth);
  if (w->weekday) mask |= bit(SlotKind::kWeekday);
  if (w->unit != Unit::kNone) mask |= bit(SlotKind::kUnit);
  if (w->number >= 0) mask |= bit(SlotKind::kNumber);
  if (w->ordinal > 0) mask |= bit(SlotKind::kOrdinal) | bit(SlotKind::kDay);
  if (w->number == 20 || w->number == 30) mask |= bit(SlotKind::kDay);  // "twenty-first"
  if ((w->number >= 11 && w->number <= 19) || w->number == 2) mask |= bit(SlotKind::kYear);  // "nineteen ninety"
  if (w->season != Season::kNone) mask |= bit(SlotKind::kSeason);
  if (w->part != PartOfDay::kNone) mask |= bit(SlotKind::kPart);
  if (w->relation != Relation::kNone) mask |= bit(SlotKind::kRelation);
  // Words in the table for a slot of their own: "a", "half", "few", "noon".
  if (mask == 0) mask = bit(SlotKind::kNumber) | bit(SlotKind::kFew) | bit(SlotKind::kClock);
  return mask;
}

// False when token i fits nothing `follow` lists. Every word a rule names has a trigger entry with
// its literal number (triggers.cpp), the same for each spelling of the word.
bool follows(const Input& in, const Follow& follow, std::size_t i) {
  if (follow.any) return true;
  if (i >= in.tokens.size()) return false;
  if ((possible_slots(in, i) & follow.slots) != 0) return true;
  const unsigned literal = in.triggers[i]->literal;
  if (literal != 0 && follow.literal_numbers[literal - 1]) return true;
  return follow.after_adjective && match_adjective(in, i) > 0 && follows(in, *follow.after_adjective, i + 1);
}

}  // namespace

bool may_start(const Input& input, std::size_t i) {
  const auto kind = input.tokens[i].kind;
  if (kind == TokenKind::kNumber || kind == TokenKind::kMixed) return true;
  return (input.triggers[i]->bits & (kTriggerLexicon | kTriggerRule)) != 0;
}

std::vector<std::string_view> rule_first_words() {
  std::vector<std::string_view> words;
  for (const auto& entry : rule_book().by_first_word) words.push_back(entry.first);
  return words;
}

const RuleStarts* rule_starts(std::string_view lowered) {
  const auto& starts = rule_book().by_first_word;
  const auto found = starts.find(lowered);
  return found == starts.end() ? nullptr : &found->second;
}

std::vector<std::string_view> rule_literal_words() { return rule_book().literals; }

RuleFilter rule_filter(std::span<const Trigger* const> triggers) {
  const RuleBook& book = rule_book();
  RuleFilter filter{book.needing_nothing};
  for (const Trigger* trigger : triggers) {
    if (trigger->literal == 0) continue;
    const RuleSet& rules = book.let_in[trigger->literal - 1u];
    for (std::size_t w = 0; w < rules.size(); ++w) filter.rules[w] |= rules[w];
  }
  return filter;
}

std::optional<RuleMatch> match_at(const Input& input, std::size_t begin) {
  const RuleBook& book = rule_book();
  std::optional<RuleMatch> best;
  const RuleStarts* starts = input.triggers[begin]->rules;
  const std::uint32_t slots = possible_slots(input, begin);
  if (slots == 0 && (starts == nullptr || !follows(input, starts->follow, begin + 1))) return best;
  std::span<const WordStart> open;   // rules this word starts, whatever follows
  std::span<const WordStart> keyed;  // rules this word starts when the next token is their literal
  if (starts != nullptr) {
    open = starts->open;
    if (!starts->by_next.empty() && begin + 1 < input.tokens.size()) {
      const std::string_view next = input.triggers[begin + 1]->key;
      if (const auto it = starts->by_next.find(next); !next.empty() && it != starts->by_next.end()) keyed = it->second;
    }
  }
  // Rules are tried in family order (the longest match wins, ties keep the earlier rule): the rules
  // this word starts as a literal, and the slot rules this token's possible slot kinds start.
  // A slot kind's rules are left out when the slot does not take this token or the token after it
  // fits none of them.
  StartUsed start_used;
  start_used.fill(kNotYet);
  RuleSet all{};
  for (std::uint32_t rest = slots; rest != 0; rest &= rest - 1) {
    const auto kind = static_cast<unsigned>(std::countr_zero(rest));
    const std::size_t used = used_at_start(input, kSlotElements[kind], begin, start_used);
    if (used == 0 || !follows(input, book.slot_follow[kind], begin + used)) continue;
    const RuleSet& set = book.by_slot[kind];
    for (std::size_t w = 0; w < all.size(); ++w) all[w] |= set[w];
  }
  for (const auto list : {open, keyed}) {
    for (const WordStart& start : list) add_bit(all, start.rule);
  }
  if (input.filter != nullptr) {
    for (std::size_t w = 0; w < all.size(); ++w) all[w] &= input.filter->rules[w];
  }
  for (std::size_t w = 0; w < all.size(); ++w) {
    for (std::uint64_t bits = all[w]; bits != 0; bits &= bits - 1) {
      const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
      const CompiledRule& rule = book.rules[r];
      if (!may_start_rule(input, rule.elements, begin, start_used)) continue;
      try_rule(input, rule, begin, best);
    }
  }
  return best;
}

}  // namespace chronicle::temporal
