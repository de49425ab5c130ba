#include "core/temporal/lexicon.h"

#include <span>
#include <string>
#include <unordered_map>

namespace chronicle::temporal {
namespace {

using Table = std::unordered_map<std::string_view, Word>;

Word& entry(Table& table, std::string_view word) {
  Word& w = table[word];
  w.known = true;
  return w;
}

void add_names(Table& table, std::span<const NamedNumber> names, std::int8_t Word::*number, bool Word::*abbreviation) {
  for (const NamedNumber& named : names) {
    Word& w = entry(table, named.name);
    w.*number = named.number;
    if (named.abbreviation) w.*abbreviation = true;
  }
}

void add_units(Table& table) {
  const std::pair<std::string_view, Unit> kUnits[] = {
      {"second", Unit::kSecond}, {"minute", Unit::kMinute},   {"hour", Unit::kHour},
      {"day", Unit::kDay},       {"week", Unit::kWeek},       {"weekend", Unit::kWeekend},
      {"month", Unit::kMonth},   {"quarter", Unit::kQuarter}, {"year", Unit::kYear},
      {"decade", Unit::kDecade}, {"century", Unit::kCentury}, {"fortnight", Unit::kWeek},
      {"qtr", Unit::kQuarter},   {"yr", Unit::kYear}};
  for (const auto& [word, unit] : kUnits) entry(table, word).unit = unit;
  const std::pair<std::string_view, Unit> kPlurals[] = {
      {"seconds", Unit::kSecond}, {"minutes", Unit::kMinute},   {"hours", Unit::kHour},
      {"days", Unit::kDay},       {"weeks", Unit::kWeek},       {"weekends", Unit::kWeekend},
      {"months", Unit::kMonth},   {"quarters", Unit::kQuarter}, {"years", Unit::kYear},
      {"decades", Unit::kDecade}, {"centuries", Unit::kCentury}, {"hrs", Unit::kHour},
      {"mins", Unit::kMinute},    {"yrs", Unit::kYear},         {"qtrs", Unit::kQuarter}};
  for (const auto& [word, unit] : kPlurals) {
    Word& w = entry(table, word);
    w.unit = unit;
    w.plural = true;
  }
}

void add_numbers(Table& table) {
  constexpr std::string_view kSmall[] = {"zero",    "one",     "two",       "three",    "four",
                                         "five",    "six",     "seven",     "eight",    "nine",
                                         "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int n = 0; n < 20; ++n) entry(table, kSmall[n]).number = n;
  constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int t = 0; t < 8; ++t) entry(table, kTens[t]).number = (t + 2) * 10;
  entry(table, "hundred").number = 100;
  entry(table, "thousand").number = 1000;
  entry(table, "dozen").number = 12;
  entry(table, "single").number = 1;

  constexpr std::string_view kOrdinals[] = {
      "first",       "second",     "third",      "fourth",      "fifth",       "sixth",        "seventh",
      "eighth",      "ninth",      "tenth",      "eleventh",    "twelfth",     "thirteenth",   "fourteenth",
      "fifteenth",   "sixteenth",  "seventeenth", "eighteenth", "nineteenth",  "twentieth"};
  for (int n = 0; n < 20; ++n) entry(table, kOrdinals[n]).ordinal = n + 1;
  entry(table, "thirtieth").ordinal = 30;
  entry(table, "last").ordinal = -1;  // "the last week of"
}

void add_seasons_and_parts(Table& table) {
  entry(table, "spring").season = Season::kSpring;
  entry(table, "summer").season = Season::kSummer;
  entry(table, "autumn").season = Season::kFall;
  entry(table, "fall").season = Season::kFall;
  entry(table, "winter").season = Season::kWinter;
  entry(table, "morning").part = PartOfDay::kMorning;
  entry(table, "afternoon").part = PartOfDay::kAfternoon;
  entry(table, "evening").part = PartOfDay::kEvening;
  entry(table, "night").part = PartOfDay::kNight;
  entry(table, "overnight").part = PartOfDay::kNight;
}

void add_relations(Table& table) {
  const std::pair<std::string_view, Relation> kRelations[] = {
      {"last", Relation::kLast},           {"next", Relation::kNext},           {"this", Relation::kThis},
      {"current", Relation::kThis},        {"past", Relation::kPast},           {"coming", Relation::kComing},
      {"upcoming", Relation::kComing},     {"previous", Relation::kPrevious},   {"preceding", Relation::kPrevious},
      {"prior", Relation::kPrevious},      {"following", Relation::kFollowing}, {"subsequent", Relation::kFollowing},
      {"ensuing", Relation::kFollowing},   {"latest", Relation::kLast}};
  for (const auto& [word, relation] : kRelations) entry(table, word).relation = relation;
}

// Words that open a slot without meaning anything by themselves ("a week", "noon", "a few").
void add_slot_openers(Table& table) {
  static constexpr std::string_view kOpeners[] = {"a", "an", "half", "few", "several", "many", "some", "numerous", "noon", "midday",
                                "midnight"};
  for (std::string_view word : kOpeners) {
    entry(table, word);
  }
}

Table build() {
  Table table;
  add_names(table, kMonthNames, &Word::month, &Word::month_abbreviation);
  add_names(table, kWeekdayNames, &Word::weekday, &Word::weekday_abbreviation);
  add_units(table);
  add_numbers(table);
  add_seasons_and_parts(table);
  add_relations(table);
  add_slot_openers(table);
  return table;
}

const Table& table() {
  static const Table kTable = build();
  return kTable;
}

}  // namespace

std::string_view lower_ascii(std::string_view word, char* buffer, std::size_t size) {
  if (word.size() > size) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buffer, word.size()};
}

int month_named(std::string_view lowered) {
  for (const NamedNumber& named : kMonthNames) {
    if (named.name == lowered) return named.number;
  }
  return 0;
}

int weekday_named(std::string_view lowered) {
  for (const NamedNumber& named : kWeekdayNames) {
    if (named.name == lowered) return named.number;
  }
  return 0;
}

const ZoneName* zone_named(std::string_view lowered) {
  for (const ZoneName& zone : kZoneNames) {
    if (zone.name == lowered) return &zone;
  }
  return nullptr;
}

std::vector<std::string_view> known_words() {
  std::vector<std::string_view> words;
  for (const auto& entry : table()) words.push_back(entry.first);
  return words;
}

const Word& lookup(std::string_view word) {
  static const Word kUnknown;
  char buffer[32];
  const std::string_view lowered = lower_ascii(word, buffer, sizeof buffer);
  if (lowered.empty()) return kUnknown;
  const auto found = table().find(lowered);
  return found == table().end() ? kUnknown : found->second;
}

}  // namespace chronicle::temporal
