// The matching engine: tries the compiled rules (pattern.h) at a token, items in order with
// bounded backtracking over optional ones, asks the slot readers (slots.h) for typed slots, and
// keeps the longest match. Filters in front of it turn away the rules that cannot fit here.
#include "core/temporal/matcher.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

#include "core/temporal/slots.h"

namespace chronicle::temporal {
namespace {

using text::TokenKind;

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
  if (element.kind == SlotKind::kLiteral) return match_literal(in, element, i, slots);
  return read_slot(in, element.kind, i, slots);
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
