// tag(): tokens -> mentions (recognizer) -> mode choice -> resolution in reading order.
#include <date/date.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/temporal/calendar.h"
#include "core/temporal/recognizer.h"
#include "core/temporal/resolver.h"
#include "core/temporal/tense.h"
#include "core/temporal/triggers.h"
#include "core/temporal/temporal.h"
#include "core/text/tokens.h"

namespace chronicle::temporal {
namespace {

using namespace date;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int number(std::string_view s) { return std::atoi(std::string(s).c_str()); }

// "2016-03-29", "2016-03-29T16:27:03", "2016-03-29 16:27", with any zone suffix ignored.
std::optional<sys_seconds> parse_dct(std::string_view dct) {
  if (dct.size() < 10 || dct[4] != '-' || dct[7] != '-') return std::nullopt;
  if (!digits(dct.substr(0, 4)) || !digits(dct.substr(5, 2)) || !digits(dct.substr(8, 2))) return std::nullopt;
  const year_month_day ymd{year{number(dct.substr(0, 4))}, month{static_cast<unsigned>(number(dct.substr(5, 2)))},
                           day{static_cast<unsigned>(number(dct.substr(8, 2)))}};
  if (!ymd.ok()) return std::nullopt;
  sys_seconds t = sys_days{ymd};
  if (dct.size() >= 16 && (dct[10] == 'T' || dct[10] == ' ') && digits(dct.substr(11, 2)) && dct[13] == ':' &&
      digits(dct.substr(14, 2))) {
    t += hours{number(dct.substr(11, 2))} + minutes{number(dct.substr(14, 2))};
    if (dct.size() >= 19 && dct[16] == ':' && digits(dct.substr(17, 2))) t += seconds{number(dct.substr(17, 2))};
  }
  return t;
}

// An expression found in the text, with what the words say and the tense around them; byte
// offsets are into the whole text.
struct Found {
  std::size_t begin = 0;
  std::size_t end = 0;
  Partial partial;
  Tense tense = Tense::kNone;
  bool reported = false;  // the past cue is a verb of saying
  std::string_view rule;
};

// Where the chunk starting at `start` ends. Expressions never cross a line break, so a chunk ends
// after the first line break past kMinChunk bytes; a longer line is cut at white space past
// kMaxChunk, and a line without any is cut at a UTF-8 character boundary. Chunks bound the memory
// for tokens whatever the input.
std::size_t chunk_end(std::string_view text, std::size_t start) {
  constexpr std::size_t kMinChunk = 1 << 16;
  constexpr std::size_t kMaxChunk = 1 << 20;
  if (text.size() - start <= kMinChunk) return text.size();
  const std::size_t line = text.find('\n', start + kMinChunk);
  if (line != std::string_view::npos && line < start + kMaxChunk) return line + 1;
  const std::size_t limit = std::min(text.size(), start + 2 * kMaxChunk);
  for (std::size_t i = start + kMaxChunk; i < limit; ++i) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') return i + 1;
  }
  std::size_t cut = limit;
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  return cut;
}

// Recognition over the whole text, one chunk at a time.
std::vector<Found> find_expressions(std::string_view text, DateOrder order) {
  std::vector<Found> found;
  std::vector<const Trigger*> triggers;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = chunk_end(text, start);
    const std::string_view chunk = text.substr(start, end - start);
    const auto tokens = text::tokenize(chunk);
    find_triggers(chunk, tokens, triggers);
    Input input{chunk, tokens, triggers, order};
    const RuleFilter filter = rule_filter(triggers);
    input.filter = &filter;
    for (const Mention& m : recognize(input)) {
      Found f;
      f.begin = start + tokens[m.first].begin;
      f.end = start + tokens[m.end - 1].end;
      f.partial = m.partial;
      f.rule = m.rule;
      f.tense = tense_around(input, m.first, m.end, &f.reported);
      found.push_back(f);
    }
    start = end;
  }
  return found;
}

