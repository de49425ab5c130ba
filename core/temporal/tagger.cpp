// tag(): tokens -> mentions (recognizer) -> mode choice -> resolution in reading order.
#include <date/date.h>

#include <algorithm>
#include <cstdlib>

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
      Found f{start + tokens[m.first].begin, start + tokens[m.end - 1].end, m.partial};
      f.tense = tense_around(input, m.first, m.end, &f.reported);
      found.push_back(f);
    }
    start = end;
  }
  return found;
}

// "At 11 a.m. on 11 November 1918": a clock time right before "on" and a written-out date is a
// time of that day. Both stay expressions of their own, as TimeML marks them; the clock takes the
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
    if (between != "on" && between != "On") continue;
    clock.shape = Shape::kCalendar;
    clock.year = date.year;
    clock.month = date.month;
    clock.day = date.day;
    clock.two_digit_year = date.two_digit_year;
    clock.lean = date.lean;
  }
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

}  // namespace

std::vector<Timex> tag(std::string_view text, const TagOptions& options) {
  std::vector<Found> found = find_expressions(text, options.date_order);
  date_clocks(text, found);

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
    t.granularity = std::move(resolution->granularity);
    t.interval = std::move(resolution->interval);
    timexes.push_back(std::move(t));
  }
  return timexes;
}

}  // namespace chronicle::temporal
