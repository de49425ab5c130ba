// Reading events: windowed, filtered, paged by cursor; one by id; counted per histogram bucket.
//
// Events are indexed by (span_class, start_s, confidence DESC, id). An event of span class c is at
// most kSpanClassLimit[c] seconds long, so the events of class c overlapping [from, to) all start
// in [from - limit, to): one bounded index range per class, already in the order we page in. The
// classes are merged here, which keeps every query an index range scan whatever the window.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>

#include "core/store/curation.h"
#include "core/store/event_json.h"
#include "core/store/facts.h"
#include "core/store/reprints.h"
#include "core/store/store_impl.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

struct Window {
  std::int64_t from = kBeginningOfTime;
  std::int64_t to = kEndOfTime;
};

std::optional<StoreError> parse_window(const EventQuery& query, Window& window) {
  if (!query.from.empty()) {
    const auto from = parse_iso_bound(query.from, true);
    if (!from) return StoreError{"from must be an ISO date such as 2016, 2016-03 or 2016-03-27", true};
    window.from = *from;
  }
  if (!query.to.empty()) {
    const auto to = parse_iso_bound(query.to, false);
    if (!to) return StoreError{"to must be an ISO date such as 2016, 2016-03 or 2016-03-27", true};
    window.to = *to;
  }
  if (window.to <= window.from) return StoreError{"to is before from", true};
  return std::nullopt;
}

std::string format_cursor(const Cursor& cursor) {
  char buffer[96];
  // %a round-trips the confidence exactly, so no event is skipped or repeated between pages.
  std::snprintf(buffer, sizeof buffer, "%lld_%a_%lld", static_cast<long long>(cursor.start), cursor.confidence,
                static_cast<long long>(cursor.id));
  return buffer;
}

std::optional<Cursor> parse_cursor(const std::string& text) {
  Cursor cursor;
  const char* p = text.c_str();
  char* end = nullptr;
  cursor.start = std::strtoll(p, &end, 10);
  if (end == p || *end != '_') return std::nullopt;
  p = end + 1;
  cursor.confidence = std::strtod(p, &end);
  if (end == p || *end != '_' || !std::isfinite(cursor.confidence)) return std::nullopt;
  p = end + 1;
  cursor.id = std::strtoll(p, &end, 10);
  if (end == p || *end != '\0') return std::nullopt;
  return cursor;
}

// The FTS5 terms of free text, one per word: the word as a word or a word's beginning. Words are
// quoted so that no user input is ever read as FTS5 syntax.
std::vector<std::string> fts_terms(const std::string& text) {
  std::vector<std::string> terms;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    terms.push_back('"' + word + "\"*");
    word.clear();
  };
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return terms;
}

// The events one term matches: in their headline or summary, or in the title of one of their
// sources' articles (indexed once per article, schema 5). Histograms filter with this SQL; a page
// of events reads the list of each term's events once (read_term_events) and either starts from
// the shortest list or checks candidates against the lists along the time index.
const char* const kEventsWithTerm =
    " AND id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ? UNION SELECT m.event_id FROM mentions m "
    "WHERE m.article_id IN (SELECT rowid FROM titles_fts WHERE titles_fts MATCH ?))";

// A page starts from the events of its words when they are at most 5 sqrt(N) of N events: each
// costs a lookup by id, while along the time index a page of 50 reads about 50 N / L rows per span
// class for a list of L; the two meet near L = 5 sqrt(N) (figures in bench/README.md).
bool few_term_events(std::size_t listed, std::int64_t events) {
  return static_cast<double>(listed) <= 5 * std::sqrt(static_cast<double>(std::max<std::int64_t>(events, 0)));
}

// How many event ids the word lists keep in all (8 bytes each); past it, they start again.
constexpr std::size_t kTermEventIds = std::size_t{2} << 20;

// How many events are stored, from the per-day counts (a few thousand rows).
std::optional<StoreError> count_events(sql::Connection& db, std::int64_t& events) {
  sql::Statement* count = db.prepare("SELECT COALESCE(SUM(count), 0) FROM event_day_counts");
  if (!count) return internal_error("querying events", db.last_error());
  events = count->step() ? count->integer(0) : 0;
  if (!count->ok()) return internal_error("querying events", count->error());
  count->reset();
  return std::nullopt;
}

