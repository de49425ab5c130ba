#include "core/store/schema.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <tuple>

#include "core/events/merge_index.h"
#include "core/store/curation.h"
#include "core/store/saved_views.h"
#include "core/store/event_json.h"
#include "core/store/facts.h"
#include "core/store/reprints.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

std::optional<std::string> to_fact_rows(sql::Connection& db);
std::optional<std::string> to_lean_rows(sql::Connection& db);

// A step of the schema: SQL, or for a step that must read what rows hold, a function.
// `frees_pages`: it drops stored copies, so a VACUUM after it gives their pages back.
struct Migration {
  std::string_view sql;
  std::optional<std::string> (*step)(sql::Connection&) = nullptr;
  bool frees_pages = false;
};

// Each entry moves the schema one version up. Never edit a released entry: add a new one.
constexpr std::array<Migration, 10> kMigrations = {{
    // 1: articles and what was found in them; mentions and the events merged from them.
    {R"sql(
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL, url TEXT NOT NULL, source TEXT NOT NULL,
  published TEXT NOT NULL, published_from TEXT NOT NULL, format TEXT NOT NULL,
  body_begin INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX articles_by_source ON articles(source COLLATE NOCASE);
CREATE TABLE timexes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text TEXT NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT NOT NULL, granularity TEXT NOT NULL,
  interval_start TEXT, interval_end TEXT);
CREATE INDEX timexes_by_article ON timexes(article_id, begin);
CREATE TABLE related_headlines(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  title TEXT NOT NULL, date TEXT NOT NULL, url TEXT NOT NULL);
CREATE INDEX related_by_article ON related_headlines(article_id);
CREATE INDEX related_by_date ON related_headlines(date);
-- An event's id is the smallest id of its mentions, so it survives re-merges that keep that mention.
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  span_class INTEGER NOT NULL, start_s INTEGER NOT NULL, end_s INTEGER NOT NULL,
  confidence REAL NOT NULL,
  body TEXT NOT NULL);
CREATE INDEX events_by_time ON events(span_class, start_s, confidence DESC, id);
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  span_class INTEGER NOT NULL, start_s INTEGER NOT NULL, end_s INTEGER NOT NULL,
  body TEXT NOT NULL);
CREATE INDEX mentions_by_time ON mentions(span_class, start_s);
CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE INDEX mentions_by_article ON mentions(article_id);
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  kind TEXT NOT NULL,
  event_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX entities_by_count ON entities(event_count DESC, name);
CREATE TABLE entity_aliases(
  alias TEXT NOT NULL COLLATE NOCASE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY(alias, entity_id)) WITHOUT ROWID;
CREATE TABLE event_entities(
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY(entity_id, event_id)) WITHOUT ROWID;
CREATE INDEX event_entities_by_event ON event_entities(event_id);
CREATE TRIGGER event_entities_count_up AFTER INSERT ON event_entities BEGIN
  UPDATE entities SET event_count = event_count + 1 WHERE id = NEW.entity_id;
END;
CREATE TRIGGER event_entities_count_down AFTER DELETE ON event_entities BEGIN
  UPDATE entities SET event_count = event_count - 1 WHERE id = OLD.entity_id;
