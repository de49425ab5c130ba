// The store's promises: idempotent batches, windows with docs/api.md's from/to semantics, filters
// that combine, stable cursor paging, histogram counts that add up, articles with their timexes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <atomic>
#include <set>
#include <thread>

#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "core/store/time_window.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::MentionSpec;
using chronicle::testing::on_day;
using chronicle::testing::TempDir;

namespace {

const events::Entity kPalmyra{"Palmyra", "place", {}};
const events::Entity kIslamicState{"Islamic State", "organization", {"ISIS"}};
const events::Entity kEads{"European Aeronautic Defence and Space Company", "organization", {"EADS"}};
const events::Entity kNorthrop{"Northrop Grumman", "organization", {"Northrop"}};

// Five happenings on three dates, by hand:
//   2015-05 (month)      Palmyra fell to militants          0.7
//   2016 (year)          A year of elections                0.3
//   2016-03-27           Syrian forces retook Palmyra       0.9
//   2016-03-27           Northrop Grumman protested ...     0.4
//   2016-03-28           EADS signed the tanker contract    0.6
std::vector<store::ProcessedArticle> sample_batch() {
  return {
      make_article("Palmyra retaken",
                   {on_day("2016-03-27", "2016-03-28", "Syrian forces retook Palmyra", {kPalmyra}, 0.9),
                    MentionSpec{"2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00",
                                "Palmyra fell to militants", {kPalmyra, kIslamicState}, 0.7}},
                   "https://example.org/palmyra", "Example Wire"),
      make_article("Airbus contract",
                   {on_day("2016-03-28", "2016-03-29", "EADS signed the tanker contract", {kEads}, 0.6),
                    on_day("2016-03-27", "2016-03-28", "Northrop Grumman protested the award", {kNorthrop}, 0.4)},
                   "https://example.org/tanker", "Defense Daily"),
      make_article("Year in review", {MentionSpec{"2016", "year", "2016-01-01T00:00:00", "2017-01-01T00:00:00",
                                                  "A year of elections", {}, 0.3}}),
  };
}

struct Fixture {
  TempDir temp{"chronicle-store"};
  std::unique_ptr<store::Store> db;
  Fixture() {
    store::StoreError error;
    db = store::Store::open(temp.file("test.db"), error);
    REQUIRE(db);
    store::IngestReport report;
    REQUIRE_FALSE(db->ingest(sample_batch(), report));
    REQUIRE(report.loaded.size() == 3);
  }

  std::vector<std::string> headlines(store::EventQuery query) {
    store::EventPage page;
    const auto error = db->query_events(query, page);
    INFO((error ? error->message : ""));
    REQUIRE_FALSE(error);
    std::vector<std::string> out;
    for (const events::Event& event : page.events) out.push_back(event.headline);
    return out;
  }
};

store::EventQuery window(const std::string& from, const std::string& to) {
  store::EventQuery query;
  query.from = from;
  query.to = to;
  return query;
}

const std::string kFell = "Palmyra fell to militants";
const std::string kYear = "A year of elections";
const std::string kRetook = "Syrian forces retook Palmyra";
const std::string kProtest = "Northrop Grumman protested the award";
const std::string kSigned = "EADS signed the tanker contract";

}  // namespace

TEST_CASE("events come back ordered by start, then by confidence, highest first", "[store]") {
  Fixture f;
  CHECK(f.headlines({}) == std::vector<std::string>{kFell, kYear, kRetook, kProtest, kSigned});
}

TEST_CASE("an event is in the window when its interval overlaps it, and to covers its whole unit", "[store]") {
  Fixture f;
  CHECK(f.headlines(window("2016-03-27", "2016-03-27")) == std::vector<std::string>{kYear, kRetook, kProtest});
  CHECK(f.headlines(window("", "2015")) == std::vector<std::string>{kFell});
  CHECK(f.headlines(window("", "2016-03")).size() == 5);
  // The day events of the 27th end at midnight of the 28th: they do not reach into the 28th.
  CHECK(f.headlines(window("2016-03-28", "")) == std::vector<std::string>{kYear, kSigned});
  CHECK(f.headlines(window("2015-05-31", "2015-05-31")) == std::vector<std::string>{kFell});
  CHECK(f.headlines(window("2017", "")).empty());
}

TEST_CASE("entity filters match names and aliases in any case", "[store]") {
  Fixture f;
  store::EventQuery query;
  query.entity = "eads";
  CHECK(f.headlines(query) == std::vector<std::string>{kSigned});
  query.entity = "NORTHROP";
  CHECK(f.headlines(query) == std::vector<std::string>{kProtest});
  query.entity = "northrop grumman";
  CHECK(f.headlines(query) == std::vector<std::string>{kProtest});
  query.entity = "palmyra";
  CHECK(f.headlines(query) == std::vector<std::string>{kFell, kRetook});
  query.entity = "isis";
  CHECK(f.headlines(query) == std::vector<std::string>{kFell});
  query.entity = "Nobody";
  CHECK(f.headlines(query).empty());
}