// "At 11 a.m. on 11 November 1918", "5 p.m. EST, Nov. 6", "5 p.m. EST Nov. 9": a clock time right
// before a written-out date (after "on", a comma or nothing) is a time of that day. Both stay expressions of their own, as TimeML marks them; the clock takes the
// date's calendar fields instead of the day the context would give it.
void date_clocks(std::string_view text, std::vector<Found>& found) {
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    Partial& clock = found[k].partial;
    const Partial& date = found[k + 1].partial;
    const bool bare_clock = clock.shape == Shape::kAnaphoric && clock.unit == Unit::kDay && clock.amount == 0 &&
                            clock.hour >= 0;
    if (!bare_clock || date.shape != Shape::kCalendar || date.month == 0 || date.day == 0) continue;
    std::string_view between = text.substr(found[k].end, found[k + 1].begin - found[k].end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    if (between != "on" && between != "On" && between != "," && !between.empty()) continue;
    clock.shape = Shape::kCalendar;
    clock.year = date.year;
    clock.month = date.month;
    clock.day = date.day;
    clock.two_digit_year = date.two_digit_year;
    clock.lean = date.lean;
  }
}

// "Thanksgiving of next year", "Christmas in this year": a holiday without a year, then "of" or
// "in" and a year counted from now, is one expression: the holiday in that year.
void holiday_years(std::string_view text, std::vector<Found>& found) {
  std::size_t out = 0;  // compacted in place: one pass, however many pairs join
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (out != k) found[out] = std::move(found[k]);
    Found& current = found[out++];
    if (k + 1 >= found.size()) break;
    Partial& holiday = current.partial;
    const Partial& year = found[k + 1].partial;
    if (holiday.holiday == Holiday::kNone || holiday.year >= 0 || holiday.relative_year) continue;
    const bool counted_year = year.shape == Shape::kDeictic && year.unit == Unit::kYear && !year.counted &&
                              year.granularity == Unit::kNone && year.mod.empty() && std::fabs(year.amount) <= 1;
    if (!counted_year) continue;
    std::string_view between = text.substr(current.end, found[k + 1].begin - current.end);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    if (between != "of" && between != "in") continue;
    holiday.relative_year = true;
    holiday.year_shift = static_cast<int>(year.amount);
    current.end = found[k + 1].end;
    ++k;  // the year is part of the holiday now
  }
  found.resize(out);
}

// Auto mode reads a document as a narrative when it has no document time; when its explicit
// years far from that time (more than 5 years) outnumber the near ones plus the expressions that
// point at the document's own time (today, last week, Sunday); or when it is dense with explicit
// years (10 or more) and has almost none of those pointers (a history of recent events).
bool looks_narrative(const std::vector<Found>& found, const std::optional<sys_seconds>& dct) {
  if (!dct) return true;
  const int dct_year = static_cast<int>(year_month_day{floor<days>(*dct)}.year());
  int far = 0;
  int near = 0;
  int pointers = 0;
  for (const Found& f : found) {
    const Partial& p = f.partial;
    if (p.shape == Shape::kDeictic || (p.shape == Shape::kCalendar && p.weekday > 0)) ++pointers;
    if (p.shape != Shape::kCalendar || p.year < 0) continue;
    if (std::abs(p.year - dct_year) > 5) {
      ++far;
    } else {
      ++near;
    }
  }
  return far > near + pointers || (far + near >= 10 && pointers * 10 < far + near);
}

// Ranges. Words that join the two ends ("March 3 to 10", "2009-2011") and words that open a
// range with one end only ("since 2003", "until Friday").
std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool same_word(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// The joining word between two ends, as `via` names it, or "" when `between` joins nothing.
std::string_view joiner(std::string_view between) {
  between = trimmed(between);
  if (between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94") return "-";  // hyphen, en and em dash
  for (std::string_view w : {"to", "through", "thru", "till", "until", "and"}) {
    if (same_word(between, w)) return w == "thru" ? "through" : w == "till" ? "until" : w;
  }
  return "";
}

// The word right before byte `at`, lower-cased comparison against `lower`.
bool word_before(std::string_view text, std::size_t at, std::string_view lower) {
  std::size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::size_t begin = end;
  while (begin > 0 && ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || (text[begin - 1] >= 'A' && text[begin - 1] <= 'Z'))) {
    --begin;
  }
  return same_word(text.substr(begin, end - begin), lower);
}

// "At the same time, ..." opening a sentence, with a comma after it: in news a connective
// ("meanwhile", "yet"), not the date last mentioned. Stories narrated in order keep it a date.
bool connective_same_time(std::string_view text, const Found& f) {
  if (f.rule != "the same time" || !word_before(text, f.begin, "at")) return false;
  std::size_t after = f.end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after >= text.size() || text[after] != ',') return false;
  std::size_t at = f.begin;
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  at -= 2;  // the start of "At", which word_before found there
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at == 0 || text[at - 1] == '.' || text[at - 1] == '\n' || text[at - 1] == '"' || text[at - 1] == '!' ||
         text[at - 1] == '?';
}