// The events `term` matches, sorted, read from both full-text indexes (two statements, joined
// here: SQL's UNION of 200,000 ids costs ten times more).
std::optional<StoreError> read_term_events(sql::Connection& db, const std::string& term,
                                           std::shared_ptr<const std::vector<std::int64_t>>& events) {
  const auto fail = [&](const std::string& detail) { return internal_error("querying events", detail); };
  std::vector<std::int64_t> ids;
  sql::Statement* in_words = db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH ?");
  if (!in_words) return fail(db.last_error());
  in_words->bind(1, term);
  while (in_words->step()) ids.push_back(in_words->integer(0));
  if (!in_words->ok()) return fail(in_words->error());
  sql::Statement* in_titles = db.prepare(
      "SELECT m.event_id FROM mentions m WHERE m.article_id IN (SELECT rowid FROM titles_fts WHERE titles_fts "
      "MATCH ?) AND m.event_id IS NOT NULL");
  if (!in_titles) return fail(db.last_error());
  in_titles->bind(1, term);
  while (in_titles->step()) ids.push_back(in_titles->integer(0));
  if (!in_titles->ok()) return fail(in_titles->error());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  events = std::make_shared<const std::vector<std::int64_t>>(std::move(ids));
  return std::nullopt;
}

// The list of `term` kept for `epoch`, if any (null otherwise).
std::shared_ptr<const std::vector<std::int64_t>> kept_term_events(TermEvents& terms, std::int64_t epoch,
                                                                  const std::string& term) {
  const std::lock_guard lock(terms.mutex);
  if (terms.stored_epoch != epoch) return nullptr;
  const auto kept = terms.by_term.find(term);
  return kept == terms.by_term.end() ? nullptr : kept->second;
}

// Keeps the list of `term` for `epoch`, in place of any list of another epoch.
void keep_term_events(TermEvents& terms, std::int64_t epoch, const std::string& term,
                      const std::shared_ptr<const std::vector<std::int64_t>>& events) {
  const std::lock_guard lock(terms.mutex);
  if (epoch < terms.stored_epoch) return;  // an older state than the kept one
  if (terms.stored_epoch != epoch || terms.ids + events->size() > kTermEventIds) {  // full: start again
    terms.by_term.clear();
    terms.ids = 0;
    if (terms.stored_epoch != epoch) terms.events = -1;
    terms.stored_epoch = epoch;
  }
  if (events->size() > kTermEventIds) return;  // used for its page only
  terms.ids += events->size();
  terms.by_term[term] = events;
}

// The filters of `query` beyond the window, as SQL on the events table and its parameters.
// `excluded`: when the only filter leaves out a few events by state, the SELECT of their ids (with
// no parameters), so that a histogram can take them off the per-day counts.
struct Filters {
  std::string sql;
  std::vector<SqlValue> values;
  std::string excluded;
};

// The event's state as its JSON gives it (event_json.cpp, state_of): the state most of its
// mentions give; at a tie, the one whose first mention comes first in the event's sources.
std::string state_of_event(const std::string& event_id) {
  return "(SELECT m.state FROM mentions m JOIN events own ON own.id = m.event_id WHERE m.event_id = " + event_id +
         " GROUP BY m.state ORDER BY COUNT(*) DESC, MIN(instr(' ' || own.sources || ' ', ' ' || m.id || ' ')) LIMIT 1)";
}

// Did not happen, only supposed: rare states, whose mentions schema 9 indexes by event (the
// condition is the index's own, word for word, so that SQLite uses it).
const std::set<std::string> kRareStates = {"negated", "hypothetical"};
const std::vector<std::string> kAllStates = {"happened", "planned", "reported", "negated", "hypothetical"};
const char* const kEventsWithRareMention =
    "SELECT event_id FROM mentions WHERE state IN ('negated', 'hypothetical')";

// "('negated')": states as an SQL list of literals (they are checked names, never user text).
std::string state_list(const std::vector<std::string>& states) {
  std::string list = "(";
  for (std::size_t i = 0; i < states.size(); ++i) list += (i ? ", '" : "'") + states[i] + "'";
  return list + ")";
}

// Entities in more events than this are filtered row by row along the time index (the first page
// fills quickly); rarer ones by the list of their events (cheap to build, and it skips the scan).
constexpr std::int64_t kFrequentEntityEvents = 2000;

// The entity's own id, the entities that give it as an alias, and the names the user listed under it.
const char* const kEntityIds =
    "(SELECT id FROM entities WHERE name = ? UNION SELECT entity_id FROM entity_aliases WHERE alias = ? "
    "UNION SELECT e.id FROM entity_joins j JOIN entities e ON e.name = j.alias WHERE j.name = ? COLLATE NOCASE)";

// How an entity filter is applied: along the time index (frequent entities, and histograms) or by
// starting from the entity's own events (rare entities: a few rows to sort instead of a long scan).
enum class EntityPlan { kAlongTime, kFromEntity };

