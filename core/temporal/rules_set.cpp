// Sets: recurring times ("every Monday", "weekly", "each year", "twice a month").
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

Partial set_of(Unit unit, double amount) {
  Partial p;
  p.shape = Shape::kSet;
  p.unit = unit;
  p.amount = amount;
  return p;
}

std::optional<Partial> every_unit(const Slots& s) {
  if (s.unit == Unit::kNone) return std::nullopt;
  return set_of(s.unit, s.number > 0 ? s.number : 1);
}

std::optional<Partial> every_weekday(const Slots& s) {
  Partial p = set_of(Unit::kWeek, 1);
  p.weekday = s.weekday;
  p.part = s.part;
  return p;
}

std::optional<Partial> every_part(const Slots& s) {
  Partial p = set_of(Unit::kDay, 1);
  p.part = s.part;
  return p;
}

std::optional<Partial> every_other_unit(const Slots& s) {
  if (s.unit == Unit::kNone) return std::nullopt;
  return set_of(s.unit, 2);
}

// "twice a month" recurs every month (how often within it is not part of the value).
std::optional<Partial> per_unit(const Slots& s) {
  if (s.unit == Unit::kNone || s.plural_unit) return std::nullopt;
  return set_of(s.unit, 1);
}

template <Unit kUnit>
std::optional<Partial> periodic(const Slots&) {
  return set_of(kUnit, 1);
}

// "fortnightly": every two weeks; "semi-annually", "half-yearly": every six months.
std::optional<Partial> fortnightly(const Slots&) { return set_of(Unit::kWeek, 2); }
std::optional<Partial> half_yearly(const Slots&) { return set_of(Unit::kMonth, 6); }

// "twice daily", "three times weekly": how often within the period is not part of the value.
std::optional<Partial> times_periodic(const Slots& s) {
  if (s.word == "daily") return set_of(Unit::kDay, 1);
  if (s.word == "weekly") return set_of(Unit::kWeek, 1);
  if (s.word == "monthly") return set_of(Unit::kMonth, 1);
  if (s.word == "yearly" || s.word == "annually") return set_of(Unit::kYear, 1);
  return std::nullopt;
}

constexpr Rule kRules[] = {
    {"every unit", "every|each <unit>", every_unit},
    {"per unit", "per <unit>", per_unit},
    {"every number units", "every <number> <unit>", every_unit},
    {"every other unit", "every other <unit>", every_other_unit},
    {"every weekday", "every|each <weekday> <part>?", every_weekday},
    {"every part of day", "every|each <part>", every_part},
    {"once a unit", "once|twice a|per|each <unit>", per_unit},
    {"number times a unit", "<number> times a|per|each <unit>", per_unit},
    // "a quarterly dividend", "quarterly earnings": a kind of payment or report, not a recurrence
    // in time ("paid quarterly" stays a set). News corpora do mark "daily" and "weekly" before a
    // noun ("daily raids"), so those stay.
    {"quarterly dividend", "quarterly <adjective>", not_temporal},
    {"daily", "daily", periodic<Unit::kDay>},
    {"weekly", "weekly", periodic<Unit::kWeek>},
    {"monthly", "monthly", periodic<Unit::kMonth>},
    {"quarterly", "quarterly", periodic<Unit::kQuarter>},
    {"yearly", "yearly|annually|annual", periodic<Unit::kYear>},
    {"hourly", "hourly", periodic<Unit::kHour>},
    {"fortnightly", "fortnightly", fortnightly},
    {"semi-annually", "semi - annually|annual|yearly", half_yearly},
    {"semiannually", "semiannually|semiannual", half_yearly},
    {"half-yearly", "half - yearly", half_yearly},
    {"twice daily", "once|twice|thrice daily|weekly|monthly|yearly|annually", times_periodic},
    {"three times weekly", "<number> times daily|weekly|monthly|yearly|annually", times_periodic},
};

}  // namespace

std::span<const Rule> set_rules() { return kRules; }

}  // namespace chronicle::temporal
