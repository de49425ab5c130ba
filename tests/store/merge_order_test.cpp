// The merge is a function of the set of mentions: any load order, one by one or all at once, in
// the store or in memory, gives the same events, with the same ids.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>

#include "core/events/merge_index.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::MentionSpec;
using chronicle::testing::SourceOrder;
using chronicle::testing::stored_event_lines;
using chronicle::testing::TempDir;

namespace {

// Articles about a few people doing a few things in a few places, dated by days of March 2016,
// by "March 2016" and by "2016": enough overlap that many mentions merge, across granularities.
std::vector<store::ProcessedArticle> archive(int articles, unsigned seed) {
  const std::vector<std::string> people = {"Anna Keller", "Omar Haddad", "Li Chen", "Maria Rossi"};
  const std::vector<std::string> verbs = {"signed", "rejected", "opened", "won"};
  const std::vector<std::string> objects = {"a trade agreement", "the new plant", "the election", "a recall"};
  const std::vector<std::string> places = {"Paris", "Cairo", "Lima"};
  std::mt19937 random(seed);
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  std::vector<store::ProcessedArticle> out;
  for (int a = 0; a < articles; ++a) {
    std::vector<MentionSpec> specs;
    const int mentions = 1 + static_cast<int>(random() % 4);
    for (int m = 0; m < mentions; ++m) {
      const std::string person = pick(people), place = pick(places);
      const std::string headline = person + " " + pick(verbs) + " " + pick(objects) + " in " + place;
      std::vector<events::Entity> entities = {{person, "person", {}}, {place, "place", {}}};
      const int kind = static_cast<int>(random() % 6);
      if (kind == 0) {
        specs.push_back({"2016-03", "month", "2016-03-01T00:00:00", "2016-04-01T00:00:00", headline, entities, 0.6});
      } else if (kind == 1) {
        specs.push_back({"2016", "year", "2016-01-01T00:00:00", "2017-01-01T00:00:00", headline, entities, 0.5});
      } else {
        const int day = 1 + static_cast<int>(random() % 6);
        const std::string d = "2016-03-0" + std::to_string(day), next = "2016-03-0" + std::to_string(day + 1);
        specs.push_back(testing::on_day(d, next, headline, entities, 0.7));
      }
    }
    out.push_back(make_article("article " + std::to_string(a), specs));
    // Publication times differ, so that "earliest published" means something.
    out.back().article.published = "2016-04-" + std::string(a % 28 < 9 ? "0" : "") + std::to_string(a % 28 + 1) +
                                   "T" + (a % 24 < 10 ? "0" : "") + std::to_string(a % 24) + ":00:00";
  }
  return out;
}

std::vector<events::Mention> mentions_of(const std::vector<store::ProcessedArticle>& articles) {
  std::vector<events::Mention> all;
  for (const auto& a : articles) all.insert(all.end(), a.mentions.begin(), a.mentions.end());
  return all;
}

std::string identity(const events::Mention& m) {
  return m.article_hash + "@" + std::to_string(m.timex.begin) + "-" + std::to_string(m.timex.end);
}

// Events as sets of mention identities, with each event's headline and date.
using Partition = std::set<std::string>;

Partition partition_of(const std::vector<events::Event>& events) {
  Partition out;
  for (const events::Event& e : events) {
    std::set<std::string> sources;
    for (const events::Mention& m : e.sources) sources.insert(identity(m));
    std::string line = e.date.value + "|" + e.headline + "|";
    for (const std::string& s : sources) line += s + ";";
    out.insert(line);
  }
  return out;
}

Partition partition_of_index(const std::vector<events::Mention>& mentions, const std::vector<std::size_t>& order) {
  events::MergeIndex index;
  std::vector<std::size_t> node_to_mention;
  for (const std::size_t i : order) {
    index.add(mentions[i]);
    node_to_mention.push_back(i);
  }
  std::map<events::MergeIndex::Node, std::vector<events::Mention>> groups;
  for (events::MergeIndex::Node n = 0; n < index.size(); ++n) groups[index.event_of(n)].push_back(mentions[node_to_mention[n]]);
  std::vector<events::Event> events;
  for (auto& [name, members] : groups) events.push_back(events::event_of_mentions(members));
  return partition_of(events);
}

}  // namespace

TEST_CASE("merging the same mentions in any order gives the same events", "[merge][order]") {
  const auto mentions = mentions_of(archive(300, 1));
  const Partition expected = partition_of(events::merge(mentions));
  REQUIRE(expected.size() < mentions.size());  // some mentions did merge
  REQUIRE(expected.size() > 10);               // and not all into one
  std::mt19937 random(2);
  for (int round = 0; round < 5; ++round) {
    auto shuffled = mentions;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    CHECK(partition_of(events::merge(shuffled)) == expected);
  }
}

TEST_CASE("adding mentions one by one gives exactly the events of one merge of them all", "[merge][order]") {
  const auto mentions = mentions_of(archive(300, 3));
  const Partition expected = partition_of(events::merge(mentions));
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  CHECK(partition_of_index(mentions, order) == expected);
  std::reverse(order.begin(), order.end());
  CHECK(partition_of_index(mentions, order) == expected);
  std::mt19937 random(4);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(order.begin(), order.end(), random);
    CHECK(partition_of_index(mentions, order) == expected);
  }
}