// `listed_terms`: words of q= the caller checks against their lists of events (no SQL for them).
Filters filters_of(const EventQuery& query, bool hide, bool frequent_entity = false,
                   EntityPlan plan = EntityPlan::kAlongTime, const std::set<std::string>& listed_terms = {}) {
  Filters filters;
  if (hide) filters.sql += kNotHidden;
  if (!query.text.empty()) {
    // Every word must match, each anywhere in the event's words. Nothing to search for matches nothing.
    const std::vector<std::string> terms = fts_terms(query.text);
    if (terms.empty()) filters.sql += " AND 0";
    for (const std::string& term : terms) {
      if (listed_terms.count(term)) continue;
      filters.sql += kEventsWithTerm;
      filters.values.emplace_back(term);
      filters.values.emplace_back(term);
    }
  }
  if (!query.entity.empty()) {
    if (plan == EntityPlan::kFromEntity) filters.sql += std::string(" AND ee.entity_id IN ") + kEntityIds;
    else filters.sql += frequent_entity ? std::string(" AND EXISTS (SELECT 1 FROM event_entities ee WHERE ee.event_id = "
                                                 "events.id AND ee.entity_id IN ") +
                                         kEntityIds + ")"
                                   : std::string(" AND id IN (SELECT event_id FROM event_entities WHERE entity_id IN ") +
                                         kEntityIds + ")";
    filters.values.insert(filters.values.end(), 3, query.entity);
  }
  if (!query.source.empty()) {
    filters.sql +=
        " AND id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE a.source = ? COLLATE NOCASE)";
    filters.values.emplace_back(query.source);
  }
  if (!query.states.empty()) {
    std::set<std::string> asked;  // the known names only: they are written into the SQL
    for (const std::string& state : query.states) {
      if (std::find(kAllStates.begin(), kAllStates.end(), state) != kAllStates.end()) asked.insert(state);
    }
    if (asked.empty()) filters.sql += " AND 0";  // no known state: no event is in one
    std::vector<std::string> others;
    for (const std::string& state : kAllStates) {
      if (!asked.count(state)) others.push_back(state);
    }
    const auto rare = [](const std::string& state) { return kRareStates.count(state) > 0; };
    if (others.empty()) {
      // Every state: nothing to filter.
    } else if (asked.empty()) {
    } else if (std::all_of(others.begin(), others.end(), rare)) {
      // All but rare states (the app's default): an event in a rare state has a mention in one,
      // so the few to leave out are found from those mentions.
      const std::string excluded = std::string("SELECT k.event_id FROM (") + kEventsWithRareMention + ") k WHERE " +
                                   state_of_event("k.event_id") + " IN " + state_list(others);
      if (filters.sql.empty()) filters.excluded = excluded;
      filters.sql += " AND id NOT IN (" + excluded + ")";
    } else {
      if (std::all_of(asked.begin(), asked.end(), rare)) {
        filters.sql += std::string(" AND id IN (") + kEventsWithRareMention + ")";  // the few candidates first
      }
      filters.sql += " AND " + state_of_event("events.id") + " IN " + state_list(std::vector<std::string>(asked.begin(), asked.end()));
    }
  }
  if (query.min_confidence > 0) {
    filters.sql += " AND confidence >= ?";
    filters.values.emplace_back(query.min_confidence);
  }
  if (query.article_id) {
    filters.sql += " AND id IN (SELECT event_id FROM mentions WHERE article_id = ?)";
    filters.values.emplace_back(*query.article_id);
  }
  if (filters.sql != " AND id NOT IN (" + filters.excluded + ")") filters.excluded.clear();  // not the only filter
  return filters;
}


struct Weighed {
  double weight = 0;
  std::int64_t start = 0;
  std::int64_t id = 0;
};

// Heaviest first; at equal weight the earlier, then the smaller id, so the choice never varies.
bool heavier(const Weighed& a, const Weighed& b) {
  if (a.weight != b.weight) return a.weight > b.weight;
  if (a.start != b.start) return a.start < b.start;
  return a.id < b.id;
}

// Keeps the `most` heaviest of what it is offered (a handful: a sorted vector is enough).
void keep_heaviest(std::vector<Weighed>& kept, const Weighed& offered, std::size_t most) {
  if (kept.size() == most && !heavier(offered, kept.back())) return;
  kept.insert(std::upper_bound(kept.begin(), kept.end(), offered, heavier), offered);
  if (kept.size() > most) kept.pop_back();
}

