// A database made by the release before the fact schema (schema version 3: mentions and events as
// JSON documents) upgrades in place when opened, and serves exactly the events it served before.
// tests/store/fixtures/release-3.db was written by that release (`chronicle ingest` of three
// sample_data articles); release-3-events.json is what that release's `chronicle export` gave for it.
// Likewise release-4.db and release-4-events.json, written by the build of schema version 4 (full-text
// entries holding their own copy of every word) from four sample_data articles.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/store/event_json.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::TempDir;
using nlohmann::json;

namespace {

const std::string kFixtures = std::string(CHRONICLE_SOURCE_DIR) + "/tests/store/fixtures/";

json read_json(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// A writable copy: the fixture itself is never opened.
std::string copy_of_fixture(TempDir& temp, const std::string& name = "release-3.db") {
  const std::string path = temp.file(name);
  std::filesystem::copy_file(kFixtures + name, path);
  return path;
}

std::int64_t schema_version(const std::string& path) {
  std::string message;
  auto db = store::sql::Connection::open(path, false, message);
  REQUIRE(db);
  store::sql::Statement* statement = db->prepare("PRAGMA user_version");
  REQUIRE(statement->step());
  const std::int64_t version = statement->integer(0);
  statement->reset();
  return version;
}

// The event as an earlier release gave it: `independent_sources` (schema 10, wire reprints) taken
// out, after checking that it counts each distinct article once (these fixtures hold no reprints).
json as_before_reprints(json event) {
  std::set<std::int64_t> articles;
  for (const json& source : event.at("sources")) {
    CHECK_FALSE(source.contains("reprint_of"));
    articles.insert(source.at("article_id").get<std::int64_t>());
  }
  CHECK(event.at("independent_sources") == articles.size());
  event.erase("independent_sources");
  return event;
}

}  // namespace

TEST_CASE("the fixture is a database of schema version 3, as the previous release wrote it", "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  CHECK(schema_version(copy_of_fixture(temp)) == 3);
}

TEST_CASE("a database of the previous release upgrades in place and serves the same events, word for word, with a count of independent sources",
          "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  const std::string path = copy_of_fixture(temp);
  const json before = read_json(kFixtures + "release-3-events.json").at("events");
  store::StoreError error;
  auto opened = store::Store::open(path, error);
  INFO(error.message);
  REQUIRE(opened);
  CHECK(schema_version(path) == store::latest_schema_version());

  store::EventQuery all;
  all.limit = 1000;
  std::vector<std::string> documents;
  std::string next;
  std::size_t left_out = 0;
  REQUIRE_FALSE(opened->query_event_documents(all, documents, next, left_out));
  CHECK(left_out == 0);
  REQUIRE(documents.size() == before.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    INFO("event " << i);
    CHECK(as_before_reprints(json::parse(documents[i])) == before[i]);
  }
  // One by id too.
  for (const json& event : before) {
    std::optional<events::Event> found;
    store::ArticleRefs articles;
    REQUIRE_FALSE(opened->get_event(event.at("id").get<std::int64_t>(), found, articles));
    REQUIRE(found);
    CHECK(as_before_reprints(store::event_to_json(*found, articles)) == event);
  }
}

namespace {

std::vector<std::int64_t> ids_matching(store::Store& db, const std::string& text) {
  store::EventQuery query;
  query.text = text;
  query.limit = 1000;
  store::EventPage page;
  REQUIRE_FALSE(db.query_events(query, page));
  std::vector<std::int64_t> ids;
  for (const events::Event& event : page.events) ids.push_back(event.id);
  return ids;
}

}  // namespace

TEST_CASE("the schema-4 fixture is a database of schema version 4, as that build wrote it", "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  CHECK(schema_version(copy_of_fixture(temp, "release-4.db")) == 4);
}

TEST_CASE("a schema-4 database upgrades in place, serves the same events (with a count of independent sources) and finds the same events by words",
          "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  const std::string path = copy_of_fixture(temp, "release-4.db");
  const json before = read_json(kFixtures + "release-4-events.json").at("events");
  store::StoreError error;
  auto opened = store::Store::open(path, error);
  INFO(error.message);
  REQUIRE(opened);
  CHECK(schema_version(path) == store::latest_schema_version());
  store::EventQuery all;
  all.limit = 1000;
  std::vector<std::string> documents;
  std::string next;
  std::size_t left_out = 0;
  REQUIRE_FALSE(opened->query_event_documents(all, documents, next, left_out));
  CHECK(left_out == 0);
  REQUIRE(documents.size() == before.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    INFO("event " << i);
    CHECK(as_before_reprints(json::parse(documents[i])) == before[i]);
  }
  // What the schema-4 build answered to `chronicle export --q` on this file, in date order. 'Beatles
  // loses' finds an event whose two words are in the titles of two different sources, and one whose
  // summary says 'Beatles' and whose source's title says 'loses'.
  CHECK(ids_matching(*opened, "trademark") == std::vector<std::int64_t>{3115711108976145, 4895155548790353,
                                                                        5296532658664955, 6357696142754915,
                                                                        5080642756303223});
  CHECK(ids_matching(*opened, "Beatles loses") == std::vector<std::int64_t>{3115711108976145, 5303888441326150});
  CHECK(ids_matching(*opened, "sues") == std::vector<std::int64_t>{3115711108976145, 4895155548790353,
                                                                   6148155381743231, 5296532658664955,
                                                                   6357696142754915});
  CHECK(ids_matching(*opened, "court Cisco").empty());
  CHECK(ids_matching(*opened, "iPhone") == std::vector<std::int64_t>{5296532658664955, 6357696142754915});
}

namespace {

// An article's expressions as rows give them (the schema-7 columns), one string per expression.
std::vector<std::string> timexes_as_stored(const std::string& path, std::int64_t article_id) {
  std::string message;
  auto db = store::sql::Connection::open(path, false, message);
  REQUIRE(db);
  store::sql::Statement* rows = db->prepare(
      "SELECT text, begin, end, type, value, mod, granularity, interval_start, interval_end FROM timexes "
      "WHERE article_id = ? ORDER BY begin");
  REQUIRE(rows);
  rows->bind(1, article_id);
  std::vector<std::string> timexes;
  while (rows->step()) {
    std::string row;
    for (int column = 0; column < 9; ++column) row += (rows->is_null(column) ? "null" : rows->text(column)) + "|";
    timexes.push_back(row);
  }
  rows->reset();
  return timexes;
}

std::vector<std::string> timexes_as_read(const std::vector<temporal::Timex>& timexes) {
  std::vector<std::string> rows;
  for (const temporal::Timex& t : timexes) {
    rows.push_back(t.text + "|" + std::to_string(t.begin) + "|" + std::to_string(t.end) + "|" + t.type + "|" + t.value +
                   "|" + t.mod + "|" + std::string(temporal::name_of(t.granularity)) + "|" +
                   (t.interval ? t.interval->start + "|" + t.interval->end : std::string("null|null")) + "|");
  }
  return rows;
}

std::int64_t count_of(const std::string& path, const std::string& sql) {
  std::string message;
  auto db = store::sql::Connection::open(path, false, message);
  REQUIRE(db);
  store::sql::Statement* statement = db->prepare(sql);
  REQUIRE(statement);
  REQUIRE(statement->step());
  const std::int64_t count = statement->integer(0);
  statement->reset();
  return count;
}

}  // namespace

// release-7.db and release-7-events.json: main's build of schema version 7 (`chronicle ingest` of
// sample_data/wikinews/apple and markets, 25 articles, then `chronicle export`).
TEST_CASE("the schema-7 fixture is a database of schema version 7, as that build wrote it", "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  CHECK(schema_version(copy_of_fixture(temp, "release-7.db")) == 7);
}

TEST_CASE("a schema-7 database upgrades to lean rows and serves the same events and the same expressions of every article",
          "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  const std::string path = copy_of_fixture(temp, "release-7.db");
  const json before = read_json(kFixtures + "release-7-events.json").at("events");
  const std::int64_t articles = count_of(path, "SELECT COUNT(*) FROM articles");
  REQUIRE(articles == 25);
  std::vector<std::vector<std::string>> timexes_before;
  for (std::int64_t id = 1; id <= articles; ++id) timexes_before.push_back(timexes_as_stored(path, id));
  // Mentions whose expression gives their own interval, in the ISO form of their seconds (SQLite's
  // own clock functions, not the store's).
  const std::int64_t own_intervals = count_of(
      path,
      "SELECT COUNT(*) FROM mentions WHERE interval_start = strftime('%Y-%m-%dT%H:%M:%S', start_s, 'unixepoch') "
      "AND interval_end = strftime('%Y-%m-%dT%H:%M:%S', end_s, 'unixepoch')");
  const std::int64_t own_values = count_of(path, "SELECT COUNT(*) FROM mentions WHERE timex_value = date_value");
  REQUIRE(own_intervals > 0);
  REQUIRE(own_values > 0);

  store::StoreError error;
  auto opened = store::Store::open(path, error);
  INFO(error.message);
  REQUIRE(opened);
  CHECK(schema_version(path) == store::latest_schema_version());

  store::EventQuery all;
  all.limit = 1000;
  std::vector<std::string> documents;
  std::string next;
  std::size_t left_out = 0;
  REQUIRE_FALSE(opened->query_event_documents(all, documents, next, left_out));
  CHECK(left_out == 0);
  REQUIRE(documents.size() == before.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    INFO("event " << i);
    CHECK(as_before_reprints(json::parse(documents[i])) == before[i]);
  }
  for (std::int64_t id = 1; id <= articles; ++id) {
    INFO("article " << id);
    std::optional<store::ArticleDetail> article;
    REQUIRE_FALSE(opened->get_article(id, article));
    REQUIRE(article);
    CHECK(timexes_as_read(article->timexes) == timexes_before[static_cast<std::size_t>(id - 1)]);
  }
  // What the rows hold now: no expression's words nor interval text that the article and the seconds give.
  CHECK(count_of(path, "SELECT COUNT(*) FROM mentions WHERE interval_start = '=' AND interval_end = '='") ==
        own_intervals);
  CHECK(count_of(path, "SELECT COUNT(*) FROM mentions WHERE timex_value = '='") == own_values);
  CHECK(count_of(path, "SELECT COUNT(*) FROM timexes WHERE text IS NOT NULL") == 0);
  CHECK(count_of(path, "SELECT COUNT(*) FROM timexes WHERE start_s IS NOT NULL AND interval_start IS NULL") > 0);
  // Every event's headline and summary are one of its sources': the row names it instead.
  CHECK(count_of(path, "SELECT COUNT(*) FROM events WHERE representative IS NULL OR headline <> '=' OR summary <> '='") == 0);
  // The full-text index matches the words it reads through event_texts.
  {
    std::string message;
    auto db = store::sql::Connection::open(path, false, message);
    REQUIRE(db);
    CHECK_FALSE(db->exec("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')"));
  }
  // And answers as before: the words of headlines, of summaries and of source titles.
  std::set<std::int64_t> with_words;
  for (const char* word : {"Apple", "iPhone", "Dow", "trademark", "shares"}) {
    const std::vector<std::int64_t> found = ids_matching(*opened, word);
    INFO(word);
    std::set<std::int64_t> expected;
    for (const json& event : before) {
      std::string words = event.at("headline").get<std::string>() + " " + event.at("summary").get<std::string>();
      for (const json& source : event.at("sources")) words += " " + source.at("title").get<std::string>();
      // q= finds words that begin with the term, in any case (tokens: runs of letters and digits).
      std::string lowered_word = word;
      for (char& c : lowered_word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string token;
      bool found = false;
      for (const char c : words + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
          token += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          continue;
        }
        found = found || token.rfind(lowered_word, 0) == 0;
        token.clear();
      }
      if (found) expected.insert(event.at("id").get<std::int64_t>());
    }
    CHECK(std::set<std::int64_t>(found.begin(), found.end()) == expected);
    with_words.insert(found.begin(), found.end());
  }
  CHECK_FALSE(with_words.empty());
}