END;
)sql"},
    // 2: full-text search over event headlines, summaries and the titles of their sources.
    {R"sql(
CREATE VIRTUAL TABLE events_fts USING fts5(headline, summary, titles, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_forget AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = OLD.id;
END;
)sql"},
    // 3: events counted per start day, so a histogram reads a few hundred rows rather than every
    // event of its window; the time index covers end_s so window queries never read event rows.
    {R"sql(
CREATE TABLE event_day_counts(
  day INTEGER NOT NULL, span_class INTEGER NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(day, span_class)) WITHOUT ROWID;
INSERT INTO event_day_counts(day, span_class, count)
  SELECT (start_s - ((start_s % 86400) + 86400) % 86400) / 86400 AS day, span_class, COUNT(*)
  FROM events GROUP BY day, span_class;
CREATE TRIGGER events_day_count_up AFTER INSERT ON events BEGIN
  INSERT INTO event_day_counts(day, span_class, count) VALUES ((NEW.start_s - ((NEW.start_s % 86400) + 86400) % 86400) / 86400, NEW.span_class, 1)
    ON CONFLICT(day, span_class) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER events_day_count_down AFTER DELETE ON events BEGIN
  UPDATE event_day_counts SET count = count - 1 WHERE day = (OLD.start_s - ((OLD.start_s % 86400) + 86400) % 86400) / 86400 AND span_class = OLD.span_class;
END;
DROP INDEX events_by_time;
CREATE INDEX events_by_time ON events(span_class, start_s, confidence DESC, id, end_s);
)sql"},
    // 4: mentions and events as facts in columns (to_fact_rows below).
    {"", to_fact_rows, true},
    // 5: the full-text indexes keep no copy of the words they index. Event headlines and summaries
    // are indexed from the events table (external content, kept by triggers), article titles from
    // the articles table, once per article: an event that gains a source no longer rewrites a list
    // of every source's title. A word of a query matches an event when it is in the event's
    // headline or summary or in the title of one of its sources' articles (event_queries.cpp).
    {R"sql(
DROP TRIGGER events_fts_forget;
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(headline, summary, content = 'events', content_rowid = 'id',
  columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_add AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, headline, summary) VALUES (NEW.id, NEW.headline, NEW.summary);
END;
CREATE TRIGGER events_fts_forget AFTER DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, headline, summary) VALUES ('delete', OLD.id, OLD.headline, OLD.summary);
END;
CREATE TRIGGER events_fts_change AFTER UPDATE OF headline, summary ON events
  WHEN OLD.headline IS NOT NEW.headline OR OLD.summary IS NOT NEW.summary BEGIN
  INSERT INTO events_fts(events_fts, rowid, headline, summary) VALUES ('delete', OLD.id, OLD.headline, OLD.summary);
  INSERT INTO events_fts(rowid, headline, summary) VALUES (NEW.id, NEW.headline, NEW.summary);
END;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE titles_fts USING fts5(title, content = 'articles', content_rowid = 'id',
  columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER titles_fts_add AFTER INSERT ON articles BEGIN
  INSERT INTO titles_fts(rowid, title) VALUES (NEW.id, NEW.title);
END;
CREATE TRIGGER titles_fts_forget AFTER DELETE ON articles BEGIN
  INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
END;
CREATE TRIGGER titles_fts_change AFTER UPDATE OF title ON articles WHEN OLD.title IS NOT NEW.title BEGIN
  INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
  INSERT INTO titles_fts(rowid, title) VALUES (NEW.id, NEW.title);
END;
INSERT INTO titles_fts(titles_fts) VALUES ('rebuild');
)sql", nullptr, true},
    // 6: the user's curation, a layer apart from the machine's rows (curation.cpp).
    {"", add_curation_tables},
    // 7: saved views of the app (saved_views.cpp).
    {"", add_saved_views_table},
    // 8: no mention or expression row repeats what another column or the article text holds
    // (to_lean_rows below).
    {"", to_lean_rows, true},
    // 9: the events of mentions that did not happen or are only supposed: the few events the app
    // keeps back (state=) are found without reading every mention (event_queries.cpp, kKeptBack).
    {"CREATE INDEX mentions_kept_back ON mentions(event_id) WHERE state IN ('negated', 'hypothetical');"},
    // 10: wire reprints: band keys of every article's body and the links of near-duplicate articles
    // to their group's original (reprints.cpp); the articles already stored are linked.
    {"", add_reprint_tables},
}};