bool dated(const Timex& t) { return (t.type == "DATE" || t.type == "TIME") && t.interval.has_value(); }

// Day `day` of the month that `other` (a day expression) names.
year_month_day day_of_month(const Timex& other, int day) {
  const int y = number(other.value.substr(0, 4));
  const unsigned m = static_cast<unsigned>(number(other.value.substr(5, 2)));
  return year_month_day{year{y}, month{m}, date::day{static_cast<unsigned>(day)}};
}

// The bare day text[begin, end) ("13" of "13-15 July") as an expression of its own: day `day` of
// the month the range's other end names.
Timex bare_day(std::string_view text, std::size_t begin, std::size_t end, const Timex& other, int day,
               std::string_view rule) {
  Timex t;
  t.text = std::string(text.substr(begin, end - begin));
  t.begin = begin;
  t.end = end;
  t.type = "DATE";
  t.value = other.value.substr(0, 8) + (day < 10 ? "0" : "") + std::to_string(day);
  t.granularity = Granularity::kDay;
  t.written.day = true;
  t.rule = rule;
  const sys_days d{day_of_month(other, day)};
  t.interval = interval_between(d, d + days{1});
  return t;
}

// What the words of a recognized expression wrote, as its rule read them. A holiday names its day.
Written written_by(const Partial& p) {
  Written w;
  w.year = (p.year >= 0 && !p.relative_year) || p.decade >= 0 || p.century >= 0;
  w.month = p.month > 0 || p.holiday != Holiday::kNone;
  w.day = p.day > 0 || p.holiday != Holiday::kNone;
  w.weekday = p.weekday > 0;
  w.time_of_day = p.hour >= 0 || p.part != PartOfDay::kNone;
  return w;
}

void insert_in_order(std::vector<Timex>& timexes, const std::vector<Timex>& added) {
  if (added.empty()) return;
  timexes.insert(timexes.end(), added.begin(), added.end());
  std::sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
}

// "March 3-10", "from March 3 to 10": the bare day after a joiner is a day of the same month. It
// becomes an expression of its own, as TempEval marks the second end.
void add_bare_day_ends(std::string_view text, std::vector<Timex>& timexes) {
  std::vector<Timex> added;
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& first = timexes[k];
    if (first.type != "DATE" || first.granularity != Granularity::kDay || first.value.size() != 10 || !first.interval) continue;
    // The joiner and the number, stopping before the next expression.
    const std::size_t limit = k + 1 < timexes.size() ? timexes[k + 1].begin : text.size();
    std::size_t i = first.end;
    std::size_t j = i;
    while (j < limit && j - i < 12 && !(text[j] >= '0' && text[j] <= '9')) ++j;
    if (j >= limit || joiner(text.substr(i, j - i)).empty() || same_word(trimmed(text.substr(i, j - i)), "and")) continue;
    std::size_t e = j;
    while (e < limit && e - j < 2 && text[e] >= '0' && text[e] <= '9') ++e;
    // Only a day standing alone: not "3-10%", "3-10.5", "3-10pm"; an ordinal suffix belongs to it.
    std::size_t after = e;
    const std::string_view suffix = text.substr(after, 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") after += 2;
    if (after < text.size() && ((text[after] >= '0' && text[after] <= '9') || (text[after] >= 'a' && text[after] <= 'z') ||
                                (text[after] >= 'A' && text[after] <= 'Z') || text[after] == '%' || text[after] == ':' ||
                                (text[after] == '.' && after + 1 < text.size() && text[after + 1] >= '0' && text[after + 1] <= '9'))) {
      continue;
    }
    if (after < text.size() && text[after] == ' ') {
      // "March 3-10 people": a lower-case word after the number counts with it, unless it is a
      // word that starts a phrase of its own ("March 3-10 in Paris").
      std::size_t w = after + 1;
      std::size_t w_end = w;
      while (w_end < text.size() && text[w_end] >= 'a' && text[w_end] <= 'z') ++w_end;
      static constexpr std::string_view kPhraseWords[] = {"in", "at", "on", "and", "or", "but", "for", "to", "with",
                                                          "when", "while", "as", "of", "the", "this", "from", "by"};
      const std::string_view next = text.substr(w, w_end - w);
      if (!next.empty() && std::find(std::begin(kPhraseWords), std::end(kPhraseWords), next) == std::end(kPhraseWords)) {
        continue;
      }
    }
    const int day = std::atoi(std::string(text.substr(j, e - j)).c_str());
    const int start_day = number(first.value.substr(8, 2));
    if (day <= start_day || !day_of_month(first, day).ok()) continue;
    added.push_back(bare_day(text, j, after, first, day, "range end: a bare day"));
  }
  insert_in_order(timexes, added);
}

