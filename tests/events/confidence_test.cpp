// The written-down factors of a mention's confidence (core/events/confidence.h).
#include <catch2/catch.hpp>

#include "core/events/confidence.h"

using namespace chronicle;
using namespace chronicle::events;

namespace {

temporal::Timex expression(std::string text, std::string granularity, std::string mod = "",
                           temporal::Written written = {}) {
  temporal::Timex t;
  t.text = std::move(text);
  t.written = written;
  t.type = "DATE";
  t.granularity = temporal::granularity_named(granularity);
  t.mod = std::move(mod);
  return t;
}

Clause clause(Attachment attachment, bool reporting = false) {
  Clause c;
  c.headline = "Something happened";
  c.attachment = attachment;
  c.reporting = reporting;
  return c;
}

}  // namespace

TEST_CASE("an expression that writes its year is more explicit than a relative one, and that than a vague one",
          "[events][confidence]") {
  const Clause in_clause = clause(Attachment::kInClause);
  CHECK(confidence_factors(expression("March 27, 2016", "day", "", {.year = true, .month = true, .day = true}), in_clause)
            .explicitness == Approx(1.00));
  CHECK(confidence_factors(expression("Sunday", "day"), in_clause).explicitness == Approx(0.85));
  CHECK(confidence_factors(expression("early May", "month", "START"), in_clause).explicitness == Approx(0.70));
}

TEST_CASE("coarser dates weigh less than a day", "[events][confidence]") {
  const Clause in_clause = clause(Attachment::kInClause);
  CHECK(confidence_factors(expression("Sunday", "day"), in_clause).granularity == Approx(1.00));
  CHECK(confidence_factors(expression("last May", "month"), in_clause).granularity == Approx(0.85));
  CHECK(confidence_factors(expression("in 2015", "year"), in_clause).granularity == Approx(0.75));
  CHECK(confidence_factors(expression("the 1990s", "decade"), in_clause).granularity == Approx(0.60));
}

TEST_CASE("a loose attachment and a reporting clause lower the confidence", "[events][confidence]") {
  const temporal::Timex sunday = expression("Sunday", "day");
  CHECK(confidence_factors(sunday, clause(Attachment::kFronted)).product() == Approx(0.85 * 0.95));
  CHECK(confidence_factors(sunday, clause(Attachment::kRelative)).product() == Approx(0.85 * 0.90));
  CHECK(confidence_factors(sunday, clause(Attachment::kLoose)).product() == Approx(0.85 * 0.60));
  CHECK(confidence_factors(sunday, clause(Attachment::kInClause, true)).product() == Approx(0.85 * 0.95 * 0.60));
}

TEST_CASE("every combination of factors stays in [0, 1]", "[events][confidence]") {
  for (const auto* granularity : {"second", "day", "week", "month", "quarter", "year", "decade", "century", ""}) {
    for (const auto attachment : {Attachment::kFronted, Attachment::kInClause, Attachment::kRelative,
                                  Attachment::kPossessive, Attachment::kBorrowedSubject, Attachment::kLoose}) {
      const double c = confidence_factors(expression("2016", granularity, "APPROX"), clause(attachment, true)).product();
      CHECK(c > 0);
      CHECK(c <= 1);
    }
  }
}
