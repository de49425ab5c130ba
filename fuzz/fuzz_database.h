// The database the store and API targets query: made once per fuzzing run in a fresh temporary
// folder (removed at exit) and filled from the seed corpus of fuzz_load_detect (every input format),
// because opening and filling it per input would be all such a run did.
#pragma once

#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "core/pipeline/pipeline.h"
#include "core/store/store.h"

namespace chronicle::fuzz {

class SeededDatabase {
 public:
  SeededDatabase() {
    char folder[] = "/tmp/chronicle-fuzz-XXXXXX";
    if (mkdtemp(folder) == nullptr) std::abort();
    folder_ = folder;
    store::StoreError error;
    store_ = store::Store::open(folder_ + "/fuzz.db", error);
    if (!store_) fail("cannot open the fuzz database: " + error.message);
    const pipeline::Summary summary = pipeline::ingest_paths(*store_, {CHRONICLE_FUZZ_SEED_DIR}, pipeline::Options{});
    if (summary.loaded == 0) fail(std::string("no article stored from ") + CHRONICLE_FUZZ_SEED_DIR);
  }
  ~SeededDatabase() {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  store::Store& store() { return *store_; }

 private:
  [[noreturn]] static void fail(const std::string& message) {
    std::fprintf(stderr, "%s\n", message.c_str());
    std::abort();
  }
  std::string folder_;
  std::unique_ptr<store::Store> store_;
};

inline store::Store& seeded_database() {
  static SeededDatabase database;
  return database.store();
}

}  // namespace chronicle::fuzz
