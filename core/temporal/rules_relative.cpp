// Relative dates: offsets from the document's time (deictic) or from the last date the text
// mentioned (anaphoric), and the vague references now / recently / the future.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

Partial offset(Shape shape, Unit unit, double amount) {
  Partial p;
  p.shape = shape;
  p.unit = unit;
  p.amount = amount;
  return p;
}

Partial reference(std::string_view value) {
  Partial p;
  p.shape = Shape::kReference;
  p.reference = value;
  return p;
}

// Units that a "last"/"next"/"this" can count in.
bool calendar_unit(Unit unit) { return unit >= Unit::kDay && unit != Unit::kSeason; }

std::optional<Partial> today(const Slots&) { return offset(Shape::kDeictic, Unit::kDay, 0); }
std::optional<Partial> yesterday(const Slots&) { return offset(Shape::kDeictic, Unit::kDay, -1); }
std::optional<Partial> tomorrow(const Slots&) { return offset(Shape::kDeictic, Unit::kDay, 1); }
std::optional<Partial> two_days_back(const Slots&) { return offset(Shape::kDeictic, Unit::kDay, -2); }
std::optional<Partial> two_days_on(const Slots&) { return offset(Shape::kDeictic, Unit::kDay, 2); }

std::optional<Partial> tonight(const Slots&) {
  Partial p = offset(Shape::kDeictic, Unit::kDay, 0);
  p.part = PartOfDay::kNight;
  return p;
}

std::optional<Partial> day_word_with_part(const Slots& s) {
  const double amount = s.word == "yesterday" ? -1 : s.word == "tomorrow" ? 1 : 0;
  Partial p = offset(Shape::kDeictic, Unit::kDay, amount);
  p.part = s.part;
  return p;
}

// "next morning", "the previous night": that part of the day after or before the last date.
std::optional<Partial> neighbouring_part(const Slots& s) {
  Partial p = offset(Shape::kAnaphoric, Unit::kDay, s.relation == Relation::kPrevious ? -1 : 1);
  p.part = s.part;
  return p;
}

// "this morning", "last night", "tomorrow evening"; "(the) next morning".
std::optional<Partial> relation_part(const Slots& s) {
  double amount = 0;
  if (s.relation == Relation::kNext || s.relation == Relation::kFollowing || s.relation == Relation::kPrevious) {
    return neighbouring_part(s);
  }
  if (s.relation == Relation::kLast) {
    if (s.part != PartOfDay::kNight && s.part != PartOfDay::kEvening) return std::nullopt;
    amount = -1;
  } else if (s.relation != Relation::kThis) {
    return std::nullopt;
  }
  Partial p = offset(Shape::kDeictic, Unit::kDay, amount);
  p.part = s.part;
  return p;
}

// "last week", "next month", "this year", "the coming year", "the past week".
std::optional<Partial> relation_unit(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  switch (s.relation) {
    case Relation::kLast: case Relation::kPrevious:
      if (s.unit == Unit::kDay) return std::nullopt;  // "the last day" is not yesterday
      return offset(Shape::kDeictic, s.unit, -1);
    case Relation::kNext: case Relation::kComing: case Relation::kFollowing:
      return offset(Shape::kDeictic, s.unit, 1);
    case Relation::kThis:
      return offset(Shape::kDeictic, s.unit, 0);
    case Relation::kPast: {
      if (s.unit == Unit::kWeekend) return offset(Shape::kDeictic, s.unit, -1);  // "this past weekend"
      Partial p = offset(Shape::kDuration, s.unit, 1);
      return p;
    }
    case Relation::kNone: break;
  }
  return std::nullopt;
}

// "the next day", "the following week", "the previous year": from the last date mentioned;
// "the coming weeks", "the past months": an unknown count of them.
std::optional<Partial> anaphoric_relation_unit(const Slots& s) {
  if (s.plural_unit && s.unit != Unit::kNone && s.relation != Relation::kThis) {
    return offset(Shape::kDuration, s.unit, -1);
  }
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  switch (s.relation) {
    case Relation::kNext: case Relation::kFollowing: return offset(Shape::kAnaphoric, s.unit, 1);
    case Relation::kPrevious: return offset(Shape::kAnaphoric, s.unit, -1);
    default: return relation_unit(s);
  }
}

