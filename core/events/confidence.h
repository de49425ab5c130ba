// How much a reader can trust a mention, as the product of four written-down factors:
//
//  explicitness (how much the words themselves fix the date)
//    1.00  absolute: the expression writes its year ("March 27, 2016", "in 2015")
//    0.85  relative: resolved against the publication time ("Sunday", "last May", "yesterday")
//    0.70  vague: a modified or approximate date ("early May", "around 2010": TIMEX3 mod set)
//  granularity (how narrow the date is)
//    1.00 day or finer, 0.90 week, 0.85 month, 0.80 quarter or season, 0.75 year,
//    0.60 decade, 0.50 century or coarser
//  attachment (how sure we are that the expression dates this clause; see clauses.h)
//    0.95 fronted or in the clause, 0.90 relative clause or possessive, 0.85 borrowed subject,
//    0.60 loose
//  anchoring (how sure the date the words resolve to is the one meant)
//    1.00  as the tagger resolved it
//    0.80  re-anchored: "earlier today" in a sentence that names another calendar day ("at 16:15
//          UTC, June 1st, ... which filed earlier today") is read in that day's frame, not the
//          publication day's (see extract.cpp)
// A reporting clause ("X said on Tuesday") is multiplied by a further 0.60, so it ranks below what
// it reports.
//
// PRESENT_REF, PAST_REF and FUTURE_REF ("currently", "recently", "in the future") make no mention at
// all: they have no interval to place on a timeline. Durations and sets make none either.
#pragma once

#include <string_view>

#include "core/events/clauses.h"
#include "core/temporal/temporal.h"

namespace chronicle::events {

struct ConfidenceFactors {
  double explicitness = 0;
  double granularity = 0;
  double attachment = 0;
  double anchoring = 1;
  double reporting = 1;
  double product() const { return explicitness * granularity * attachment * anchoring * reporting; }
};

ConfidenceFactors confidence_factors(const temporal::Timex& timex, const Clause& clause, bool reanchored = false);

}  // namespace chronicle::events
