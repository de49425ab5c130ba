// core/pipeline: the one path from input bytes to stored events, shared by `chronicle ingest` and
// POST /api/articles: load articles, tag each against its publication time, extract mentions,
// store in batches. Failures of single inputs are reported and the rest goes on. Articles of a batch
// are tagged and extracted on `jobs` threads while the batch before is stored; the store has one
// writer, which stores each batch in one transaction. The result does not depend on `jobs` (nor on
// the order of the inputs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"
#include "core/store/store.h"
#include "core/temporal/temporal.h"

namespace chronicle::pipeline {

struct Options {
  article::LoadOptions load;
  temporal::Mode mode = temporal::Mode::kAuto;
  temporal::DateOrder date_order = temporal::DateOrder::kMonthFirst;
  std::size_t batch_size = 512;  // articles per transaction
  std::size_t jobs = 1;          // threads tagging and extracting the articles of a batch
};

struct Summary {
  std::size_t loaded = 0;
  std::size_t skipped = 0;  // already stored
  std::size_t failed = 0;   // inputs (files or records) that gave an error
  std::vector<std::int64_t> articles;  // ids of the articles newly stored, in order
  std::vector<std::string> errors;    // "file:line:col: message", one per failure
  std::vector<std::string> warnings;  // repaired input, unknown publication time, ...
  bool storage_failed = false;        // the store refused a write (disk full, read-only, ...)
};

// Called as the work goes on with (input bytes done, input bytes in all): a file counts as done in
// proportion to its articles stored, so one large JSON Lines file moves the bar too.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

// Tags one article and extracts its mentions; the publication time is the anchor.
store::ProcessedArticle process(const article::Article& article, const Options& options);

Summary ingest_paths(store::Store& store, const std::vector<std::string>& paths, const Options& options,
                     const Progress& progress = {});

Summary ingest_buffer(store::Store& store, std::string_view bytes, const std::string& name, const Options& options);

}  // namespace chronicle::pipeline
