// The words the temporal rules know: months, weekdays, units, number words, ordinals, seasons,
// parts of day, holidays and the modifiers that shift or qualify a date. Lookup is by lower-case
// ASCII word; the table is built once and never changes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/temporal/partial.h"

namespace chronicle::temporal {

// Words that move a date relative to its anchor.
enum class Relation : std::int8_t { kNone, kLast, kNext, kThis, kPast, kComing, kPrevious, kFollowing };

struct Word {
  std::int8_t month = 0;        // 1..12
  bool month_abbreviation = false;  // "Jan", "Sept": only as part of a date
  std::int8_t weekday = 0;      // 1..7 Monday..Sunday
  bool weekday_abbreviation = false;
  Unit unit = Unit::kNone;      // "day", "weeks", "decade"
  bool plural = false;          // "days", "years"
  int number = -1;              // cardinal: "two" -> 2, "twenty" -> 20, "hundred" -> 100
  int ordinal = 0;              // "first" -> 1, "twentieth" -> 20
  Season season = Season::kNone;
  PartOfDay part = PartOfDay::kNone;
  Relation relation = Relation::kNone;
  bool known = false;           // in the table at all
};

// The entry for `word` (any case); an entry with known == false when the word is not in the table.
const Word& lookup(std::string_view word);

// Every word in the table, lower-case.
std::vector<std::string_view> known_words();

// Month and weekday names with the abbreviations news writes, lower-case: one table for the
// lexicon and for the publication-time reader of core/article.
struct NamedNumber {
  std::string_view name;
  std::int8_t number;  // month 1..12, weekday 1..7 Monday..Sunday
  bool abbreviation;   // "jan", "sept", "thurs": only part of a date unless the context says so
};
inline constexpr NamedNumber kMonthNames[] = {
    {"january", 1, false}, {"february", 2, false}, {"march", 3, false},     {"april", 4, false},
    {"may", 5, false},     {"june", 6, false},     {"july", 7, false},      {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true}, {"feb", 2, true}, {"mar", 3, true},  {"apr", 4, true},   {"jun", 6, true},  {"jul", 7, true},
    {"aug", 8, true}, {"sep", 9, true}, {"sept", 9, true}, {"oct", 10, true},  {"nov", 11, true}, {"dec", 12, true}};
inline constexpr NamedNumber kWeekdayNames[] = {
    {"monday", 1, false}, {"tuesday", 2, false}, {"wednesday", 3, false}, {"thursday", 4, false},
    {"friday", 5, false}, {"saturday", 6, false}, {"sunday", 7, false},
    {"mon", 1, true},  {"tue", 2, true},  {"tues", 2, true}, {"wed", 3, true}, {"thu", 4, true},
    {"thur", 4, true}, {"thurs", 4, true}, {"fri", 5, true}, {"sat", 6, true}, {"sun", 7, true}};

// Zone names with a fixed offset, common in news datelines and feeds: one table for the tagger's
// clock times and the publication-time reader.
struct ZoneName {
  std::string_view name;  // lower-case
  int minutes;            // east of UTC
};
inline constexpr ZoneName kZoneNames[] = {
    {"utc", 0},     {"gmt", 0},    {"ut", 0},     {"z", 0},      {"est", -300}, {"edt", -240},
    {"cst", -360},  {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
    {"akst", -540}, {"hst", -600}, {"bst", 60},   {"cet", 60},   {"cest", 120}, {"eet", 120},
    {"eest", 180},  {"msk", 180},  {"irst", 210}, {"irdt", 270}, {"ist", 330},  {"hkt", 480},
    {"sgt", 480},   {"jst", 540},  {"kst", 540},  {"aest", 600}, {"aedt", 660},
};

// The month (1..12), weekday (1..7) or zone a lower-case name stands for; 0 or nullptr for none.
int month_named(std::string_view lowered);
int weekday_named(std::string_view lowered);
const ZoneName* zone_named(std::string_view lowered);

// Word lists the slot readers (slots.cpp) consult, lower-case.
namespace words {
// Short lower-case words that are never the adjective of "two bloody weeks".
inline constexpr std::string_view kNotAdjectives[] = {
    "and", "the", "for", "per", "out", "off", "from", "with", "than"};
// Words before an ambiguous month name ("may", "march") that make it a month.
inline constexpr std::string_view kMonthCues[] = {
    "in", "on", "since", "until", "till", "by", "during", "before", "after", "from", "through", "of",
    "last", "next", "this", "early", "late", "mid", "end", "-", "beginning", "between", "and", "to",
    "throughout", "around", "every", "each"};
// Words before a bare season word that make it a season ("in spring", not "prices fall").
inline constexpr std::string_view kSeasonCues[] = {
    "in", "during", "by", "until", "since", "through", "throughout", "this", "last", "next", "early",
    "late", "mid", "before", "after", "every", "each"};
// Parts of a season before "of": "the middle of summer", "the depths of winter".
inline constexpr std::string_view kSeasonParts[] = {
    "middle", "end", "start", "beginning", "height", "depth", "depths", "dead", "heart", "rest",
    "course", "remainder", "onset", "close"};
// Words or dashes joining two dates: "April and June", "5-9", "summer to autumn".
inline constexpr std::string_view kDateJoins[] = {
    "and", "or", "to", "through", "until", "-", "\xE2\x80\x93"};
// Words that make the number after them a label, not a year: "Room 1938", "Resolution 2016".
inline constexpr std::string_view kNumberLabels[] = {
    "room", "page", "pages", "flight", "route", "article", "chapter", "section", "no", "number",
    "apartment", "suite", "box", "unit", "model", "version", "highway", "gate", "platform", "pier",
    "lot", "exit", "code", "id", "ticket", "item", "figure", "table", "line", "bus", "building",
    "floor", "level", "resolution", "rule", "form", "order", "bill", "act", "paragraph", "clause",
    "account", "vol", "volume", "issue", "ref", "tel", "phone", "fax", "pin", "zip", "street", "avenue",
    "road", "windows", "office"};
// Words before a number that keep it a year before a plural noun ("in 2015 sales rose"); after
// any other word it counts things ("won 2016 votes").
inline constexpr std::string_view kYearCues[] = {
    "in", "on", "at", "since", "by", "during", "until", "till", "from", "to", "before", "after", "of",
    "the", "early", "late", "mid", "and", "or", "between", "through", "throughout", "around", "circa",
    "c", "fiscal", "year", "for", "than", "its", "their", "his", "her", "our", "this", "that", "last",
    "next", "each", "every"};
// Words after which "sat", "thu" are weekdays: "next sat", "until Thu".
inline constexpr std::string_view kWeekdayAbbreviationCues[] = {
    "next", "until", "till", "every", "coming"};
// Words of an unknown count: "several", "many" (days).
inline constexpr std::string_view kFewWords[] = {
    "few", "several", "many", "some", "numerous"};
}  // namespace words

// Lower-cases ASCII `word` into `buffer` (at most `size` bytes); returns the lowered view or an
// empty view when the word does not fit.
std::string_view lower_ascii(std::string_view word, char* buffer, std::size_t size);

}  // namespace chronicle::temporal