TEST_CASE("text search covers headlines, summaries and source titles, and reads no query syntax", "[store]") {
  Fixture f;
  store::EventQuery query;
  query.text = "tanker";
  CHECK(f.headlines(query) == std::vector<std::string>{kSigned});
  query.text = "Airbus";  // only in the title of their article
  CHECK(f.headlines(query) == std::vector<std::string>{kProtest, kSigned});
  query.text = "palm";  // a word's beginning is enough
  CHECK(f.headlines(query) == std::vector<std::string>{kFell, kRetook});
  query.text = "palmyra militants";  // every word must be there
  CHECK(f.headlines(query) == std::vector<std::string>{kFell});
  for (const char* hostile : {"\"); DROP TABLE events; --", "NEAR(a b", "*", "a OR", "\"", "^title:x"}) {
    query.text = hostile;
    store::EventPage page;
    CHECK_FALSE(f.db->query_events(query, page));
  }
  store::EventPage page;
  CHECK_FALSE(f.db->query_events({}, page));
  CHECK(page.events.size() == 5);
}

TEST_CASE("filters combine: window, entity, text, source and minimum confidence", "[store]") {
  Fixture f;
  store::EventQuery query = window("2016", "2016");
  query.entity = "Palmyra";
  CHECK(f.headlines(query) == std::vector<std::string>{kRetook});
  query = {};
  query.source = "defense daily";
  CHECK(f.headlines(query) == std::vector<std::string>{kProtest, kSigned});

  store::EventPage all;
  REQUIRE_FALSE(f.db->query_events({}, all));
  query = {};
  query.min_confidence = 0.5;
  store::EventPage confident;
  REQUIRE_FALSE(f.db->query_events(query, confident));
  std::size_t expected = 0;
  for (const events::Event& event : all.events) expected += event.confidence >= 0.5 ? 1 : 0;
  CHECK(confident.events.size() == expected);
  CHECK(expected < all.events.size());
  for (const events::Event& event : confident.events) CHECK(event.confidence >= 0.5);
}

TEST_CASE("paging with the cursor visits every event once, in order", "[store]") {
  Fixture f;
  store::EventQuery query;
  query.limit = 2;
  std::vector<std::string> seen;
  std::vector<std::size_t> page_sizes;
  for (int guard = 0; guard < 10; ++guard) {
    store::EventPage page;
    REQUIRE_FALSE(f.db->query_events(query, page));
    page_sizes.push_back(page.events.size());
    for (const events::Event& event : page.events) seen.push_back(event.headline);
    if (page.next_cursor.empty()) break;
    query.cursor = page.next_cursor;
  }
  CHECK(page_sizes == std::vector<std::size_t>{2, 2, 1});
  CHECK(seen == std::vector<std::string>{kFell, kYear, kRetook, kProtest, kSigned});
}

TEST_CASE("bad dates, reversed windows and foreign cursors are the caller's errors", "[store]") {
  Fixture f;
  for (const auto& query : {window("2016-13", ""), window("", "yesterday"), window("2016-04", "2016-03"),
                            window("2015-02-29", ""), window("2016-03-27T25:00", "")}) {
    store::EventPage page;
    const auto error = f.db->query_events(query, page);
    REQUIRE(error);
    CHECK(error->bad_input);
  }
  store::EventQuery query;
  query.cursor = "not a cursor";
  store::EventPage page;
  const auto error = f.db->query_events(query, page);
  REQUIRE(error);
  CHECK(error->bad_input);
}

TEST_CASE("histogram buckets count each event once, in the first bucket it overlaps", "[store]") {
  Fixture f;
  std::vector<store::HistogramBucket> buckets;
  // The 27th holds the two day events of the 27th and the year 2016 that began before it; the
  // 28th holds the one day event of the 28th.
  REQUIRE_FALSE(f.db->histogram(window("2016-03-27", "2016-03-28"), 2, buckets));
  REQUIRE(buckets.size() == 2);
  CHECK(buckets[0].start == "2016-03-27T00:00:00");
  CHECK(buckets[0].end == "2016-03-28T00:00:00");
  CHECK(buckets[0].count == 3);
  CHECK(buckets[1].start == "2016-03-28T00:00:00");
  CHECK(buckets[1].end == "2016-03-29T00:00:00");
  CHECK(buckets[1].count == 1);

  // Without a window: from the first start (2015-05-01) to the last end (2017-01-01).
  REQUIRE_FALSE(f.db->histogram({}, 1, buckets));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].start == "2015-05-01T00:00:00");
  CHECK(buckets[0].end == "2017-01-01T00:00:00");
  CHECK(buckets[0].count == 5);

  store::EventQuery palmyra;
  palmyra.entity = "Palmyra";
  REQUIRE_FALSE(f.db->histogram(palmyra, 1, buckets));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].count == 2);

  const auto error = f.db->histogram({}, 0, buckets);
  REQUIRE(error);
  CHECK(error->bad_input);
}

