// Participants: names, kinds and the aliases an article establishes.
#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

// The participants of the mention of the first "Sunday" in `text`.
std::vector<Entity> participants(const std::string& text) {
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28")});
  REQUIRE(mentions.size() == 1);
  return mentions.front().entities;
}

}  // namespace

TEST_CASE("a person's titles are not part of the name, and a surname met alone is an alias", "[events][entities]") {
  const auto entities = participants(
      "Iran's Defense Minister Brigadier General Hossein Dehqan called Damascus on Sunday. Dehqan praised the army.");
  const Entity* dehqan = entity_named(entities, "Hossein Dehqan");
  REQUIRE(dehqan != nullptr);
  CHECK(dehqan->kind == "person");
  CHECK(has_alias(*dehqan, "Dehqan"));
  REQUIRE(entity_named(entities, "Iran") != nullptr);
  CHECK(entity_named(entities, "Iran")->kind == "place");
  REQUIRE(entity_named(entities, "Damascus") != nullptr);
  CHECK(entity_named(entities, "Damascus")->kind == "place");
  CHECK(entity_named(entities, "Defense Minister") == nullptr);
}

TEST_CASE("a name after a title inside a longer capitalized run is split from what precedes it", "[events][entities]") {
  const auto entities = participants(
      "The chief of the Islamic Revolution Guards Corps Major General Mohammad Ali Jafari spoke on Sunday.");
  const Entity* corps = entity_named(entities, "Islamic Revolution Guards Corps");
  REQUIRE(corps != nullptr);
  CHECK(corps->kind == "organization");
  const Entity* jafari = entity_named(entities, "Mohammad Ali Jafari");
  REQUIRE(jafari != nullptr);
  CHECK(jafari->kind == "person");
}

TEST_CASE("names in a parenthesis after a name are its aliases; without one they stay apart", "[events][entities]") {
  const auto grouped = participants("Daesh (ISIS / ISIL) lost ground on Sunday, and ISIS fighters fled.");
  const Entity* isis = entity_named(grouped, "ISIS");
  REQUIRE(isis != nullptr);
  CHECK(isis->kind == "organization");
  CHECK(has_alias(*isis, "Daesh"));
  CHECK(has_alias(*isis, "ISIL"));
  CHECK(entity_named(grouped, "Daesh") == nullptr);

  const auto apart = participants("Daesh lost ground on Sunday, and ISIS fighters fled.");
  REQUIRE(entity_named(apart, "Daesh") != nullptr);
  REQUIRE(entity_named(apart, "ISIS") != nullptr);
  CHECK(entity_named(apart, "ISIS")->aliases.empty());
}

TEST_CASE("the first word of a company met alone is an alias of the company", "[events][entities]") {
  const auto entities = participants("Northrop Grumman won the tanker contract on Sunday. Northrop will build 179 planes.");
  const Entity* northrop = entity_named(entities, "Northrop Grumman");
  REQUIRE(northrop != nullptr);
  CHECK(northrop->kind == "organization");
  CHECK(has_alias(*northrop, "Northrop"));
}

TEST_CASE("a demonym names its country; sentence-opening words and weekdays name nobody", "[events][entities]") {
  const auto entities = participants("After the battle, Syrian troops entered the city on Sunday.");
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Syria");
  CHECK(entities[0].kind == "place");
  CHECK(has_alias(entities[0], "Syrian"));
}

TEST_CASE("acronyms and names before an organization word are organizations", "[events][entities]") {
  const auto entities = participants("On Sunday, Shamkhani said, according to IRNA and Al-Alam television.");
  REQUIRE(entity_named(entities, "IRNA") != nullptr);
  CHECK(entity_named(entities, "IRNA")->kind == "organization");
  REQUIRE(entity_named(entities, "Al-Alam") != nullptr);
  CHECK(entity_named(entities, "Al-Alam")->kind == "organization");
}

TEST_CASE("a spokesman's name is a person even without a title of its own", "[events][entities]") {
  const auto entities =
      participants("Foreign Ministry spokesman Hossein Jaber Ansari lauded the victory on Sunday.");
  const Entity* ansari = entity_named(entities, "Hossein Jaber Ansari");
  REQUIRE(ansari != nullptr);
  CHECK(ansari->kind == "person");
  const Entity* ministry = entity_named(entities, "Foreign Ministry");
  REQUIRE(ministry != nullptr);
  CHECK(ministry->kind == "organization");
}

