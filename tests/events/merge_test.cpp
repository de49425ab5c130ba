// Merging mentions from several articles into events.
#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"
#include "tests/support/dates.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

std::vector<Mention> seed_mentions() {
  const auto seed = seed_article();
  return extract(seed, seed_timexes(seed.text));
}

// A second report of the retaking of Palmyra, published a day earlier by another outlet.
std::vector<Mention> other_outlet_mentions() {
  const std::string text =
      "Syrian troops recaptured Palmyra from ISIS on Sunday after weeks of fighting. "
      "The militants had seized the city on May 21, 2015.";
  return extract(article_of(text, "other-outlet"),
                 {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                  day_at(text, "May 21, 2015", "2015-05-21", "2015-05-22")});
}

// Other things that happened on the day Palmyra was retaken.
std::vector<Mention> same_day_mentions() {
  const std::string text =
      "Syrian troops discovered an ISIS bomb factory in Palmyra on Sunday. "
      "Apple unveiled a smaller iPhone in Cupertino on Sunday.";
  return extract(article_of(text, "same-day"), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                day_at(text, "Sunday", "2016-03-27", "2016-03-28", "Apple")});
}

std::vector<Event> events_dated(const std::vector<Event>& events, const std::string& value) {
  std::vector<Event> found;
  std::copy_if(events.begin(), events.end(), std::back_inserter(found),
               [&](const Event& e) { return e.date.value == value; });
  return found;
}

const Event* event_with_source(const std::vector<Event>& events, const std::string& article, const std::string& timex) {
  for (const Event& e : events) {
    for (const Mention& m : e.sources) {
      if (m.article_hash == article && m.timex.text == timex) return &e;
    }
  }
  return nullptr;
}

const Event* event_with_headline(const std::vector<Event>& events, const std::string& headline) {
  for (const Event& e : events) {
    if (e.headline == headline) return &e;
  }
  return nullptr;
}

// Everything that identifies the merge result, in order.
std::string shape(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    out += e.date.value + "|" + e.headline + "|" + e.summary + "|" + std::to_string(e.confidence) + "|";
    for (const Entity& entity : e.entities) out += entity.name + ",";
    for (const Mention& m : e.sources) out += m.article_hash + "@" + std::to_string(m.timex.begin) + ";";
    out += "\n";
  }
  return out;
}

std::vector<Mention> all_mentions() {
  std::vector<Mention> all = seed_mentions();
  for (auto part : {other_outlet_mentions(), same_day_mentions()}) all.insert(all.end(), part.begin(), part.end());
  return all;
}

}  // namespace

TEST_CASE("the same happening told by two articles becomes one event with both sources", "[events][merge]") {
  std::vector<Mention> mentions = seed_mentions();
  const auto other = other_outlet_mentions();
  mentions.insert(mentions.end(), other.begin(), other.end());
  const auto events = merge(mentions);
  const Event* retaken = event_with_source(events, "other-outlet", "Sunday");
  REQUIRE(retaken != nullptr);
  CHECK(event_with_source(events, "seed-hash", "Sunday") == retaken);
  CHECK(retaken->date.value == "2016-03-27");
  // Both tellings are equally confident; the rule then takes the first article hash.
  CHECK(retaken->headline == "Syrian troops recaptured Palmyra from ISIS after weeks of fighting");
  // The seed's two Sunday mentions (the retaking and "Sunday's win") and the other outlet's one.
  CHECK(retaken->sources.size() == 3);
  CHECK(entity_named(retaken->entities, "Palmyra") != nullptr);
}

TEST_CASE("within one article a verbless mention joins the happening of the same day it shares a participant with",
          "[events][merge]") {
  const auto events = merge(seed_mentions());
  // Sunday (twice), last May, Monday, Tuesday, and the lead dated by the publication day (Tuesday):
  // the two Sundays are one happening; the lead and the Tuesday report are two.
  REQUIRE(events.size() == 5);
  const Event* sunday = event_with_source(events, "seed-hash", "Sunday");
  REQUIRE(sunday != nullptr);
  CHECK(event_with_source(events, "seed-hash", "Sunday's") == sunday);
  CHECK(events_dated(events, "2015-05").size() == 1);
  CHECK(events_dated(events, "2016-03-28").size() == 1);
  CHECK(events_dated(events, "2016-03-29").size() == 2);
}

