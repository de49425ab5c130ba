// The clause a temporal expression dates, and the headline made from it: subject + verb + object,
// trimmed ("Syrian armed forces established full control over Palmyra"), never the first N words.
//
// How the expression attaches:
//  - fronted: "On Sunday, <clause>" dates the clause that follows the comma;
//  - in the clause: "<subject> <verb> <object> on Sunday" dates its own clause;
//  - relative: "Palmyra, which had fallen to ISIS last May" dates the relative clause, whose
//    subject is the noun before "which" ("Palmyra had fallen to ISIS");
//  - possessive: "congratulate him on Sunday's win over ISIS" dates the noun after it ("Win over
//    ISIS"), not the sentence's main verb;
//  - borrowed subject: "... and vowed on Monday to continue" has no subject of its own; it takes the
//    subject of the sentence's main clause;
//  - loose: no verb anywhere near; the words around the expression become the headline.
// A clause whose verb reports speech ("X said on Tuesday", "Fars reported on Tuesday") is a
// reporting clause: kept, flagged, and ranked below what it reports.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/events/entities.h"
#include "core/events/tokens.h"

namespace chronicle::events {

enum class Attachment { kFronted, kInClause, kRelative, kPossessive, kBorrowedSubject, kLoose };

struct Clause {
  std::string headline;
  Attachment attachment = Attachment::kLoose;
  bool reporting = false;
  std::string pronoun_means;  // the person a "he"/"she" subject was read as, "" when none
};

// `sentence` are the tokens of one sentence of `text` (in_timex set for every temporal expression);
// sentence[first, last) are those of the expression to attach.
Clause dated_clause(std::string_view text, std::span<const Token> sentence, std::size_t first, std::size_t last,
                    const ArticleEntities& entities);

}  // namespace chronicle::events