TEST_CASE("a product goes by its full model name, and its model number or model name alone names it",
          "[events][entities]") {
  const auto entities = participants(
      "Boeing showed the Boeing 787 Dreamliner on Sunday, and the 787 flew. Airlines like the Dreamliner.");
  const Entity* dreamliner = entity_named(entities, "Boeing 787 Dreamliner");
  REQUIRE(dreamliner != nullptr);
  CHECK(has_alias(*dreamliner, "787"));
  CHECK(has_alias(*dreamliner, "Dreamliner"));
  CHECK(entity_named(entities, "Boeing") != nullptr);  // the maker stays a participant of its own
  CHECK(entity_named(entities, "787") == nullptr);
}

TEST_CASE("a number alone names nothing, and a year or an amount never joins a name", "[events][entities]") {
  const auto entities = participants("Boeing 2015 results showed Airbus sold 300 planes by Sunday.");
  CHECK(entity_named(entities, "Boeing") != nullptr);
  CHECK(entity_named(entities, "Boeing 2015") == nullptr);
  CHECK(entity_named(entities, "Airbus") != nullptr);
  CHECK(entity_named(entities, "300") == nullptr);
}

TEST_CASE("the company that 'the airline' or 'it' stands for takes part in the happening", "[events][entities]") {
  const std::string text =
      "China Eastern Airlines agreed to buy twenty jets. The airline signed the agreement in Paris on Sunday.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28")});
  const auto signing = std::find_if(mentions.begin(), mentions.end(), [](const Mention& m) { return m.date.value == "2016-03-27"; });
  REQUIRE(signing != mentions.end());
  CHECK(entity_named(signing->entities, "China Eastern Airlines") != nullptr);
  CHECK(entity_named(signing->entities, "Paris") != nullptr);
}

TEST_CASE("a headline opening with 'It', 'The company' or a bare profit names the company it stands for",
          "[events][entities]") {
  const std::string text =
      "Esselte Corp. reported results. Esselte Corp. sells office supplies. Net income fell 5% on Sunday. "
      "The company said on Monday that it would cut costs.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                   day_at(text, "Monday", "2016-03-28", "2016-03-29")});
  const auto told = [&](const std::string& day) {
    const auto m = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& x) { return x.date.value == day; });
    REQUIRE(m != mentions.end());
    return *m;
  };
  INFO(told("2016-03-27").headline << " / " << told("2016-03-28").headline);
  CHECK(told("2016-03-27").headline.rfind("Esselte Corp's net income fell", 0) == 0);
  CHECK(told("2016-03-28").headline.rfind("Esselte Corp said", 0) == 0);
  CHECK(entity_named(told("2016-03-27").entities, "Esselte Corp") != nullptr);
}

TEST_CASE("'It was' stands for no one, and a stock exchange never stands for the company", "[events][entities]") {
  const std::string text = "It was a record day on Sunday. Norwood shares trade on the New York Stock Exchange. "
                           "Its ratio fell on Monday.";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28"),
                                                   day_at(text, "Monday", "2016-03-28", "2016-03-29")});
  REQUIRE_FALSE(mentions.empty());
  for (const Mention& m : mentions) {
    CHECK(m.headline.find("New York Stock Exchange") == std::string::npos);
    if (m.date.value == "2016-03-27") CHECK(m.headline.rfind("Norwood", 0) != 0);
  }
}

TEST_CASE("an abbreviation's period stays inside a name: St. Louis is one place, not 'Louis'", "[events][entities]") {
  const auto entities = participants("Ralston Purina, based in St. Louis, reported earnings on Sunday.");
  CHECK(entity_named(entities, "St. Louis") != nullptr);
  CHECK(entity_named(entities, "Louis") == nullptr);
  CHECK(entity_named(entities, "St") == nullptr);
}

TEST_CASE("a name made into an adjective ('New York-based', 'U.S.-led') names no participant", "[events][entities]") {
  const auto entities = participants("The New York-based company and the U.S.-led coalition met Acme Corp. on Sunday.");
  CHECK(entity_named(entities, "New York-based") == nullptr);
  CHECK(entity_named(entities, "U.S.-led") == nullptr);
  CHECK(entity_named(entities, "Acme Corp") != nullptr);
}
