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

// The hour a part of the day gives a bare clock reading: "3 in the afternoon" is 15:00, "11 at
// night" 23:00, "3 in the morning" 03:00.
int hour_in_part(int hour, PartOfDay part) {
  if ((part == PartOfDay::kAfternoon || part == PartOfDay::kEvening) && hour < 12) return hour + 12;
  if (part == PartOfDay::kNight && hour >= 6 && hour < 12) return hour + 12;
  if (part == PartOfDay::kMorning && hour == 12) return 0;
  return hour;
}

// An hour written as a count ("at 3", "eight tonight"): 1 to 12, whole.
int hour_of_number(const Slots& s) {
  return s.number >= 1 && s.number <= 12 && s.number == static_cast<int>(s.number) ? static_cast<int>(s.number) : -1;
}

// A clock reading on the day the words name ("this morning", "tonight") or, with no day word,
// on the day the context gives.
Partial reading(const Slots& s, int hour, int minute, bool today = false) {
  Partial p;
  p.shape = s.relation == Relation::kThis || today ? Shape::kDeictic : Shape::kAnaphoric;
  p.unit = Unit::kDay;
  p.amount = 0;
  p.hour = hour;
  p.minute = minute;
  p.utc = s.utc;
  p.zone_offset = s.zone_offset;
  return p;
}

// "3:15 in the afternoon", "this afternoon at 3:20", "tonight at 8", "at 8 in the evening".
std::optional<Partial> reading_in_part(const Slots& s, PartOfDay part, bool today) {
  int hour = s.hour >= 0 ? s.hour : hour_of_number(s);
  if (hour < 0 || part == PartOfDay::kNone) return std::nullopt;
  // A reading with its own "pm"/"am" or past 12 keeps its hour.
  if (hour <= 12) hour = hour_in_part(hour, part);
  return reading(s, hour, s.minute < 0 ? 0 : s.minute, today);
}
std::optional<Partial> clock_in_part(const Slots& s) { return reading_in_part(s, s.part, false); }
std::optional<Partial> clock_tonight(const Slots& s) { return reading_in_part(s, PartOfDay::kNight, true); }

// "3 o'clock", "at 3": the hour as written.
std::optional<Partial> hour_oclock(const Slots& s) {
  const int hour = hour_of_number(s);
  if (hour < 0) return std::nullopt;
  return reading(s, hour, 0);
}

// "a quarter past 3pm", "half past three", "20 past 3pm", "a quarter to noon".
std::optional<Partial> minutes_around(const Slots& s, int minutes, bool before) {
  int hour = s.hour >= 0 ? s.hour : hour_of_number(s);
  if (hour < 0 || minutes < 1 || minutes > 59) return std::nullopt;
  if (s.minute > 0) return std::nullopt;  // "20 past 3:30" is no reading
  if (before) {
    hour = (hour + 23) % 24;
    minutes = 60 - minutes;
  }
  return reading(s, hour, minutes);
}
std::optional<Partial> quarter_past(const Slots& s) { return minutes_around(s, 15, false); }
std::optional<Partial> quarter_to(const Slots& s) { return minutes_around(s, 15, true); }
std::optional<Partial> half_past(const Slots& s) { return minutes_around(s, 30, false); }
std::optional<Partial> minutes_past(const Slots& s) {
  if (s.number != static_cast<int>(s.number)) return std::nullopt;
  return minutes_around(s, static_cast<int>(s.number), s.word == "to" || s.word == "before");
}

constexpr Rule kRules[] = {
    {"3:15 in the afternoon", "<clock> in the <part>", clock_in_part},
    {"at 3 in the afternoon", "at <number> in the <part>", clock_in_part},
    {"3 o'clock in the afternoon", "<number> o ' clock in the <part>", clock_in_part},
    {"this morning at 3", "<relation>? <part> at|@ <clock>", clock_in_part},
    {"this morning at 10", "<relation>? <part> at|@ <number> o|oclock? '? clock?", clock_in_part},
    {"tonight at 8", "tonight at|@ <clock>", clock_tonight},
    {"tonight at 8 o'clock", "tonight at|@ <number> o|oclock? '? clock?", clock_tonight},
    {"8 tonight", "<number> tonight", clock_tonight},
    {"8 this evening", "<number> this <part>", clock_in_part},
    {"3 o'clock", "<number> o ' clock", hour_oclock},
    {"3 oclock", "<number> oclock", hour_oclock},
    {"a quarter past 3pm", "a? quarter past|after <clock>", quarter_past},
    {"a quarter past three", "a? quarter past|after <number>", quarter_past},
    {"a quarter to noon", "a? quarter to|before <clock>", quarter_to},
    {"half past three", "half past <number>", half_past},
    {"half past 3pm", "half past <clock>", half_past},
    {"20 past 3pm", "<number> minutes? past|after|to|before <clock>", minutes_past},
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