// "that day", "the same year".
std::optional<Partial> same_unit(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  return offset(Shape::kAnaphoric, s.unit, 0);
}

// "two weeks", "one year", "three days": a whole count of calendar units ("a months-long" is none).
bool counts_calendar_units(const Slots& s) {
  return calendar_unit(s.unit) && s.number >= 0 && s.number == static_cast<int>(s.number) && !counts_plural_as_one(s);
}

// The granularity of a date so many units away: "a week ago" is a day, "a decade earlier" a year.
Unit moved_granularity(Unit unit) {
  if (unit == Unit::kWeek) return Unit::kDay;
  if (unit == Unit::kDecade || unit == Unit::kCentury) return Unit::kYear;
  return Unit::kNone;
}

// "two weeks ago": counted back from the document's time.
std::optional<Partial> ago(const Slots& s) {
  if (!counts_calendar_units(s)) return std::nullopt;
  Partial p = offset(Shape::kDeictic, s.unit, -s.number);
  p.granularity = moved_granularity(s.unit);
  p.counted = true;
  return p;
}

// "a week or so ago": as "about a week ago".
std::optional<Partial> about_ago(const Slots& s) {
  std::optional<Partial> p = ago(s);
  if (p) p->mod = "APPROX";
  return p;
}

// "three days from now", "two years hence": counted ahead of the document's time.
std::optional<Partial> ahead(const Slots& s) {
  if (!counts_calendar_units(s)) return std::nullopt;
  Partial p = offset(Shape::kDeictic, s.unit, s.number);
  p.granularity = moved_granularity(s.unit);
  p.counted = true;
  return p;
}

// "in three days" (ahead of the document's time in a future clause; "the lowest in six years"
// is a duration).
std::optional<Partial> in_units(const Slots& s) {
  if (!counts_calendar_units(s)) return std::nullopt;
  Partial p = offset(Shape::kDeictic, s.unit, s.number);
  if (s.unit == Unit::kWeek) p.granularity = Unit::kDay;
  p.future_only = true;
  return p;
}

// "recent years", "recent weeks": an unknown stretch up to now.
std::optional<Partial> recent_units(const Slots& s) {
  if (!s.plural_unit) return std::nullopt;
  return offset(Shape::kDuration, s.unit, -1);
}

// "12:00 UTC Monday", "16:00 UTC today".
std::optional<Partial> clock_on_day(const Slots& s) {
  Partial p = offset(Shape::kDeictic, Unit::kDay, s.word == "yesterday" ? -1 : s.word == "tomorrow" ? 1 : 0);
  set_clock(p, s);
  return p;
}

std::optional<Partial> clock_on_weekday(const Slots& s) {
  Partial p;
  p.weekday = s.weekday;
  set_clock(p, s);
  return p;
}

// "three days later", "a year earlier": from the last date mentioned.
std::optional<Partial> later_or_earlier(const Slots& s) {
  if (!counts_calendar_units(s)) return std::nullopt;
  const double sign = s.word == "earlier" || s.word == "before" || s.word == "previously" ? -1 : 1;
  Partial p = offset(Shape::kAnaphoric, s.unit, sign * s.number);
  p.granularity = moved_granularity(s.unit);
  p.counted = true;
  return p;
}

// "a few days later", "weeks earlier", "years later": a point after or before the last date, at a
// distance not said, so only its direction is known.
std::optional<Partial> vaguely_later_or_earlier(const Slots& s) {
  if (!s.plural_unit || s.unit == Unit::kNone) return std::nullopt;
  return reference(s.word == "earlier" ? "PAST_REF" : "FUTURE_REF");
}

