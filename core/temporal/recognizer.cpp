#include "core/temporal/recognizer.h"

#include <bit>
#include <initializer_list>

namespace chronicle::temporal {
namespace {

enum class Applies : std::uint8_t { kDates, kDurations, kBoth };

struct Modifier {
  std::initializer_list<std::string_view> words;
  std::string_view mod;
  Applies applies;
  std::string_view not_before = {};  // the phrase means something else before this word
};

// Longer phrases first: the first that fits is taken.
const Modifier kModifiers[] = {
    {{"the", "very", "beginning", "of"}, "START", Applies::kDates},
    {{"the", "beginning", "of"}, "START", Applies::kDates},
    {{"the", "start", "of"}, "START", Applies::kDates},
    {{"the", "middle", "of"}, "MID", Applies::kDates},
    {{"the", "end", "of"}, "END", Applies::kDates},
    {{"the", "close", "of"}, "END", Applies::kDates},
    {{"beginning", "of"}, "START", Applies::kDates},
    {{"start", "of"}, "START", Applies::kDates},
    {{"end", "of"}, "END", Applies::kDates},
    {{"the", "early"}, "START", Applies::kDates},
    {{"the", "mid"}, "MID", Applies::kDates},
    {{"the", "late"}, "END", Applies::kDates},
    {{"mid", "-"}, "MID", Applies::kDates},
    {{"early"}, "START", Applies::kDates},
    {{"mid"}, "MID", Applies::kDates},
    {{"late"}, "END", Applies::kDates},
    {{"no", "more", "than"}, "EQUAL_OR_LESS", Applies::kDurations},
    {{"more", "than"}, "MORE_THAN", Applies::kDurations},
    {{"less", "than"}, "LESS_THAN", Applies::kDurations},
    {{"fewer", "than"}, "LESS_THAN", Applies::kDurations},
    {{"at", "least"}, "EQUAL_OR_MORE", Applies::kDurations},
    {{"at", "most"}, "EQUAL_OR_LESS", Applies::kDurations},
    {{"up", "to"}, "EQUAL_OR_LESS", Applies::kDurations},
    {{"over"}, "MORE_THAN", Applies::kDurations, "the"},  // "over the past year", "over the weekend": during
    {{"nearly"}, "LESS_THAN", Applies::kDurations},
    {{"almost"}, "LESS_THAN", Applies::kDurations},
    {{"about"}, "APPROX", Applies::kBoth},
    {{"around"}, "APPROX", Applies::kBoth},
    {{"approximately"}, "APPROX", Applies::kBoth},
    {{"roughly"}, "APPROX", Applies::kBoth},
    {{"some"}, "APPROX", Applies::kDurations},
};

// Tokens the phrase takes at i, whose token is its first word (the trigger's modifier bits say so),
// or 0. Every other word of a phrase has a trigger entry (triggers.cpp), so a token is that word
// exactly when its trigger key is.
std::size_t modifier_length(const Input& input, std::size_t i, const Modifier& modifier) {
  std::size_t k = i + 1;
  for (auto word = modifier.words.begin() + 1; word != modifier.words.end(); ++word, ++k) {
    if (k >= input.tokens.size() || input.triggers[k]->key != *word) return 0;
  }
  return k - i;
}

bool applies_to(Applies applies, const Partial& p) {
  const bool is_date = p.shape == Shape::kCalendar || p.shape == Shape::kDeictic || p.shape == Shape::kAnaphoric;
  switch (applies) {
    case Applies::kDates: return is_date;
    case Applies::kDurations: return p.shape == Shape::kDuration;
    case Applies::kBoth: return is_date || p.shape == Shape::kDuration;
  }
  return false;
}

// A modifier phrase at i followed by an expression it may qualify.
std::optional<Mention> modified_at(const Input& input, std::size_t i) {
  // Only the phrases that start with this word, in table order.
  for (std::uint32_t rest = input.triggers[i]->modifiers; rest != 0; rest &= rest - 1) {
    const Modifier& modifier = kModifiers[std::countr_zero(rest)];
    const std::size_t length = modifier_length(input, i, modifier);
    if (length == 0 || i + length >= input.tokens.size()) continue;
    if (!modifier.not_before.empty() && input.is(i + length, modifier.not_before)) continue;
    auto match = match_at(input, i + length);
    if (!match || !applies_to(modifier.applies, match->partial)) continue;
    Mention mention{i, match->end, match->partial, match->rule};
    mention.partial.mod = modifier.mod;
    return mention;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string_view> modifier_first_words() {
  std::vector<std::string_view> words;
  for (const Modifier& modifier : kModifiers) words.push_back(*modifier.words.begin());
  return words;
}

std::vector<std::string_view> modifier_words() {
  std::vector<std::string_view> words;
  for (const Modifier& modifier : kModifiers) {
    words.insert(words.end(), modifier.words.begin(), modifier.words.end());
  }
  return words;
}

std::vector<Mention> recognize(const Input& input) {
  std::vector<Mention> mentions;
  std::size_t i = 0;
  while (i < input.tokens.size()) {
    std::optional<Mention> mention;
    if (input.tokens[i].kind == text::TokenKind::kWord) mention = modified_at(input, i);
    if (!mention && may_start(input, i)) {
      if (auto match = match_at(input, i)) mention = Mention{i, match->end, match->partial, match->rule};
    }
    if (!mention) {
      ++i;
      continue;
    }
    i = mention->end;
    mentions.push_back(std::move(*mention));
  }
  return mentions;
}

}  // namespace chronicle::temporal