std::vector<std::string> heaviest_headlines(const store::HistogramBucket& bucket) {
  std::vector<std::string> out;
  for (const std::string& document : bucket.heaviest) out.push_back(nlohmann::json::parse(document).at("headline"));
  return out;
}

TEST_CASE("each bucket names its heaviest events: more sources first, then more confidence", "[store]") {
  Fixture f;
  std::vector<store::HistogramBucket> buckets;
  // One source each, so confidence decides: on the 27th retook (0.9) before the protest (0.4);
  // the year 2016 (0.3), counted on the 27th, comes third. The 28th holds EADS alone.
  REQUIRE_FALSE(f.db->histogram(window("2016-03-27", "2016-03-28"), 2, buckets, 2));
  REQUIRE(buckets.size() == 2);
  CHECK(buckets[0].count == 3);
  CHECK(heaviest_headlines(buckets[0]) == std::vector<std::string>{kRetook, kProtest});
  CHECK(heaviest_headlines(buckets[1]) == std::vector<std::string>{"EADS signed the tanker contract"});

  // A second paper tells the protest: two sources x (0.5 + 0.5 x 0.4) = 1.4 outweighs one source at 0.9.
  store::IngestReport report;
  REQUIRE_FALSE(f.db->ingest({make_article("Tanker protest", {on_day("2016-03-27", "2016-03-28",
                                                                     "Northrop Grumman protested the award", {kNorthrop}, 0.4)},
                                           "https://example.org/protest", "Aviation Week")},
                             report));
  REQUIRE_FALSE(f.db->histogram(window("2016-03-27", "2016-03-27"), 1, buckets, 1));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].count == 3);
  REQUIRE(buckets[0].heaviest.size() == 1);
  const nlohmann::json protest = nlohmann::json::parse(buckets[0].heaviest.front());
  CHECK(protest.at("headline") == kProtest);
  CHECK(protest.at("sources").size() == 2);

  // Without heaviest asked for, none are read.
  REQUIRE_FALSE(f.db->histogram(window("2016-03-27", "2016-03-27"), 1, buckets));
  CHECK(buckets[0].heaviest.empty());
}

TEST_CASE("loading an article again is skipped, not duplicated", "[store]") {
  Fixture f;
  store::IngestReport report;
  REQUIRE_FALSE(f.db->ingest({sample_batch()[0]}, report));
  CHECK(report.loaded.empty());
  CHECK(report.skipped == std::vector<std::string>{"Palmyra retaken"});
  bool stored = false;
  REQUIRE_FALSE(f.db->has_article("hash of Palmyra retaken", stored));
  CHECK(stored);
  REQUIRE_FALSE(f.db->has_article("hash of something else", stored));
  CHECK_FALSE(stored);
  CHECK(f.headlines({}).size() == 5);
}

// Schema 8 leaves out of a row what the article text or the seconds give; what is not theirs stays.
TEST_CASE("expressions and mentions come back whole when their words, value or interval are not the ones the row could derive",
          "[store]") {
  TempDir temp("chronicle-store");
  store::StoreError error;
  auto db = store::Store::open(temp.file("test.db"), error);
  REQUIRE(db);
  // "Talks\n" is 6 bytes, then "Talks resumed on " (17): the expression is at [23, 33).
  store::ProcessedArticle a = make_article("Talks", {on_day("2016-03-27", "2016-03-28", "Talks resumed")});
  REQUIRE(a.article.text.substr(23, 10) == "2016-03-27");
  // The mention's expression: another value, an interval of its own whose end is not in the
  // form seconds print as (no seconds written), words that are not the text at its offsets.
  temporal::Timex& dating = a.mentions[0].timex;
  dating.text = "the 27th";
  dating.value = "XXXX-XX-27";
  dating.interval = temporal::Interval{"2016-03-27T00:00:00", "2016-03-27T12:00", 1459036800, 1459080000};
  a.timexes = {dating};
  // A tagger expression with no interval, and one whose bounds print as their seconds.
  temporal::Timex duration;
  duration.text = "Talks";
  duration.begin = 0;
  duration.end = 5;
  duration.type = "DURATION";
  duration.value = "P2D";
  duration.granularity = temporal::Granularity::kDay;
  a.timexes.push_back(duration);
  temporal::Timex plain = make_article("Talks", {on_day("2016-03-27", "2016-03-28", "Talks resumed")}).timexes[0];
  a.timexes.push_back(plain);
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest({a}, report));
  REQUIRE(report.loaded.size() == 1);

  std::optional<store::ArticleDetail> detail;
  REQUIRE_FALSE(db->get_article(report.loaded[0], detail));
  REQUIRE(detail);
  REQUIRE(detail->timexes.size() == 3);
  CHECK(detail->timexes[0].text == "Talks");
  CHECK(detail->timexes[0].type == "DURATION");
  CHECK_FALSE(detail->timexes[0].interval);
  CHECK(detail->timexes[1].text == "the 27th");
  CHECK(detail->timexes[1].value == "XXXX-XX-27");
  REQUIRE(detail->timexes[1].interval);
  CHECK(detail->timexes[1].interval->start == "2016-03-27T00:00:00");
  CHECK(detail->timexes[1].interval->end == "2016-03-27T12:00");
  CHECK(detail->timexes[1].interval->end_second == 1459080000);
  CHECK(detail->timexes[2].text == "2016-03-27");
  CHECK(detail->timexes[2].begin == 23);
  REQUIRE(detail->timexes[2].interval);
  CHECK(detail->timexes[2].interval->start == "2016-03-27T00:00:00");
  CHECK(detail->timexes[2].interval->end == "2016-03-28T00:00:00");

  REQUIRE(detail->event_ids.size() == 1);
  std::optional<events::Event> event;
  store::ArticleRefs articles;
  REQUIRE_FALSE(db->get_event(detail->event_ids[0], event, articles));
  REQUIRE(event);
  REQUIRE(event->sources.size() == 1);
  const temporal::Timex& read = event->sources[0].timex;
  CHECK(read.text == "the 27th");
  CHECK(read.value == "XXXX-XX-27");
  CHECK(event->sources[0].date.value == "2016-03-27");
  REQUIRE(read.interval);
  CHECK(read.interval->start == "2016-03-27T00:00:00");
  CHECK(read.interval->end == "2016-03-27T12:00");
}