bool comes_before(const Cursor& a, const Cursor& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return a.id < b.id;
}

}  // namespace

// The page of `query`: its events in order, the articles they cite, and the cursor after them.
std::optional<StoreError> Store::Impl::page(const EventQuery& query, std::vector<events::Event>& events,
                                            ArticleRefs& articles, std::string& next_cursor,
                                            std::size_t& left_out, std::vector<std::string>* documents) {
  events.clear();
  left_out = 0;
  std::vector<Cursor> rows;
  next_cursor.clear();
  Window window;
  if (auto error = parse_window(query, window)) return error;
  std::optional<Cursor> cursor;
  if (!query.cursor.empty()) {
    cursor = parse_cursor(query.cursor);
    if (!cursor) return StoreError{"cursor is not one this server gave out", true};
  }
  std::optional<StoreError> error;
  ReaderLease reader(*this, error);
  if (error) return error;
  sql::Connection& db = *reader.get();
  bool frequent_entity = false;
  if (!query.entity.empty()) {
    sql::Statement* events_of = db.prepare(std::string("SELECT COALESCE(SUM(event_count), 0) FROM entities WHERE id IN ") +
                                           kEntityIds);
    if (!events_of) return internal_error("querying events", db.last_error());
    events_of->bind(1, query.entity).bind(2, query.entity).bind(3, query.entity);
    const std::int64_t entity_events = events_of->step() ? events_of->integer(0) : 0;
    events_of->reset();
    if (entity_events == 0) return std::nullopt;  // no such participant: nothing to scan for
    frequent_entity = entity_events > kFrequentEntityEvents;
  }
  const EntityPlan plan =
      !query.entity.empty() && !frequent_entity ? EntityPlan::kFromEntity : EntityPlan::kAlongTime;
  // One read transaction: the lists of words, every class and every event's rows from the same
  // committed state. The epoch of the word lists is read before it begins (TermEvents).
  const std::int64_t epoch = term_lists.epoch.load();
  sql::Transaction transaction(db, sql::Transaction::Kind::kRead);
  if (const auto& failed = transaction.begin_error()) return internal_error("querying events", *failed);
  const auto fail = [&](const std::string& detail) { return internal_error("querying events", detail); };
  // The words of q=, each with the sorted list of its events: kept from an earlier page of the
  // same state of the database, or read now (and kept unless this reader has just seen a commit).
  const std::vector<std::string> terms = fts_terms(query.text);
  std::set<std::string> listed_terms;
  std::vector<std::shared_ptr<const std::vector<std::int64_t>>> term_events;
  std::int64_t stored_events = -1;
  if (!terms.empty()) {
    bool committed = false;
    if (auto failed = look_for_commits(reader.reader(), term_lists, committed)) return failed;
    const bool keep = !committed;
    for (const std::string& term : terms) {
      if (!listed_terms.insert(term).second) continue;  // a word given twice
      std::shared_ptr<const std::vector<std::int64_t>> events_of_term;
      if (keep) events_of_term = kept_term_events(term_lists, epoch, term);
      if (!events_of_term) {
        std::unique_lock one_at_a_time(term_lists.reading, std::defer_lock);
        if (keep) {
          one_at_a_time.lock();
          events_of_term = kept_term_events(term_lists, epoch, term);  // read meanwhile by another reader
        }
        if (!events_of_term) {
          if (auto failed = read_term_events(db, term, events_of_term)) return failed;
          if (keep) keep_term_events(term_lists, epoch, term, events_of_term);
        }
      }
      term_events.push_back(std::move(events_of_term));
    }
    {
      const std::lock_guard lock(term_lists.mutex);
      if (keep && term_lists.stored_epoch == epoch) stored_events = term_lists.events;
    }
    if (stored_events < 0) {
      if (auto failed = count_events(db, stored_events)) return failed;
      const std::lock_guard lock(term_lists.mutex);
      if (keep && term_lists.stored_epoch == epoch) term_lists.events = stored_events;
    }
  }
  // Few events hold every word: the page is made from them (their intersection), else the
  // candidates along the time index (or of a rare entity) are checked against every list.
  std::optional<std::vector<std::int64_t>> from_list;
  if (!term_events.empty() && plan == EntityPlan::kAlongTime) {
    std::sort(term_events.begin(), term_events.end(), [](const auto& a, const auto& b) { return a->size() < b->size(); });
    if (few_term_events(term_events.front()->size(), stored_events)) {
      from_list = *term_events.front();
      for (std::size_t i = 1; i < term_events.size(); ++i) {
        std::vector<std::int64_t> both;
        std::set_intersection(from_list->begin(), from_list->end(), term_events[i]->begin(), term_events[i]->end(),
                              std::back_inserter(both));
        from_list = std::move(both);
      }
    }
  }
  const auto in_every_list = [&](std::int64_t id) {
    return std::all_of(term_events.begin(), term_events.end(), [id](const auto& events_of_term) {
      return std::binary_search(events_of_term->begin(), events_of_term->end(), id);
    });
  };
  bool hide = false;
  if (!query.include_hidden) {
    if (auto failed = any_hidden(db, hide)) return failed;
  }
  const Filters filters = filters_of(query, hide, frequent_entity, plan, listed_terms);
  const std::string cursor_sql = " AND (start_s > ? OR (start_s = ? AND (confidence < ? OR (confidence = ? AND id > ?))))";
  const std::string order_sql = " ORDER BY start_s, confidence DESC, id LIMIT ?";
  const std::int64_t wanted = sql::limit_plus_one(query.limit);
  const auto bind_rest = [&](std::vector<SqlValue>& values, std::int64_t limit) {
    values.insert(values.end(), filters.values.begin(), filters.values.end());
    if (cursor) {
      values.insert(values.end(), {cursor->start, cursor->start, cursor->confidence, cursor->confidence, cursor->id});
    }
    values.emplace_back(limit);
  };

  if (from_list) {
    // One statement: each listed event read by id (JSON array of ids), filtered and sorted. The
    // ids' column has a name of its own so that `id` in the filters can only be the event's.
    std::string ids = "[";
    for (std::size_t i = 0; i < from_list->size(); ++i) ids += (i ? "," : "") + std::to_string((*from_list)[i]);
    ids += "]";
    std::string sql =
        "SELECT id, start_s, confidence FROM (SELECT value AS listed FROM json_each(?)) j CROSS JOIN events "
        "ON events.id = j.listed WHERE start_s < ? AND end_s > ?" +
        filters.sql;
    if (cursor) sql += cursor_sql;
    sql += order_sql;
    sql::Statement* statement = db.prepare(sql);
    if (!statement) return fail(db.last_error());
    std::vector<SqlValue> values = {ids, window.to, window.from};
    bind_rest(values, wanted);
    bind_all(*statement, values);
    while (statement->step()) rows.push_back({statement->integer(1), statement->real(2), statement->integer(0)});
    if (!statement->ok()) return fail(statement->error());
  } else {
    // CROSS JOIN keeps SQLite from reordering: the entity's few events first, then their rows.
    std::string sql = plan == EntityPlan::kFromEntity
                          ? "SELECT DISTINCT id, start_s, confidence FROM event_entities ee CROSS JOIN events "
                            "ON events.id = ee.event_id "
                          : "SELECT id, start_s, confidence FROM events ";
    sql += "WHERE span_class = ? AND start_s >= ? AND start_s < ? AND end_s > ?" + filters.sql;
    if (cursor) sql += cursor_sql;
    sql += order_sql;
    for (int span = 0; span < kSpanClasses; ++span) {
      sql::Statement* statement = db.prepare(sql);
      if (!statement) return fail(db.last_error());
      std::int64_t lowest_start = std::max(window.from - kSpanClassLimit[span], kBeginningOfTime);
      if (cursor) lowest_start = std::max(lowest_start, cursor->start);
      std::vector<SqlValue> values = {std::int64_t{span}, lowest_start, window.to, window.from};
      // With words to check, rows are checked here as they come in order, until enough match.
      bind_rest(values, term_events.empty() ? wanted : std::int64_t{-1});
      bind_all(*statement, values);
      std::int64_t taken = 0;
      while ((wanted < 0 || taken < wanted) && statement->step()) {
        if (!in_every_list(statement->integer(0))) continue;
        rows.push_back({statement->integer(1), statement->real(2), statement->integer(0)});
        ++taken;
      }
      if (!statement->ok()) return fail(statement->error());
      statement->reset();
    }
  }
  std::sort(rows.begin(), rows.end(), comes_before);
  if (rows.size() > query.limit) {
    rows.resize(query.limit);
    if (!rows.empty()) next_cursor = format_cursor(rows.back());
  }
  std::vector<std::int64_t> ids;
  for (const Cursor& row : rows) ids.push_back(row.id);
  if (documents) {
    if (auto failed = read_documents(db, ids, *documents, left_out)) return failed;
  } else if (auto failed = read_events(db, ids, events, articles, left_out)) {
    return failed;
  }
  if (auto failed = transaction.commit()) return fail(*failed);
  return std::nullopt;
}

