#include "core/pipeline/pipeline.h"

#include <utility>

#include "core/events/events.h"

namespace chronicle::pipeline {
namespace {

// Collects articles into batches and stores each batch in one transaction.
class BatchWriter {
 public:
  BatchWriter(store::Store& store, const Options& options, Summary& summary)
      : store_(store), options_(options), summary_(summary) {}

  void add(const article::Article& article, const std::string& origin) {
    for (const std::string& warning : article.warnings) summary_.warnings.push_back(origin + ": " + warning);
    if (article.published.empty()) {
      summary_.warnings.push_back(origin + ": \"" + article.title +
                                  "\": publication time unknown; relative dates stay unresolved (use --dct)");
    }
    if (store_.has_article(article.content_hash)) {
      ++summary_.skipped;
      return;
    }
    batch_.push_back(process(article, options_));
    if (batch_.size() >= options_.batch_size) flush();
  }

  void flush() {
    if (batch_.empty()) return;
    store::IngestReport report;
    if (const auto error = store_.ingest(batch_, report)) {
      summary_.failed += batch_.size();
      summary_.storage_failed = summary_.storage_failed || !error->bad_input;
      summary_.errors.push_back("storing " + std::to_string(batch_.size()) + " articles failed: " + error->message);
    } else {
      summary_.loaded += report.loaded.size();
      summary_.articles.insert(summary_.articles.end(), report.loaded.begin(), report.loaded.end());
      summary_.skipped += report.skipped.size();
    }
    batch_.clear();
  }

 private:
  store::Store& store_;
  const Options& options_;
  Summary& summary_;
  std::vector<store::ProcessedArticle> batch_;
};

void add_load_result(article::LoadResult&& result, const std::string& origin, BatchWriter& writer, Summary& summary) {
  for (const article::LoadError& error : result.errors) summary.errors.push_back(error.to_string());
  if (!result.errors.empty()) ++summary.failed;
  for (const article::Article& article : result.articles) writer.add(article, origin);
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

  BatchWriter writer(store, options, summary);
  for (std::size_t i = 0; i < files.size(); ++i) {
    add_load_result(article::load_file(files[i], options.load), files[i], writer, summary);
    if (progress) progress(i + 1, files.size());
  }
  writer.flush();
  return summary;
}

Summary ingest_buffer(store::Store& store, std::string_view bytes, const std::string& name, const Options& options) {
  Summary summary;
  BatchWriter writer(store, options, summary);
  add_load_result(article::load_buffer(bytes, name, options.load), name, writer, summary);
  writer.flush();
  return summary;
}

}  // namespace chronicle::pipeline