// Version 4. Mentions were JSON documents and events JSON documents with every source in full
// (sentence, titles, urls), rewritten whole whenever an event grew. Now a mention is a row of
// facts (offsets into the article text, which is stored once), and an event a row of facts whose
// sources are the ids of its mentions; the API's JSON is assembled when read.
constexpr std::string_view kFactTables = R"sql(
ALTER TABLE mentions RENAME TO old_mentions;
DROP INDEX mentions_by_time;
DROP INDEX mentions_by_event;
DROP INDEX mentions_by_article;
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
  span_class INTEGER NOT NULL, start_s INTEGER NOT NULL, end_s INTEGER NOT NULL,
  date_value TEXT NOT NULL, granularity TEXT NOT NULL,
  date_start TEXT, date_end TEXT,  -- NULL: the ISO form of start_s, end_s
  headline TEXT NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  summary TEXT,                    -- NULL: the article text at the sentence's offsets
  trigger_begin INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  state TEXT NOT NULL,
  timex_begin INTEGER NOT NULL, timex_end INTEGER NOT NULL,
  timex_text TEXT,                 -- NULL: the article text at the expression's offsets
  timex_type TEXT NOT NULL, timex_value TEXT NOT NULL, timex_mod TEXT NOT NULL, timex_granularity TEXT NOT NULL,
  interval_start TEXT, interval_end TEXT,
  entities TEXT NOT NULL,          -- name, kind, aliases (core/store/facts.h)
  reporting INTEGER NOT NULL, confidence REAL NOT NULL);
ALTER TABLE events ADD COLUMN date_value TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN granularity TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN date_end TEXT;
ALTER TABLE events ADD COLUMN headline TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN entities TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN sources TEXT NOT NULL DEFAULT '';  -- mention ids, in source order
CREATE TRIGGER events_day_count_move AFTER UPDATE OF start_s, span_class ON events
  WHEN OLD.start_s <> NEW.start_s OR OLD.span_class <> NEW.span_class BEGIN
  UPDATE event_day_counts SET count = count - 1 WHERE day = (OLD.start_s - ((OLD.start_s % 86400) + 86400) % 86400) / 86400 AND span_class = OLD.span_class;
  INSERT INTO event_day_counts(day, span_class, count) VALUES ((NEW.start_s - ((NEW.start_s % 86400) + 86400) % 86400) / 86400, NEW.span_class, 1)
    ON CONFLICT(day, span_class) DO UPDATE SET count = count + 1;
END;
)sql";

// After the mentions are copied (building an index once is faster than keeping it while
// inserting) and before the events are, which look their mentions up by event.
constexpr std::string_view kFactIndexes = R"sql(
DROP TABLE old_mentions;
CREATE INDEX mentions_by_time ON mentions(span_class, start_s);
CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE INDEX mentions_by_article ON mentions(article_id);
)sql";

std::vector<std::int64_t> ids_of(sql::Connection& db, const std::string& sql, std::optional<std::int64_t> key) {
  std::vector<std::int64_t> ids;
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return ids;
  if (key) statement->bind(1, *key);
  while (statement->step()) ids.push_back(statement->integer(0));
  statement->reset();
  return ids;
}

// Each old mention document becomes a row, keeping its id and its event.
std::optional<std::string> convert_mentions(sql::Connection& db) {
  sql::Statement* old = db.prepare(
      "SELECT m.id, m.event_id, m.start_s, m.end_s, m.body, a.content_hash, a.text FROM old_mentions m "
      "JOIN articles a ON a.id = m.article_id ORDER BY m.id");
  if (!old) return db.last_error();
  while (old->step()) {
    const std::int64_t id = old->integer(0);
    const auto json = nlohmann::json::parse(old->text(4), nullptr, false);
    events::Mention mention;
    if (json.is_discarded() || !mention_from_json(json, mention)) {
      old->reset();
      return "mention " + std::to_string(id) + " is damaged (its JSON cannot be read)";
    }
    // The row's own article and hash are the truth; old documents may predate the hash.
    mention.article_hash = old->text(5);
    const std::optional<std::int64_t> event = old->is_null(1) ? std::nullopt : std::optional(old->integer(1));
    std::int64_t stored = 0;
    const std::string text = old->text(6);
    if (auto failed = insert_mention(db, mention, text, old->integer(2), old->integer(3), event, id, stored)) {
      old->reset();
      return failed->message;
    }
  }
  const std::optional<std::string> failed = old->ok() ? std::nullopt : std::optional(old->error());
  old->reset();
  return failed;
}

