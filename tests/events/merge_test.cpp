// Merging mentions from several articles into events.
#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

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
  // Sunday (twice), last May, Monday, Tuesday: the two Sundays are one happening.
  REQUIRE(events.size() == 4);
  const Event* sunday = event_with_source(events, "seed-hash", "Sunday");
  REQUIRE(sunday != nullptr);
  CHECK(event_with_source(events, "seed-hash", "Sunday's") == sunday);
  CHECK(events_dated(events, "2015-05").size() == 1);
  CHECK(events_dated(events, "2016-03-28").size() == 1);
  CHECK(events_dated(events, "2016-03-29").size() == 1);
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
  CHECK(fall->date.granularity == "day");
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
