// Times of day: clock times and parts of the day, on the day the context gives.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> clock_time(const Slots& s) {
  Partial p;
  p.shape = Shape::kAnaphoric;
  p.unit = Unit::kDay;
  p.amount = 0;
  set_clock(p, s);
  return p;
}

// "the early hours of Saturday", "the small hours of 30 April 1975": the night's end, a morning.
std::optional<Partial> early_hours_of(const Slots& s) {
  Partial p;
  p.year = s.year;
  p.month = s.month;
  p.day = s.day;
  p.weekday = s.weekday;
  p.part = PartOfDay::kMorning;
  return p;
}

// "at night", "in daytime", "night-time": a part of the day, of no day in particular.
template <PartOfDay kPart>
std::optional<Partial> part_of_any_day(const Slots&) {
  Partial p;
  p.part = kPart;
  p.any_day = true;
  return p;
}

constexpr Rule kRules[] = {
    {"at night", "at|by night", part_of_any_day<PartOfDay::kNight>},
    {"night-time", "night -? time", part_of_any_day<PartOfDay::kNight>},
    {"nighttime", "nighttime", part_of_any_day<PartOfDay::kNight>},
    {"in daytime", "in|during|by daytime", part_of_any_day<PartOfDay::kDay>},  // not "daytime television"
    {"clock time", "<clock>", clock_time},
    {"the early hours of weekday", "the early|small|wee morning? hours of|on <weekday>", early_hours_of},
    {"the early hours of day month", "the early|small|wee morning? hours of|on the? <day> <month> ,? <year>?", early_hours_of},
    {"the early hours of month day", "the early|small|wee morning? hours of|on <month> <day> ,? <year>?", early_hours_of},
};

}  // namespace

std::span<const Rule> time_rules() { return kRules; }

}  // namespace chronicle::temporal