TEST_CASE("an article comes back with its timexes, events and related headlines", "[store]") {
  Fixture f;
  store::ArticlePage page;
  REQUIRE_FALSE(f.db->list_articles(2, "", page));
  REQUIRE(page.articles.size() == 2);
  CHECK(page.articles[0].title == "Palmyra retaken");
  CHECK(page.articles[0].url == "https://example.org/palmyra");
  CHECK(page.articles[0].published == "2016-03-29T16:27:03");
  REQUIRE_FALSE(page.next_cursor.empty());
  store::ArticlePage rest;
  REQUIRE_FALSE(f.db->list_articles(2, page.next_cursor, rest));
  REQUIRE(rest.articles.size() == 1);
  CHECK(rest.articles[0].title == "Year in review");
  CHECK(rest.next_cursor.empty());

  std::optional<store::ArticleDetail> detail;
  REQUIRE_FALSE(f.db->get_article(page.articles[0].id, detail));
  REQUIRE(detail);
  REQUIRE(detail->timexes.size() == 2);
  // "Palmyra retaken\n" is 16 bytes, then "Syrian forces retook Palmyra on " (32 bytes).
  CHECK(detail->timexes[0].text == "2016-03-27");
  CHECK(detail->timexes[0].begin == 48);
  CHECK(detail->timexes[0].end == 58);
  CHECK(detail->timexes[1].value == "2015-05");
  CHECK(detail->event_ids.size() == 2);
  for (const std::int64_t id : detail->event_ids) {
    std::optional<events::Event> event;
    store::ArticleRefs articles;
    REQUIRE_FALSE(f.db->get_event(id, event, articles));
    REQUIRE(event);
    CHECK(articles.at(page.articles[0].id).title == "Palmyra retaken");
  }

  REQUIRE_FALSE(f.db->get_article(9999, detail));
  CHECK_FALSE(detail);
  store::ArticlePage bad;
  const auto error = f.db->list_articles(2, "x1", bad);
  REQUIRE(error);
  CHECK(error->bad_input);
}

TEST_CASE("entities are listed with the number of events they take part in", "[store]") {
  Fixture f;
  std::vector<store::EntityCount> entities;
  REQUIRE_FALSE(f.db->entities("", 10, entities));
  REQUIRE(entities.size() == 4);
  CHECK(entities[0].name == "Palmyra");
  CHECK(entities[0].kind == "place");
  CHECK(entities[0].count == 2);
  REQUIRE_FALSE(f.db->entities("north", 10, entities));
  REQUIRE(entities.size() == 1);
  CHECK(entities[0].name == "Northrop Grumman");
  CHECK(entities[0].count == 1);
  REQUIRE_FALSE(f.db->entities("%", 10, entities));  // a literal percent sign, not a wildcard
  CHECK(entities.empty());
}

