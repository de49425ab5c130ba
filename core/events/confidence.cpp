#include "core/events/confidence.h"

namespace chronicle::events {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Does the expression write a year ("2016", "'98" does not count)?
bool writes_a_year(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && is_digit(text[i])) {
      ++run;
      continue;
    }
    if (run == 4) return true;
    run = 0;
  }
  return false;
}

double explicitness(const temporal::Timex& timex) {
  if (!timex.mod.empty()) return 0.70;
  return writes_a_year(timex.text) ? 1.00 : 0.85;
}

double granularity(std::string_view unit) {
  if (unit == "day" || unit == "hour" || unit == "minute" || unit == "second" || unit == "part-of-day" ||
      unit == "time") {
    return 1.00;
  }
  if (unit == "week" || unit == "weekend") return 0.90;
  if (unit == "month") return 0.85;
  if (unit == "quarter" || unit == "season" || unit == "half") return 0.80;
  if (unit == "year") return 0.75;
  if (unit == "decade") return 0.60;
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
