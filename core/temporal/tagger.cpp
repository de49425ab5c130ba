// tag(): tokens -> mentions (recognizer) -> mode choice -> resolution in reading order.
#include <date/date.h>

#include <cstdlib>

#include "core/temporal/recognizer.h"
#include "core/temporal/resolver.h"
#include "core/temporal/tense.h"
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

// Auto mode reads a document as a narrative when it has no document time; when its explicit
// years far from that time (more than 5 years) outnumber the near ones plus the expressions that
// point at the document's own time (today, last week, Sunday); or when it is dense with explicit
// years (10 or more) and has almost none of those pointers (a history of recent events).
bool looks_narrative(const std::vector<Mention>& mentions, const std::optional<sys_seconds>& dct) {
  if (!dct) return true;
  const int dct_year = static_cast<int>(year_month_day{floor<days>(*dct)}.year());
  int far = 0;
  int near = 0;
  int pointers = 0;
  for (const Mention& m : mentions) {
    const Partial& p = m.partial;
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

Timex to_timex(const Input& input, const Mention& m, Resolution r) {
  Timex t;
  t.begin = input.tokens[m.first].begin;
  t.end = input.tokens[m.end - 1].end;
  t.text = std::string(input.text.substr(t.begin, t.end - t.begin));
  t.type = std::move(r.type);
  t.value = std::move(r.value);
  t.mod = std::string(m.partial.mod);
  t.granularity = std::move(r.granularity);
  t.interval = std::move(r.interval);
  return t;
}

}  // namespace

std::vector<Timex> tag(std::string_view text, const TagOptions& options) {
  const auto tokens = text::tokenize(text);
  std::vector<const Word*> words(tokens.size(), nullptr);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != text::TokenKind::kWord) continue;
    const Word& w = lookup(tokens[i].text(text));
    if (w.known) words[i] = &w;
  }
  const Input input{text, tokens, words, options.date_order};
  const auto mentions = recognize(input);

  ResolveContext context;
  context.dct = parse_dct(options.dct);
  context.narrative = options.mode == Mode::kNarrative ||
                      (options.mode == Mode::kAuto && looks_narrative(mentions, context.dct));
  if (context.dct) context.last = Point{floor<days>(*context.dct), Unit::kDay};

  std::vector<Timex> timexes;
  timexes.reserve(mentions.size());
  for (const Mention& m : mentions) {
    context.tense = tense_around(input, m.first, m.end);
    auto resolution = resolve(m.partial, context);
    if (!resolution) continue;
    if (resolution->point) context.last = resolution->point;
    timexes.push_back(to_timex(input, m, std::move(*resolution)));
  }
  return timexes;
}

}  // namespace chronicle::temporal
