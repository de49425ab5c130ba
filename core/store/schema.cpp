#include "core/store/schema.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace chronicle::store {
namespace {

// Each entry moves the schema one version up. Never edit a released entry: add a new one.
constexpr std::array<std::string_view, 3> kMigrations = {
    // 1: articles and what was found in them; mentions and the events merged from them.
    R"sql(
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
)sql",
    // 2: full-text search over event headlines, summaries and the titles of their sources.
    R"sql(
CREATE VIRTUAL TABLE events_fts USING fts5(headline, summary, titles, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_forget AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = OLD.id;
END;
)sql",
    // 3: events counted per start day, so a histogram reads a few hundred rows rather than every
    // event of its window; the time index covers end_s so window queries never read event rows.
    R"sql(
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
)sql",
};

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
    if (auto failed = connection.exec(kMigrations[static_cast<std::size_t>(next)])) {
      error = "migrating to schema version " + std::to_string(next + 1) + " failed: " + *failed;
    } else if (auto failed_version = connection.exec("PRAGMA user_version = " + std::to_string(next + 1))) {
      error = *failed_version;
    }
  }
  if (error) return error;  // rolled back as the transaction goes out of scope
  return transaction.commit();
}

}  // namespace chronicle::store
