// Readers keep answering while batches are written, and every answer shows whole batches.
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "core/store/store.h"
#include "core/store/time_window.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::on_day;
using chronicle::testing::TempDir;

namespace {
std::string day(std::int64_t n) { return store::format_seconds((16000 + n) * 86400).substr(0, 10); }
}  // namespace

TEST_CASE("queries during an ingest see whole batches and never fail", "[store][concurrency]") {
  TempDir temp("chronicle-concurrent");
  store::StoreError error;
  auto db = store::Store::open(temp.file("busy.db"), error);
  REQUIRE(db);
  constexpr int kBatches = 30, kArticles = 10;
  std::atomic<bool> done{false};
  std::atomic<int> write_failures{0};
  std::thread writer([&] {
    for (int b = 0; b < kBatches; ++b) {
      std::vector<store::ProcessedArticle> batch;
      for (int j = 0; j < kArticles; ++j) {
        const int n = (b * kArticles + j) * 2;
        batch.push_back(make_article(
            "article " + std::to_string(n),
            {on_day(day(n), day(n + 1), "Mayor " + std::to_string(n) + " opened a school", {{"Mayor " + std::to_string(n), "person", {}}}),
             on_day(day(n + 1), day(n + 2), "Judge " + std::to_string(n) + " closed a court", {{"Judge " + std::to_string(n), "person", {}}})}));
      }
      store::IngestReport report;
      if (db->ingest(batch, report)) ++write_failures;
    }
    done = true;
  });
  int reads = 0, torn = 0, read_failures = 0;
  while (!done || reads == 0) {
    store::EventQuery query;
    query.limit = 1000;
    store::EventPage page;
    if (db->query_events(query, page)) {
      ++read_failures;
    } else if (page.events.size() % (kArticles * 2) != 0) {
      ++torn;
    }
    ++reads;
  }
  writer.join();
  CHECK(write_failures == 0);
  CHECK(read_failures == 0);
  CHECK(torn == 0);
  store::EventPage all;
  store::EventQuery query;
  query.limit = 1000;
  REQUIRE_FALSE(db->query_events(query, all));
  CHECK(all.events.size() == kBatches * kArticles * 2);
}