TEST_CASE("different happenings on the same day stay apart", "[events][merge]") {
  const auto events = merge(all_mentions());
  const Event* retaken = event_with_source(events, "seed-hash", "Sunday");
  const Event* factory = event_with_headline(events, "Syrian troops discovered an ISIS bomb factory in Palmyra");
  const Event* iphone = event_with_headline(events, "Apple unveiled a smaller iPhone in Cupertino");
  REQUIRE(retaken != nullptr);
  REQUIRE(factory != nullptr);
  REQUIRE(iphone != nullptr);
  CHECK(factory != retaken);
  CHECK(iphone != retaken);
  CHECK(iphone != factory);
  CHECK(events_dated(events, "2016-03-27").size() == 3);
}

TEST_CASE("a month mention joins the day mention of the same happening inside that month", "[events][merge]") {
  const std::string text = "Palmyra fell to ISIS on May 21, 2015, after a week of fighting.";
  std::vector<Mention> mentions = extract(article_of(text, "day-precise"), {day_at(text, "May 21, 2015", "2015-05-21", "2015-05-22")});
  const auto seed = seed_mentions();
  mentions.insert(mentions.end(), seed.begin(), seed.end());
  const auto events = merge(mentions);
  const Event* fall = event_with_source(events, "seed-hash", "last May");
  REQUIRE(fall != nullptr);
  CHECK(event_with_source(events, "day-precise", "May 21, 2015") == fall);
  CHECK(fall->date.value == "2015-05-21");
  CHECK(fall->date.granularity == chronicle::temporal::Granularity::kDay);
  CHECK(fall->sources.size() == 2);
  CHECK(events_dated(events, "2015-05").empty());
}

TEST_CASE("a month mention does not join a different happening of that month", "[events][merge]") {
  const auto events = merge(all_mentions());
  // "The militants had seized the city on May 21, 2015" is a seizing; "Palmyra had fallen to ISIS
  // last May" a fall: told by different verbs, they are not merged on wording alone.
  const Event* fall = event_with_source(events, "seed-hash", "last May");
  const Event* seized = event_with_source(events, "other-outlet", "May 21, 2015");
  REQUIRE(fall != nullptr);
  REQUIRE(seized != nullptr);
  CHECK(fall != seized);
}

TEST_CASE("merging gives the same events whatever the order of the mentions", "[events][merge]") {
  std::vector<Mention> mentions = all_mentions();
  const std::string expected = shape(merge(mentions));
  std::mt19937 shuffler(20160329);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(mentions.begin(), mentions.end(), shuffler);
    CHECK(shape(merge(mentions)) == expected);
  }
}

TEST_CASE("every mention becomes the source of exactly one event, duplicates included", "[events][merge]") {
  std::vector<Mention> mentions = all_mentions();
  mentions.push_back(mentions.front());
  std::size_t sources = 0;
  for (const Event& e : merge(mentions)) {
    CHECK_FALSE(e.sources.empty());
    CHECK(e.confidence >= 0);
    CHECK(e.confidence <= 1);
    sources += e.sources.size();
  }
  CHECK(sources == mentions.size());
}

TEST_CASE("an event told by more articles is more confident than any one of its sources", "[events][merge]") {
  std::vector<Mention> mentions = seed_mentions();
  const auto other = other_outlet_mentions();
  mentions.insert(mentions.end(), other.begin(), other.end());
  const auto events = merge(mentions);
  const Event* retaken = event_with_source(events, "other-outlet", "Sunday");
  REQUIRE(retaken != nullptr);
  for (const Mention& m : retaken->sources) CHECK(retaken->confidence > m.confidence);
}

TEST_CASE("merging nothing gives nothing", "[events][merge]") { CHECK(merge({}).empty()); }

