// The seed article (Iran's defense minister on Palmyra, 2016-03-29) through events::extract, with
// the expressions the tagger should find in it. Expected headlines, dates and participants are
// read off the article by hand.
#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

struct Seed {
  chronicle::article::Article article = seed_article();
  std::vector<Mention> mentions = extract(article, seed_timexes(article.text));
};

}  // namespace

TEST_CASE("Sunday dates the Syrian forces taking full control of Palmyra", "[events][seed]") {
  const Seed seed;
  const Mention* m = mention_dating(seed.mentions, "Sunday", "2016-03-27");
  REQUIRE(m != nullptr);
  CHECK(m->headline == "Syrian armed forces established full control over Palmyra");
  CHECK(m->date.granularity == chronicle::temporal::Granularity::kDay);
  CHECK(m->date.start == "2016-03-27T00:00:00");
  CHECK(m->date.end == "2016-03-28T00:00:00");
  CHECK_FALSE(m->reporting);
  REQUIRE(entity_named(m->entities, "Palmyra") != nullptr);
  CHECK(entity_named(m->entities, "Palmyra")->kind == "place");
  REQUIRE(entity_named(m->entities, "Syria") != nullptr);
  CHECK(entity_named(m->entities, "Syria")->kind == "place");
  REQUIRE(entity_named(m->entities, "ISIS") != nullptr);
  CHECK(entity_named(m->entities, "ISIS")->kind == "organization");
}

TEST_CASE("last May dates Palmyra's fall to ISIS, told in a relative clause", "[events][seed]") {
  const Seed seed;
  const Mention* m = mention_dating(seed.mentions, "last May", "2015-05");
  REQUIRE(m != nullptr);
  CHECK(m->headline == "Palmyra had fallen to ISIS");
  CHECK(m->date.granularity == chronicle::temporal::Granularity::kMonth);
  CHECK(m->date.start == "2015-05-01T00:00:00");
  CHECK(m->date.end == "2015-06-01T00:00:00");
  CHECK(entity_named(m->entities, "Palmyra") != nullptr);
  CHECK(entity_named(m->entities, "ISIS") != nullptr);
}

TEST_CASE("Monday dates Shamkhani hailing the recapture, his titles trimmed from the headline", "[events][seed]") {
  const Seed seed;
  const Mention* m = mention_dating(seed.mentions, "Monday", "2016-03-28");
  REQUIRE(m != nullptr);
  CHECK(m->headline == "Ali Shamkhani hailed the Syrian army's recapture of Palmyra");
  const Entity* shamkhani = entity_named(m->entities, "Ali Shamkhani");
  REQUIRE(shamkhani != nullptr);
  CHECK(shamkhani->kind == "person");
  CHECK(has_alias(*shamkhani, "Shamkhani"));
  const Entity* council = entity_named(m->entities, "Supreme National Security Council");
  REQUIRE(council != nullptr);
  CHECK(council->kind == "organization");
  CHECK(entity_named(m->entities, "Palmyra") != nullptr);
}

TEST_CASE("Sunday's dates the win it qualifies, not the message the sentence is about", "[events][seed]") {
  const Seed seed;
  const Mention* m = mention_dating(seed.mentions, "Sunday's", "2016-03-27");
  REQUIRE(m != nullptr);
  CHECK(m->headline == "Win over ISIS");
  const Entity* assad = entity_named(m->entities, "Bashar al-Assad");
  REQUIRE(assad != nullptr);
  CHECK(assad->kind == "person");
  CHECK(has_alias(*assad, "Assad"));  // "the Assad government", later in the article
}

TEST_CASE("the news agency reporting on Tuesday is a reporting mention ranked below what it reports", "[events][seed]") {
  const Seed seed;
  const Mention* reported = mention_dating(seed.mentions, "Tuesday", "2016-03-29");
  const Mention* taken = mention_dating(seed.mentions, "Sunday", "2016-03-27");
  REQUIRE(reported != nullptr);
  REQUIRE(taken != nullptr);
  CHECK(reported->reporting);
  CHECK(reported->headline.rfind("The Fars news agency reported", 0) == 0);
  CHECK(reported->confidence < taken->confidence);
}

TEST_CASE("the dateline and 'currently' make no mention; each other expression makes one, and the lead one",
          "[events][seed]") {
  const Seed seed;
  // Seven expressions: the dateline (before the body) and PRESENT_REF give none. The lead writes
  // no date and tells a happening in the perfect: it is dated by the publication day, Tuesday.
  CHECK(seed.mentions.size() == 6);
  const auto lead = std::find_if(seed.mentions.begin(), seed.mentions.end(), [](const Mention& m) { return m.timex.text.empty(); });
  REQUIRE(lead != seed.mentions.end());
  CHECK(lead->date.value == "2016-03-29");
  CHECK(lead->headline.rfind("Iran’s defense minister has called on Syria", 0) == 0);
  CHECK(lead->confidence < 0.5);
  for (const Mention& m : seed.mentions) {
    CHECK(m.timex.begin >= seed.article.body_begin);
    CHECK(m.date.value != "PRESENT_REF");
  }
}

TEST_CASE("every seed mention points at its sentence and expression in the article text", "[events][seed]") {
  const Seed seed;
  for (const Mention& m : seed.mentions) {
    CHECK(m.article_hash == "seed-hash");
    CHECK(m.sentence.begin <= m.timex.begin);
    CHECK(m.timex.end <= m.sentence.end);
    CHECK(m.summary == seed.article.text.substr(m.sentence.begin, m.sentence.size()));
    CHECK(seed.article.text.substr(m.timex.begin, m.timex.end - m.timex.begin) == m.timex.text);
    CHECK(m.confidence > 0);
    CHECK(m.confidence <= 1);
  }
  const Mention* m = mention_dating(seed.mentions, "Monday", "2016-03-28");
  REQUIRE(m != nullptr);
  CHECK(m->summary.rfind("On Monday, Secretary of Iran's Supreme National Security Council Ali Shamkhani", 0) == 0);
}

TEST_CASE("the seed's participants carry the aliases the article gives them", "[events][seed]") {
  const Seed seed;
  const Mention* m = mention_dating(seed.mentions, "Sunday", "2016-03-27");
  REQUIRE(m != nullptr);
  // "Daesh (ISIS / ISIL)": the parenthesis makes the three one group, named by its most used form.
  const Entity* isis = entity_named(m->entities, "ISIS");
  REQUIRE(isis != nullptr);
  CHECK(has_alias(*isis, "Daesh"));
  CHECK(has_alias(*isis, "ISIL"));
  const Mention* reported = mention_dating(seed.mentions, "Tuesday", "2016-03-29");
  REQUIRE(reported != nullptr);
  const Entity* freij = entity_named(reported->entities, "Fahd Jassem al-Freij");
  REQUIRE(freij != nullptr);
  CHECK(freij->kind == "person");
  CHECK(has_alias(*freij, "Freij"));
  const Entity* fars = entity_named(reported->entities, "Fars");
  REQUIRE(fars != nullptr);
  CHECK(fars->kind == "organization");
}
