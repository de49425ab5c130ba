#include "core/temporal/pattern.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace chronicle::temporal {
namespace {

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

}  // namespace

// The place of rule word `w` in `literals`: its literal number.
std::size_t RuleBook::literal_number(std::string_view w) const {
  return static_cast<std::size_t>(std::lower_bound(literals.begin(), literals.end(), w) - literals.begin());
}

void RuleBook::number_literals(Element& element) const {
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
void RuleBook::index_words(Follow& follow) const {
  follow.literal_numbers.assign(literals.size(), false);
  for (std::string_view w : follow.words) follow.literal_numbers[literal_number(w)] = true;
  if (follow.after_adjective) index_words(*follow.after_adjective);
}

bool RuleBook::keyed_by_next(const WordStart& start) const {
  return start.next_literal != nullptr && rules[start.rule].start_slots == 0 && keyed_by_next_words(*start.next_literal);
}

RuleBook::RuleBook() {
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

const RuleBook& rule_book() {
  static const RuleBook kBook;
  return kBook;
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

}  // namespace chronicle::temporal