TEST_CASE("events that fall apart as later mentions push their links away still merge as one merge of them all",
          "[merge][order]") {
  // Four times the archive above, so that lists grow long and new mentions often come between two
  // linked ones: events split, sometimes into several pieces at once, and must split exactly.
  const auto mentions = mentions_of(archive(1200, 5));
  const Partition expected = partition_of(events::merge(mentions));
  REQUIRE(expected.size() > 40);
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 random(6);
  for (int round = 0; round < 3; ++round) {
    std::shuffle(order.begin(), order.end(), random);
    CHECK(partition_of_index(mentions, order) == expected);
  }
}

TEST_CASE("a coarse mention joins the finer happening it tells, and a later better one takes it over",
          "[merge][order]") {
  const std::vector<events::Entity> anna = {{"Anna Keller", "person", {}}, {"Paris", "place", {}}};
  const auto month = make_article("month", {{"2016-03", "month", "2016-03-01T00:00:00", "2016-04-01T00:00:00",
                                             "Anna Keller signed a trade agreement in Paris", anna, 0.6}});
  const auto loose = make_article("loose", {testing::on_day("2016-03-09", "2016-03-10",
                                                            "Anna Keller signed the contract in Paris", anna, 0.7)});
  const auto exact = make_article("exact", {testing::on_day("2016-03-20", "2016-03-21",
                                                            "Anna Keller signed a trade agreement in Paris", anna, 0.7)});
  const std::vector<events::Mention> all = {month.mentions[0], loose.mentions[0], exact.mentions[0]};
  // The month mention is most like the exact wording, whichever came first.
  for (const std::vector<std::size_t>& order : std::vector<std::vector<std::size_t>>{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}}) {
    const Partition got = partition_of_index(all, order);
    std::string all_events;
    for (const auto& line : got) all_events += line + "\n";
    INFO(all_events);
    REQUIRE(got.size() == 2);
    CHECK(got.count("2016-03-20|Anna Keller signed a trade agreement in Paris|hash of exact@55-65;hash of month@55-62;") == 1);
  }
}

TEST_CASE("the store gives the same events and ids whatever order and batches the articles come in",
          "[store][merge][order]") {
  const auto articles = archive(240, 5);
  TempDir temp("chronicle-order");
  std::set<std::string> first;
  {
    store::StoreError error;
    auto db = store::Store::open(temp.file("in-order.db"), error);
    REQUIRE(db);
    for (std::size_t at = 0; at < articles.size(); at += 64) {
      store::IngestReport report;
      const std::vector<store::ProcessedArticle> batch(articles.begin() + static_cast<std::ptrdiff_t>(at),
                                                       articles.begin() + static_cast<std::ptrdiff_t>(std::min(at + 64, articles.size())));
      REQUIRE_FALSE(db->ingest(batch, report));
    }
    first = stored_event_lines(*db, SourceOrder::kSorted);
  }
  auto reversed = articles;
  std::reverse(reversed.begin(), reversed.end());
  std::mt19937 random(6);
  std::shuffle(reversed.begin() + 100, reversed.end(), random);
  store::StoreError error;
  auto db = store::Store::open(temp.file("other-order.db"), error);
  REQUIRE(db);
  for (std::size_t at = 0; at < reversed.size(); at += 7) {  // smaller batches, reopened halfway
    if (at == 119) {
      db.reset();
      db = store::Store::open(temp.file("other-order.db"), error);
      REQUIRE(db);
    }
    store::IngestReport report;
    const std::vector<store::ProcessedArticle> batch(reversed.begin() + static_cast<std::ptrdiff_t>(at),
                                                     reversed.begin() + static_cast<std::ptrdiff_t>(std::min(at + 7, reversed.size())));
    REQUIRE_FALSE(db->ingest(batch, report));
  }
  CHECK(stored_event_lines(*db, SourceOrder::kSorted) == first);

  // And they are the events of one merge of all the mentions.
  std::set<std::string> expected;
  for (const events::Event& e : events::merge(mentions_of(articles))) {
    expected.insert(e.date.value + "|" + e.headline + "|" + std::to_string(e.sources.size()));
  }
  std::set<std::string> stored;
  store::EventQuery query;
  query.limit = 100000;
  store::EventPage page;
  REQUIRE_FALSE(db->query_events(query, page));
  for (const events::Event& e : page.events) stored.insert(e.date.value + "|" + e.headline + "|" + std::to_string(e.sources.size()));
  CHECK(stored == expected);

  // The full-text index holds exactly the words of every event's headline and summary, though the
  // rows name their representative source instead of copying them (schema 8): FTS5 compares its
  // index with the content it reads through event_texts.
  db.reset();
  std::string message;
  auto raw = store::sql::Connection::open(temp.file("other-order.db"), false, message);
  REQUIRE(raw);
  CHECK_FALSE(raw->exec("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')"));
  store::sql::Statement* lean = raw->prepare("SELECT COUNT(*) FROM events WHERE representative IS NOT NULL");
  REQUIRE(lean->step());
  CHECK(lean->integer(0) == static_cast<std::int64_t>(page.events.size()));
  lean->reset();
}
