// The happening a temporal expression dates, read off the dependency tree of its sentence
// (core/syntax): the predicate the expression modifies (its trigger), a headline made of that
// predicate and its own arguments, and what the writer says of it (its state).
//
//  - "Syrian forces retook Palmyra on Sunday": Sunday modifies "retook"; the headline is the verb
//    with its subject and object, "Syrian forces retook Palmyra".
//  - "the court ruled Wednesday that he must be returned to his father by Jan. 14": Wednesday dates
//    "ruled", Jan. 14 dates "returned" (planned: a deadline, not a ruling on Jan. 14).
//  - "officials said the bomb exploded on Tuesday": the explosion on Tuesday, reported, "according to
//    officials"; "officials said on Tuesday that ..." is the statement itself.
//  - "Sunday's win over ISIS": an event noun is its own trigger.
//  - "the lowest level since 2003", "higher than in 2005": a comparison point dates nothing.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/entities.h"
#include "core/events/events.h"
#include "core/syntax/syntax.h"
#include "core/text/text.h"

namespace chronicle::events {

// One sentence of the article, split into words and parsed.
struct ParsedSentence {
  text::Span span;                                 // into the article text
  std::vector<text::Span> words;                   // byte spans into the article text
  std::vector<std::string> lower;                  // each word in ASCII lower case
  syntax::Analysis tree;                           // heads are 1-based, 0 for the root
  std::vector<std::vector<std::size_t>> children;  // 0-based, in word order
};

// Parses text[sentence]. Sentences longer than a few hundred words are parsed in their first part
// only (a run-on "sentence" of a megabyte still costs linear time, once).
ParsedSentence parse_sentence(std::string_view text, text::Span sentence, const syntax::Model& model);

struct Predicate {
  bool found = false;       // the tree gives a predicate for the expression
  // The expression dates no happening: it bounds or compares ("since 2003", "than in 2005"), or
  // describes a thing ("the 11th century temple", "a 1992 law").
  bool dates_nothing = false;
  bool running_total = false;  // ... because it measures a total up to now ("so far this year")
  text::Span trigger;       // the predicate word or event noun, into the article text
  std::string headline;
  bool has_subject = true;
  bool subordinate = false;  // the trigger is the verb of a clause inside another ("since X was expelled on Feb. 20")  // the headline names who or what (a subject, or the event noun itself)
  State state = State::happened;
  bool reporting = false;   // the trigger itself reports speech ("said on Tuesday that ...")
  // The predicate states a sum for its period: "had sales of $154 million", "the tax credit was
  // $3.3 million", "posted a net loss of $876,706".
  bool states_figure = false;
  // Participants the headline names where the sentence wrote "he", "it" or "the airline".
  std::vector<Entity> named;
  // "net income for the quarter ended Sept. 30 rose": the expression's day ends (or, "the year
  // beginning Oct. 1", begins) a period of this length, over which the happening took place.
  struct Period {
    int months = 0;
    int days = 0;
    bool begins = false;  // the day is the period's first, not its last
  };
  std::optional<Period> bounded_period;
};

// What the expression text[timex] of sentence `s` dates. `future` tells that the expression lies
// after the publication time (a happening there is planned unless the words say otherwise).
// `unsaid` are the sentence's other expressions that no headline repeats ("from a year ago").
Predicate dated_predicate(std::string_view text, const ParsedSentence& s, text::Span timex, bool future,
                          const ArticleEntities& entities, std::span<const text::Span> unsaid = {});

// The happening a sentence without a date of its own tells in the past ("Northrop Grumman and EADS
// have defeated Boeing for the contract"): its root verb, when that is a past form or a perfect
// with a subject, neither negated, supposed nor planned. `found` is false otherwise.
Predicate main_predicate(std::string_view text, const ParsedSentence& s, const ArticleEntities& entities);

// The happening a news title tells ("Northrop Grumman and EADS defeat Boeing for tanker deal",
// "First Airbus A380 delivered"): its root verb, with a subject. Titles tell the past in the
// present, so no tense is asked. `found` is false for a title that is no clause ("Bridges").
Predicate title_predicate(std::string_view text, const ParsedSentence& s, const ArticleEntities& entities);

// Whether text[span] lies in a relative clause or an apposition of sentence `s`.
bool in_side_remark(const ParsedSentence& s, text::Span span);

}  // namespace chronicle::events
