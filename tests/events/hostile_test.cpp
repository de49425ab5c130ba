// Bad input is normal input: run-on text, expressions at nonsense offsets, binary bytes.
#include <random>

#include <catch2/catch.hpp>

#include "core/text/text.h"
#include "tests/events/fixtures.h"
#include "tests/support/dates.h"

using namespace chronicle;
using namespace chronicle::events;
using namespace chronicle::events::testing;

TEST_CASE("a megabyte run-on sentence full of expressions keeps every mention short and inside the text",
          "[events][hostile]") {
  std::string text;
  std::vector<temporal::Timex> timexes;
  for (int i = 0; i < 40000; ++i) {
    text += "Syrian troops retook the town, which rebels had seized on Sunday and ";
    if (i % 20 != 0) continue;
    temporal::Timex sunday = day_at(text, "Sunday", "2016-03-27", "2016-03-28");
    sunday.begin = text.size() - std::string_view("Sunday and ").size();
    sunday.end = sunday.begin + 6;
    timexes.push_back(sunday);
  }
  const auto article = article_of(text);
  const auto mentions = extract(article, timexes);
  CHECK(mentions.size() == timexes.size());
  for (const Mention& m : mentions) {
    REQUIRE(m.summary.size() <= 1200);
    REQUIRE(m.headline.size() <= 200);
    REQUIRE(m.sentence.begin <= m.timex.begin);
    REQUIRE(m.timex.end <= m.sentence.end);
    REQUIRE(m.entities.size() <= 16);
  }
}

TEST_CASE("random bytes with expressions at random offsets give valid mentions or none", "[events][hostile]") {
  std::mt19937 random(1234);
  for (int round = 0; round < 50; ++round) {
    std::string bytes;
    for (int i = 0; i < 3000; ++i) bytes += static_cast<char>(random() % 4 == 0 ? 'A' + random() % 26 : random() % 256);
    const auto article = article_of(text::repair_utf8(bytes).text, "random", random() % 100);
    std::vector<temporal::Timex> timexes;
    for (int i = 0; i < 200; ++i) {
      temporal::Timex t;
      t.begin = random() % (article.text.size() + 20);
      t.end = t.begin + random() % 15;
      t.type = "DATE";
      t.value = "2016-03-27";
      t.granularity = temporal::Granularity::kDay;
      t.interval = chronicle::testing::interval_at("2016-03-27T00:00:00", "2016-03-28T00:00:00");
      timexes.push_back(t);
    }
    for (const Mention& m : extract(article, timexes)) {
      REQUIRE(m.timex.end <= article.text.size());
      REQUIRE(m.sentence.begin <= m.timex.begin);
      REQUIRE(m.timex.end <= m.sentence.end);
      REQUIRE(text::is_valid_utf8(m.headline));
      REQUIRE(text::is_valid_utf8(m.summary));
      REQUIRE(m.confidence >= 0);
      REQUIRE(m.confidence <= 1);
    }
  }
}

TEST_CASE("a chain of parentheses does not give one entity unbounded aliases", "[events][hostile]") {
  std::string text = "On Sunday, Alpha";
  for (int i = 0; i < 300; ++i) text += " (Name" + std::to_string(i) + ") said Name" + std::to_string(i);
  text += ".";
  const auto mentions = extract(article_of(text), {day_at(text, "Sunday", "2016-03-27", "2016-03-28")});
  REQUIRE(mentions.size() == 1);
  for (const Entity& e : mentions.front().entities) CHECK(e.aliases.size() <= 8);
}