TEST_CASE("an event keeps its id when a later report of it is loaded", "[store]") {
  Fixture f;
  std::optional<store::ArticleDetail> first;
  REQUIRE_FALSE(f.db->get_article(1, first));
  REQUIRE(first);
  const std::vector<std::int64_t> before = first->event_ids;

  // A later report of the same happening: the event's earliest-published mention stays the same.
  auto later = make_article("Palmyra again", {on_day("2016-03-27", "2016-03-28", "Syrian forces retook Palmyra",
                                                     {kPalmyra}, 0.8)});
  later.article.published = "2016-03-30T08:00:00";
  store::IngestReport report;
  REQUIRE_FALSE(f.db->ingest({later}, report));
  REQUIRE(report.loaded.size() == 1);
  std::optional<store::ArticleDetail> after;
  REQUIRE_FALSE(f.db->get_article(1, after));
  CHECK(after->event_ids == before);
}

TEST_CASE("an event that grows rewrites none of the mentions it already had", "[store][facts]") {
  Fixture f;
  // Count every change to a stored mention row from here on.
  {
    std::string message;
    auto db = store::sql::Connection::open(f.temp.file("test.db"), false, message);
    REQUIRE(db);
    REQUIRE_FALSE(db->exec("CREATE TABLE mention_updates(id INTEGER); "
                           "CREATE TRIGGER count_mention_updates AFTER UPDATE ON mentions BEGIN "
                           "INSERT INTO mention_updates VALUES (OLD.id); END;"));
  }
  const auto updated = [&] {
    std::string message;
    auto db = store::sql::Connection::open(f.temp.file("test.db"), false, message);
    REQUIRE(db);
    std::set<std::int64_t> ids;
    store::sql::Statement* statement = db->prepare("SELECT id FROM mention_updates");
    while (statement->step()) ids.insert(statement->integer(0));
    statement->reset();
    REQUIRE_FALSE(db->exec("DELETE FROM mention_updates"));
    return ids;
  };
  // Two later reports of "Syrian forces retook Palmyra" (mention 1), one batch each.
  for (int i = 0; i < 2; ++i) {
    auto later = make_article("Palmyra again " + std::to_string(i),
                              {on_day("2016-03-27", "2016-03-28", "Syrian forces retook Palmyra", {kPalmyra}, 0.8)});
    later.article.published = "2016-03-30T08:00:00";
    store::IngestReport report;
    REQUIRE_FALSE(f.db->ingest({later}, report));
    REQUIRE(report.loaded.size() == 1);
    // Only the new mention (row 6, then 7: the sample batch holds 5) is given its event.
    CHECK(updated() == std::set<std::int64_t>{6 + i});
  }
  store::EventQuery query;
  query.text = "retook";
  store::EventPage page;
  REQUIRE_FALSE(f.db->query_events(query, page));
  REQUIRE(page.events.size() == 1);
  CHECK(page.events[0].sources.size() == 3);
}

TEST_CASE("a source's sentence and expression are read from the article text, which is stored once",
          "[store][facts]") {
  Fixture f;
  std::string message;
  auto db = store::sql::Connection::open(f.temp.file("test.db"), false, message);
  REQUIRE(db);
  // The mentions hold offsets, not copies of the article's words.
  store::sql::Statement* copies =
      db->prepare("SELECT COUNT(*) FROM mentions WHERE summary IS NOT NULL OR timex_text IS NOT NULL");
  REQUIRE(copies->step());
  CHECK(copies->integer(0) == 0);
  copies->reset();
  // And the sources still say them: "Palmyra retaken\n" is 16 bytes, then the sentence.
  store::EventQuery query;
  query.text = "retook";
  store::EventPage page;
  REQUIRE_FALSE(f.db->query_events(query, page));
  REQUIRE(page.events.size() == 1);
  const events::Mention& source = page.events[0].sources.at(0);
  CHECK(source.summary == "Syrian forces retook Palmyra on 2016-03-27.");
  CHECK(source.sentence.begin == 16);
  CHECK(source.timex.text == "2016-03-27");
  CHECK(source.timex.begin == 16 + std::string("Syrian forces retook Palmyra on ").size());
  CHECK(page.articles.at(source.article_id).title == "Palmyra retaken");
}

TEST_CASE("an event's JSON read again after the event grew shows its new source", "[store][facts]") {
  Fixture f;
  store::EventQuery query;
  query.text = "retook";
  const auto sources_in_document = [&] {
    std::vector<std::string> documents;
    std::string next;
    std::size_t left_out = 0;
    REQUIRE_FALSE(f.db->query_event_documents(query, documents, next, left_out));
    REQUIRE(documents.size() == 1);
    return nlohmann::json::parse(documents[0]).at("sources").size();
  };
  CHECK(sources_in_document() == 1);
  CHECK(sources_in_document() == 1);  // the second read is the remembered text: the same
  auto later = make_article("Palmyra again", {on_day("2016-03-27", "2016-03-28", "Syrian forces retook Palmyra",
                                                     {kPalmyra}, 0.8)});
  later.article.published = "2016-03-30T08:00:00";
  store::IngestReport report;
  REQUIRE_FALSE(f.db->ingest({later}, report));
  CHECK(sources_in_document() == 2);
}