namespace {

// One happening told three times with the same words: once with a coarse expression, once on a
// day inside its interval, once on a day just outside it.
struct CoarseAndFiner {
  std::vector<Event> events;
  const Event* coarse = nullptr;
  const Event* inside = nullptr;
  const Event* outside = nullptr;

  CoarseAndFiner(const std::string& clause, chronicle::temporal::Timex coarse_timex, const std::string& coarse_words,
                 const std::string& inside_day, const std::string& inside_next, const std::string& outside_day,
                 const std::string& outside_next) {
    const std::string a = clause + " " + coarse_words + ".";
    coarse_timex.begin = a.find(coarse_words);
    coarse_timex.end = coarse_timex.begin + coarse_words.size();
    coarse_timex.text = coarse_words;
    const std::string b = clause + " on that day.";
    const std::string c = clause + " on the next day.";
    std::vector<Mention> mentions = extract(article_of(a, "coarse"), {coarse_timex});
    const auto in = extract(article_of(b, "inside"), {day_at(b, "that day", inside_day, inside_next)});
    const auto out = extract(article_of(c, "outside"), {day_at(c, "the next day", outside_day, outside_next)});
    mentions.insert(mentions.end(), in.begin(), in.end());
    mentions.insert(mentions.end(), out.begin(), out.end());
    events = merge(mentions);
    coarse = event_with_source(events, "coarse", coarse_words);
    inside = event_with_source(events, "inside", "that day");
    outside = event_with_source(events, "outside", "the next day");
  }
};

chronicle::temporal::Timex coarse_expression(std::string value, std::string granularity, std::string start,
                                             std::string end) {
  chronicle::temporal::Timex t;
  t.type = "DATE";
  t.value = std::move(value);
  t.granularity = chronicle::temporal::granularity_named(granularity);
  t.interval = chronicle::testing::interval_at(std::move(start), std::move(end));
  return t;
}

}  // namespace

TEST_CASE("a quarter mention joins the same happening on a day of that quarter, not the day after it",
          "[events][merge]") {
  // 2015-Q3 runs from July 1 to September 30; October 1 is the first day of Q4.
  const CoarseAndFiner told("Volkswagen recalled its diesel cars in Germany",
                            coarse_expression("2015-Q3", "quarter", "2015-07-01T00:00:00", "2015-10-01T00:00:00"),
                            "in the third quarter", "2015-09-30", "2015-10-01", "2015-10-01", "2015-10-02");
  REQUIRE(told.coarse != nullptr);
  CHECK(told.coarse == told.inside);
  CHECK(told.coarse->date.value == "2015-09-30");
  CHECK(told.coarse->sources.size() == 2);
  CHECK(told.outside != told.coarse);
}

TEST_CASE("a week mention joins the same happening on the Sunday that ends the week, not the Monday after",
          "[events][merge]") {
  // ISO week 41 of 2008 runs from Monday October 6 through Sunday October 12.
  const CoarseAndFiner told("The Eurogroup countries agreed a bank rescue plan in Paris",
                            coarse_expression("2008-W41", "week", "2008-10-06T00:00:00", "2008-10-13T00:00:00"),
                            "this week", "2008-10-12", "2008-10-13", "2008-10-13", "2008-10-14");
  REQUIRE(told.coarse != nullptr);
  CHECK(told.coarse == told.inside);
  CHECK(told.coarse->date.value == "2008-10-12");
  CHECK(told.outside != told.coarse);
}

TEST_CASE("a season mention joins the same happening on a summer day, not on the first day of autumn",
          "[events][merge]") {
  // Summer 2015 as the tagger reads it: June 1 to August 31; September 1 is autumn.
  const CoarseAndFiner told("Boeing opened its new paint hangar in Everett",
                            coarse_expression("2015-SU", "season", "2015-06-01T00:00:00", "2015-09-01T00:00:00"),
                            "last summer", "2015-06-01", "2015-06-02", "2015-09-01", "2015-09-02");
  REQUIRE(told.coarse != nullptr);
  CHECK(told.coarse == told.inside);
  CHECK(told.coarse->date.value == "2015-06-01");
  CHECK(told.outside != told.coarse);
}

