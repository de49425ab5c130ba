// The rule patterns compiled once into a rule book (see rules.h for the pattern language): each
// pattern becomes a list of items, and the book indexes the rules by the word or slot kind they may
// start with, by the word that must follow, and by the uncommon words they need, so that the
// matcher tries only the rules that can fit where it stands.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/temporal/rules.h"
#include "core/temporal/triggers.h"

namespace chronicle::temporal {

// The rules that can match somewhere in one text: a rule with a required choice of uncommon words
// ("later|earlier", "bc|bce") needs one of them in the text. Bit r: rule r.
struct RuleFilter {
  std::array<std::uint64_t, 4> rules{};
};

enum class SlotKind : std::uint8_t {
  kLiteral, kMonth, kDay, kYear, kWeekday, kNumber, kFew, kOrdinal, kUnit, kSeason, kPart, kRelation,
  kDecade, kQuarter, kClock, kIsoDate, kNumericDate, kShortYear, kAdjective,
};
constexpr unsigned kSlotKinds = static_cast<unsigned>(SlotKind::kAdjective) + 1;
constexpr std::uint32_t bit(SlotKind kind) { return 1u << static_cast<unsigned>(kind); }

// One item of a compiled pattern.
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

constexpr std::size_t kMaxRules = 256;  // about 150 today; small sets keep match_at cheap
using RuleSet = std::array<std::uint64_t, kMaxRules / 64>;  // bit r: rule r
static_assert(std::tuple_size_v<decltype(RuleFilter::rules)> == kMaxRules / 64);

inline void add_bit(std::array<std::uint64_t, 4>& set, std::size_t n) {
  set[n / 64] |= std::uint64_t{1} << (n % 64);
}

// Every rule of every family, compiled, with its indexes.
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

  RuleBook();

 private:
  std::size_t literal_number(std::string_view w) const;
  void number_literals(Element& element) const;
  void index_words(Follow& follow) const;
  bool keyed_by_next(const WordStart& start) const;
};

// The book, compiled on first use.
const RuleBook& rule_book();

// The words (lower-case) and punctuation that rules may start with, and the rules each starts.
std::vector<std::string_view> rule_first_words();
const RuleStarts* rule_starts(std::string_view lowered);

// Every word and punctuation character (lower-case) that some rule names, once each; a word's place
// in this list is its literal number (Trigger::literal).
std::vector<std::string_view> rule_literal_words();

// The rules that can match in the text of these tokens.
RuleFilter rule_filter(std::span<const Trigger* const> triggers);

}  // namespace chronicle::temporal