// Each old event gets its facts and its sources' ids; what it showed (id, date, headline, summary,
// confidence) is kept from its document, the order of its sources is the merge's.
std::optional<std::string> convert_events(sql::Connection& db) {
  const std::vector<std::int64_t> ids = ids_of(db, "SELECT id FROM events ORDER BY id", std::nullopt);
  std::vector<StoredMention> members;
  for (const std::int64_t id : ids) {
    const std::vector<std::int64_t> mention_ids =
        ids_of(db, "SELECT id FROM mentions WHERE event_id = ? ORDER BY id", id);
    if (mention_ids.empty()) {  // nothing tells it any more: nothing to show
      if (auto failed = db.exec("DELETE FROM events WHERE id = " + std::to_string(id))) return failed;
      continue;
    }
    if (auto failed = read_mentions(db, mention_ids, members)) return failed->message;
    using Identity = std::tuple<std::int64_t, std::size_t, std::size_t, std::size_t, std::size_t>;
    std::map<Identity, std::int64_t> row_of;
    std::vector<events::Mention> mentions;
    for (StoredMention& member : members) {
      const events::Mention& m = member.mention;
      row_of[{m.article_id, m.timex.begin, m.timex.end, m.trigger.begin, m.trigger.end}] = member.id;
      mentions.push_back(std::move(member.mention));
    }
    events::Event event = events::event_of_mentions(std::move(mentions));
    event.id = id;
    std::vector<std::int64_t> sources;
    for (const events::Mention& m : event.sources) {
      sources.push_back(row_of[{m.article_id, m.timex.begin, m.timex.end, m.trigger.begin, m.trigger.end}]);
    }
    sql::Statement* body = db.prepare("SELECT body FROM events WHERE id = ?");
    if (!body) return db.last_error();
    body->bind(1, id);
    const std::string document = body->step() ? body->text(0) : std::string();
    body->reset();
    const auto json = nlohmann::json::parse(document, nullptr, false);
    events::Event shown;
    ArticleRefs unused;
    if (!json.is_discarded() && event_from_json(json, shown, unused)) {
      event.date = shown.date;
      event.headline = shown.headline;
      event.summary = shown.summary;
      event.confidence = shown.confidence;
    }
    if (auto failed = write_event_row(db, event, sources, false)) return failed->message;
  }
  return std::nullopt;
}

std::optional<std::string> to_fact_rows(sql::Connection& db) {
  if (auto failed = db.exec(kFactTables)) return failed;
  if (auto failed = convert_mentions(db)) return failed;
  if (auto failed = db.exec(kFactIndexes)) return failed;
  if (auto failed = convert_events(db)) return failed;
  return db.exec("ALTER TABLE events DROP COLUMN body");
}

// Version 8. A mention's expression mostly dates the mention itself: its value and interval bounds
// are now "=" when they are the mention's date value and the ISO form of start_s and end_s
// (facts.cpp). The tagger's expressions lose their words when those are the article's text at their
// offsets, and their interval bounds become seconds (the text is kept only when the seconds do not
// print as it). Rows keep their ids.
constexpr std::string_view kLeanMentions = R"sql(
UPDATE mentions SET timex_value = '=' WHERE timex_value = date_value;
)sql";

constexpr std::string_view kLeanTimexes = R"sql(
ALTER TABLE timexes RENAME TO old_timexes;
DROP INDEX timexes_by_article;
CREATE TABLE timexes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT,                        -- NULL: the article text at [begin, end)
  type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT NOT NULL, granularity TEXT NOT NULL,
  start_s INTEGER, end_s INTEGER,   -- the interval in seconds (both NULL: no interval)
  interval_start TEXT, interval_end TEXT);  -- NULL: what the seconds print as
)sql";

