// core/store: the SQLite database. Articles, their temporal expressions, event mentions, merged
// events, entities and related headlines. Schema versioned by migrations applied on open; WAL;
// foreign keys on. Ingest is idempotent (articles keyed by content hash) and atomic per batch.
// Errors are values (StoreError) carrying a message a user can act on; nothing here throws out.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"

namespace chronicle::store {

// An article ready to store: the article, what the tagger found in it and the mentions it gives.
struct ProcessedArticle {
  article::Article article;
  std::vector<temporal::Timex> timexes;
  std::vector<events::Mention> mentions;
};

struct IngestReport {
  std::vector<std::int64_t> loaded;     // ids of newly stored articles
  std::vector<std::string> skipped;     // titles of articles already in the database
};

// Filters shared by /api/events, /api/export and `chronicle export`. Empty means "no filter".
struct EventQuery {
  std::string from;        // ISO date "2016", "2016-03", "2016-03-27": window start
  std::string to;          // ISO date; covers its whole unit
  std::string text;        // full-text search over headlines, summaries and titles
  std::string entity;      // participant name or alias, case-insensitive
  std::optional<std::int64_t> article_id;
  double min_confidence = 0;
  std::size_t limit = 100;
  std::string cursor;      // opaque, from EventPage::next_cursor
};

struct EventPage {
  std::vector<events::Event> events;  // ordered by date start, then confidence (descending), then id
  std::string next_cursor;            // "" on the last page
};

struct StoreError {
  std::string message;
};

class Store {
 public:
  // Opens (creating if needed) and migrates the database at `path`. On failure returns nullptr and
  // sets `error`. A database from a newer Chronicle is refused.
  static std::unique_ptr<Store> open(const std::string& path, StoreError& error);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores a batch in one transaction and re-merges the events of every window it touches.
  // On error nothing of the batch is stored.
  std::optional<StoreError> ingest(const std::vector<ProcessedArticle>& batch, IngestReport& report);

  // Is an article with this content hash stored already?
  bool has_article(const std::string& content_hash);

  std::optional<StoreError> query_events(const EventQuery& query, EventPage& page);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle::store
