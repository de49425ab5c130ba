// Private to core/store: the state behind Store and the helpers its files share.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "core/events/merge_index.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"

namespace chronicle::store {

// One writer connection, serialized by a mutex, and a pool of reader connections, one per thread
// at a time: in WAL mode readers see the last committed batch while a new one is written.
// The position after the last event of a page: its start, confidence and id.
struct Cursor {
  std::int64_t start = 0;
  double confidence = 0;
  std::int64_t id = 0;
};

// The writer's merge: every stored mention in a MergeIndex, so that a batch re-merges only the
// events its mentions change (ingest.cpp). Used under Store::Impl::write_mutex only.
struct MergeState {
  std::unique_ptr<events::MergeIndex> index;  // null until the first batch, or after a failed one
  std::vector<std::int64_t> mention_ids;      // node -> mentions.id
  std::unordered_map<std::int64_t, events::MergeIndex::Node> node_of;  // mentions.id -> node
  std::int64_t data_version = -1;             // PRAGMA data_version when the index was built
  std::optional<StoreError> load(sql::Connection& db);  // from every stored mention
};

// The events that hold each word of q= (event_queries.cpp), shared by the readers. A list is
// stamped with the epoch read before the snapshot it was read from began; the epoch is raised
// whenever a reader finds that some connection committed since it last looked (its PRAGMA
// data_version changed; a reader never writes), and that reader then keeps nothing it reads.
// So a list is only ever used by a reader of the state it was read from: one that saw a commit
// after the list's snapshot would have raised the epoch before reading it.
struct TermEvents {
  std::atomic<std::int64_t> epoch{0};
  std::mutex mutex;  // guards what follows
  std::int64_t stored_epoch = -1;  // of every list below
  std::int64_t events = -1;        // how many events are stored (from the per-day counts), -1 unknown
  std::size_t ids = 0;             // held over all lists, to bound the memory
  std::unordered_map<std::string, std::shared_ptr<const std::vector<std::int64_t>>> by_term;  // sorted ids
  std::mutex reading;  // one list read at a time, so that readers asking at once read it once
};

// A reader connection and the data_version it last saw.
struct Reader {
  std::unique_ptr<sql::Connection> connection;
  std::int64_t data_version = -1;
};

struct Store::Impl {
  // One page of `query`: its events in order, the articles they cite, and how many damaged events
  // were left out of it (event_queries.cpp).
  // With `documents`, the page is given as Event JSON texts there instead of in `events`.
  std::optional<StoreError> page(const EventQuery& query, std::vector<events::Event>& events, ArticleRefs& articles,
                                 std::string& next_cursor, std::size_t& left_out,
                                 std::vector<std::string>* documents = nullptr);
  std::optional<StoreError> read_documents(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                           std::vector<std::string>& documents, std::size_t& left_out);

  std::string path;
  std::mutex write_mutex;
  std::unique_ptr<sql::Connection> writer;
  MergeState merge;
  std::mutex pool_mutex;
  std::vector<std::unique_ptr<Reader>> idle_readers;
  TermEvents term_lists;  // the words of q= and their events, shared by the readers
  // Event JSON texts already assembled, by event id, with the version of the event row they were
  // made from (event_version in facts.h); shared by the readers, emptied when past its bound.
  static constexpr std::size_t kDocumentCacheBytes = 64 << 20;
  std::mutex document_mutex;
  // version, text (shared, so that a reader copies a long text out after letting go of the lock)
  std::unordered_map<std::int64_t, std::pair<std::string, std::shared_ptr<const std::string>>> document_cache;
  std::size_t document_bytes = 0;
  // The reprint links the cached documents were made with (reprints.h): a document shows its
  // sources' originals, which change without its event row changing.
  std::int64_t document_links_version = -1;
  // Writes committed by this process (ingest, curation): with the newest mention id, what the
  // count of sources below was read at.
  std::atomic<std::int64_t> writes{0};
  // The events told by two sources or more, with how many (event_queries.cpp): the few that can
  // outweigh the rest when a crowded window names its heaviest events.
  std::optional<StoreError> several_sources(sql::Connection& db,
                                            std::shared_ptr<const std::unordered_map<std::int64_t, std::int64_t>>& out);
  std::mutex sources_mutex;
  std::pair<std::int64_t, std::int64_t> sources_read_at{-1, -1};  // writes, newest mention id
  std::shared_ptr<const std::unordered_map<std::int64_t, std::int64_t>> sources_of;
};

// Builds the writer's merge index when it has none or another connection wrote since (ingest.cpp).
std::optional<StoreError> ensure_merge_index(sql::Connection& db, MergeState& merge);

// Rebuilds the events of the mentions `seeds` (and of everything the merge and the curation tie
// them to) from their mentions, obeying the curation, and writes them (ingest.cpp).
std::optional<StoreError> rebuild_around(sql::Connection& db, MergeState& merge, const std::vector<std::int64_t>& seeds);

// How much of the database file a reader connection maps into memory (PRAGMA mmap_size).
inline constexpr std::int64_t kReaderMapBytes = std::int64_t{1} << 40;

// PRAGMA data_version of `db`'s connection: changes when another connection commits (nullopt: it
// could not be read; the connection's last error says why).
std::optional<std::int64_t> data_version(sql::Connection& db);

// Whether some connection committed since `reader` last looked (its PRAGMA data_version, as of
// its open transaction, or now); if so, raises the epoch of the shared word lists (TermEvents).
std::optional<StoreError> look_for_commits(Reader& reader, TermEvents& terms, bool& committed);

// Borrows a reader connection for the scope of one call.
class ReaderLease {
 public:
  ReaderLease(Store::Impl& impl, std::optional<StoreError>& error);
  ~ReaderLease();
  ReaderLease(const ReaderLease&) = delete;
  ReaderLease& operator=(const ReaderLease&) = delete;
  sql::Connection* get() { return reader_ ? reader_->connection.get() : nullptr; }
  Reader& reader() { return *reader_; }

 private:
  Store::Impl& impl_;
  std::unique_ptr<Reader> reader_;
};

// A statement's parameters, bound in order.
using SqlValue = std::variant<std::int64_t, double, std::string>;
void bind_all(sql::Statement& statement, const std::vector<SqlValue>& values);

inline StoreError internal_error(const std::string& what, const std::string& detail) {
  return StoreError{what + ": " + detail, false};
}

}  // namespace chronicle::store