TEST_CASE("a word in many titles finds the same events as a rare word would, alone or with a rare word",
          "[store]") {
  // 1,100 titles say "Harbor" (a word the store checks event by event) and three headlines say it.
  TempDir temp("chronicle-store");
  store::StoreError error;
  auto db = store::Store::open(temp.file("titles.db"), error);
  REQUIRE(db);
  const auto day = [](std::int64_t n) { return store::format_seconds(n * 86400).substr(0, 10); };
  std::vector<store::ProcessedArticle> batch;
  for (std::int64_t n = 0; n < 1100; ++n) {
    batch.push_back(make_article("Harbor report " + std::to_string(n),
                                 {on_day(day(10000 + n), day(10001 + n), "Ship docked at pier " + std::to_string(n))}));
  }
  for (std::int64_t n = 0; n < 3; ++n) {
    batch.push_back(make_article("Quiet report " + std::to_string(n),
                                 {on_day(day(9000 + n), day(9001 + n), "Harbor crane stopped " + std::to_string(n))}));
  }
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest(batch, report));
  const auto count = [&](const std::string& text, std::size_t limit) {
    store::EventQuery query;
    query.text = text;
    query.limit = limit;
    store::EventPage page;
    REQUIRE_FALSE(db->query_events(query, page));
    return page.events.size();
  };
  CHECK(count("harbor", 5000) == 1103);
  CHECK(count("harbor", 10) == 10);
  CHECK(count("harbor quiet", 5000) == 3);   // 'quiet' only in titles, 'harbor' in their headlines
  CHECK(count("docked harbor", 5000) == 1100);  // 'docked' in headlines, 'harbor' in their titles
  CHECK(count("harbor nowhere", 5000) == 0);
}

namespace {

// 1,100 events on days 10000-11099 whose articles are titled "Harbor report N" ("Ship docked at
// pier N"), and three on days 9000-9002 that say "Harbor crane stopped N" in articles titled
// "Quiet report N". Of 1,103 events, "harbor" and "docked" are in more than 5 sqrt(1,103) = 166
// (checked along the time index), "quiet" and "crane" in three (the page starts from them).
// Articles `first` .. `first + count - 1`, titled "<title> N", each telling "<headline> N" on day
// `first_day + N`.
std::vector<store::ProcessedArticle> numbered_batch(const std::string& title, const std::string& headline,
                                                    std::int64_t first_day, std::int64_t first, std::int64_t count) {
  const auto day = [](std::int64_t n) { return store::format_seconds(n * 86400).substr(0, 10); };
  std::vector<store::ProcessedArticle> batch;
  for (std::int64_t n = first; n < first + count; ++n) {
    batch.push_back(make_article(title + " " + std::to_string(n),
                                 {on_day(day(first_day + n), day(first_day + n + 1), headline + " " + std::to_string(n))}));
  }
  return batch;
}

std::vector<store::ProcessedArticle> harbor_batch(std::int64_t first, std::int64_t count) {
  return numbered_batch("Harbor report", "Ship docked at pier", 10000, first, count);
}

std::vector<store::ProcessedArticle> quiet_batch(std::int64_t first, std::int64_t count) {
  return numbered_batch("Quiet report", "Harbor crane stopped", 9000, first, count);
}

// A store in `temp` holding the 1,100 ships and the three crane stoppages.
std::unique_ptr<store::Store> harbor_store(TempDir& temp) {
  store::StoreError error;
  auto db = store::Store::open(temp.file("harbor.db"), error);
  REQUIRE(db);
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest(harbor_batch(0, 1100), report));
  REQUIRE_FALSE(db->ingest(quiet_batch(0, 3), report));
  return db;
}

std::vector<std::string> headlines_of(store::Store& db, store::EventQuery query) {
  store::EventPage page;
  const auto error = db.query_events(query, page);
  INFO((error ? error->message : ""));
  REQUIRE_FALSE(error);
  std::vector<std::string> out;
  for (const events::Event& event : page.events) out.push_back(event.headline);
  return out;
}

store::EventQuery text_query(const std::string& text, std::size_t limit) {
  store::EventQuery query;
  query.text = text;
  query.limit = limit;
  return query;
}

}  // namespace

