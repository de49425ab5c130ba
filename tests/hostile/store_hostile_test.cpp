// Hostile articles through the whole ingest path into a real database, and hostile filters against
// it: impossible dates, FTS5 and LIKE syntax, garbage cursors, huge limits. The database must pass
// SQLite's integrity check afterwards and bad filters must be the caller's error, not the store's.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "core/store/store.h"

using chronicle::store::EventPage;
using chronicle::store::EventQuery;
using chronicle::store::Store;
using chronicle::store::StoreError;

namespace {

class TempFolder {
 public:
  TempFolder() {
    char pattern[] = "/tmp/chronicle-hostile-XXXXXX";
    REQUIRE(mkdtemp(pattern) != nullptr);
    path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string integrity_of(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return result;
}

// Articles written to trip the tagger, the extractor and the store at once.
const std::vector<std::string> kHostileArticles = {
    "Deal signed\n\nThe deal was signed on February 30, 2016, and prices were fixed on 32/13/2016.\n",
    "Far years\n\nIt happened in the year 0. It will happen in the year 99999. Records from -500 survive.\n",
    "Huge numbers\n\nThe empire began 10^400 days ago and " + std::string(400, '9') + " years later it fell.\n",
    "Scripts \xD0\xA1\xD0\xB8\xD1\x80\xD0\xB8\xD1\x8F\n\nOn March 27, 2016 \xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD8\xA7 "
    "2016\xE5\xB9\xB4 the army advanced. \xF0\x9F\x93\x85\n",
    "Broken bytes \xC0\xAF\n\nOn Sunday \xED\xA0\x80 the army \xFF advanced into Palmyra.\n",
    "Quotes ' \" % _ ; --\n\nOn Monday, O'Brien said \"DROP TABLE events; --\" was 100% _wild_ in 2016.\n",
};

struct Fixture {
  TempFolder folder;
  std::string db_path = folder.file("hostile.db");
  std::unique_ptr<Store> store;

  Fixture() {
    StoreError error;
    store = Store::open(db_path, error);
    REQUIRE(store);
    chronicle::pipeline::Options options;
    options.load.format = "text";
    options.load.dct_override = "2016-03-29T16:27:03";
    for (std::size_t i = 0; i < kHostileArticles.size(); ++i) {
      const auto summary = chronicle::pipeline::ingest_buffer(*store, kHostileArticles[i], "hostile " + std::to_string(i), options);
      INFO(kHostileArticles[i]);
      CHECK(summary.loaded == 1);
      CHECK(summary.errors.empty());
    }
  }

  std::vector<chronicle::events::Event> all_events() {
    EventQuery query;
    query.limit = 1000;
    EventPage page;
    REQUIRE_FALSE(store->query_events(query, page));
    return page.events;
  }
};

}  // namespace

TEST_CASE("hostile articles are stored without impossible dates and leave a sound database", "[hostile][store]") {
  Fixture fixture;
  const auto events = fixture.all_events();
  CHECK_FALSE(events.empty());  // "March 27, 2016" and "Sunday" at least date something
  for (const auto& event : events) {
    INFO(event.date.value << " " << event.headline);
    CHECK_FALSE(event.date.value.starts_with("2016-02-30"));
    CHECK_FALSE(event.date.value.starts_with("2016-13"));
    CHECK_FALSE(event.date.value.starts_with("99999"));
    CHECK_FALSE(event.date.value.starts_with("-"));
    CHECK(event.date.start < event.date.end);
  }
  fixture.store.reset();
  CHECK(integrity_of(fixture.db_path) == "ok");
}

TEST_CASE("the same hostile articles ingested twice are skipped, not duplicated", "[hostile][store]") {
  Fixture fixture;
  const std::size_t before = fixture.all_events().size();
  chronicle::pipeline::Options options;
  options.load.format = "text";
  options.load.dct_override = "2016-03-29T16:27:03";
  for (const std::string& article : kHostileArticles) {
    CHECK(chronicle::pipeline::ingest_buffer(*fixture.store, article, "again", options).skipped == 1);
  }
  CHECK(fixture.all_events().size() == before);
}

TEST_CASE("impossible dates in from and to are the caller's error", "[hostile][store][dates]") {
  Fixture fixture;
  for (const std::string date : {"2016-02-30", "32/13/2016", "2016-13", "99999", "-2016", "10^400", "2016-03-29x"}) {
    for (const bool as_from : {true, false}) {
      EventQuery query;
      (as_from ? query.from : query.to) = date;
      EventPage page;
      const auto error = fixture.store->query_events(query, page);
      INFO((as_from ? "from=" : "to=") << date);
      REQUIRE(error);
      CHECK(error->bad_input);
      CHECK_FALSE(error->message.empty());
    }
  }
}

TEST_CASE("FTS5 and LIKE syntax in the search text and entity is read as plain words", "[hostile][store][search]") {
  Fixture fixture;
  for (const std::string& text : std::vector<std::string>{"\"unbalanced", "NEAR(army", "army OR", "*", "-army", "^army", "army:1",
                                 "DROP TABLE events; --", "%", "_", std::string(1000, '"')}) {
    EventQuery query;
    query.text = text;
    EventPage page;
    const auto error = fixture.store->query_events(query, page);
    INFO("q=" << text);
    CHECK_FALSE(error);
  }
  for (const std::string entity : {"%", "_", "%a%", "' OR 1=1 --"}) {
    EventQuery query;
    query.entity = entity;
    EventPage page;
    INFO("entity=" << entity);
    REQUIRE_FALSE(fixture.store->query_events(query, page));
    CHECK(page.events.empty());  // no participant is named by a wildcard
  }
  fixture.store.reset();
  CHECK(integrity_of(fixture.db_path) == "ok");
}

TEST_CASE("garbage cursors are the caller's error", "[hostile][store][paging]") {
  Fixture fixture;
  for (const std::string& cursor : std::vector<std::string>{"abc", "\xFF\xFE", "0", "-1", std::string(100000, 'A'), "eyJ9"}) {
    EventQuery query;
    query.cursor = cursor;
    EventPage page;
    const auto error = fixture.store->query_events(query, page);
    INFO("cursor=" << cursor.substr(0, 20));
    REQUIRE(error);
    CHECK(error->bad_input);
  }
}
