// End to end through the built binary: ingest the seed article, serve it, read the events back
// over HTTP and from `chronicle export`.
#include <httplib.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/child_process.h"

namespace fs = std::filesystem;
using chronicle::testing::BackgroundProcess;
using chronicle::testing::run;
using nlohmann::json;

namespace {

const std::string kBinary = CHRONICLE_BINARY;
const std::string kSeed = std::string(CHRONICLE_SOURCE_DIR) + "/sample_data/000_a4e3cdde688320d9.txt";

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("chronicle-e2e-" + std::to_string(getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

// The events whose date value is `value`, from an {"events": [...]} document.
std::vector<json> events_dated(const json& document, const std::string& value) {
  std::vector<json> found;
  for (const json& event : document.at("events")) {
    if (event.at("date").at("value") == value) found.push_back(event);
  }
  return found;
}

bool any_source_sentence_contains(const std::vector<json>& events, const std::string& words) {
  for (const json& event : events) {
    for (const json& source : event.at("sources")) {
      if (source.at("sentence").at("text").get<std::string>().find(words) != std::string::npos) return true;
    }
  }
  return false;
}

// The three happenings the seed dates, worked out by hand from its text and its dateline
// (Tuesday 2016-03-29): "On Sunday" is 2016-03-27, "last May" is 2015-05, "On Monday" is 2016-03-28.
void check_seed_events(const json& document) {
  const auto palmyra_taken = events_dated(document, "2016-03-27");
  CHECK(any_source_sentence_contains(palmyra_taken, "established full control over Palmyra"));
  const auto palmyra_fell = events_dated(document, "2015-05");
  CHECK(any_source_sentence_contains(palmyra_fell, "had fallen to ISIS last May"));
  const auto recapture_hailed = events_dated(document, "2016-03-28");
  CHECK(any_source_sentence_contains(recapture_hailed, "Shamkhani hailed the Syrian army's recapture of Palmyra"));
  for (const auto& events : {palmyra_taken, palmyra_fell, recapture_hailed}) {
    for (const json& event : events) {
      for (const json& source : event.at("sources")) CHECK(source.at("published") == "2016-03-29T16:27:03");
    }
  }
}

}  // namespace

TEST_CASE("the seed article's events come back from the HTTP API and from export", "[e2e]") {
  TempDir temp;
  const std::string db = (temp.path / "seed.db").string();

  const auto ingest = run({kBinary, "ingest", "--db", db, kSeed});
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);

  SECTION("GET /api/events over HTTP from a server on a free loopback port") {
    BackgroundProcess server({kBinary, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0"});
    const std::string banner = server.read_line(15000);
    const std::string prefix = "Serving http://127.0.0.1:";
    REQUIRE(banner.rfind(prefix, 0) == 0);
    const int port = std::stoi(banner.substr(prefix.size()));

    httplib::Client client("127.0.0.1", port);
    const auto response = client.Get("/api/events?limit=500");
    REQUIRE(response);
    REQUIRE(response->status == 200);
    check_seed_events(json::parse(response->body));

    const auto page = client.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
  }

  SECTION("chronicle export --format json") {
    const auto exported = run({kBinary, "export", "--db", db, "--format", "json"});
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    check_seed_events(json::parse(exported.out));
  }

  SECTION("loading the same article again is skipped, not duplicated") {
    const auto again = run({kBinary, "ingest", "--db", db, kSeed});
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("Loaded 0, skipped 1") != std::string::npos);
  }
}

TEST_CASE("the CLI rejects unknown commands and flags with usage and exit code 2", "[e2e][cli]") {
  CHECK(run({kBinary, "frobnicate"}).exit_code == 2);
  CHECK(run({kBinary, "ingest", "--no-such-flag", "x"}).exit_code == 2);
  CHECK(run({kBinary, "ingest"}).exit_code == 2);
  const auto help = run({kBinary, "--help"});
  CHECK(help.exit_code == 0);
  for (const char* command : {"ingest", "serve", "export", "tag", "eval"}) {
    CHECK(help.out.find(command) != std::string::npos);
    CHECK(run({kBinary, command, "--help"}).exit_code == 0);
  }
}

TEST_CASE("a missing input file fails the ingest with its name and keeps the other files", "[e2e]") {
  TempDir temp;
  const std::string db = (temp.path / "partial.db").string();
  const auto ingest = run({kBinary, "ingest", "--db", db, kSeed, (temp.path / "missing.txt").string()});
  CHECK(ingest.exit_code == 1);
  CHECK(ingest.err.find("missing.txt") != std::string::npos);
  CHECK(ingest.err.find("Loaded 1,") != std::string::npos);
}
