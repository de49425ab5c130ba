// An ingest killed part way (SIGKILL: no cleanup of any kind) and run again with the same command
// finishes the work: the articles of the batches that committed are skipped (before they are
// tagged: the pipeline asks the store for each article's content hash first), the others are
// stored, and the events are exactly those of one uninterrupted run.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "core/pipeline/pipeline.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::firm_archive;
using chronicle::testing::SourceOrder;
using chronicle::testing::stored_event_lines;
using chronicle::testing::TempDir;

namespace {

constexpr int kArticles = 300;

pipeline::Options small_batches() {
  pipeline::Options options;
  options.batch_size = 20;  // 15 batches, so that the kill falls between two of them
  options.jobs = 2;
  return options;
}

// The child: the whole ingest, writing a byte to `report_fd` each time the progress moves (after
// each batch is stored), and slowed after the third so that the parent kills it part way.
[[noreturn]] void ingest_reporting(const std::string& db_path, const std::string& input, int report_fd) {
  store::StoreError error;
  auto db = store::Store::open(db_path, error);
  if (!db) _exit(3);
  int reports = 0;
  pipeline::ingest_paths(*db, {input}, small_batches(), [&](std::size_t, std::size_t) {
    const char byte = 'x';
    if (write(report_fd, &byte, 1) != 1) _exit(5);
    if (++reports >= 3) pause();  // wait here for the kill: the ingest is never finished
  });
  _exit(0);
}

}  // namespace

TEST_CASE("an ingest killed part way and run again skips what was stored and ends with the events of one run",
          "[pipeline][fault]") {
  TempDir temp("chronicle-resume");
  const std::string input = temp.file("archive.jsonl");
  std::ofstream(input) << firm_archive(kArticles);

  // One uninterrupted run, to compare with.
  store::StoreError error;
  auto whole = store::Store::open(temp.file("whole.db"), error);
  REQUIRE(whole);
  const pipeline::Summary once = pipeline::ingest_paths(*whole, {input}, small_batches());
  REQUIRE(once.loaded == kArticles);
  const std::set<std::string> expected = stored_event_lines(*whole, SourceOrder::kAsStored);
  REQUIRE(expected.size() > 50);

  const std::string path = temp.file("killed.db");
  int pipe_fds[2];
  REQUIRE(pipe(pipe_fds) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(pipe_fds[0]);
    ingest_reporting(path, input, pipe_fds[1]);
  }
  close(pipe_fds[1]);
  char byte = 0;
  for (int i = 0; i < 3; ++i) REQUIRE(read(pipe_fds[0], &byte, 1) == 1);
  REQUIRE(kill(child, SIGKILL) == 0);
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  close(pipe_fds[0]);

  // The same command again, on the killed database.
  auto resumed = store::Store::open(path, error);
  INFO(error.message);
  REQUIRE(resumed);
  const pipeline::Summary again = pipeline::ingest_paths(*resumed, {input}, small_batches());
  CHECK(again.failed == 0);
  CHECK(again.skipped == 3 * 20);  // the three batches stored before the kill
  CHECK(again.loaded == kArticles - 3 * 20);
  CHECK(stored_event_lines(*resumed, SourceOrder::kAsStored) == expected);
}