TEST_CASE("a common word's page lists its events in time order, within the window, page after page", "[store]") {
  TempDir temp("chronicle-store");
  auto db = harbor_store(temp);
  // Earliest first: the three crane stoppages (days 9000-9002), then the ships by day.
  CHECK(headlines_of(*db, text_query("harbor", 5)) ==
        std::vector<std::string>{"Harbor crane stopped 0", "Harbor crane stopped 1", "Harbor crane stopped 2",
                                 "Ship docked at pier 0", "Ship docked at pier 1"});
  // Day 10500 is 1998-10-01 (10,227 days to 1998, then 273 of it): the window of pier 500 to pier 502.
  store::EventQuery windowed = text_query("harbor", 50);
  windowed.from = store::format_seconds(10500 * 86400).substr(0, 10);
  windowed.to = store::format_seconds(10502 * 86400).substr(0, 10);
  CHECK(windowed.from == "1998-10-01");
  CHECK(headlines_of(*db, windowed) ==
        std::vector<std::string>{"Ship docked at pier 500", "Ship docked at pier 501", "Ship docked at pier 502"});
  // A rare word's page (made from its three events) obeys the window too.
  windowed.text = "crane";
  windowed.from = windowed.to = store::format_seconds(9001 * 86400).substr(0, 10);
  CHECK(headlines_of(*db, windowed) == std::vector<std::string>{"Harbor crane stopped 1"});
  // Pages of 100 by cursor visit all 1,103 events once, in order.
  store::EventQuery paging = text_query("harbor", 100);
  std::vector<std::string> seen;
  for (int pages = 0; pages < 20; ++pages) {
    store::EventPage page;
    REQUIRE_FALSE(db->query_events(paging, page));
    for (const events::Event& event : page.events) seen.push_back(event.headline);
    if (page.next_cursor.empty()) break;
    paging.cursor = page.next_cursor;
  }
  REQUIRE(seen.size() == 1103);
  CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 1103);
  CHECK(seen[3] == "Ship docked at pier 0");
  CHECK(seen[1102] == "Ship docked at pier 1099");
  // Two words from two lists, each word's list consulted: only the cranes have both.
  CHECK(headlines_of(*db, text_query("crane harbor", 50)).size() == 3);
  CHECK(headlines_of(*db, text_query("harbor harbor docked", 2000)).size() == 1100);
}

TEST_CASE("a word's events are read again once this store or another process has written", "[store]") {
  TempDir temp("chronicle-store");
  auto db = harbor_store(temp);
  store::IngestReport report;
  store::StoreError error;
  CHECK(headlines_of(*db, text_query("harbor", 5000)).size() == 1103);
  CHECK(headlines_of(*db, text_query("quiet", 5000)).size() == 3);
  // Written by this store: a fourth quiet report and a 1,101st ship.
  REQUIRE_FALSE(db->ingest(quiet_batch(3, 1), report));
  REQUIRE_FALSE(db->ingest(harbor_batch(1100, 1), report));
  CHECK(headlines_of(*db, text_query("harbor", 5000)).size() == 1105);
  CHECK(headlines_of(*db, text_query("quiet", 5000)).size() == 4);
  // Written by another store on the same file (as another process would).
  {
    auto other = store::Store::open(temp.file("harbor.db"), error);
    REQUIRE(other);
    REQUIRE_FALSE(other->ingest(harbor_batch(1101, 2), report));
    REQUIRE_FALSE(other->ingest(quiet_batch(4, 1), report));
  }
  CHECK(headlines_of(*db, text_query("harbor", 5000)).size() == 1108);
  CHECK(headlines_of(*db, text_query("quiet", 5000)).size() == 5);
  CHECK(headlines_of(*db, text_query("docked", 5000)).size() == 1103);
}

TEST_CASE("readers asking for a word while another process writes never see fewer of its events than before",
          "[store]") {
  TempDir temp("chronicle-store");
  auto db = harbor_store(temp);
  std::atomic<bool> writing{true};
  std::thread writer([&] {  // 20 more ships and 20 more quiet reports, one article a commit
    store::StoreError opened;
    auto other = store::Store::open(temp.file("harbor.db"), opened);
    for (std::int64_t n = 0; other && n < 20; ++n) {
      store::IngestReport written;
      if (other->ingest(harbor_batch(1100 + n, 1), written) || other->ingest(quiet_batch(3 + n, 1), written)) break;
    }
    writing = false;
  });
  // Each reader's counts only grow: a word list kept from an older state would drop new events.
  std::vector<std::vector<std::size_t>> seen(2);
  std::vector<std::thread> readers;
  for (std::size_t r = 0; r < seen.size(); ++r) {
    readers.emplace_back([&, r] {
      while (writing) {
        for (const char* word : {"harbor", "quiet"}) {
          store::EventPage page;
          store::EventQuery query = text_query(word, 5000);
          if (db->query_events(query, page)) return;
          seen[r].push_back(page.events.size() * 2 + (word[0] == 'q' ? 1 : 0));
        }
      }
    });
  }
  writer.join();
  for (std::thread& reader : readers) reader.join();
  for (const std::vector<std::size_t>& counts : seen) {
    std::size_t harbor = 0, quiet = 0;
    for (const std::size_t count : counts) {
      std::size_t& last = count % 2 ? quiet : harbor;
      CHECK(count / 2 >= last);
      last = count / 2;
    }
  }
  // All written: 1,103 + 40 events say "harbor" (ships in titles, cranes in headlines), 23 "quiet".
  CHECK(headlines_of(*db, text_query("harbor", 5000)).size() == 1143);
  CHECK(headlines_of(*db, text_query("quiet", 5000)).size() == 23);
}

