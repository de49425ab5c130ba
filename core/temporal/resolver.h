// Resolution: a Partial (what the words say) plus an anchor and the tense of its clause gives a
// TIMEX3 type, value, granularity and closed-open interval. All calendar math is Howard Hinnant's
// date library.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>

#include "core/temporal/partial.h"
#include "core/temporal/temporal.h"

namespace chronicle::temporal {

enum class Tense : std::uint8_t { kNone, kPast, kFuture };

// A resolved period that later expressions may anchor on.
struct Point {
  date::sys_days day;        // its first day
  Unit unit = Unit::kDay;    // its granularity
};

struct ResolveContext {
  std::optional<date::sys_seconds> dct;  // the document's time; none when unknown
  std::optional<Point> last;             // the last date the text mentioned
  Tense tense = Tense::kNone;            // of the clause around the expression
  bool reported = false;                 // a past tense from a verb of saying ("said", "declared")
  bool narrative = false;                // anchor everything on `last` instead of the document's time
};

struct Resolution {
  std::string type;         // DATE, TIME, DURATION, SET
  std::string value;
  Granularity granularity = Granularity::kNone;
  std::optional<Interval> interval;
  std::optional<Point> point;  // set for dates that later expressions may anchor on
};

// nullopt when the words name no real date ("February 30").
std::optional<Resolution> resolve(const Partial& partial, const ResolveContext& context);

}  // namespace chronicle::temporal
