// A database made by the release before the fact schema (schema version 3: mentions and events as
// JSON documents) upgrades in place when opened, and serves exactly the events it served before.
// tests/store/fixtures/release-3.db was written by that release (`chronicle ingest` of three
// sample_data articles); release-3-events.json is what that release's `chronicle export` gave for it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
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
std::string copy_of_fixture(TempDir& temp) {
  const std::string path = temp.file("release-3.db");
  std::filesystem::copy_file(kFixtures + "release-3.db", path);
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

}  // namespace

TEST_CASE("the fixture is a database of schema version 3, as the previous release wrote it", "[store][upgrade]") {
  TempDir temp("chronicle-upgrade");
  CHECK(schema_version(copy_of_fixture(temp)) == 3);
}

TEST_CASE("a database of the previous release upgrades in place and serves the same events, word for word",
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
    CHECK(json::parse(documents[i]) == before[i]);
  }
  // One by id too.
  for (const json& event : before) {
    std::optional<events::Event> found;
    store::ArticleRefs articles;
    REQUIRE_FALSE(opened->get_event(event.at("id").get<std::int64_t>(), found, articles));
    REQUIRE(found);
    CHECK(store::event_to_json(*found, articles) == event);
  }
}