// "several years ago", "a few weeks back": some time before now, how long not said.
std::optional<Partial> vaguely_ago(const Slots& s) {
  if (!s.plural_unit || s.unit == Unit::kNone) return std::nullopt;
  return reference("PAST_REF");
}

std::optional<Partial> year_earlier(const Slots&) {
  Partial p = offset(Shape::kDeictic, Unit::kYear, -1);
  p.counted = true;
  return p;
}

// "earlier this month", "later this year": the period itself.
std::optional<Partial> within_this(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  return offset(Shape::kDeictic, s.unit, 0);
}

std::optional<Partial> same_unit_day(const Slots&) { return offset(Shape::kAnaphoric, Unit::kDay, 0); }

// "late in the day", "early in the year": a part of the period the text is on ("late in the day
// after falling" is not "the day after").
std::optional<Partial> part_of_current(const Slots& s, std::string_view mod) {
  const bool unit =
      s.unit == Unit::kDay || s.unit == Unit::kWeek || s.unit == Unit::kMonth || s.unit == Unit::kYear;
  if (s.plural_unit || !unit) return std::nullopt;
  Partial p = offset(Shape::kAnaphoric, s.unit, 0);
  p.mod = mod;
  return p;
}
std::optional<Partial> end_of_current(const Slots& s) { return part_of_current(s, "END"); }
std::optional<Partial> start_of_current(const Slots& s) { return part_of_current(s, "START"); }

// "by year's end", "at month's end": the end of the current one, as "this year" is.
std::optional<Partial> unit_end(const Slots& s) {
  const bool unit =
      s.unit == Unit::kWeek || s.unit == Unit::kMonth || s.unit == Unit::kQuarter || s.unit == Unit::kYear;
  if (s.plural_unit || !unit) return std::nullopt;
  Partial p = offset(Shape::kDeictic, s.unit, 0);
  p.mod = "END";
  return p;
}

// "the last week of August": a part of what follows, not an offset from now.
std::optional<Partial> part_of_following(const Slots& s) {
  if (s.unit != Unit::kDay && s.unit != Unit::kWeek && s.unit != Unit::kWeekend && s.unit != Unit::kMonth) {
    return std::nullopt;
  }
  Partial p;
  p.shape = Shape::kBlocked;
  return p;
}

// "the same time", "that time": whatever the last date was.
std::optional<Partial> same_time(const Slots&) { return offset(Shape::kAnaphoric, Unit::kNone, 0); }

// "the year", "the month": the one the text is in.
std::optional<Partial> the_unit(const Slots& s) {
  if (s.plural_unit && s.unit >= Unit::kMonth) return offset(Shape::kDuration, s.unit, -1);  // "over the years"
  const bool named = s.unit == Unit::kYear || s.unit == Unit::kMonth || s.unit == Unit::kWeek ||
                     s.unit == Unit::kQuarter || s.unit == Unit::kDecade || s.unit == Unit::kCentury;
  if (!named || s.plural_unit) return std::nullopt;
  return offset(Shape::kAnaphoric, s.unit, 0);
}

// "the day before", "the year after"; "the week before last", "the week after next" (two from
// the document's time).
std::optional<Partial> the_unit_before(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  if (s.word == "last" || s.word == "next") return offset(Shape::kDeictic, s.unit, s.word == "next" ? 2 : -2);
  const bool forward = s.word == "after" || s.word == "following" || s.word == "later";
  return offset(Shape::kAnaphoric, s.unit, forward ? 1 : -1);
}

// "the same period last year", "the same month a year ago": the period last talked about, a
// year back.
std::optional<Partial> same_period_a_year_back(const Slots&) {
  Partial p = offset(Shape::kAnaphoric, Unit::kYear, -1);
  p.anchor_granularity = true;
  return p;
}

// "the 1988 quarter", "the 1989 period": the quarter (the period) talked about, in that year.
std::optional<Partial> period_of_year(const Slots& s) {
  Partial p = offset(Shape::kAnaphoric, Unit::kYear, 0);
  p.year = s.year;
  p.anchor_granularity = true;
  if (s.word == "quarter") p.granularity = Unit::kQuarter;
  if (s.word == "half") p.granularity = Unit::kHalf;
  return p;
}

