// The happening an expression dates, read off the dependency tree of the built-in syntax model:
// its trigger, its state, and the expressions that date nothing. Articles are published
// 2016-03-29 (a Tuesday); each expected value is worked out from the sentence by hand.
#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

std::vector<Mention> mentions_of(const std::string& text, const chronicle::temporal::Timex& timex) {
  REQUIRE(chronicle::syntax::Model::builtin() != nullptr);
  return extract(article_of(text), {timex});
}

bool dated_in(const std::vector<Mention>& mentions, const std::string& value) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.date.value == value; });
}

std::string trigger_of(const std::string& text, const Mention& m) {
  return m.trigger.begin < m.trigger.end ? text.substr(m.trigger.begin, m.trigger.size()) : "";
}

}  // namespace

TEST_CASE("the expression dates the verb it modifies: that verb is the trigger", "[events][predicate]") {
  const std::string text = "Syrian forces retook the ancient city of Palmyra on Sunday after weeks of fighting.";
  const auto mentions = mentions_of(text, day_at(text, "Sunday", "2016-03-27", "2016-03-28"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "retook");
  CHECK(mentions[0].state == State::happened);
}

TEST_CASE("a happening after the publication day with 'will' is planned", "[events][predicate]") {
  const std::string text = "The foreign minister will visit Moscow on Friday.";
  const auto mentions = mentions_of(text, day_at(text, "Friday", "2016-04-01", "2016-04-02"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "visit");
  CHECK(mentions[0].state == State::planned);
}

TEST_CASE("what a source says happened is reported, dated on the happening, not on the saying",
          "[events][predicate]") {
  const std::string text = "Police said the bomb exploded on Sunday near the main market.";
  const auto mentions = mentions_of(text, day_at(text, "Sunday", "2016-03-27", "2016-03-28"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "exploded");
  CHECK(mentions[0].state == State::reported);
}

TEST_CASE("a happening the sentence denies is negated", "[events][predicate]") {
  const std::string text = "The company did not pay its workers on Friday.";
  const auto mentions = mentions_of(text, day_at(text, "Friday", "2016-03-25", "2016-03-26"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "pay");
  CHECK(mentions[0].state == State::negated);
}

TEST_CASE("an event noun is its own trigger, hyphenated words whole", "[events][predicate]") {
  const std::string text = "The cease-fire of Sunday collapsed within hours.";
  const auto mentions = mentions_of(text, day_at(text, "Sunday", "2016-03-27", "2016-03-28"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "cease-fire");
}

TEST_CASE("a record measured since a year dates nothing in that year", "[events][predicate]") {
  const std::string text = "Unemployment fell to 4 percent, the lowest level since 2003.";
  CHECK_FALSE(dated_in(mentions_of(text, timex_at(text, "2003", "2003", "year", "2003-01-01T00:00:00", "2004-01-01T00:00:00")), "2003"));
}

TEST_CASE("a comparison with a year dates nothing in that year", "[events][predicate]") {
  const std::string text = "Exports were much higher this spring than in 2005.";
  CHECK_FALSE(dated_in(mentions_of(text, timex_at(text, "2005", "2005", "year", "2005-01-01T00:00:00", "2006-01-01T00:00:00")), "2005"));
}

TEST_CASE("a happening that began in a year and goes on is dated by its start", "[events][predicate]") {
  const std::string text = "He has been fighting pancreatic cancer since 2004.";
  const auto mentions =
      mentions_of(text, timex_at(text, "2004", "2004", "year", "2004-01-01T00:00:00", "2005-01-01T00:00:00"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "fighting");
}

TEST_CASE("a date that describes a thing dates no happening", "[events][predicate]") {
  const std::string text = "Tourists visit the 11th century temple every summer.";
  CHECK_FALSE(dated_in(
      mentions_of(text, timex_at(text, "11th century", "10", "century", "1000-01-01T00:00:00", "1100-01-01T00:00:00")), "10"));
}

TEST_CASE("a lead that writes no date tells a happening of the publication day", "[events][predicate]") {
  const std::string text =
      "Northrop Grumman and EADS have defeated Boeing for a contract to supply the Air Force with tankers. "
      "Boeing may appeal.";
  const auto mentions = extract(article_of(text), {});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].date.value == "2016-03-29");  // article_of() publishes on 2016-03-29
  CHECK(trigger_of(text, mentions[0]) == "defeated");
  CHECK(mentions[0].headline.rfind("Northrop Grumman and EADS have defeated Boeing", 0) == 0);
}

TEST_CASE("a lead in the present or the future makes no mention", "[events][predicate]") {
  CHECK(extract(article_of("Boeing is the largest maker of airliners in the world."), {}).empty());
  CHECK(extract(article_of("Boeing will appeal the decision of the Air Force."), {}).empty());
}

TEST_CASE("the figure a result is compared with dates nothing", "[events][predicate]") {
  const std::string text = "Sales dropped 11% to $1.27 billion from $1.43 billion a year ago.";
  CHECK_FALSE(dated_in(
      mentions_of(text, timex_at(text, "a year ago", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00")), "2015"));
}

TEST_CASE("the day holders of record are counted dates nothing", "[events][predicate]") {
  const std::string text = "The dividend is payable Dec. 7 to stock of record Nov. 22.";
  CHECK_FALSE(dated_in(mentions_of(text, day_at(text, "Nov. 22", "2016-11-22", "2016-11-23")), "2016-11-22"));
}

TEST_CASE("a date inside a clause within another dates that inner clause, headline and all", "[events][predicate]") {
  const std::string text = "Prices rose sharply because the central bank had cut interest rates on Sunday.";
  const auto mentions = mentions_of(text, day_at(text, "Sunday", "2016-03-27", "2016-03-28"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "cut");
  CHECK(mentions[0].headline == "The central bank had cut interest rates");
}

TEST_CASE("a lead whose only date sits in a relative clause still tells a happening of the publication day",
          "[events][predicate]") {
  const std::string text =
      "Coleco Industries Inc., a toy maker whose stock peaked in 1983, filed a reorganization plan for its creditors.";
  const auto mentions =
      extract(article_of(text), {timex_at(text, "1983", "1983", "year", "1983-01-01T00:00:00", "1984-01-01T00:00:00")});
  REQUIRE(mentions.size() == 2);
  CHECK(dated_in(mentions, "1983"));
  CHECK(dated_in(mentions, "2016-03-29"));
}

TEST_CASE("the figure of the period a result is compared with dates nothing", "[events][predicate]") {
  const std::string text = "Net income was $2.1 million a year earlier.";
  CHECK_FALSE(dated_in(
      mentions_of(text, timex_at(text, "a year earlier", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00")),
      "2015"));
}

TEST_CASE("a period that ends on a day is no happening of that day", "[events][predicate]") {
  const std::string text = "The company's fiscal year ended June 30.";
  CHECK_FALSE(dated_in(mentions_of(text, day_at(text, "June 30", "2015-06-30", "2015-07-01")), "2015-06-30"));
}

TEST_CASE("a title tells its lead's happening: dated as the lead, one event with it", "[events][predicate]") {
  const std::string text =
      "Boeing unveils long-range 777\n\nBoeing has unveiled a new ultra-long range version of its 777 airliner. "
      "It can fly from London to Sydney.";
  auto article = article_of(text, "article-a", text.find("Boeing has"));
  article.title = "Boeing unveils long-range 777";
  const auto mentions = extract(article, {});
  REQUIRE(mentions.size() == 2);
  const auto title = std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.sentence.begin == 0; });
  REQUIRE(title != mentions.end());
  CHECK(trigger_of(text, *title) == "unveils");
  CHECK(title->headline == "Boeing unveils long-range 777");
  CHECK(title->date.value == "2016-03-29");  // the lead's: the publication day
  CHECK(title->sentence.end == article.title.size());
  const auto events = merge(mentions);
  REQUIRE(events.size() == 1);
  CHECK(events[0].sources.size() == 2);
}

TEST_CASE("a title whose lead writes its date takes that date", "[events][predicate]") {
  const std::string text =
      "Airbus delivers final A300 to FedEx\n\nAirbus delivered its last A300 airliner to FedEx on Sunday.";
  auto article = article_of(text, "article-a", text.find("Airbus delivered"));
  article.title = "Airbus delivers final A300 to FedEx";
  const auto mentions = extract(article, {day_at(text, "Sunday", "2016-03-27", "2016-03-28")});
  REQUIRE(mentions.size() == 2);
  for (const Mention& m : mentions) CHECK(m.date.value == "2016-03-27");
  CHECK(merge(mentions).size() == 1);
}

TEST_CASE("a title that is no clause makes no mention", "[events][predicate]") {
  const std::string text = "Bridges\n\nBoeing has unveiled a new version of its 777 airliner.";
  auto article = article_of(text, "article-a", text.find("Boeing has"));
  article.title = "Bridges";
  const auto mentions = extract(article, {});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].sentence.begin > 0);
}

TEST_CASE("a sum stated for the period a year back dates nothing there, while a happening a year ago does",
          "[events][predicate]") {
  const std::string credit = "A year earlier, the tax credit was $3.3 million.";
  CHECK_FALSE(dated_in(mentions_of(credit, timex_at(credit, "A year earlier", "2015", "year", "2015-01-01T00:00:00",
                                                    "2016-01-01T00:00:00")),
                       "2015"));
  const std::string attack = "A year ago, rebels attacked the garrison of Palmyra.";
  CHECK(dated_in(mentions_of(attack, timex_at(attack, "A year ago", "2015", "year", "2015-01-01T00:00:00",
                                              "2016-01-01T00:00:00")),
                 "2015"));
}

TEST_CASE("what a source says will happen after the publication day is planned, not reported", "[events][predicate]") {
  const std::string text = "Intel said production of the new chips begins next week.";
  const auto mentions = mentions_of(text, timex_at(text, "next week", "2016-W14", "week", "2016-04-04T00:00:00",
                                                   "2016-04-11T00:00:00"));
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].state == State::planned);
}

TEST_CASE("a figure foreseen for a period is a forecast and dates nothing", "[events][predicate]") {
  const std::string earn = "The company expects to earn 35 cents a share in the fourth quarter.";
  CHECK(mentions_of(earn, timex_at(earn, "the fourth quarter", "2016-Q4", "quarter", "2016-10-01T00:00:00",
                                   "2017-01-01T00:00:00"))
            .empty());
  const std::string rise = "Analysts expect earnings to rise 10% in 2017.";
  CHECK(mentions_of(rise, timex_at(rise, "2017", "2017", "year", "2017-01-01T00:00:00", "2018-01-01T00:00:00")).empty());
}

TEST_CASE("a foreseen happening keeps its date, money and all", "[events][predicate]") {
  const std::string text = "The company expects to complete the $2 billion sale of its chemicals unit in May.";
  const auto mentions =
      mentions_of(text, timex_at(text, "May", "2016-05", "month", "2016-05-01T00:00:00", "2016-06-01T00:00:00"));
  REQUIRE(mentions.size() == 1);
  CHECK(trigger_of(text, mentions[0]) == "complete");
  CHECK(mentions[0].state == State::planned);
}

TEST_CASE("a quantity in a headline keeps what it is a quantity of", "[events][predicate]") {
  const std::string text =
      "Montedison S.p.A. definitively agreed to buy all of the publicly held shares of Erbamont N.V. for $37 each. "
      "The price was high.";
  const auto mentions = extract(article_of(text), {});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].headline == "Montedison S.p.A. agreed to buy all of the publicly held shares");
}

TEST_CASE("what happened in the quarter ended Oct. 31 is dated by the quarter, not its last day", "[events][predicate]") {
  const std::string text = "Service Corp. had a loss of about $12.5 million in the quarter ended Oct. 31.";
  const auto mentions = mentions_of(text, day_at(text, "Oct. 31", "2015-10-31", "2015-11-01"));
  REQUIRE(mentions.size() == 1);
  // Three months ending on October 31: August, September and October.
  CHECK(mentions[0].date.value == "2015-08/2015-10");
  CHECK(mentions[0].date.granularity == chronicle::temporal::Granularity::kMonth);
  CHECK(mentions[0].date.start == "2015-08-01T00:00:00");
  CHECK(mentions[0].date.end == "2015-11-01T00:00:00");
}

TEST_CASE("nine months ended Sept. 30 run from January; a period of no stated length dates nothing",
          "[events][predicate]") {
  const std::string nine = "The company earned $3 million in the nine months ended Sept. 30.";
  const auto earned = mentions_of(nine, day_at(nine, "Sept. 30", "2015-09-30", "2015-10-01"));
  REQUIRE(earned.size() == 1);
  CHECK(earned[0].date.value == "2015-01/2015-09");
  const std::string period = "The company posted a profit in the period ended June 30.";
  CHECK_FALSE(dated_in(mentions_of(period, day_at(period, "June 30", "2015-06-30", "2015-07-01")), "2015-06-30"));
}

TEST_CASE("a trading session ended on Friday is that Friday", "[events][predicate]") {
  const std::string text = "Trading in the session ended Friday was heavy.";
  const auto mentions = mentions_of(text, day_at(text, "Friday", "2016-03-25", "2016-03-26"));
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].date.value == "2016-03-25");
}

TEST_CASE("a headline from the tree leaves out the sentence's other expressions", "[events][predicate]") {
  // The tree tells the reported clause; "from a year ago" is the comparison, not what happened.
  const std::string text =
      "Du Pont Co. reported that third-quarter profit grew a robust 19% from a year ago on the strength of the company's "
      "operations.";
  const auto mentions = extract(article_of(text),
                                {timex_at(text, "third-quarter", "2015-Q3", "quarter", "2015-07-01T00:00:00", "2015-10-01T00:00:00"),
                                 timex_at(text, "a year ago", "2014-Q3", "quarter", "2014-07-01T00:00:00", "2014-10-01T00:00:00")});
  const Mention* growth = mention_dating(mentions, "third-quarter", "2015-Q3");
  REQUIRE(growth != nullptr);
  CHECK(growth->headline.find("year") == std::string::npos);
  CHECK(growth->headline == "Profit grew a robust 19%");
}

TEST_CASE("a sum stated for a year that ended more than a season ago is background, not a happening",
          "[events][predicate]") {
  const std::string text = "Last year, the company earned $480.4 million on sales of $4.3 billion.";
  const auto last_year = timex_at(text, "Last year", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00");
  // Published 2016-03-29: 88 days after 2015 ended, its results are still the news.
  CHECK(dated_in(extract(article_of(text), {last_year}), "2015"));
  // Published in October, the same sentence is background to the latest quarter's news.
  auto october = article_of(text);
  october.published = "2016-10-26T09:00:00";
  // Nor is it dated to the publication day as an undated lead would be.
  CHECK(extract(october, {last_year}).empty());
  // A happening of last year is told whenever it is told.
  const std::string deal = "Last year, the company bought a brewery in Ghent.";
  auto told = article_of(deal);
  told.published = "2016-10-26T09:00:00";
  CHECK(dated_in(extract(told, {timex_at(deal, "Last year", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00")}),
                 "2015"));
}

TEST_CASE("a year-earlier figure dates nothing even where the tree misreads the expression", "[events][predicate]") {
  // The parser takes "year-earlier" apart and makes "year" the root of the sentence.
  const std::string text = "In the year-earlier quarter, the tax credit was $3.3 million.";
  CHECK(mentions_of(text, timex_at(text, "the year-earlier quarter", "2015-Q1", "quarter", "2015-01-01T00:00:00",
                                   "2015-04-01T00:00:00"))
            .empty());
}

TEST_CASE("a running total 'so far this year' or 'to date' dates no happening", "[events][predicate]") {
  const std::string share = "Mills has gained an estimated 2% share so far this year.";
  CHECK(mentions_of(share, timex_at(share, "this year", "2016", "year", "2016-01-01T00:00:00", "2017-01-01T00:00:00"))
            .empty());
  const std::string sales = "Sales so far in 2015 rose 5%.";
  CHECK(mentions_of(sales, timex_at(sales, "2015", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00")).empty());
  const std::string deal = "The company has sold 40,000 cars this year to date.";
  CHECK(mentions_of(deal, timex_at(deal, "this year", "2016", "year", "2016-01-01T00:00:00", "2017-01-01T00:00:00")).empty());
  // "This year, Mills gained a 2% share": a happening of the year.
  const std::string gained = "This year, Mills gained a 2% share of the market.";
  CHECK(dated_in(mentions_of(gained, timex_at(gained, "This year", "2016", "year", "2016-01-01T00:00:00",
                                              "2017-01-01T00:00:00")),
                 "2016"));
}

TEST_CASE("'it' after a named speaker stays 'it': the headline reads as the sentence does", "[events][predicate]") {
  // No date of its own: the lead is dated to the publication day, its headline from the tree.
  const std::string text = "Elco Industries Inc. said it expects net income to fall below estimates.";
  const auto mentions = extract(article_of(text), {});
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].headline.starts_with("Elco Industries Inc. said it expects net income"));
}

TEST_CASE("'it' in a clause is the organization the sentence named before it, not an earlier one",
          "[events][predicate]") {
  const std::string text =
      "Elco Industries Inc. reported lower profit. Cilcorp Inc., Peoria, Ill., said it agreed on Sunday to acquire the "
      "consulting businesses of Hunter Environmental Services Inc.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28")});
  const Mention* deal = mention_dating(mentions, "Sunday", "2016-03-27");
  REQUIRE(deal != nullptr);
  CHECK(deal->headline.starts_with("Cilcorp Inc agreed to acquire"));
}

TEST_CASE("a record in the verb's object measured 'since' a year dates nothing then", "[events][predicate]") {
  // The parser hangs "since 1989" on "Facing"; the record is its object's ("worst ... crisis").
  const std::string text =
      "Facing its worst financial crisis since 1989, the government is fighting to stem off a crash.";
  CHECK_FALSE(dated_in(mentions_of(text, timex_at(text, "1989", "1989", "year", "1989-01-01T00:00:00",
                                                  "1990-01-01T00:00:00")),
                       "1989"));
}
