// One participant's events in timeline order.
#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"
#include "tests/support/dates.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

Event event(std::string value, std::string granularity, std::string start, std::string end, std::string headline,
            std::vector<Entity> entities) {
  Event e;
  e.date = chronicle::testing::event_date(std::move(value), granularity, std::move(start), std::move(end));
  e.headline = std::move(headline);
  e.entities = std::move(entities);
  Mention source;
  source.article_hash = "a";
  source.date = e.date;
  source.headline = e.headline;
  e.sources.push_back(source);
  return e;
}

std::vector<std::string> headlines(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.headline);
  return out;
}

}  // namespace

TEST_CASE("the seed's timeline for Palmyra runs from its fall to the praise of its recapture", "[events][timeline]") {
  const auto seed = seed_article();
  const auto events = merge(extract(seed, seed_timexes(seed.text)));
  CHECK(headlines(timeline_for(events, "Palmyra")) ==
        std::vector<std::string>{"Palmyra had fallen to ISIS", "Syrian armed forces established full control over Palmyra",
                                 "Ali Shamkhani hailed the Syrian army's recapture of Palmyra"});
}

TEST_CASE("a participant is found by any of its aliases, in any case", "[events][timeline]") {
  const auto seed = seed_article();
  const auto events = merge(extract(seed, seed_timexes(seed.text)));
  const auto by_name = headlines(timeline_for(events, "ISIS"));
  // The lead names "Daesh (ISIS / ISIL) terrorists" too.
  CHECK(by_name == std::vector<std::string>{"Palmyra had fallen to ISIS",
                                            "Syrian armed forces established full control over Palmyra",
                                            "Iran’s defense minister has called on Syria to intensify its military operations"});
  CHECK(headlines(timeline_for(events, "daesh")) == by_name);
  CHECK(headlines(timeline_for(events, "shamkhani")) ==
        std::vector<std::string>{"Syrian armed forces established full control over Palmyra",
                                 "Ali Shamkhani hailed the Syrian army's recapture of Palmyra"});
  CHECK(timeline_for(events, "Atlantis").empty());
  CHECK(timeline_for(events, "").empty());
}

TEST_CASE("a month event comes at its month's start, before the days that start with it", "[events][timeline]") {
  const Entity palmyra{"Palmyra", "place", {}};
  const std::vector<Event> events = {
      event("2015-05-02", "day", "2015-05-02T00:00:00", "2015-05-03T00:00:00", "Second day", {palmyra}),
      event("2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00", "The year", {palmyra}),
      event("2015-05-01", "day", "2015-05-01T00:00:00", "2015-05-02T00:00:00", "First day", {palmyra}),
      event("2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00", "The month", {palmyra}),
      event("2015-04-30", "day", "2015-04-30T00:00:00", "2015-05-01T00:00:00", "Last day of April", {palmyra}),
      event("2015-05-01", "day", "2015-05-01T00:00:00", "2015-05-02T00:00:00", "Elsewhere", {{"Aleppo", "place", {}}}),
  };
  CHECK(headlines(timeline_for(events, "Palmyra")) ==
        std::vector<std::string>{"The year", "Last day of April", "The month", "First day", "Second day"});
}