// "the same quarter last year", "the year-earlier quarter": that unit of the date talked about, a
// year back.
std::optional<Partial> same_unit_a_year_back(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit || s.unit >= Unit::kYear) return std::nullopt;
  Partial p = offset(Shape::kAnaphoric, Unit::kYear, -1);
  p.granularity = s.unit;
  return p;
}

// "the morning", "the night": that part of the day the text is on.
std::optional<Partial> the_part(const Slots& s) {
  Partial p = offset(Shape::kAnaphoric, Unit::kDay, 0);
  p.part = s.part;
  return p;
}

// "that morning", "that night": that part of the day the text is on (the words spelled out, so
// that the common "that" is turned away by the word after it).
std::optional<Partial> that_part(const Slots& s) {
  Partial p = offset(Shape::kAnaphoric, Unit::kDay, 0);
  p.part = s.word == "morning" ? PartOfDay::kMorning : s.word == "afternoon" ? PartOfDay::kAfternoon
           : s.word == "evening" ? PartOfDay::kEvening : PartOfDay::kNight;
  return p;
}

// "a second straight day", "the third consecutive week", "fourth week in a row": the current one,
// counted in a run.
std::optional<Partial> nth_straight_unit(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit || s.ordinal < 2) return std::nullopt;
  return offset(Shape::kDeictic, s.unit, 0);
}

// "the entire year", "the whole week".
std::optional<Partial> whole_unit(const Slots& s) {
  if (!calendar_unit(s.unit) || s.plural_unit) return std::nullopt;
  return offset(Shape::kAnaphoric, s.unit, 0);
}

std::optional<Partial> present(const Slots&) { return reference("PRESENT_REF"); }
std::optional<Partial> past(const Slots&) { return reference("PAST_REF"); }
std::optional<Partial> future(const Slots&) { return reference("FUTURE_REF"); }

// "future quarters", "in coming months": some time ahead, no length said (with "the", "the coming
// years" is a span: a duration).
std::optional<Partial> future_units(const Slots& s) {
  if (!s.plural_unit) return std::nullopt;
  return reference("FUTURE_REF");
}

std::optional<Partial> last_weekend(const Slots&) { return offset(Shape::kDeictic, Unit::kWeekend, -1); }

// "the weekend": the one the tense points to.
std::optional<Partial> weekend(const Slots&) {
  Partial p;
  p.weekend = true;
  return p;
}