TEST_CASE("the state filter keeps the events whose sources mostly give that state", "[store]") {
  TempDir temp{"chronicle-states"};
  store::StoreError error;
  auto db = store::Store::open(temp.file("states.db"), error);
  REQUIRE(db);
  // Three happenings on three days: opened (happened), will open (planned), did not sail (negated).
  auto article = make_article("Harbour", {on_day("2022-05-02", "2022-05-03", "The market opened"),
                                          on_day("2022-05-20", "2022-05-21", "The terminal will open"),
                                          on_day("2022-05-12", "2022-05-13", "The ferry did not sail")});
  article.mentions[1].state = events::State::planned;
  article.mentions[2].state = events::State::negated;
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest({article}, report));
  const auto headlines = [&](std::vector<std::string> states) {
    store::EventQuery query;
    query.states = std::move(states);
    store::EventPage page;
    REQUIRE_FALSE(db->query_events(query, page));
    std::vector<std::string> out;
    for (const events::Event& event : page.events) out.push_back(event.headline);
    return out;
  };
  CHECK(headlines({}).size() == 3);
  CHECK(headlines({"planned"}) == std::vector<std::string>{"The terminal will open"});
  CHECK(headlines({"happened", "negated"}) == std::vector<std::string>{"The market opened", "The ferry did not sail"});
  CHECK(headlines({"reported"}).empty());
  // May 2022 in one bucket: the three, and with the filter only the planned one.
  store::EventQuery may;
  may.from = "2022-05";
  may.to = "2022-05";
  may.states = {"planned"};
  std::vector<store::HistogramBucket> buckets;
  REQUIRE_FALSE(db->histogram(may, 1, buckets));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].count == 1);

  // What the app shows by default (all but the rare states) and what it keeps back.
  CHECK(headlines({"happened", "planned", "reported"}) == std::vector<std::string>{"The market opened", "The terminal will open"});
  CHECK(headlines({"negated", "hypothetical"}) == std::vector<std::string>{"The ferry did not sail"});
  CHECK(headlines({"happened", "planned", "reported", "negated", "hypothetical"}).size() == 3);
  CHECK(headlines({"made up"}).empty());
  // May in 31 day buckets from midnight (the per-day counts, less what is left out): the 2nd and
  // the 20th hold one each, the 12th none; in one bucket from noon (the events read one by one), 2.
  may.states = {"happened", "planned", "reported"};
  REQUIRE_FALSE(db->histogram(may, 31, buckets));
  REQUIRE(buckets.size() == 31);
  CHECK(buckets[1].count == 1);
  CHECK(buckets[11].count == 0);
  CHECK(buckets[19].count == 1);
  std::int64_t total = 0;
  for (const auto& bucket : buckets) total += bucket.count;
  CHECK(total == 2);
  may.from = "2022-05-01T12:00";
  REQUIRE_FALSE(db->histogram(may, 1, buckets));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].count == 2);
}

TEST_CASE("an event whose reprinted sentence was dated a day later lists that other date in its JSON", "[store]") {
  // One wire sentence in three articles; the reprint read "yesterday" from March 30, not March 29.
  TempDir temp("chronicle-retold");
  store::StoreError error;
  auto db = store::Store::open(temp.file("retold.db"), error);
  REQUIRE(db);
  std::vector<store::ProcessedArticle> batch;
  for (const auto& [title, day, next] : {std::tuple{"Wire", "2016-03-28", "2016-03-29"}, {"Paper", "2016-03-28", "2016-03-29"},
                                         {"Reprint", "2016-03-29", "2016-03-30"}}) {
    store::ProcessedArticle a = make_article(title, {on_day("yesterday", "", "Rebels shelled the airport in Aden")});
    const temporal::Interval interval = testing::interval_at(std::string(day) + "T00:00:00", std::string(next) + "T00:00:00");
    a.timexes[0].value = day;
    a.timexes[0].interval = interval;
    a.mentions[0].timex = a.timexes[0];
    a.mentions[0].date = testing::event_date(day, "day", interval.start, interval.end);
    batch.push_back(std::move(a));
  }
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest(batch, report));
  store::EventQuery query;
  std::vector<std::string> documents;
  std::string next_cursor;
  std::size_t left_out = 0;
  REQUIRE_FALSE(db->query_event_documents(query, documents, next_cursor, left_out));
  REQUIRE(documents.size() == 1);
  const nlohmann::json event = nlohmann::json::parse(documents.front());
  CHECK(event["date"]["value"] == "2016-03-28");
  REQUIRE(event.contains("other_dates"));
  REQUIRE(event["other_dates"].size() == 1);
  CHECK(event["other_dates"][0]["value"] == "2016-03-29");
  CHECK(event["other_dates"][0]["articles"] == 1);
}