// An event's headline and summary are mostly those of one of its sources (the merge's
// representative): the row then names that mention in `representative` and holds "=" for both;
// the full-text index reads the words themselves through the view event_texts.
constexpr std::string_view kLeanEvents = R"sql(
DROP TRIGGER events_fts_add;
DROP TRIGGER events_fts_forget;
DROP TRIGGER events_fts_change;
ALTER TABLE events ADD COLUMN representative INTEGER;  -- NULL: headline and summary are the row's own
UPDATE events SET representative = (
  SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE m.event_id = events.id AND m.headline = events.headline
    AND COALESCE(m.summary, CAST(substr(CAST(a.text AS BLOB), m.sentence_begin + 1, m.sentence_end - m.sentence_begin) AS TEXT)) = events.summary
  ORDER BY m.id LIMIT 1);
UPDATE events SET headline = '=', summary = '=' WHERE representative IS NOT NULL;
CREATE VIEW event_texts AS SELECT e.id AS id,
  CASE WHEN e.representative IS NULL THEN e.headline ELSE m.headline END AS headline,
  CASE WHEN e.representative IS NULL THEN e.summary ELSE COALESCE(m.summary,
    CAST(substr(CAST(a.text AS BLOB), m.sentence_begin + 1, m.sentence_end - m.sentence_begin) AS TEXT)) END AS summary
  FROM events e LEFT JOIN mentions m ON m.id = e.representative LEFT JOIN articles a ON a.id = m.article_id;
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(headline, summary, content = 'event_texts', content_rowid = 'id',
  columnsize = 0, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_add AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, headline, summary) SELECT id, headline, summary FROM event_texts WHERE id = NEW.id;
END;
CREATE TRIGGER events_fts_forget BEFORE DELETE ON events BEGIN
  INSERT INTO events_fts(events_fts, rowid, headline, summary)
    SELECT 'delete', id, headline, summary FROM event_texts WHERE id = OLD.id;
END;
CREATE TRIGGER events_fts_change_before BEFORE UPDATE OF headline, summary, representative ON events
  WHEN OLD.headline IS NOT NEW.headline OR OLD.summary IS NOT NEW.summary OR OLD.representative IS NOT NEW.representative BEGIN
  INSERT INTO events_fts(events_fts, rowid, headline, summary)
    SELECT 'delete', id, headline, summary FROM event_texts WHERE id = OLD.id;
END;
CREATE TRIGGER events_fts_change AFTER UPDATE OF headline, summary, representative ON events
  WHEN OLD.headline IS NOT NEW.headline OR OLD.summary IS NOT NEW.summary OR OLD.representative IS NOT NEW.representative BEGIN
  INSERT INTO events_fts(rowid, headline, summary) SELECT id, headline, summary FROM event_texts WHERE id = NEW.id;
END;
)sql";

// Each mention whose interval bounds print as its own seconds stores "=" for them.
std::optional<std::string> lean_mention_intervals(sql::Connection& db) {
  std::vector<std::int64_t> ids;
  sql::Statement* rows = db.prepare(
      "SELECT id, start_s, end_s, interval_start, interval_end FROM mentions WHERE interval_start IS NOT NULL");
  if (!rows) return db.last_error();
  while (rows->step()) {
    if (rows->text(3) == format_seconds(rows->integer(1)) && rows->text(4) == format_seconds(rows->integer(2))) {
      ids.push_back(rows->integer(0));
    }
  }
  const std::optional<std::string> failed = rows->ok() ? std::nullopt : std::optional(rows->error());
  rows->reset();
  if (failed) return failed;
  for (const std::int64_t id : ids) {
    sql::Statement* update = db.prepare("UPDATE mentions SET interval_start = '=', interval_end = '=' WHERE id = ?");
    if (!update) return db.last_error();
    update->bind(1, id);
    if (auto error = update->run()) return error;
  }
  return std::nullopt;
}

