// Migrations: an old database upgrades in place and keeps its rows; a newer one is refused.
#include <catch2/catch.hpp>
#include <fstream>

#include "core/store/schema.h"
#include "core/store/store.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::TempDir;

namespace {
std::int64_t single_integer(store::sql::Connection& db, const std::string& sql) {
  store::sql::Statement* statement = db.prepare(sql);
  REQUIRE(statement);
  REQUIRE(statement->step());
  const std::int64_t value = statement->integer(0);
  statement->reset();
  return value;
}
}  // namespace

TEST_CASE("a new database is at the latest schema version, in WAL mode with foreign keys on", "[store][schema]") {
  TempDir temp("chronicle-schema");
  store::StoreError error;
  REQUIRE(store::Store::open(temp.file("new.db"), error));
  std::string message;
  auto db = store::sql::Connection::open(temp.file("new.db"), false, message);
  REQUIRE(db);
  CHECK(single_integer(*db, "PRAGMA user_version") == store::latest_schema_version());
  CHECK(single_integer(*db, "PRAGMA foreign_keys") == 1);
  store::sql::Statement* mode = db->prepare("PRAGMA journal_mode");
  REQUIRE(mode->step());
  CHECK(mode->text(0) == "wal");
  mode->reset();
}

TEST_CASE("a database of the first schema version upgrades in place and keeps its articles", "[store][schema]") {
  TempDir temp("chronicle-schema");
  const std::string path = temp.file("old.db");
  {
    std::string message;
    auto db = store::sql::Connection::open(path, true, message);
    REQUIRE(db);
    REQUIRE_FALSE(store::migrate(*db, 1));
    REQUIRE_FALSE(db->exec(
        "INSERT INTO articles(content_hash, title, url, source, published, published_from, format, body_begin, text) "
        "VALUES ('h', 'Kept', '', '', '2016-03-29', 'field', 'text', 0, 'Kept')"));
    CHECK(single_integer(*db, "PRAGMA user_version") == 1);
  }
  store::StoreError error;
  auto opened = store::Store::open(path, error);
  REQUIRE(opened);
  bool stored = false;
  REQUIRE_FALSE(opened->has_article("h", stored));
  CHECK(stored);
  std::string message;
  auto db = store::sql::Connection::open(path, false, message);
  CHECK(single_integer(*db, "PRAGMA user_version") == store::latest_schema_version());
  CHECK(single_integer(*db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_fts'") == 1);
}

TEST_CASE("a database from a newer Chronicle is refused and left alone", "[store][schema]") {
  TempDir temp("chronicle-schema");
  const std::string path = temp.file("future.db");
  {
    std::string message;
    auto db = store::sql::Connection::open(path, true, message);
    REQUIRE(db);
    REQUIRE_FALSE(db->exec("PRAGMA user_version = 99"));
  }
  store::StoreError error;
  CHECK_FALSE(store::Store::open(path, error));
  CHECK(error.message.find("newer") != std::string::npos);
  std::string message;
  auto db = store::sql::Connection::open(path, false, message);
  CHECK(single_integer(*db, "PRAGMA user_version") == 99);
}

TEST_CASE("a file that is not a database is refused with a message", "[store][schema]") {
  TempDir temp("chronicle-schema");
  const std::string path = temp.file("text.db");
  {
    std::ofstream file(path);
    file << "this is not a database, just some text that is long enough to fill a header page........\n";
  }
  store::StoreError error;
  CHECK_FALSE(store::Store::open(path, error));
  CHECK_FALSE(error.message.empty());
}

TEST_CASE("asking whether an article is stored reports a database that cannot answer, instead of no",
          "[store][schema]") {
  TempDir temp("chronicle-schema");
  const std::string path = temp.file("broken.db");
  store::StoreError error;
  auto opened = store::Store::open(path, error);
  REQUIRE(opened);
  {
    std::string message;
    auto db = store::sql::Connection::open(path, false, message);
    REQUIRE(db);
    REQUIRE_FALSE(db->exec("PRAGMA foreign_keys = OFF; DROP TABLE articles"));
  }
  bool stored = true;
  const auto failed = opened->has_article("h", stored);
  REQUIRE(failed);
  CHECK(failed->message.find("no such table") != std::string::npos);
  CHECK_FALSE(failed->bad_input);
  CHECK_FALSE(stored);
}

TEST_CASE("a transaction not committed is rolled back when it goes out of scope, and a committed one stays",
          "[store][schema]") {
  TempDir temp("chronicle-schema");
  std::string message;
  auto db = store::sql::Connection::open(temp.file("tx.db"), true, message);
  REQUIRE(db);
  REQUIRE_FALSE(db->exec("CREATE TABLE t(x INTEGER)"));
  {
    store::sql::Transaction transaction(*db, store::sql::Transaction::Kind::kWrite);
    REQUIRE_FALSE(transaction.begin_error());
    REQUIRE_FALSE(db->exec("INSERT INTO t VALUES (1)"));
    // A statement left in the middle of its rows must not keep the rollback from happening.
    store::sql::Statement* reading = db->prepare("SELECT x FROM t");
    REQUIRE(reading->step());
  }
  CHECK(single_integer(*db, "SELECT COUNT(*) FROM t") == 0);
  {
    store::sql::Transaction transaction(*db, store::sql::Transaction::Kind::kWrite);
    REQUIRE_FALSE(db->exec("INSERT INTO t VALUES (2)"));
    REQUIRE_FALSE(transaction.commit());
  }
  CHECK(single_integer(*db, "SELECT COUNT(*) FROM t") == 1);
  // The connection is out of any transaction: a new one can begin.
  store::sql::Transaction again(*db, store::sql::Transaction::Kind::kRead);
  CHECK_FALSE(again.begin_error());
}

TEST_CASE("a database written before mentions had triggers and states takes new articles, merging with what it holds",
          "[store][schema]") {
  TempDir temp("chronicle-schema");
  const std::string path = temp.file("older.db");
  {
    std::string message;
    auto db = store::sql::Connection::open(path, true, message);
    REQUIRE(db);
    REQUIRE_FALSE(store::migrate(*db, 3));
    // One article, one mention and its event as an older release stored them (schema version 3): the mention's
    // JSON has no trigger and no state, and the event's id is its mention's row id.
    REQUIRE_FALSE(db->exec(R"sql(
INSERT INTO articles(id, content_hash, title, url, source, published, published_from, format, body_begin, text)
  VALUES (1, 'old', 'Old report', '', '', '2016-03-28T08:00:00', 'field', 'text', 0,
          'Syrian forces retook Palmyra on Sunday.');
INSERT INTO events(id, span_class, start_s, end_s, confidence, body)
  VALUES (1, 0, 1459036800, 1459123200, 0.8, '{}');
INSERT INTO mentions(id, article_id, event_id, span_class, start_s, end_s, body) VALUES (1, 1, 1, 0, 1459036800, 1459123200,
  '{"article_id":1,"article_hash":"old","date":{"value":"2016-03-27","granularity":"day","start":"2016-03-27T00:00:00","end":"2016-03-28T00:00:00"},"headline":"Syrian forces retook Palmyra","summary":"Syrian forces retook Palmyra on Sunday.","sentence":[0,39],"timex":{"text":"Sunday","begin":32,"end":38,"type":"DATE","value":"2016-03-27","mod":"","granularity":"day","interval":{"start":"2016-03-27T00:00:00","end":"2016-03-28T00:00:00"}},"entities":[{"name":"Palmyra","kind":"place","aliases":[]}],"reporting":false,"confidence":0.8}');
)sql"));
  }
  store::StoreError error;
  auto opened = store::Store::open(path, error);
  REQUIRE(opened);
  auto later = testing::make_article("New report", {testing::on_day("2016-03-27", "2016-03-28",
                                                                    "Syrian forces retook Palmyra",
                                                                    {{"Palmyra", "place", {}}}, 0.7)});
  later.article.published = "2016-03-30T08:00:00";
  store::IngestReport report;
  REQUIRE_FALSE(opened->ingest({later}, report));
  store::EventPage page;
  REQUIRE_FALSE(opened->query_events({}, page));
  REQUIRE(page.events.size() == 1);  // the old event, rewritten with both sources
  CHECK(page.events[0].sources.size() == 2);
  CHECK(page.events[0].id != 1);     // its id now comes from its earliest-published mention
  for (const events::Mention& source : page.events[0].sources) CHECK(source.state == events::State::happened);
}
