// Weekdays, with or without "last"/"next"/"this", and with a part of the day.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> weekday(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  p.lean = lean_of(s.relation);
  p.part = s.part;
  set_clock(p, s);
  return p;
}

constexpr Rule kRules[] = {
    {"weekday", "<weekday>", weekday},
    {"last or next weekday", "<relation> <weekday>", weekday},
    {"weekday part of day", "<relation>? <weekday> <part>", weekday},
    {"weekday at time", "<relation>? <weekday> at? <clock>", weekday},
    {"weekday part of day at time", "<weekday> <part> at? <clock>", weekday},
};

}  // namespace

std::span<const Rule> weekday_rules() { return kRules; }

}  // namespace chronicle::temporal
