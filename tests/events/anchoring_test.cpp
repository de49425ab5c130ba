// Expressions that point at the publication day ("earlier today", "16:15 UTC") inside a sentence
// that writes out another calendar day are read in that day's frame (extract.cpp).
#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

// The GM press conference as a later article tells it, published Thursday 2009-06-04.
const std::string kConference =
    "In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson, the Chief Executive Officer of "
    "General Motors, which filed for bankruptcy earlier today, outlined a plan for a New GM. "
    "Henderson described the events of today as a defining moment.";

chronicle::article::Article published_on(std::string text, const std::string& day, std::string hash = "later-report") {
  auto article = article_of(std::move(text), std::move(hash));
  article.published = day;
  return article;
}

// What the tagger gives, resolved against the publication day as TimeML does.
std::vector<chronicle::temporal::Timex> conference_timexes() {
  return {timex_at(kConference, "16:15 UTC", "2009-06-04T16:15Z", "minute", "2009-06-04T16:15:00",
                   "2009-06-04T16:16:00", {}, "TIME", {.time_of_day = true}),
          day_at(kConference, "June 1st", "2009-06-01", "2009-06-02", {}, kMonthAndDay),
          day_at(kConference, "earlier today", "2009-06-04", "2009-06-05"),
          day_at(kConference, "today", "2009-06-04", "2009-06-05", "events of today")};
}

}  // namespace

TEST_CASE("earlier today in a sentence that writes June 1st dates the filing June 1st", "[events][anchoring]") {
  const auto mentions = extract(published_on(kConference, "2009-06-04"), conference_timexes());
  const Mention* filed = mention_dating(mentions, "earlier today", "2009-06-01");
  REQUIRE(filed != nullptr);
  CHECK(filed->headline == "General Motors filed for bankruptcy");
  CHECK(filed->date.granularity == chronicle::temporal::Granularity::kDay);
  CHECK(filed->date.start == "2009-06-01T00:00:00");
  CHECK(filed->date.end == "2009-06-02T00:00:00");
  // The tagger's own reading stays on the source, for tracing.
  CHECK(filed->timex.value == "2009-06-04");
  // relative 0.85 x day 1.00 x relative clause 0.90 x re-anchored 0.80
  CHECK(filed->confidence == Approx(0.85 * 1.00 * 0.90 * 0.80));
}

TEST_CASE("a bare clock time in that sentence keeps its time of day on the written day", "[events][anchoring]") {
  const auto mentions = extract(published_on(kConference, "2009-06-04"), conference_timexes());
  const Mention* outlined = mention_dating(mentions, "16:15 UTC", "2009-06-01T16:15Z");
  REQUIRE(outlined != nullptr);
  CHECK(outlined->date.start == "2009-06-01T16:15:00");
  CHECK(outlined->date.end == "2009-06-01T16:16:00");
  CHECK(outlined->date.granularity == chronicle::temporal::Granularity::kMinute);
}

TEST_CASE("today in a sentence that writes no day stays on the publication day", "[events][anchoring]") {
  const auto mentions = extract(published_on(kConference, "2009-06-04"), conference_timexes());
  const Mention* described = mention_dating(mentions, "today", "2009-06-04");
  REQUIRE(described != nullptr);
  CHECK(described->date.start == "2009-06-04T00:00:00");
  // relative 0.85 x day 1.00 x in the clause 0.95: nothing taken off for anchoring
  CHECK(described->confidence == Approx(0.85 * 0.95));
}

TEST_CASE("tonight moves back across a month end and keeps its evening span", "[events][anchoring]") {
  // Published Monday 2009-03-02; February 27 is three days before, so tonight's 20:00-24:00 on
  // March 2 becomes 20:00 on February 27 to midnight into February 28.
  const std::string text = "The council, which met on February 27, approved the budget tonight.";
  const auto mentions =
      extract(published_on(text, "2009-03-02T09:00:00"),
              {day_at(text, "February 27", "2009-02-27", "2009-02-28", {}, kMonthAndDay),
               timex_at(text, "tonight", "2009-03-02TNI", "hour", "2009-03-02T20:00:00", "2009-03-03T00:00:00", {},
                        "TIME", {.time_of_day = true})});
  const Mention* approved = mention_dating(mentions, "tonight", "2009-02-27TNI");
  REQUIRE(approved != nullptr);
  CHECK(approved->date.start == "2009-02-27T20:00:00");
  CHECK(approved->date.end == "2009-02-28T00:00:00");
}

TEST_CASE("today stays put when the sentence writes two different days", "[events][anchoring]") {
  const std::string text = "Between May 3 and May 5, the company, which filed for bankruptcy today, closed ten plants.";
  const auto mentions = extract(published_on(text, "2009-06-04"),
                                {day_at(text, "May 3", "2009-05-03", "2009-05-04"),
                                 day_at(text, "May 5", "2009-05-05", "2009-05-06"),
                                 day_at(text, "today", "2009-06-04", "2009-06-05")});
  CHECK(mention_dating(mentions, "today", "2009-06-04") != nullptr);
}

TEST_CASE("a weekday names its own day and is not moved to the written one", "[events][anchoring]") {
  const std::string text = "GM, which filed for bankruptcy on June 1, closed its Detroit office on Thursday.";
  const auto mentions = extract(published_on(text, "2009-06-04"),
                                {day_at(text, "June 1", "2009-06-01", "2009-06-02", {}, kMonthAndDay),
                                 day_at(text, "Thursday", "2009-06-04", "2009-06-05", {}, {.weekday = true})});
  CHECK(mention_dating(mentions, "Thursday", "2009-06-04") != nullptr);
}

TEST_CASE("a day written in the sentence before does not move today", "[events][anchoring]") {
  const std::string text = "GM filed for bankruptcy on June 1. Its chief executive resigned today.";
  const auto mentions = extract(published_on(text, "2009-06-04"),
                                {day_at(text, "June 1", "2009-06-01", "2009-06-02", {}, kMonthAndDay),
                                 day_at(text, "today", "2009-06-04", "2009-06-05")});
  CHECK(mention_dating(mentions, "today", "2009-06-04") != nullptr);
}

TEST_CASE("the re-anchored filing merges with the same filing told on its own day", "[events][anchoring]") {
  auto mentions = extract(published_on(kConference, "2009-06-04"), conference_timexes());
  const std::string same_day = "General Motors filed for bankruptcy in New York at 12:00 UTC Monday.";
  const auto told_that_day =
      extract(published_on(same_day, "2009-06-01", "same-day-report"),
              {timex_at(same_day, "12:00 UTC Monday", "2009-06-01T12:00Z", "minute", "2009-06-01T12:00:00",
                        "2009-06-01T12:01:00", {}, "TIME", {.weekday = true, .time_of_day = true})});
  mentions.insert(mentions.end(), told_that_day.begin(), told_that_day.end());
  const auto events = merge(mentions);
  const Event* filing = nullptr;
  for (const Event& e : events) {
    for (const Mention& m : e.sources) {
      if (m.timex.text == "earlier today") filing = &e;
    }
  }
  REQUIRE(filing != nullptr);
  REQUIRE(filing->sources.size() == 2);
  CHECK(filing->date.value == "2009-06-01T12:00Z");
  CHECK(filing->sources[0].article_hash != filing->sources[1].article_hash);
  CHECK(filing->headline == "General Motors filed for bankruptcy in New York");
}
