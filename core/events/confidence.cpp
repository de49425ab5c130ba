#include "core/events/confidence.h"

namespace chronicle::events {
namespace {

double explicitness(const temporal::Timex& timex) {
  if (!timex.mod.empty()) return 0.70;
  return timex.written.year ? 1.00 : 0.85;
}

double granularity(temporal::Granularity unit) {
  using temporal::Granularity;
  switch (unit) {
    case Granularity::kSecond: case Granularity::kMinute: case Granularity::kHour: case Granularity::kDay: return 1.00;
    case Granularity::kWeekend: case Granularity::kWeek: return 0.90;
    case Granularity::kMonth: return 0.85;
    case Granularity::kSeason: case Granularity::kQuarter: case Granularity::kHalf: return 0.80;
    case Granularity::kYear: return 0.75;
    case Granularity::kDecade: return 0.60;
    case Granularity::kCentury: case Granularity::kNone: break;
  }
  return 0.50;
}

double attachment(Attachment how) {
  switch (how) {
    case Attachment::kFronted:
    case Attachment::kInClause: return 0.95;
    case Attachment::kRelative:
    case Attachment::kPossessive: return 0.90;
    case Attachment::kBorrowedSubject: return 0.85;
    case Attachment::kLoose: break;
  }
  return 0.60;
}

}  // namespace

ConfidenceFactors confidence_factors(const temporal::Timex& timex, const Clause& clause, bool reanchored) {
  ConfidenceFactors factors;
  factors.explicitness = explicitness(timex);
  factors.granularity = granularity(timex.granularity);
  factors.attachment = attachment(clause.attachment);
  factors.anchoring = reanchored ? 0.80 : 1.00;
  factors.reporting = clause.reporting ? 0.60 : 1.00;
  return factors;
}

}  // namespace chronicle::events