// Documents of events whose row is unchanged since they were last assembled come from the cache
// (an event's document depends only on its row and on its mentions' and articles' rows, which
// never change); the others are assembled and remembered.
std::optional<StoreError> Store::Impl::read_documents(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                                      std::vector<std::string>& documents, std::size_t& left_out) {
  std::vector<std::string> versions(ids.size());
  std::vector<std::shared_ptr<const std::string>> found(ids.size());
  std::vector<std::int64_t> missing;
  // Marks are looked up only while something is curated (one query a page otherwise).
  bool curated = false;
  if (auto failed = any_curation(db, curated)) return failed;
  std::int64_t links = 0;
  if (auto failed = reprint_links_version(db, links)) return failed;
  {
    const std::lock_guard lock(document_mutex);
    if (links > document_links_version) {  // documents made before a link changed are of no more use
      document_cache.clear();
      document_bytes = 0;
      document_links_version = links;
    }
  }
  std::vector<CurationMark> marks(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto failed = event_version(db, ids[i], versions[i])) return failed;
    CurationMark& mark = marks[i];  // a hidden or unhidden event changes no row of its own
    if (curated) {
      if (auto failed = read_mark(db, ids[i], mark)) return failed;
    }
    versions[i] += mark.edited ? 'e' : '-';
    versions[i] += mark.hidden ? 'h' : '-';
    versions[i] += std::to_string(links);  // a reader of an older snapshot never serves newer links, nor the reverse
    {
      const std::lock_guard lock(document_mutex);
      const auto cached = document_cache.find(ids[i]);
      if (cached != document_cache.end() && cached->second.first == versions[i]) found[i] = cached->second.second;
    }
    if (!found[i]) missing.push_back(ids[i]);
  }
  std::vector<events::Event> assembled;
  ArticleRefs articles;
  if (auto failed = read_events(db, missing, assembled, articles, left_out)) return failed;
  std::map<std::int64_t, std::string> fresh;
  std::map<std::int64_t, CurationMark> mark_of;
  for (std::size_t i = 0; i < ids.size(); ++i) mark_of[ids[i]] = marks[i];
  for (const events::Event& event : assembled) fresh[event.id] = event_document(event, articles, mark_of[event.id]);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (!found[i]) {
      const auto made = fresh.find(ids[i]);
      if (made == fresh.end()) continue;  // damaged: left out (counted by read_events)
      found[i] = std::make_shared<const std::string>(std::move(made->second));
      const std::lock_guard lock(document_mutex);
      if (document_bytes > kDocumentCacheBytes) {  // full: start again rather than track ages
        document_cache.clear();
        document_bytes = 0;
      }
      document_bytes += versions[i].size() + found[i]->size();
      document_cache[ids[i]] = {versions[i], found[i]};
    }
    documents.push_back(*found[i]);
  }
  return std::nullopt;
}

