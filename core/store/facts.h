// Mentions and events as rows of facts (schema version 4): integers for times, offsets and ids,
// short strings for what the words said, and the article text stored once. What the API shows of
// a source (its sentence, its expression's words) is cut out of the article text when it is read.
// Private to core/store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/events.h"
#include "core/store/sqlite.h"
#include "core/store/store.h"
#include "core/store/store_impl.h"

namespace chronicle::store {

// Participants in one column: entities separated by \x1e, name, kind and aliases by \x1f (control
// characters that no name holds; any such byte in a name is written as a space).
std::string entities_to_column(const std::vector<events::Entity>& entities, bool with_aliases);
std::vector<events::Entity> entities_from_column(std::string_view column);

// An event's sources in one column: mention row ids in the event's source order, space-separated.
std::string ids_to_column(const std::vector<std::int64_t>& ids);
std::vector<std::int64_t> ids_from_column(std::string_view column);

// Stores `mention` (of the article mention.article_id, whose text is `text`) dated [start, end) in
// seconds, in `event_id` when given, as row `with_id` when given; sets `id` to its row.
std::optional<StoreError> insert_mention(sql::Connection& db, const events::Mention& mention, std::string_view text,
                                         std::int64_t start, std::int64_t end, std::optional<std::int64_t> event_id,
                                         std::optional<std::int64_t> with_id, std::int64_t& id);

// Stores the tagger's expression `timex` of the article `article_id`, whose text is `text` (schema 8:
// its words only when they are not the text at its offsets, its interval bounds as seconds unless
// their ISO form is not what the seconds print as).
std::optional<StoreError> insert_timex(sql::Connection& db, std::int64_t article_id, std::string_view text,
                                       const temporal::Timex& timex,
                                       std::optional<std::int64_t> with_id = std::nullopt);

// The expressions stored for an article, in text order.
std::optional<StoreError> read_timexes(sql::Connection& db, std::int64_t article_id,
                                       std::vector<temporal::Timex>& timexes);

// One stored mention, whole, with the article it comes from. `event` is its event (nullopt when none).
struct StoredMention {
  std::int64_t id = 0;
  std::optional<std::int64_t> event;
  events::Mention mention;
  ArticleRef article;
};

// Reads the mentions whose ids are given, in that order. A missing mention is an error, or, when
// `missing` is given, counted there and skipped.
std::optional<StoreError> read_mentions(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                        std::vector<StoredMention>& mentions, std::size_t* missing = nullptr);

// The events with these ids as the API gives them (sources in the event's order), with the
// articles their sources point to. Ids with no event are left out; so is a damaged event (one
// whose sources are not all there), counted in `damaged`.
std::optional<StoreError> read_events(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                      std::vector<events::Event>& events, ArticleRefs& articles,
                                      std::size_t& damaged);

// Everything in the event's row that its JSON shows, as one string ("" when there is no such
// event): equal versions, equal documents, since mention and article rows never change.
std::optional<StoreError> event_version(sql::Connection& db, std::int64_t id, std::string& version);

// Writes the event's row (a new row, or the row with its id updated); not its full-text entry nor
// its participants. `sources` are the mention row ids of event.sources, in the same order.
// `with_representative` false: the row of schema versions 4 to 7 (for the upgrade to version 4).
std::optional<StoreError> write_event_row(sql::Connection& db, const events::Event& event,
                                          const std::vector<std::int64_t>& sources, bool with_representative = true);

// The SELECT list and FROM of a whole mention, and the reading of one of its rows.
extern const char* const kMentionSelect;
void mention_from_row(sql::Statement& row, StoredMention& stored);

// Every stored mention, by span class and start along the time index, for `visit`. The merge is
// the same in any order; in this one most mentions come after those they sort after, so building
// the merge index splits almost nothing (by id, the load order, 670,000 mentions took 2.3x longer).
template <typename Visit>
std::optional<StoreError> each_mention(sql::Connection& db, Visit&& visit) {
  sql::Statement* statement = db.prepare(std::string(kMentionSelect) + " ORDER BY m.span_class, m.start_s");
  if (!statement) return internal_error("reading mentions", db.last_error());
  StoredMention stored;
  while (statement->step()) {
    mention_from_row(*statement, stored);
    visit(stored);
  }
  if (!statement->ok()) return internal_error("reading mentions", statement->error());
  return std::nullopt;
}

}  // namespace chronicle::store
