// core/store: the SQLite database. Articles, their temporal expressions, event mentions, merged
// events (mentions and events as rows of facts; core/store/README.md), entities and related
// headlines. Schema versioned by migrations applied on open; WAL; foreign keys on. Ingest is
// idempotent (articles keyed by content hash) and atomic per batch. Errors are values
// (StoreError) carrying a message a user can act on; nothing here throws out.
#pragma once

#include <cstdint>
#include <map>
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
  std::string source;      // publisher or feed name of a source article, case-insensitive
  std::optional<std::int64_t> article_id;
  double min_confidence = 0;
  bool include_hidden = false;  // events the user hid are left out unless this is set
  std::vector<std::string> states;  // the event's state is one of these ("happened", ...); empty: any
  std::size_t limit = 100;
  std::string cursor;      // opaque, from EventPage::next_cursor
};

// What an event's sources show of their article (articles never change once stored).
struct ArticleRef {
  std::string title;
  std::string url;
  std::string published;
  std::optional<std::int64_t> reprint_of;  // the original of its group when it is a wire reprint
};
using ArticleRefs = std::map<std::int64_t, ArticleRef>;

struct EventPage {
  std::vector<events::Event> events;  // ordered by date start, then confidence (descending), then id
  ArticleRefs articles;               // every article the events' sources point to
  std::string next_cursor;            // "" on the last page
  std::size_t left_out = 0;           // damaged events (sources missing) left out of the page
};

struct ArticleSummary {
  std::int64_t id = 0;
  std::string title;
  std::string published;
  std::string url;
};

struct ArticlePage {
  std::vector<ArticleSummary> articles;  // ordered by id
  std::string next_cursor;               // "" on the last page
};

struct ArticleDetail {
  ArticleSummary summary;
  std::string text;
  std::string source;
  std::vector<temporal::Timex> timexes;        // in text order
  std::vector<std::int64_t> event_ids;         // events this article is a source of, ascending
  std::optional<std::int64_t> reprint_of;      // the original when this article is a wire reprint
  std::vector<std::int64_t> reprints;          // when it is an original: its reprints, ascending
  std::vector<article::RelatedHeadline> related;
};

// Events of a window counted per bucket: the window is cut into equal buckets and every matching
// event is counted once, in the first bucket its interval overlaps, so the counts add up to what
// query_events lists for the same window and filters.
struct HistogramBucket {
  std::string start;  // "YYYY-MM-DDTHH:MM:SS"
  std::string end;
  std::int64_t count = 0;
  // With `heaviest` asked for: the Event JSON texts of the bucket's heaviest events (those counted
  // in it), heaviest first; an event's weight here is its sources x (0.5 + 0.5 x confidence).
  std::vector<std::string> heaviest;
};

struct EntityCount {
  std::string name;
  std::string kind;
  std::int64_t count = 0;  // events it takes part in
};

struct RelatedItem {
  std::int64_t article_id = 0;  // the article that listed it
  article::RelatedHeadline headline;
};

// A named view of the app: its URL query (window, search, entity, lanes, states, hidden).
struct SavedView {
  std::int64_t id = 0;
  std::string name;
  std::string view;   // "?from=...&q=..." as the app writes its URL
  std::string saved;  // UTC, "YYYY-MM-DDTHH:MM:SSZ"
};

struct StoreError {
  std::string message;
  bool bad_input = false;  // the caller's parameters were wrong (a bad date or cursor), not the store
  bool not_found = false;  // the event (or action) the request names does not exist
};

// What the user changed of one event (core/store/curation.cpp): shown in its JSON as "curation".
struct CurationMark {
  bool edited = false;  // headline or date pinned, or merged / split by the user
  bool hidden = false;
  bool any() const { return edited || hidden; }
};

// An edit of an event: what is set is pinned; an empty optional leaves that field as it is.
struct EventEdit {
  std::optional<std::string> headline;  // "" unpins (the machine's headline comes back)
  std::optional<std::string> date;      // "2015", "2015-05" or "2015-05-20" (year, month, day); "" unpins
};

// What the user pinned on an event id that no longer exists.
struct OrphanedPins {
  std::int64_t event_id = 0;
  std::optional<std::string> headline;
  std::optional<std::string> date;  // "2015", "2015-05" or "2015-05-20"
  bool hidden = false;
};

// One entry of the curation log, newest first.
struct CurationEntry {
  std::int64_t id = 0;
  std::string action;  // "edit", "hide", "unhide", "merge", "split", "join-names", "drop"
  std::int64_t event_id = 0;
  std::string at;      // UTC, "YYYY-MM-DDTHH:MM:SSZ"
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