constexpr Rule kRules[] = {
    {"today", "today", today},
    {"earlier or later today", "earlier|later today", today},
    {"yesterday", "yesterday", yesterday},
    {"tomorrow", "tomorrow", tomorrow},
    {"tonight", "tonight", tonight},
    {"the day before yesterday", "the day before yesterday", two_days_back},
    {"the day after tomorrow", "the day after tomorrow", two_days_on},
    {"yesterday morning", "yesterday|tomorrow|today <part>", day_word_with_part},
    {"this morning", "<relation> <part>", relation_part},
    {"last week", "<relation> <unit>", relation_unit},
    {"the next day", "the <relation> <unit>", anaphoric_relation_unit},
    {"the weekend", "the weekend", weekend},
    {"this past weekend", "this past weekend", last_weekend},
    {"that day", "that <unit>", same_unit},
    {"the same day", "the same <unit>", same_unit},
    {"that same day", "that|this same <unit>", same_unit},
    {"that morning", "that morning|afternoon|evening|night", that_part},
    {"two weeks ago", "<number> <unit> ago", ago},
    {"a week or so ago", "<number> <unit> or so ago", about_ago},
    {"three days from now", "<number> <unit> from now|today", ahead},
    {"three days hence", "<number> <unit> hence", ahead},
    {"a few years ago", "<few> <unit> ago|back", vaguely_ago},
    {"in two weeks", "in <number> <unit>", in_units},
    {"recent years", "recent <unit>", recent_units},
    {"future quarters", "future|coming|upcoming <unit>", future_units},
    {"the day", "the day", same_unit_day},
    {"late in the day", "late|later in the <unit>", end_of_current},
    {"year's end", "<unit> ' s end", unit_end},
    {"year-end", "<unit> - end", unit_end},
    {"early in the day", "early|earlier in the <unit>", start_of_current},
    {"the now-defunct", "now - <adjective>", not_temporal},
    // "year-on-year growth", "the day-to-day running": a comparison or a manner, not a date.
    {"year-on-year", "the|a? day|week|month|quarter|year - on|to|over|by - day|week|month|quarter|year", not_temporal},
    {"the year", "the <unit> !-", the_unit},  // not "the year-long war", "the year-earlier period"
    {"the day before", "the <unit> before|after|previous|following|earlier|later last|next?", the_unit_before},
    {"the last week of", "the? last|first|final <unit> of", part_of_following},
    {"the same time", "the same time|period", same_time},
    {"the morning", "the <part>", the_part},
    {"a second straight day", "a|the <ordinal> straight|consecutive|successive <unit>", nth_straight_unit},
    {"second straight day", "<ordinal> straight|consecutive|successive <unit>", nth_straight_unit},
    {"the fourth week in a row", "<ordinal> <unit> in a row", nth_straight_unit},
    {"the entire year", "the entire|whole|full <unit>", whole_unit},
    {"the latest period", "the? latest period", same_time},
    // "from the year-earlier $4.5 million": as "a year earlier" (1988-Q3 after a quarter).
    {"year-earlier", "year - earlier|ago", year_earlier},
    {"very soon", "very soon", future},
    {"the same period a year ago", "the same|corresponding|comparable period|time|season a|one year earlier|ago|before",
     same_period_a_year_back},
    {"the same period last year", "the same|corresponding|comparable period|time|season last|previous|prior year",
     same_period_a_year_back},
    {"the same period of last year", "the same period|time|season of|in the? last|previous|prior year",
     same_period_a_year_back},
    {"the year-earlier period", "the year - earlier|ago period|time", same_period_a_year_back},
    {"the same month a year ago", "the same <unit> a|one year earlier|ago|before", same_unit_a_year_back},
    {"the same month last year", "the same <unit> last|previous|prior year", same_unit_a_year_back},
    {"the same month of last year", "the same <unit> of|in the? last|previous|prior year",
     same_unit_a_year_back},
    {"the year-earlier quarter", "the comparable|corresponding? year - earlier|ago <unit>", same_unit_a_year_back},
    {"last year's quarter", "last|previous|prior year ' s <unit>", same_unit_a_year_back},
    {"the 1988 quarter", "the <year> quarter|period|half", period_of_year},
    {"that time", "that time|period", same_time},
    {"time today", "<clock> today|yesterday|tomorrow", clock_on_day},
    {"time on weekday", "<clock> on? <weekday>", clock_on_weekday},
    {"the long term", "the long|near|short term", future},
    {"the near future", "the near|foreseeable|distant future", future},
    {"three days later", "<number> <unit> later|earlier|previously|afterwards|afterward", later_or_earlier},
    {"a few days later", "<few> <unit> later|earlier", vaguely_later_or_earlier},
    {"days later", "<unit> later|earlier", vaguely_later_or_earlier},
    {"earlier this month", "earlier|later this <unit>", within_this},
    {"now", "now|currently|nowadays|presently|current", present},
    {"at present", "at present|the moment", present},
    {"the present", "the present", present},
    {"present-day", "present|modern - day", present},
    {"the present day", "the? present|modern day", present},
    {"the time being", "the time being", present},
    {"these days", "these days", present},
    {"recently", "recently|lately|formerly", past},
    {"recent", "recent", past},
    {"the past", "the past", past},
    {"the future", "the future", future},
};

}  // namespace

std::span<const Rule> relative_rules() { return kRules; }

}  // namespace chronicle::temporal