// Each expression row is written again by insert_timex, under its id.
std::optional<std::string> lean_timexes(sql::Connection& db) {
  if (auto failed = db.exec(kLeanTimexes)) return failed;
  sql::Statement* old = db.prepare(
      "SELECT t.id, t.article_id, a.text, t.text, t.begin, t.end, t.type, t.value, t.mod, t.granularity, "
      "t.interval_start, t.interval_end FROM old_timexes t JOIN articles a ON a.id = t.article_id ORDER BY t.id");
  if (!old) return db.last_error();
  while (old->step()) {
    temporal::Timex timex;
    timex.text = old->text(3);
    timex.begin = static_cast<std::size_t>(std::max<std::int64_t>(old->integer(4), 0));
    timex.end = static_cast<std::size_t>(std::max<std::int64_t>(old->integer(5), 0));
    timex.type = old->text(6);
    timex.value = old->text(7);
    timex.mod = old->text(8);
    timex.granularity = temporal::granularity_named(old->text(9));
    if (!old->is_null(10)) timex.interval = interval_of_text(old->text(10), old->text(11));
    if (auto failed = insert_timex(db, old->integer(1), old->text(2), timex, old->integer(0))) {
      old->reset();
      return failed->message;
    }
  }
  const std::optional<std::string> failed = old->ok() ? std::nullopt : std::optional(old->error());
  old->reset();
  if (failed) return failed;
  return db.exec("DROP TABLE old_timexes; CREATE INDEX timexes_by_article ON timexes(article_id, begin);");
}

std::optional<std::string> to_lean_rows(sql::Connection& db) {
  if (auto failed = db.exec(kLeanEvents)) return failed;
  if (auto failed = lean_mention_intervals(db)) return failed;
  if (auto failed = db.exec(kLeanMentions)) return failed;
  return lean_timexes(db);
}

int user_version(sql::Connection& connection) {
  sql::Statement* statement = connection.prepare("PRAGMA user_version");
  if (!statement || !statement->step()) return -1;
  const int version = static_cast<int>(statement->integer(0));
  statement->reset();
  return version;
}

}  // namespace

int latest_schema_version() { return static_cast<int>(kMigrations.size()); }

std::optional<std::string> migrate(sql::Connection& connection, int target_version) {
  // IMMEDIATE takes the write lock first so two processes opening a new file cannot both migrate.
  sql::Transaction transaction(connection, sql::Transaction::Kind::kWrite);
  if (const auto& failed = transaction.begin_error()) return failed;
  const int version = user_version(connection);
  std::optional<std::string> error;
  if (version < 0) {
    error = "cannot read the schema version: " + connection.last_error();
  } else if (version > latest_schema_version()) {
    error = "the database has schema version " + std::to_string(version) + ", newer than this Chronicle (" +
            std::to_string(latest_schema_version()) + "); use a newer Chronicle";
  }
  for (int next = version; !error && next < std::min(target_version, latest_schema_version()); ++next) {
    const Migration& migration = kMigrations[static_cast<std::size_t>(next)];
    if (auto failed = migration.step ? migration.step(connection) : connection.exec(migration.sql)) {
      error = "migrating to schema version " + std::to_string(next + 1) + " failed: " + *failed;
    } else if (auto failed_version = connection.exec("PRAGMA user_version = " + std::to_string(next + 1))) {
      error = *failed_version;
    }
  }
  if (error) return error;  // rolled back as the transaction goes out of scope
  if (auto failed = transaction.commit()) return failed;
  // The move to fact rows (4) leaves the old documents' pages free inside the file (about half of
  // it), and 5 the full-text copies': give them back once. A VACUUM that cannot run (another
  // process reading, a full disk) leaves a whole database that reuses those pages as it grows, so
  // its failure is no error.
  bool freed = false;
  for (int next = std::max(version, 0); next < std::min(target_version, latest_schema_version()); ++next) {
    freed = freed || kMigrations[static_cast<std::size_t>(next)].frees_pages;
  }
  if (version > 0 && freed) {
    connection.reset_all();
    (void)connection.exec("VACUUM");
  }
  return std::nullopt;
}

}  // namespace chronicle::store
