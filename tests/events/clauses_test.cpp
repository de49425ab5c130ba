// Which clause an expression dates, and the headline made from it, on one-sentence articles.
#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

// The mention of `words` (a whole day) in a one-sentence article.
Mention only_mention(const std::string& text, std::string_view words) {
  const auto mentions = extract(article_of(text), {day_at(text, words, "2016-03-27", "2016-03-28")});
  REQUIRE(mentions.size() == 1);
  return mentions.front();
}

}  // namespace

TEST_CASE("an expression at the end of a clause dates that clause, without its preposition", "[events][clauses]") {
  CHECK(only_mention("Apple released the new iPhone on Sunday in Cupertino.", "Sunday").headline ==
        "Apple released the new iPhone in Cupertino");
}

TEST_CASE("an expression fronted before a comma dates the clause after the comma", "[events][clauses]") {
  CHECK(only_mention("Late on Sunday, rebels shelled the airport.", "Sunday").headline == "Rebels shelled the airport");
}

TEST_CASE("a clause without its own subject takes the subject of the sentence", "[events][clauses]") {
  CHECK(only_mention("Shamkhani hailed the recapture and vowed on Sunday to continue support.", "Sunday").headline ==
        "Shamkhani vowed to continue support");
}

TEST_CASE("a relative clause is told of the noun before it", "[events][clauses]") {
  CHECK(only_mention("The army entered Palmyra, which ISIS had held until Sunday.", "Sunday").headline ==
        "ISIS had held Palmyra");
  CHECK(only_mention("Troops reached Qaryatain, which fell on Sunday.", "Sunday").headline == "Qaryatain fell");
}

TEST_CASE("a long subject is cut to the person it names, adverbs are dropped", "[events][clauses]") {
  CHECK(only_mention("On Sunday, the chief of the Joint Staff General Martin Dempsey quietly visited Baghdad.",
                     "Sunday")
            .headline == "Martin Dempsey visited Baghdad");
}

TEST_CASE("a long object is cut before a preposition", "[events][clauses]") {
  const Mention m = only_mention(
      "On Sunday, the government announced a plan to build new roads and bridges across the northern provinces of "
      "the country.",
      "Sunday");
  CHECK(m.headline == "The government announced a plan to build new roads and bridges");
}

TEST_CASE("'X said on Sunday' is a reporting mention headlined with what was said", "[events][clauses]") {
  const Mention m = only_mention("The ministry said on Sunday that troops had killed 500 militants.", "Sunday");
  CHECK(m.reporting);
  CHECK(m.headline == "The ministry said that troops had killed 500 militants");
}

TEST_CASE("an expression inside the reported clause dates what was reported", "[events][clauses]") {
  const Mention m = only_mention("The ministry said that troops killed 500 militants on Sunday.", "Sunday");
  CHECK_FALSE(m.reporting);
  CHECK(m.headline == "Troops killed 500 militants");
}

TEST_CASE("a trailing reporting clause after a comma reports the clause before it", "[events][clauses]") {
  const Mention m = only_mention("Government forces retook the town, state television reported on Sunday.", "Sunday");
  CHECK(m.reporting);
  CHECK(m.headline == "State television reported that Government forces retook the town");
}

TEST_CASE("quotation marks never reach a headline", "[events][clauses]") {
  CHECK(only_mention("On Sunday, the army dealt a \xE2\x80\x9Cmortal blow\xE2\x80\x9D to the group.", "Sunday").headline ==
        "The army dealt a mortal blow to the group");
}

TEST_CASE("durations, sets and undated references make no mention", "[events][clauses]") {
  const std::string text = "The siege lasted three weeks, weekly convoys came, and the town is currently calm.";
  const auto mentions =
      extract(article_of(text), {timex_at(text, "three weeks", "P3W", "", "", "", {}, "DURATION"),
                                 timex_at(text, "weekly", "XXXX-WXX", "", "", "", {}, "SET"),
                                 timex_at(text, "currently", "PRESENT_REF", "", "", "")});
  CHECK(mentions.empty());
}

TEST_CASE("expressions in the title and dateline make no mention", "[events][clauses]") {
  const std::string text = "Army retakes town on Sunday\nMar 28, 2016\n\nThe army retook the town on Sunday.";
  const std::size_t body = text.find("The army");
  const auto mentions = extract(article_of(text, "a", body), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                              day_at(text, "Sunday", "2016-03-27", "2016-03-28", "The army")});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions.front().timex.begin > body);
  CHECK(mentions.front().headline == "The army retook the town");
}

TEST_CASE("expressions with offsets outside the text or across sentences are skipped, not trusted", "[events][clauses]") {
  const std::string text = "Rebels left on Sunday. Troops came.";
  auto outside = day_at(text, "Sunday", "2016-03-27", "2016-03-28");
  outside.begin = text.size() + 5;
  outside.end = text.size() + 11;
  auto across = day_at(text, "Sunday. Troops", "2016-03-27", "2016-03-28");
  auto reversed = day_at(text, "Sunday", "2016-03-27", "2016-03-28");
  std::swap(reversed.begin, reversed.end);
  CHECK(extract(article_of(text), {outside, across, reversed}).empty());
}

TEST_CASE("several expressions in one sentence each date their own clause", "[events][clauses]") {
  const std::string text = "On Sunday, the army retook Palmyra, which ISIS had seized in May 2015.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                   timex_at(text, "May 2015", "2015-05", "month",
                                                            "2015-05-01T00:00:00", "2015-06-01T00:00:00")});
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].headline == "The army retook Palmyra");
  CHECK(mentions[1].headline == "ISIS had seized Palmyra");
}

TEST_CASE("'he' or 'she' as a subject is the person named last before", "[events][clauses]") {
  const Mention resigned = only_mention("Apple chief Steve Jobs spoke at the conference. He resigned on Sunday.", "Sunday");
  CHECK(resigned.headline == "Steve Jobs resigned");
  REQUIRE(entity_named(resigned.entities, "Steve Jobs") != nullptr);  // a participant, though not named there
  CHECK(entity_named(resigned.entities, "Steve Jobs")->kind == "person");
  CHECK(only_mention("The board met. He resigned on Sunday.", "Sunday").headline == "He resigned");
}
