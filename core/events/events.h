// core/events: from an article and its temporal expressions to dated events (mentions), and from
// mentions of many articles to merged events. Pure functions of their inputs: no I/O, no globals,
// and merging gives the same events whatever order the mentions come in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"
#include "core/syntax/syntax.h"
#include "core/temporal/temporal.h"
#include "core/text/text.h"

namespace chronicle::events {

struct Entity {
  std::string name;
  std::string kind;  // "person", "organization", "place" or "other"
  std::vector<std::string> aliases;  // short forms met in the same article ("EADS", "Northrop")
  bool operator==(const Entity&) const = default;
};

// The date of an event: the TIMEX3 value and its closed-open interval at its granularity, the
// interval written out and counted in seconds since 1970 (as temporal::Interval).
struct EventDate {
  std::string value;  // "2016-03-27", "2015-05"
  temporal::Granularity granularity = temporal::Granularity::kNone;
  std::string start;  // "2016-03-27T00:00:00"
  std::string end;    // "2016-03-28T00:00:00"
  std::int64_t start_second = 0;
  std::int64_t end_second = 0;
};

// What the writer says of a happening (exactly one per mention): it took place; it is scheduled,
// expected or promised; a source claims it; it did not take place; it is supposed ("would", "if").
enum class State { happened, planned, reported, negated, hypothetical };
std::string_view name_of(State state);  // "happened", "planned", ...
State state_named(std::string_view name);  // the inverse of name_of(); happened for an unknown name

// One dated happening as one article tells it: one temporal expression and the clause it dates.
struct Mention {
  std::int64_t article_id = 0;  // set by the store; 0 before the article is stored
  std::string article_hash;     // Article::content_hash, to tie mentions to articles before storing
  EventDate date;
  std::string headline;         // who did what, from the clause the expression dates
  std::string summary;          // the whole sentence
  text::Span sentence;          // into Article::text
  text::Span trigger;           // the predicate word or event noun the expression dates; empty if none
  State state = State::happened;
  temporal::Timex timex;        // offsets into Article::text
  std::vector<Entity> entities;
  bool reporting = false;       // "X said on Tuesday": kept, ranked below what was reported
  double confidence = 0;        // in [0, 1]; its written-down factors are in confidence.h
};

// The article's title tells the happening its lead tells and carries the lead's expression, which
// lies after the title in the body (see extract.cpp). A title joins the event of that expression
// and no other: its few words would otherwise bridge the different happenings of its day.
inline bool is_dated_by_lead(const Mention& m) { return m.sentence.begin == 0 && m.timex.begin >= m.sentence.end; }

// A happening, merged over every mention of it.
struct Event {
  std::int64_t id = 0;          // set by the store
  EventDate date;
  std::string headline;
  std::string summary;
  double confidence = 0;
  std::vector<Entity> entities;
  std::vector<Mention> sources;  // every mention, in a deterministic order
};

// The mentions of one article, given the timexes the tagger found in Article::text.
// Each expression dates the predicate it modifies in its sentence's dependency tree, parsed with
// `model` (the model built into the binary when not given); without a model, the clause
// heuristics of clauses.h alone.
std::vector<Mention> extract(const article::Article& article, const std::vector<temporal::Timex>& timexes);
std::vector<Mention> extract(const article::Article& article, const std::vector<temporal::Timex>& timexes,
                             const syntax::Model* model);

// Groups mentions of the same happening (overlapping dates, shared participants, similar wording)
// into events. Deterministic and independent of the order of `mentions`; every mention becomes the
// source of exactly one event. Near-linear: mentions are compared only within a date block and with
// the few earlier clusters that share a participant or a content word (see merge.cpp).
std::vector<Event> merge(std::vector<Mention> mentions);

// The dates other sources of `event` give for its happening at its precision, each with the number
// of articles that give it, most given first (at a tie, the earlier first): the sources disagree.
// The event is dated by the date most articles give.
struct OtherDate {
  EventDate date;
  std::size_t articles = 0;
};
std::vector<OtherDate> other_dates(const Event& event);

// The events of `events` in which `entity_name` takes part (matched case-insensitively against
// participant names and aliases), in timeline order: by interval start; at the same start the
// coarser event first ("May 2015" before "May 1, 2015", as a heading before its entries), then by
// interval end, headline, and the first source.
std::vector<Event> timeline_for(const std::vector<Event>& events, const std::string& entity_name);

}  // namespace chronicle::events
