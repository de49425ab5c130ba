#include "core/pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <thread>
#include <utility>

#include "core/events/events.h"

namespace chronicle::pipeline {
namespace {

// Collects articles into batches and stores each batch in one transaction. A full batch is tagged
// and extracted on worker threads while this thread stores the batch before it: storing has one
// writer, so the two overlap instead of taking turns. Batches are stored in input order.
class BatchWriter {
 public:
  BatchWriter(store::Store& store, const Options& options, Summary& summary)
      : store_(store), options_(options), summary_(summary) {}

  // Called with the input bytes done whenever that moves (after a batch, after a skipped article).
  void on_progress(std::function<void(double)> progress) { progress_ = std::move(progress); }
  void count_done(double bytes) {
    done_ += bytes;
    if (progress_) progress_(done_);
  }

  void add(const article::Article& article, const std::string& origin, double weight = 0) {
    for (const std::string& warning : article.warnings) summary_.warnings.push_back(origin + ": " + warning);
    if (article.published.empty()) {
      summary_.warnings.push_back(origin + ": \"" + article.title +
                                  "\": publication time unknown; relative dates stay unresolved (use --dct)");
    }
    bool stored = false;
    if (const auto error = store_.has_article(article.content_hash, stored)) {
      ++summary_.failed;
      summary_.storage_failed = true;
      summary_.errors.push_back(origin + ": \"" + article.title + "\": " + error->message);
      count_done(weight);
      return;
    }
    if (stored) {
      ++summary_.skipped;
      count_done(weight);
      return;
    }
    pending_.push_back(article);
    pending_weight_ += weight;
    if (pending_.size() >= options_.batch_size) hand_over();
  }

  // Stores everything added so far; returns when it is stored.
  void finish() {
    hand_over();
    store_in_flight();
  }

  ~BatchWriter() {
    if (in_flight_.valid()) in_flight_.wait();  // workers use this writer's options
  }

 private:
  struct InFlight {
    std::vector<store::ProcessedArticle> batch;
    double weight = 0;  // input bytes of its articles
  };

  // Starts processing the pending articles, then stores the batch processed before them.
  void hand_over() {
    if (pending_.empty()) return;
    std::future<InFlight> previous = std::move(in_flight_);
    in_flight_ = std::async(std::launch::async, [this, articles = std::move(pending_), weight = pending_weight_] {
      return InFlight{process_all(articles), weight};
    });
    pending_.clear();
    pending_weight_ = 0;
    if (previous.valid()) store_batch(previous.get());
  }

  void store_in_flight() {
    if (in_flight_.valid()) store_batch(in_flight_.get());
  }

  void store_batch(const InFlight& done) {
    store::IngestReport report;
    if (const auto error = store_.ingest(done.batch, report)) {
      summary_.failed += done.batch.size();
      summary_.storage_failed = summary_.storage_failed || !error->bad_input;
      summary_.errors.push_back("storing " + std::to_string(done.batch.size()) + " articles failed: " + error->message);
    } else {
      summary_.loaded += report.loaded.size();
      summary_.articles.insert(summary_.articles.end(), report.loaded.begin(), report.loaded.end());
      summary_.skipped += report.skipped.size();
    }
    count_done(done.weight);
  }

  // Tags and extracts `articles` on up to options_.jobs threads, each result in its place.
  std::vector<store::ProcessedArticle> process_all(const std::vector<article::Article>& articles) const {
    std::vector<store::ProcessedArticle> batch(articles.size());
    const std::size_t threads = std::clamp<std::size_t>(options_.jobs, 1, articles.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
      for (std::size_t i = next++; i < articles.size(); i = next++) batch[i] = process(articles[i], options_);
    };
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(work);
    work();
    for (std::thread& worker : workers) worker.join();
    return batch;
  }

  store::Store& store_;
  const Options& options_;
  Summary& summary_;
  std::function<void(double)> progress_;
  double done_ = 0;            // input bytes whose articles are stored, skipped or failed
  double pending_weight_ = 0;  // input bytes of the articles waiting in the batch
  std::vector<article::Article> pending_;
  std::future<InFlight> in_flight_;  // the batch being processed
};

void add_load_result(article::LoadResult&& result, const std::string& origin, BatchWriter& writer, Summary& summary,
                     double weight = 0) {
  for (const article::LoadError& error : result.errors) summary.errors.push_back(error.to_string());
  if (!result.errors.empty()) ++summary.failed;
  for (const article::Article& article : result.articles) writer.add(article, origin, weight);
}

}  // namespace

store::ProcessedArticle process(const article::Article& article, const Options& options) {
  temporal::TagOptions tag_options;
  tag_options.dct = article.published;
  tag_options.mode = options.mode;
  tag_options.date_order = options.date_order;
  store::ProcessedArticle processed;
  processed.article = article;
  processed.timexes = temporal::tag(article.text, tag_options);
  processed.mentions = events::extract(article, processed.timexes);
  return processed;
}

Summary ingest_paths(store::Store& store, const std::vector<std::string>& paths, const Options& options,
                     const Progress& progress) {
  Summary summary;
  std::vector<article::LoadError> listing_errors;
  const std::vector<std::string> files = article::list_inputs(paths, listing_errors);
  for (const article::LoadError& error : listing_errors) summary.errors.push_back(error.to_string());
  summary.failed += listing_errors.size();

  std::vector<std::uintmax_t> sizes;
  double total = 0;
  for (const std::string& file : files) {
    std::error_code error;
    const std::uintmax_t size = file == "-" ? 0 : std::filesystem::file_size(file, error);
    sizes.push_back(error ? 0 : size);
    total += static_cast<double>(sizes.back());
  }
  BatchWriter writer(store, options, summary);
  if (progress) {
    writer.on_progress([&](double done) { progress(static_cast<std::size_t>(done), static_cast<std::size_t>(total)); });
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    article::LoadResult loaded = article::load_file(files[i], options.load);
    // Each article weighs its share of its file's bytes, counted once it is stored or skipped.
    const double weight = static_cast<double>(sizes[i]) / static_cast<double>(std::max<std::size_t>(1, loaded.articles.size()));
    if (loaded.articles.empty()) writer.count_done(static_cast<double>(sizes[i]));
    add_load_result(std::move(loaded), files[i], writer, summary, weight);
  }
  writer.finish();
  return summary;
}

Summary ingest_buffer(store::Store& store, std::string_view bytes, const std::string& name, const Options& options) {
  Summary summary;
  BatchWriter writer(store, options, summary);
  add_load_result(article::load_buffer(bytes, name, options.load), name, writer, summary);
  writer.finish();
  return summary;
}

}  // namespace chronicle::pipeline