TEST_CASE("a year mention joins a quarter mention that already joined a day, making one event", "[events][merge]") {
  const std::string a = "Volkswagen recalled its diesel cars in Germany in 2015.";
  const std::string b = "Volkswagen recalled its diesel cars in Germany in the third quarter.";
  const std::string c = "Volkswagen recalled its diesel cars in Germany on that day.";
  std::vector<Mention> mentions =
      extract(article_of(a, "year"), {timex_at(a, "2015", "2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00")});
  for (const auto& more :
       {extract(article_of(b, "quarter"), {timex_at(b, "the third quarter", "2015-Q3", "quarter", "2015-07-01T00:00:00",
                                                    "2015-10-01T00:00:00")}),
        extract(article_of(c, "day"), {day_at(c, "that day", "2015-08-14", "2015-08-15")})}) {
    mentions.insert(mentions.end(), more.begin(), more.end());
  }
  const auto events = merge(mentions);
  REQUIRE(events.size() == 1);
  CHECK(events.front().date.value == "2015-08-14");
  CHECK(events.front().sources.size() == 3);
}

TEST_CASE("a quarter mention does not join a different happening inside the quarter", "[events][merge]") {
  const std::string a = "Volkswagen recalled its diesel cars in Germany in the third quarter.";
  const std::string b = "Apple opened a new store in Berlin on that day.";
  std::vector<Mention> mentions = extract(
      article_of(a, "quarter"),
      {timex_at(a, "the third quarter", "2015-Q3", "quarter", "2015-07-01T00:00:00", "2015-10-01T00:00:00")});
  const auto other = extract(article_of(b, "day"), {day_at(b, "that day", "2015-08-14", "2015-08-15")});
  mentions.insert(mentions.end(), other.begin(), other.end());
  CHECK(merge(mentions).size() == 2);
}

TEST_CASE("a mention that tells the happening of two clusters joins them into one event", "[events][merge]") {
  // The settlement and the agreement share no participant and too few words to join each other;
  // the lawsuit's mention, last in canonical order (article hashes a-, b-, c-), tells both.
  const std::string a = "Apple Corps argued that the store was a breach of the 1991 settlement reached between the two parties.";
  const std::string b = "This settlement replaces the 1991 agreement between the two companies.";
  const std::string c = "Apple Corps claims that Apple's store violates an agreement reached between the two companies in 1991.";
  const auto year = [](const std::string& text, std::string_view context) {
    return timex_at(text, "1991", "1991", "year", "1991-01-01T00:00:00", "1992-01-01T00:00:00", context);
  };
  std::vector<Mention> mentions = extract(article_of(a, "a-ruling"), {year(a, {})});
  for (const auto& more : {extract(article_of(b, "b-settlement"), {year(b, {})}), extract(article_of(c, "c-lawsuit"), {year(c, {})})}) {
    mentions.insert(mentions.end(), more.begin(), more.end());
  }
  REQUIRE(mentions.size() == 3);
  const auto events = merge(mentions);
  REQUIRE(events.size() == 1);
  CHECK(events.front().sources.size() == 3);
}

TEST_CASE("in one article, a reported announcement and 'the announcement' that day are one event",
          "[events][merge]") {
  const std::string text =
      "Apple announced on Friday that it will give owners a free case. "
      "The announcement came in a rare press conference held by the company on Friday morning.";
  const auto mentions = extract(
      article_of(text, "cases"),
      {day_at(text, "Friday", "2010-07-16", "2010-07-17"),
       timex_at(text, "Friday morning", "2010-07-16TMO", "hour", "2010-07-16T00:00:00", "2010-07-16T12:00:00", {}, "TIME",
                {.weekday = true, .time_of_day = true})});
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].reporting);
  CHECK_FALSE(mentions[1].reporting);
  const auto events = merge(mentions);
  REQUIRE(events.size() == 1);
  CHECK(events.front().headline == "The announcement came in a rare press conference held by the company");
}