// Read once per state of the database: after a write of this process or a mention added by another.
std::optional<StoreError> Store::Impl::several_sources(
    sql::Connection& db, std::shared_ptr<const std::unordered_map<std::int64_t, std::int64_t>>& out) {
  sql::Statement* newest = db.prepare("SELECT COALESCE(MAX(id), 0) FROM mentions");
  if (!newest) return internal_error("weighing events", db.last_error());
  const std::int64_t newest_mention = newest->step() ? newest->integer(0) : 0;
  newest->reset();
  const std::pair<std::int64_t, std::int64_t> now{writes.load(), newest_mention};
  {
    const std::lock_guard lock(sources_mutex);
    if (sources_of && sources_read_at == now) {
      out = sources_of;
      return std::nullopt;
    }
  }
  auto counted = std::make_shared<std::unordered_map<std::int64_t, std::int64_t>>();
  sql::Statement* several = db.prepare(
      "SELECT event_id, COUNT(*) FROM mentions WHERE event_id IS NOT NULL GROUP BY event_id HAVING COUNT(*) > 1");
  if (!several) return internal_error("weighing events", db.last_error());
  while (several->step()) (*counted)[several->integer(0)] = several->integer(1);
  if (!several->ok()) return internal_error("weighing events", several->error());
  const std::lock_guard lock(sources_mutex);
  sources_of = counted;
  sources_read_at = now;
  out = std::move(counted);
  return std::nullopt;
}

std::optional<StoreError> Store::query_events(const EventQuery& query, EventPage& page) {
  page = {};
  return impl_->page(query, page.events, page.articles, page.next_cursor, page.left_out);
}