// "13-15 July", "from the 13th to 15th July": the bare day before a joiner is a day of the same
// month as the date after it (the mirror of add_bare_day_ends). It becomes an expression of its own.
void add_bare_day_starts(std::string_view text, std::vector<Timex>& timexes) {
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  const auto letter = [&](std::size_t i) {
    return (text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z');
  };
  std::vector<Timex> added;
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    const Timex& second = timexes[k];
    if (second.type != "DATE" || second.granularity != Granularity::kDay || second.value.size() != 10 || !second.interval) continue;
    if (second.text.empty() || !(second.text[0] >= '0' && second.text[0] <= '9')) continue;  // "15 July", not "July 15"
    const std::size_t limit = k > 0 ? timexes[k - 1].end : 0;
    // Back over the joiner to the number's last digit, then over its one or two digits.
    std::size_t q = second.begin;
    while (q > limit && second.begin - q < 12 && !digit(q - 1)) --q;
    if (q <= limit || !digit(q - 1)) continue;
    std::string_view between = text.substr(q, second.begin - q);
    bool ordinal = false;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (between.substr(0, 2) == suffix) {
        between.remove_prefix(2);
        ordinal = true;
      }
    }
    const std::string_view join = joiner(between);
    if (join.empty() || join == "and") continue;
    std::size_t b = q;
    while (b > limit && q - b < 3 && digit(b - 1)) --b;
    if (q - b > 2 || (b > 0 && (letter(b - 1) || digit(b - 1) || text[b - 1] == '.' || text[b - 1] == ':' ||
                                text[b - 1] == '/' || text[b - 1] == '-' || text[b - 1] == '$'))) {
      continue;
    }
    const int day = number(text.substr(b, q - b));
    const int end_day = number(second.value.substr(8, 2));
    if (day < 1 || day >= end_day || !day_of_month(second, day).ok()) continue;
    // The word before the number introduces a date ("from", "held", "the"), or there is none: not
    // "Room 13 to 15 July", "scored 2-15 July".
    std::size_t w_end = b;
    while (w_end > limit && text[w_end - 1] == ' ') --w_end;
    std::size_t w = w_end;
    while (w > limit && letter(w - 1)) --w;
    static constexpr std::string_view kBefore[] = {"from", "between", "the", "on", "in", "held", "during", "over",
                                                   "for", "and", "or", "by", "of", "since", "at", "until", "till"};
    const std::string_view previous = text.substr(w, w_end - w);
    if (!previous.empty() && std::none_of(std::begin(kBefore), std::end(kBefore),
                                          [&](std::string_view word) { return same_word(previous, word); })) {
      continue;
    }
    const std::size_t after = q + (ordinal ? 2 : 0);
    added.push_back(bare_day(text, b, after, second, day, "range start: a bare day"));
  }
  insert_in_order(timexes, added);
}

