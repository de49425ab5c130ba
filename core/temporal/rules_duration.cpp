// Durations: "three years", "two and a half hours", "a decade", "18-month", "the past nine days",
// "several years".
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> duration(const Slots& s) {
  if (s.unit == Unit::kNone || s.unit == Unit::kWeekend || counts_plural_as_one(s)) return std::nullopt;
  Partial p;
  p.shape = Shape::kDuration;
  p.unit = s.unit;
  p.amount = s.number;
  return p;
}

// "a second" is mostly the ordinal ("a second day"); "a quarter" mostly a fraction ("a quarter of").
std::optional<Partial> counted(const Slots& s) {
  if (s.number == 1 && (s.unit == Unit::kSecond || s.unit == Unit::kQuarter)) return std::nullopt;
  // "the 1988 quarter": a year before a singular unit, not 1988 quarters.
  if (!s.plural_unit && s.number >= 1800 && s.number <= 2199 && s.number == static_cast<int>(s.number)) {
    return std::nullopt;
  }
  return duration(s);
}

// "two bloody weeks", "ten brutal months": a plural unit after a count above one.
std::optional<Partial> counted_with_adjective(const Slots& s) {
  if (!s.plural_unit || s.number < 2) return std::nullopt;
  return duration(s);
}

// "27-year", "five-year": the count is glued to a singular unit.
std::optional<Partial> compound(const Slots& s) {
  if (s.plural_unit) return std::nullopt;
  return duration(s);
}

// "years", "decades", "months": an unknown number of them.
std::optional<Partial> bare_plural(const Slots& s) {
  // "quarters" alone are mostly rooms or circles ("living quarters", "in some quarters").
  if (!s.plural_unit || s.unit == Unit::kSecond || s.unit == Unit::kWeekend || s.unit == Unit::kQuarter) {
    return std::nullopt;
  }
  Partial p;
  p.shape = Shape::kDuration;
  p.unit = s.unit;
  p.amount = -1;
  return p;
}

// "a months-long siege" (how many not said), "a year-long war".
std::optional<Partial> unit_long(const Slots& s) {
  if (s.unit == Unit::kNone || s.unit == Unit::kWeekend) return std::nullopt;
  Partial p;
  p.shape = Shape::kDuration;
  p.unit = s.unit;
  p.amount = s.plural_unit ? -1 : 1;
  return p;
}

std::optional<Partial> unknown_count(const Slots& s) {
  if (!s.plural_unit) return std::nullopt;
  Partial p;
  p.shape = Shape::kDuration;
  p.unit = s.unit;
  p.amount = -1;
  return p;
}

constexpr Rule kRules[] = {
    {"number-unit-old", "<number> - <unit> - old", not_temporal},  // an age, not a stretch of time
    {"number unit", "<number> <unit> !-", counted},  // "a week-long strike": "week-long" is the duration
    {"number straight units", "<number> straight|consecutive|trading|business|working|full|long <unit>", counted},
    {"number adjective units", "<number> <adjective> <unit>", counted_with_adjective},
    {"number-unit", "<number> - <unit>", compound},
    {"the past number units", "the? <relation> <number> <unit>", counted},
    {"the past number straight units", "the? <relation> <number> straight|consecutive|trading|business|working|full <unit>", counted},
    {"the first number units", "the? first <number> <unit>", counted},
    {"a few units", "<few> <unit>", unknown_count},
    {"the past few units", "the? <relation> <few> <unit>", unknown_count},
    {"units", "<unit>", bare_plural},
    {"units-long", "<unit> - long", unit_long},
};

}  // namespace

std::span<const Rule> duration_rules() { return kRules; }

}  // namespace chronicle::temporal
