// The pipeline tags and extracts on several threads; the stored result must not depend on how many,
// and the progress it reports must move steadily to the whole input.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "core/pipeline/pipeline.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::SourceOrder;
using chronicle::testing::stored_event_lines;
using chronicle::testing::TempDir;
using chronicle::testing::firm_archive;


TEST_CASE("the same input ingested with one thread or four gives the same events, ids included", "[pipeline]") {
  TempDir temp("chronicle-jobs");
  const std::string input = temp.file("archive.jsonl");
  std::ofstream(input) << firm_archive(150);
  std::set<std::string> results[2];
  int run = 0;
  for (const std::size_t jobs : {std::size_t{1}, std::size_t{4}}) {
    store::StoreError error;
    auto db = store::Store::open(temp.file("jobs" + std::to_string(jobs) + ".db"), error);
    REQUIRE(db);
    pipeline::Options options;
    options.jobs = jobs;
    options.batch_size = 40;  // several batches, the last one partial
    std::vector<std::pair<std::size_t, std::size_t>> reported;
    const auto summary = pipeline::ingest_paths(*db, {input}, options, [&](std::size_t done, std::size_t total) {
      reported.emplace_back(done, total);
    });
    CHECK(summary.loaded == 150);
    CHECK(summary.failed == 0);
    results[run++] = stored_event_lines(*db, SourceOrder::kAsStored);
    // Progress: after each of the 4 batches, never backwards, ending at the whole file.
    REQUIRE(reported.size() >= 4);
    for (std::size_t i = 1; i < reported.size(); ++i) CHECK(reported[i].first >= reported[i - 1].first);
    CHECK(reported.back().first == reported.back().second);
    CHECK(reported.front().first < reported.back().second / 3);
  }
  CHECK(results[0].size() > 50);
  CHECK(results[0] == results[1]);
}
