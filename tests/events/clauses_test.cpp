// Which clause an expression dates, and the headline made from it, on one-sentence articles.
#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

// These tests pin the clause heuristics (clauses.h): they date expressions where no syntax model is
// loaded, and give the headline where the tree finds no subject. predicate_test.cpp covers the tree.
std::vector<Mention> heuristic_mentions(const chronicle::article::Article& article,
                                        const std::vector<chronicle::temporal::Timex>& timexes) {
  return extract(article, timexes, nullptr);
}

// The mention of `words` (a whole day) in a one-sentence article.
Mention only_mention(const std::string& text, std::string_view words) {
  const auto mentions = heuristic_mentions(article_of(text), {day_at(text, words, "2016-03-27", "2016-03-28")});
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
      heuristic_mentions(article_of(text), {timex_at(text, "three weeks", "P3W", "", "", "", {}, "DURATION"),
                                 timex_at(text, "weekly", "XXXX-WXX", "", "", "", {}, "SET"),
                                 timex_at(text, "currently", "PRESENT_REF", "", "", "")});
  CHECK(mentions.empty());
}

TEST_CASE("expressions in the title and dateline make no mention", "[events][clauses]") {
  const std::string text = "Army retakes town on Sunday\nMar 28, 2016\n\nThe army retook the town on Sunday.";
  const std::size_t body = text.find("The army");
  const auto mentions = heuristic_mentions(article_of(text, "a", body), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
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
  CHECK(heuristic_mentions(article_of(text), {outside, across, reversed}).empty());
}

TEST_CASE("several expressions in one sentence each date their own clause", "[events][clauses]") {
  const std::string text = "On Sunday, the army retook Palmyra, which ISIS had seized in May 2015.";
  const auto mentions = heuristic_mentions(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
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

TEST_CASE("'he' or 'she' stays as written when two people are named just before", "[events][clauses]") {
  CHECK(only_mention("Margalit Har-Shefi, a friend of Yitzhak Rabin's killer, spoke. She took the stand on Sunday.",
                     "Sunday")
            .headline == "She took the stand");
}

TEST_CASE("'it' or 'the company' as a subject is the organization named just before", "[events][clauses]") {
  CHECK(only_mention("Coleco Industries filed a plan. It won approval from the court on Sunday.", "Sunday").headline ==
        "Coleco Industries won approval from the court");
  CHECK(only_mention("Coleco Industries filed a plan. The company won approval on Sunday.", "Sunday").headline ==
        "Coleco Industries won approval");
  CHECK(only_mention("Coleco Industries sued General Motors. It won on Sunday.", "Sunday").headline == "It won");
}

// Headline causes found on sample_data/, each on a hand-written sentence.

TEST_CASE("a participle set off after the subject says the subject was what it tells", "[events][clauses]") {
  CHECK(only_mention("Steve Jobs, born in San Francisco on Sunday, built the most valuable company.", "Sunday")
            .headline == "Steve Jobs was born in San Francisco");
  CHECK(only_mention("The mayor, elected on Sunday, promised new parks.", "Sunday").headline == "The mayor was elected");
  // The subject's own verb after an apposition is not a participle, nor is a coordinated verb.
  CHECK(only_mention("Fritz Henderson, the chief executive of General Motors, outlined a plan on Sunday.", "Sunday")
            .headline == "Fritz Henderson outlined a plan");
  CHECK(only_mention("Shamkhani hailed the recapture and vowed on Sunday to continue support.", "Sunday").headline ==
        "Shamkhani vowed to continue support");
}

TEST_CASE("a surname met alone as the subject is told by the full name the article gave", "[events][clauses]") {
  CHECK(only_mention("Steve Jobs founded Apple. On Sunday, Jobs resigned from his post as CEO.", "Sunday").headline ==
        "Steve Jobs resigned from his post as CEO");
}

TEST_CASE("a participle after an adverb and a determiner modifies the noun, it is not the verb", "[events][clauses]") {
  const Mention m = only_mention("Pre-orders of the recently announced iPhone began on Sunday.", "Sunday");
  CHECK(m.headline == "Pre-orders of the announced iPhone began");
  CHECK_FALSE(m.reporting);
}

TEST_CASE("a bare word after 'a' and an adjective is a noun, so the subject is found before it",
          "[events][clauses]") {
  CHECK(only_mention("The Dow Jones, was down 3.76% on Sunday, a slight increase from the morning.", "Sunday")
            .headline == "The Dow Jones was down 3.76%");
}

TEST_CASE("currency and percent signs stay with their numbers", "[events][clauses]") {
  CHECK(only_mention("Sales dropped 11% to $1.27 billion on Sunday.", "Sunday").headline ==
        "Sales dropped 11% to $1.27 billion");
}

TEST_CASE("a long object is not cut between a preposition and the rest of its noun phrase", "[events][clauses]") {
  CHECK(only_mention("The Beatles' Apple Corps has filed a lawsuit against computer and electronics maker Apple "
                     "Computer in a London court on Sunday.",
                     "Sunday")
            .headline == "Apple Corps has filed a lawsuit");
}

TEST_CASE("a clause opener whose clause was cut away does not end a headline", "[events][clauses]") {
  CHECK(only_mention("The G7 nations met in Washington on Sunday that the International Monetary Fund and the World "
                     "Bank held their meetings.",
                     "Sunday")
            .headline == "The G7 nations met in Washington");
  CHECK(only_mention("Steve Jobs announced on Sunday in an internal memo that he would be on medical leave for an "
                     "undetermined period of time.",
                     "Sunday")
            .headline == "Steve Jobs announced in an internal memo");
}

TEST_CASE("a duration is part of what happened and stays in the headline", "[events][clauses]") {
  const std::string text = "He fought cancer in 2004. Steve Jobs took six months off in early 2009.";
  const auto mentions =
      heuristic_mentions(article_of(text), {timex_at(text, "six months", "P6M", "", "", "", {}, "DURATION"),
                                 timex_at(text, "early 2009", "2009", "year", "2009-01-01T00:00:00",
                                          "2010-01-01T00:00:00")});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions.front().headline == "Steve Jobs took six months off");
  const std::string lows = "US stock markets dropped to twelve-year lows on Thursday.";
  const auto dropped = heuristic_mentions(article_of(lows), {timex_at(lows, "twelve-year", "P12Y", "", "", "", {}, "DURATION"),
                                                  day_at(lows, "Thursday", "2016-03-24", "2016-03-25")});
  REQUIRE(dropped.size() == 1);
  CHECK(dropped.front().headline == "US stock markets dropped to twelve-year lows");
}

TEST_CASE("an expression that is the subject keeps its determiner", "[events][clauses]") {
  CHECK(only_mention("Unfortunately, that day has come.", "that day").headline == "That day has come");
}

TEST_CASE("a comma between a city and its state or country does not end the clause", "[events][clauses]") {
  CHECK(only_mention("Boeing's new jet made its first flight in Everett, Washington on Sunday.", "Sunday").headline ==
        "Boeing's new jet made its first flight in Everett, Washington");
}

TEST_CASE("a subject too long to keep whole keeps its head noun", "[events][clauses]") {
  CHECK(only_mention("Three major United States stock market indexes closed at their lowest levels on Sunday.",
                     "Sunday")
            .headline == "Major United States stock market indexes closed at their lowest levels");
  // With words after its head, the head comes first.
  CHECK(only_mention("A plan to bail out three large American auto companies failed to pass the Senate on Sunday.",
                     "Sunday")
            .headline == "A plan failed to pass the Senate");
}

TEST_CASE("after a verb in the present, a past date dates the participle phrase before it", "[events][clauses]") {
  const std::string text = "Apple Corps claims that the store violates an agreement reached between the two companies in 1991.";
  const auto mentions =
      heuristic_mentions(article_of(text), {timex_at(text, "1991", "1991", "year", "1991-01-01T00:00:00", "1992-01-01T00:00:00")});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions.front().headline == "Agreement reached between the two companies");
  // In the past tense the date is the verb's own.
  CHECK(only_mention("Troops killed 500 militants trapped in the city on Sunday.", "Sunday").headline ==
        "Troops killed 500 militants trapped in the city");
}

TEST_CASE("a noun dated before it keeps the 'that' clause that says what it was", "[events][clauses]") {
  CHECK(only_mention("Obama spoke after the Sunday announcement by General Motors that it had filed for bankruptcy.",
                     "Sunday")
            .headline == "Announcement by General Motors that it had filed for bankruptcy");
}

TEST_CASE("a predicate a few words over the limit is kept whole rather than cut", "[events][clauses]") {
  // 12 words after the subject: two over the limit of 10, within the slack of 3.
  CHECK(only_mention("On Sunday, George Pataki toured five counties that have been declared under a state of emergency.",
                     "Sunday")
            .headline == "George Pataki toured five counties that have been declared under a state of emergency");
}

TEST_CASE("a cut never splits a name: it takes the rest of a short one", "[events][clauses]") {
  // The cut would fall before "of Petroleum", inside the name of the organization.
  CHECK(only_mention("On Sunday, Saudi Arabia called for an emergency conference of the Organization of Petroleum "
                     "Exporting Countries to discuss how much oil to pump.",
                     "Sunday")
            .headline == "Saudi Arabia called for an emergency conference of the Organization of Petroleum Exporting Countries");
}

TEST_CASE("a cut before 'of' takes the name it opens: whose shares they are", "[events][clauses]") {
  CHECK(only_mention("On Sunday, Montedison S.p.A. agreed to buy all of the outstanding shares of Erbamont N.V. for $37 "
                     "each in cash.",
                     "Sunday")
            .headline == "Montedison S.p.A. agreed to buy all of the outstanding shares of Erbamont N.V.");
}

TEST_CASE("the words that tie another expression in leave the headline with it", "[events][clauses]") {
  // "for its fiscal fourth quarter ended Sept. 30": the preposition, the determiner and "ended"
  // only place the period, which the headline does not repeat.
  const std::string text = "On Sunday, Oshkosh Truck Corp. estimated that earnings for its fiscal fourth quarter ended "
                           "Sept. 30 fell 50%.";
  const auto mentions = heuristic_mentions(
      article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                         timex_at(text, "fiscal fourth quarter", "2015-Q4", "quarter", "2015-10-01T00:00:00", "2016-01-01T00:00:00"),
                         day_at(text, "Sept. 30", "2015-09-30", "2015-10-01", {}, kMonthAndDay)});
  const Mention* estimate = mention_dating(mentions, "Sunday", "2016-03-27");
  REQUIRE(estimate != nullptr);
  CHECK(estimate->headline == "Oshkosh Truck Corp. estimated that earnings fell 50%");
  // An expression that modifies the noun after it keeps the preposition before it (the expression
  // itself never shows in a headline).
  const std::string decline = "On Sunday, Ralston Purina Co. reported a 47% decline in fourth-quarter earnings.";
  const auto reported = heuristic_mentions(
      article_of(decline), {day_at(decline, "Sunday", "2016-03-27", "2016-03-28"),
                            timex_at(decline, "fourth-quarter", "2015-Q4", "quarter", "2015-10-01T00:00:00", "2016-01-01T00:00:00")});
  const Mention* report = mention_dating(reported, "Sunday", "2016-03-27");
  REQUIRE(report != nullptr);
  CHECK(report->headline == "Ralston Purina Co. reported a 47% decline in earnings");
}

TEST_CASE("a reported clause told before its speaker follows 'said that' in lower case", "[events][clauses]") {
  CHECK(only_mention("The company will close its plant in Ghent, a spokesman said on Sunday.", "Sunday").headline ==
        "A spokesman said that the company will close its plant in Ghent");
}

TEST_CASE("an expression mid-sentence without a determiner says when, it is not the subject", "[events][clauses]") {
  CHECK(only_mention("Saddam Hussein, facing troops at the border, today sought peace on another front.", "today")
            .headline == "Saddam Hussein sought peace on another front");
}