  // Is an article with this content hash stored already? Sets `stored`; a database that cannot
  // be read is an error, never a "no".
  std::optional<StoreError> has_article(const std::string& content_hash, bool& stored);

  std::optional<StoreError> query_events(const EventQuery& query, EventPage& page);

  // The same page as query_events, each event as JSON text (the Event form of
  // docs/event.schema.json), for splicing into a response; `left_out` as in EventPage.
  std::optional<StoreError> query_event_documents(const EventQuery& query, std::vector<std::string>& documents,
                                                  std::string& next_cursor, std::size_t& left_out);

  // The event with this id, or nullopt in `event` when there is none.
  std::optional<StoreError> get_event(std::int64_t id, std::optional<events::Event>& event, ArticleRefs& articles);

  // Articles by id; `cursor` as returned in ArticlePage::next_cursor ("" = from the start).
  std::optional<StoreError> list_articles(std::size_t limit, const std::string& cursor, ArticlePage& page);

  // One article with its timexes, its event ids and its related headlines; nullopt when unknown.
  std::optional<StoreError> get_article(std::int64_t id, std::optional<ArticleDetail>& article);

  // Counts of the events matching `query` (window and filters; limit and cursor ignored) in
  // `buckets` equal parts of the window. Without from/to the window is the span of the stored events.
  // `heaviest` > 0 also gives each bucket its `heaviest` heaviest events (HistogramBucket::heaviest),
  // so that a crowded window can label what mattered in every stretch.
  std::optional<StoreError> histogram(const EventQuery& query, std::size_t buckets,
                                      std::vector<HistogramBucket>& result, std::size_t heaviest = 0);

  // Entities whose name starts with `prefix` (case-insensitive; "" = all), most events first.
  std::optional<StoreError> entities(const std::string& prefix, std::size_t limit, std::vector<EntityCount>& result);

  // Related headlines listed by stored articles, dated inside the window [from, to] (same ISO forms
  // as EventQuery), by date.
  std::optional<StoreError> related_headlines(const std::string& from, const std::string& to, std::size_t limit,
                                              std::vector<RelatedItem>& result);

  // Curation (core/store/curation.cpp): the user's decisions, stored apart from what the machine
  // found, keyed on event ids and mention identities, applied by every merge and query, never
  // rewritten by ingest. Each action is one transaction and one entry of the curation log.
  // An unknown event is a StoreError with not_found; a bad value one with bad_input.
  std::optional<StoreError> edit_event(std::int64_t id, const EventEdit& edit);
  std::optional<StoreError> hide_event(std::int64_t id, bool hidden);
  // Makes events `a` and `b` one (must-join); `merged` is the id of the event they become.
  std::optional<StoreError> merge_events(std::int64_t a, std::int64_t b, std::int64_t& merged);
  // Takes the source at `source_index` (its position in the event's sources) out of event `id`
  // (must-stay-apart): it becomes an event of its own, `split_off`.
  std::optional<StoreError> split_source(std::int64_t id, std::size_t source_index, std::int64_t& split_off);
  // Lists `alias` under `name` in the entity list and the entity filter ("Apple" under "Apple Inc").
  std::optional<StoreError> join_entity_names(const std::string& name, const std::string& alias);
  // Undoes the newest action of the log; `undone` is it (not_found when the log is empty).
  std::optional<StoreError> undo_curation(CurationEntry& undone);
  std::optional<StoreError> curation_log(std::size_t limit, std::vector<CurationEntry>& entries);
  // Event ids that carry curation but no longer exist (their mentions merged elsewhere or gone):
  // curation an ingest or a merge could not move to one event (move_pins in curation.cpp).
  std::optional<StoreError> orphaned_curation(std::vector<std::int64_t>& ids);
  std::optional<StoreError> orphaned_pins(std::vector<OrphanedPins>& pins);  // the same, with what they pin
  // Drops the curation of an event id that no longer exists (not_found for any other id); undo
  // brings it back.
  std::optional<StoreError> drop_orphaned(std::int64_t id);
  std::optional<StoreError> curation_mark(std::int64_t id, CurationMark& mark);

  // Saved views (core/store/saved_views.cpp). Saving under a name that exists (any case) replaces
  // that view and keeps its id.
  std::optional<StoreError> save_view(const std::string& name, const std::string& view, SavedView& saved);
  std::optional<StoreError> saved_views(std::vector<SavedView>& views);  // by name
  std::optional<StoreError> saved_view(std::int64_t id, std::optional<SavedView>& view);
  std::optional<StoreError> delete_view(std::int64_t id);  // not_found when there is none

  struct Impl;  // the connections; defined inside core/store only

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle::store