std::optional<StoreError> Store::query_event_documents(const EventQuery& query, std::vector<std::string>& documents,
                                                       std::string& next_cursor, std::size_t& left_out) {
  documents.clear();
  std::vector<events::Event> unused;
  ArticleRefs articles;
  return impl_->page(query, unused, articles, next_cursor, left_out, &documents);
}

std::optional<StoreError> Store::get_event(std::int64_t id, std::optional<events::Event>& event,
                                           ArticleRefs& articles) {
  event.reset();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Connection& db = *reader.get();
  // One snapshot for the event's row and its sources' rows.
  sql::Transaction transaction(db, sql::Transaction::Kind::kRead);
  if (const auto& failed = transaction.begin_error()) return internal_error("reading an event", *failed);
  std::vector<events::Event> found;
  std::size_t damaged = 0;  // a damaged event is answered as no event
  if (auto failed = read_events(db, {id}, found, articles, damaged)) return failed;
  if (auto failed = transaction.commit()) return internal_error("reading an event", *failed);
  if (!found.empty()) event = std::move(found.front());
  return std::nullopt;
}

std::optional<StoreError> Store::histogram(const EventQuery& query, std::size_t buckets,
                                           std::vector<HistogramBucket>& result, std::size_t heaviest) {
  result.clear();
  if (buckets == 0) return StoreError{"buckets must be at least 1", true};
  Window window;
  if (auto error = parse_window(query, window)) return error;

  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Connection& db = *reader.get();
  sql::Transaction transaction(db, sql::Transaction::Kind::kRead);
  if (const auto& failed = transaction.begin_error()) return internal_error("counting events", *failed);
  bool hide = false;
  if (!query.include_hidden) {
    if (auto failed = any_hidden(db, hide)) return failed;
  }
  const Filters filters = filters_of(query, hide);
  const auto fail = [&](const std::string& detail) { return internal_error("counting events", detail); };

  // Without a window, the window is the span of the stored events.
  if (query.from.empty() || query.to.empty()) {
    std::int64_t first = kEndOfTime, last = kBeginningOfTime;
    for (int span = 0; span < kSpanClasses; ++span) {
      sql::Statement* bounds = db.prepare(
          "SELECT MIN(start_s), (SELECT MAX(end_s) FROM events WHERE span_class = ?1 AND start_s >= "
          "(SELECT MAX(start_s) FROM events WHERE span_class = ?1) - ?2) FROM events WHERE span_class = ?1");
      if (!bounds) return fail(db.last_error());
      bounds->bind(1, std::int64_t{span}).bind(2, kSpanClassLimit[span]);
      if (bounds->step() && !bounds->is_null(0)) {
        first = std::min(first, bounds->integer(0));
        last = std::max(last, bounds->integer(1));
      }
      if (!bounds->ok()) return fail(bounds->error());
      bounds->reset();
    }
    if (first > last) return std::nullopt;  // no events at all
    if (query.from.empty()) window.from = first;
    if (query.to.empty()) window.to = last;
    if (window.to <= window.from) return std::nullopt;
  }

  const std::int64_t span_seconds = window.to - window.from;
  const auto parts = static_cast<std::int64_t>(buckets);
  std::int64_t width = (span_seconds + parts - 1) / parts;
  if (width >= 86400) width = (width + 86399) / 86400 * 86400;  // whole days read better
  const std::int64_t count = (span_seconds + width - 1) / width;
  for (std::int64_t i = 0; i < count; ++i) {
    const std::int64_t start = window.from + i * width;
    result.push_back({format_seconds(start), format_seconds(std::min(start + width, window.to)), 0, {}});
  }

  // Unfiltered (or leaving out only a few events by state) with whole-day buckets from a midnight:
  // sum the per-day counts, less the events left out that start in the window.
  const auto midnight = [](std::int64_t seconds) { return ((seconds % 86400) + 86400) % 86400 == 0; };
  const bool by_days = (filters.sql.empty() || !filters.excluded.empty()) && width % 86400 == 0 &&
                       midnight(window.from) && midnight(window.to);
  if (by_days) {
    sql::Statement* days = db.prepare("SELECT day, count FROM event_day_counts WHERE day >= ? AND day < ?");
    if (!days) return fail(db.last_error());
    const std::int64_t first_day = window.from / 86400;
    days->bind(1, first_day).bind(2, window.to / 86400);
    while (days->step()) {
      const std::int64_t bucket = (days->integer(0) - first_day) * 86400 / width;
      if (bucket >= 0 && bucket < count) result[static_cast<std::size_t>(bucket)].count += days->integer(1);
    }
    if (!days->ok()) return fail(days->error());
    if (!filters.excluded.empty()) {
      sql::Statement* left_out = db.prepare("SELECT start_s FROM events WHERE id IN (" + filters.excluded +
                                            ") AND start_s >= ? AND start_s < ?");
      if (!left_out) return fail(db.last_error());
      left_out->bind(1, window.from).bind(2, window.to);
      while (left_out->step()) {
        const std::int64_t bucket = (left_out->integer(0) - window.from) / width;
        if (bucket >= 0 && bucket < count) result[static_cast<std::size_t>(bucket)].count -= 1;
      }
      if (!left_out->ok()) return fail(left_out->error());
    }
  }
  const std::string starting_sql =
      "SELECT (start_s - ?) / ?, COUNT(*) FROM events WHERE span_class = ? AND start_s >= ? AND start_s < ?" +
      filters.sql + " GROUP BY 1";
  const std::string straddling_sql =
      "SELECT COUNT(*) FROM events WHERE span_class = ? AND start_s >= ? AND start_s < ? AND end_s > ?" + filters.sql;
  for (int span = 0; span < kSpanClasses; ++span) {
    std::vector<SqlValue> values;
    if (!by_days) {
      sql::Statement* starting = db.prepare(starting_sql);
      if (!starting) return fail(db.last_error());
      values = {window.from, width, std::int64_t{span}, window.from, window.to};
      values.insert(values.end(), filters.values.begin(), filters.values.end());
      bind_all(*starting, values);
      while (starting->step()) {
        const std::int64_t bucket = starting->integer(0);
        if (bucket >= 0 && bucket < count) result[static_cast<std::size_t>(bucket)].count += starting->integer(1);
      }
      if (!starting->ok()) return fail(starting->error());
    }

    // Events that began before the window and reach into it count in the first bucket.
    sql::Statement* straddling = db.prepare(straddling_sql);
    if (!straddling) return fail(db.last_error());
    values = {std::int64_t{span}, std::max(window.from - kSpanClassLimit[span], kBeginningOfTime), window.from,
              window.from};
    values.insert(values.end(), filters.values.begin(), filters.values.end());
    bind_all(*straddling, values);
    if (straddling->step() && !result.empty()) result.front().count += straddling->integer(0);
    if (!straddling->ok()) return fail(straddling->error());
    straddling->reset();
  }

  // The heaviest events of each bucket, each in the bucket it is counted in (the first it overlaps).
  if (heaviest > 0 && !result.empty()) {
    // An event's weight here: how many sources (sentences of articles) tell it, scaled by how sure
    // the extraction is; the app refines it for what it labels (reprints counted once, state). The
    // scan reads the time index only (id, start, confidence); the sources of the few events told
    // more than once come from several_sources.
    std::shared_ptr<const std::unordered_map<std::int64_t, std::int64_t>> several;
    if (auto failed = impl_->several_sources(db, several)) return failed;
    std::vector<std::vector<Weighed>> kept(result.size());
    const std::string weighed_sql =
        "SELECT id, start_s, confidence FROM events WHERE span_class = ? AND start_s >= ? AND start_s < ? AND end_s > ?" +
        filters.sql;
    for (int span = 0; span < kSpanClasses; ++span) {
      sql::Statement* weighed = db.prepare(weighed_sql);
      if (!weighed) return fail(db.last_error());
      std::vector<SqlValue> values = {std::int64_t{span}, std::max(window.from - kSpanClassLimit[span], kBeginningOfTime),
                                      window.to, window.from};
      values.insert(values.end(), filters.values.begin(), filters.values.end());
      bind_all(*weighed, values);
      while (weighed->step()) {
        const auto told = several->find(weighed->integer(0));
        const double sources = told == several->end() ? 1.0 : static_cast<double>(told->second);
        const Weighed event{sources * (0.5 + 0.5 * weighed->real(2)), weighed->integer(1), weighed->integer(0)};
        const std::int64_t bucket = event.start < window.from ? 0 : (event.start - window.from) / width;
        if (bucket < count) keep_heaviest(kept[static_cast<std::size_t>(bucket)], event, heaviest);
      }
      if (!weighed->ok()) return fail(weighed->error());
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
      std::vector<std::int64_t> ids;
      for (const Weighed& event : kept[i]) ids.push_back(event.id);
      std::size_t damaged = 0;  // left out, as on a page
      if (auto failed = impl_->read_documents(db, ids, result[i].heaviest, damaged)) return failed;
    }
  }
  if (auto failed = transaction.commit()) return fail(*failed);
  return std::nullopt;
}

}  // namespace chronicle::store
