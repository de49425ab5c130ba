// Weekdays, with or without "last"/"next"/"this", and with a part of the day.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

Lean lean_of(Relation relation) {
  switch (relation) {
    case Relation::kLast: case Relation::kPast: case Relation::kPrevious: return Lean::kPast;
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing: return Lean::kFuture;
    case Relation::kThis: return Lean::kSame;
    case Relation::kNone: break;
  }
  return Lean::kTense;
}

std::optional<Partial> weekday(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  p.lean = lean_of(s.relation);
  p.part = s.part;
  p.hour = s.hour;
  p.minute = s.minute;
  p.second = s.second;
  p.utc = s.utc;
  p.zone_offset = s.zone_offset;
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
