// Defects that fuzzing (fuzz/) or the hostile tests found, one test each, so that they stay fixed.
// A program apart from the other hostile tests: while a defect is open its test may stop the
// program (a sanitizer report), and that must not hide the results of the rest.
#include <catch2/catch.hpp>

#include <stdint.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "core/article/article.h"
#include "core/pipeline/pipeline.h"
#include "core/store/store.h"
#include "tests/hostile/contract_checks.h"

using chronicle::article::LoadOptions;
using chronicle::article::LoadResult;
using chronicle::article::load_buffer;

namespace {

LoadResult load_as(const std::string& bytes, const std::string& format) {
  LoadOptions options;
  options.format = format;
  return load_buffer(bytes, "regression", options);
}

}  // namespace

// fuzz_load_json: nlohmann::json throws out_of_range (406), not parse_error, for a number past
// the range of double; uncaught, it ended the process (and with it `chronicle serve`).
TEST_CASE("a JSON number too large for a double is an error, not an uncaught exception", "[hostile][json][fuzz]") {
  const LoadResult result = load_as("{\"title\": \"T\", \"text\": \"On Sunday the army advanced.\", \"n\": 1e999}", "json");
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(chronicle::checks::load_error_problems(result.errors) == "");
}

TEST_CASE("a JSON line with a number too large for a double fails alone", "[hostile][jsonl][fuzz]") {
  const std::string lines = "{\"title\": \"One\", \"text\": \"On Sunday the army advanced.\"}\n"
                            "{\"title\": \"Two\", \"text\": \"x\", \"n\": -1e999}\n"
                            "{\"title\": \"Three\", \"text\": \"On Monday it held.\"}\n";
  const LoadResult result = load_as(lines, "jsonl");
  CHECK(result.articles.size() == 2);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 2);
}

TEST_CASE("detection hands a JSON document with a huge number to the JSON loader safely", "[hostile][json][fuzz]") {
  const LoadResult result = load_as("1e999[\n{\"title\": \"T\", \"text\": \"On Sunday.\"}\n]", "");
  CHECK(chronicle::checks::load_error_problems(result.errors) == "");
  CHECK((result.articles.size() + result.errors.size()) > 0);
}

// Found by the hostile store tests: Store::query_events asks SQLite for `limit + 1` rows computed
// in int64, so a limit of 2^63 - 1 overflowed (undefined behaviour) and SIZE_MAX became LIMIT 0,
// an empty page. The API caps limit at 1,000; library callers do not.
TEST_CASE("an event query with the largest limits returns every event", "[hostile][store][fuzz]") {
  char folder[] = "/tmp/chronicle-regression-XXXXXX";
  REQUIRE(mkdtemp(folder) != nullptr);
  {
    chronicle::store::StoreError error;
    auto store = chronicle::store::Store::open(std::string(folder) + "/limits.db", error);
    REQUIRE(store);
    chronicle::pipeline::Options options;
    options.load.format = "text";
    options.load.dct_override = "2016-03-29T16:27:03";
    const std::string article = "Palmyra\n\nOn March 27, 2016 the army took Palmyra. On March 28, 2016 it held the city.\n";
    REQUIRE(chronicle::pipeline::ingest_buffer(*store, article, "limits", options).loaded == 1);
    chronicle::store::EventQuery query;
    chronicle::store::EventPage everything;
    REQUIRE_FALSE(store->query_events(query, everything));
    REQUIRE_FALSE(everything.events.empty());
    for (const std::size_t limit : {std::size_t{INT64_MAX}, SIZE_MAX}) {
      query.limit = limit;
      chronicle::store::EventPage page;
      REQUIRE_FALSE(store->query_events(query, page));
      CHECK(page.events.size() == everything.events.size());
      CHECK(page.next_cursor.empty());
    }
  }
  std::filesystem::remove_all(folder);
}