// Links the ends of ranges: "from X to Y", "between X and Y", "X-Y", "X through Y", and the open
// ones "since X", "until X".
// The day of a value or timestamp that starts "YYYY-MM-DD".
sys_days day_of(std::string_view s) {
  return sys_days{year{number(s.substr(0, 4))} / month{static_cast<unsigned>(number(s.substr(5, 2)))} /
                  day{static_cast<unsigned>(number(s.substr(8, 2)))}};
}

// "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow": a bare clock time that starts a range is on the
// day its end names. The clock's value and interval move to that day.
std::optional<Timex> clock_on_end_day(const Timex& start, const Timex& end) {
  if (start.type != "TIME" || start.rule != "clock time" || end.rule == "clock time") return std::nullopt;
  if (start.value.size() < 13 || start.value[10] != 'T' || end.value.size() < 10 || !start.interval) return std::nullopt;
  if (start.value.compare(0, 10, end.value, 0, 10) == 0) return std::nullopt;
  const days shift = day_of(end.value) - day_of(start.value);
  Timex moved = start;
  moved.value = end.value.substr(0, 10) + start.value.substr(10);
  moved.interval = interval_between(sys_seconds{std::chrono::seconds{start.interval->start_second}} + shift,
                                    sys_seconds{std::chrono::seconds{start.interval->end_second}} + shift);
  return moved;
}

void link_ranges(std::string_view text, std::vector<Timex>& timexes) {
  for (std::size_t k = 0; k + 1 < timexes.size(); ++k) {
    Timex& a = timexes[k];
    Timex& b = timexes[k + 1];
    if (a.range || !dated(a) || !dated(b) || a.type != b.type || b.begin < a.end) continue;
    const std::string_view join = joiner(text.substr(a.end, b.begin - a.end));
    if (join.empty()) continue;
    const bool from = word_before(text, a.begin, "from");
    const bool between = word_before(text, a.begin, "between");
    if (join == "and" && !between) continue;
    if (between && join != "and") continue;
    std::optional<Timex> moved = clock_on_end_day(a, b);
    if (moved && moved->interval->start <= b.interval->start) a = std::move(*moved);
    // The start must not come after the end ("2011-2009" is no range).
    if (a.interval->start > b.interval->start) continue;
    const std::string via = from ? "from" : between ? "between" : std::string(join);
    a.range = RangeLink{k, k + 1, via};
    b.range = RangeLink{k, k + 1, via};
    ++k;
  }
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    Timex& t = timexes[k];
    if (t.range || !dated(t)) continue;
    if (word_before(text, t.begin, "since")) {
      t.range = RangeLink{k, std::nullopt, "since"};
    } else if (word_before(text, t.begin, "until") || word_before(text, t.begin, "till")) {
      t.range = RangeLink{std::nullopt, k, "until"};
    }
  }
}

}  // namespace

std::vector<Timex> tag(std::string_view text, const TagOptions& options) {
  std::vector<Found> found = find_expressions(text, options.date_order);
  date_clocks(text, found);
  holiday_years(text, found);

  ResolveContext context;
  context.dct = parse_dct(options.dct);
  context.narrative = options.mode == Mode::kNarrative ||
                      (options.mode == Mode::kAuto && looks_narrative(found, context.dct));
  if (context.dct) context.last = Point{floor<days>(*context.dct), Unit::kDay};

  std::vector<Timex> timexes;
  timexes.reserve(found.size());
  for (const Found& f : found) {
    context.tense = f.tense;
    context.reported = f.reported;
    if (!context.narrative && connective_same_time(text, f)) continue;
    auto resolution = resolve(f.partial, context);
    if (!resolution) continue;
    if (resolution->point) context.last = resolution->point;
    Timex t;
    t.begin = f.begin;
    t.end = f.end;
    t.text = std::string(text.substr(f.begin, f.end - f.begin));
    t.type = std::move(resolution->type);
    t.value = std::move(resolution->value);
    t.mod = std::string(f.partial.mod);
    t.granularity = resolution->granularity;
    t.written = written_by(f.partial);
    t.interval = std::move(resolution->interval);
    t.rule = f.rule;
    timexes.push_back(std::move(t));
  }
  add_bare_day_ends(text, timexes);
  add_bare_day_starts(text, timexes);
  link_ranges(text, timexes);
  return timexes;
}

}  // namespace chronicle::temporal