TEST_CASE("two reports of speech on the same day in one article stay two events", "[events][merge]") {
  const std::string text = "The ministry said on Friday that troops had left. The rebels said on Friday that they would fight.";
  const auto mentions = extract(article_of(text, "two-sayings"),
                                {day_at(text, "Friday", "2010-07-16", "2010-07-17"),
                                 day_at(text, "Friday", "2010-07-16", "2010-07-17", "The rebels")});
  REQUIRE(mentions.size() == 2);
  CHECK(merge(mentions).size() == 2);
}

TEST_CASE("two companies' share moves on one trading day stay apart, though both trade on one exchange",
          "[events][merge]") {
  const std::string upjohn = "In composite trading on the New York Stock Exchange on Sunday, Upjohn shares rose 87 cents.";
  const std::string intelogic = "In New York Stock Exchange composite trading on Sunday, Intelogic shares rose 50 cents.";
  std::vector<Mention> mentions = extract(article_of(upjohn, "upjohn"), {day_at(upjohn, "Sunday", "2016-03-27", "2016-03-28")});
  const auto more = extract(article_of(intelogic, "intelogic"), {day_at(intelogic, "Sunday", "2016-03-27", "2016-03-28")});
  mentions.insert(mentions.end(), more.begin(), more.end());
  REQUIRE(mentions.size() == 2);
  CHECK(merge(mentions).size() == 2);
}

TEST_CASE("the same sentence reprinted a day later stays one event, dated as most articles date it, showing the other date",
          "[events][merge]") {
  // A wire story published on March 29 and reprinted on March 30: each reads "yesterday" from its
  // own day, so the reprint says March 29 where the others say March 28.
  const std::string text = "Rebels shelled the airport in Aden yesterday, officials said.";
  std::vector<Mention> mentions;
  for (const auto& [hash, day, next] : {std::tuple{"wire", "2016-03-28", "2016-03-29"}, {"paper", "2016-03-28", "2016-03-29"},
                                        {"reprint", "2016-03-29", "2016-03-30"}}) {
    const auto told = extract(article_of(text, hash), {day_at(text, "yesterday", day, next)});
    mentions.insert(mentions.end(), told.begin(), told.end());
  }
  REQUIRE(mentions.size() == 3);
  const auto events = merge(mentions);
  REQUIRE(events.size() == 1);
  CHECK(events.front().date.value == "2016-03-28");
  const auto others = other_dates(events.front());
  REQUIRE(others.size() == 1);
  CHECK(others.front().date.value == "2016-03-29");
  CHECK(others.front().articles == 1);
}

TEST_CASE("the same sentence dated more than a week apart tells two happenings", "[events][merge]") {
  const std::string text = "Rebels shelled the airport in Aden on Monday, officials said.";
  auto mentions = extract(article_of(text, "first"), {day_at(text, "Monday", "2016-03-14", "2016-03-15")});
  const auto later = extract(article_of(text, "second"), {day_at(text, "Monday", "2016-03-28", "2016-03-29")});
  mentions.insert(mentions.end(), later.begin(), later.end());
  REQUIRE(mentions.size() == 2);
  const auto events = merge(mentions);
  CHECK(events.size() == 2);
  for (const Event& e : events) CHECK(other_dates(e).empty());
}

TEST_CASE("in one article, a verbless statement stays apart from a happening of that day whose headline names none of its participants",
          "[events][merge]") {
  // Aleppo is in both sentences but only in the second headline, which names no happening: the
  // road and the temperature are two things of Sunday.
  const std::string text = "On Sunday, in Aleppo, the army opened a new road to the airport. "
                           "The Aleppo temperature was ten degrees on Sunday.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                   day_at(text, "Sunday", "2016-03-27", "2016-03-28", "degrees")});
  REQUIRE(mentions.size() == 2);
  for (const Mention& m : mentions) REQUIRE(entity_named(m.entities, "Aleppo") != nullptr);
  CHECK(mentions[0].headline.find("Aleppo") == std::string::npos);
  CHECK(merge(mentions).size() == 2);
}
