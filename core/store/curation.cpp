// Curation: the user's decisions, a layer apart from what the machine found (docs/design.md,
// "Curation"). Pins (headline, date with its precision, hidden) are keyed on the event id, which
// is stable; must-join and must-stay-apart on mention identities (article hash and offsets), which
// never change. Ingest, re-merge and migration only read these tables. Each action writes its
// inverse into the curation log, so that undo restores exactly what the action changed.
#include "core/store/curation.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/events/merge_index.h"
#include "core/store/time_window.h"

namespace chronicle::store {

using nlohmann::json;

const char* const kNotHidden = " AND id NOT IN (SELECT event_id FROM event_curation WHERE hidden = 1)";

namespace {

constexpr std::size_t kMaxHeadline = 1000;
constexpr std::size_t kMaxName = 200;

constexpr std::string_view kCurationTables = R"sql(
-- Pins on an event, by its stable id. NULL: not pinned.
CREATE TABLE event_curation(
  event_id INTEGER PRIMARY KEY,
  headline TEXT, date_value TEXT,
  hidden INTEGER NOT NULL DEFAULT 0,
  shaped INTEGER NOT NULL DEFAULT 0);  -- merged or split by the user
-- Must-join: the mentions a and b (identities) are one event.
CREATE TABLE mention_joins(a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID;
CREATE INDEX mention_joins_by_b ON mention_joins(b);
-- Must-stay-apart: the mention is taken out of the event the merge puts it in.
CREATE TABLE mention_apart(mention TEXT PRIMARY KEY) WITHOUT ROWID;
-- Entity names joined: `alias` is listed and filtered as `name`.
CREATE TABLE entity_joins(alias TEXT PRIMARY KEY COLLATE NOCASE, name TEXT NOT NULL) WITHOUT ROWID;
-- What each action changed, newest last; `undo` holds what restores the state before it.
CREATE TABLE curation_log(
  id INTEGER PRIMARY KEY, action TEXT NOT NULL, event_id INTEGER NOT NULL, at TEXT NOT NULL, undo TEXT NOT NULL);
)sql";

StoreError fail(const std::string& detail) { return internal_error("curating", detail); }
StoreError bad(const std::string& message) { return StoreError{message, true, false}; }
StoreError unknown_event(std::int64_t id) { return StoreError{"no event " + std::to_string(id), false, true}; }

std::optional<StoreError> run(sql::Connection& db, const std::string& sql, const std::vector<SqlValue>& values) {
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return fail(db.last_error());
  bind_all(*statement, values);
  if (auto failed = statement->run()) return fail(*failed);
  return std::nullopt;
}

// Integers of the first column of `sql`'s rows.
std::optional<StoreError> integers(sql::Connection& db, const std::string& sql, const std::vector<SqlValue>& values,
                                   std::vector<std::int64_t>& out) {
  out.clear();
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return fail(db.last_error());
  bind_all(*statement, values);
  while (statement->step()) out.push_back(statement->integer(0));
  if (!statement->ok()) return fail(statement->error());
  return std::nullopt;
}

std::optional<StoreError> texts(sql::Connection& db, const std::string& sql, const std::vector<SqlValue>& values,
                                std::vector<std::string>& out) {
  out.clear();
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return fail(db.last_error());
  bind_all(*statement, values);
  while (statement->step()) out.push_back(statement->text(0));
  if (!statement->ok()) return fail(statement->error());
  return std::nullopt;
}

std::optional<StoreError> identity_of_row(sql::Connection& db, std::int64_t mention, std::string& identity) {
  sql::Statement* statement = db.prepare(
      "SELECT a.content_hash, m.timex_begin, m.timex_end, m.trigger_begin, m.trigger_end FROM mentions m "
      "JOIN articles a ON a.id = m.article_id WHERE m.id = ?");
  if (!statement) return fail(db.last_error());
  statement->bind(1, mention);
  if (!statement->step()) {
    const std::string detail = statement->ok() ? "mention " + std::to_string(mention) + " vanished" : statement->error();
    statement->reset();
    return fail(detail);
  }
  identity = statement->text(0);
  for (int column = 1; column <= 4; ++column) identity += '\x1f' + std::to_string(statement->integer(column));
  statement->reset();
  return std::nullopt;
}

// The mention row of an identity; nullopt when that mention is not stored (its article is gone).
std::optional<StoreError> row_of_identity(sql::Connection& db, const std::string& identity,
                                          std::optional<std::int64_t>& row) {
  row.reset();
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = identity.find('\x1f', begin);
    parts.push_back(identity.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  if (parts.size() != 5) return std::nullopt;
  std::vector<SqlValue> values = {parts[0]};
  for (std::size_t i = 1; i < 5; ++i) {
    try {
      values.emplace_back(std::int64_t{std::stoll(parts[i])});
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  std::vector<std::int64_t> found;
  if (auto error = integers(db,
                            "SELECT m.id FROM articles a JOIN mentions m ON m.article_id = a.id WHERE a.content_hash = ? "
                            "AND m.timex_begin = ? AND m.timex_end = ? AND m.trigger_begin = ? AND m.trigger_end = ?",
                            values, found)) {
    return error;
  }
  if (!found.empty()) row = found.front();
  return std::nullopt;
}

std::optional<StoreError> mentions_of_event(sql::Connection& db, std::int64_t event, std::vector<std::int64_t>& rows) {
  return integers(db, "SELECT id FROM mentions WHERE event_id = ? ORDER BY id", {event}, rows);
}

std::optional<StoreError> event_exists(sql::Connection& db, std::int64_t id, bool& exists) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT id FROM events WHERE id = ?", {id}, found)) return error;
  exists = !found.empty();
  return std::nullopt;
}

std::optional<StoreError> event_of_mention(sql::Connection& db, std::int64_t mention, std::int64_t& event) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT event_id FROM mentions WHERE id = ? AND event_id IS NOT NULL", {mention}, found))
    return error;
  if (found.empty()) return fail("mention " + std::to_string(mention) + " has no event after the merge");
  event = found.front();
  return std::nullopt;
}

// An event's pins as JSON (null when it has none), for the log.
std::optional<StoreError> pins_of(sql::Connection& db, std::int64_t id, json& pins) {
  pins = nullptr;
  sql::Statement* statement =
      db.prepare("SELECT headline, date_value, hidden, shaped FROM event_curation WHERE event_id = ?");
  if (!statement) return fail(db.last_error());
  statement->bind(1, id);
  if (statement->step()) {
    pins = {{"headline", statement->is_null(0) ? json(nullptr) : json(statement->text(0))},
            {"date", statement->is_null(1) ? json(nullptr) : json(statement->text(1))},
            {"hidden", statement->integer(2)},
            {"shaped", statement->integer(3)}};
  }
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return fail(detail);
  return std::nullopt;
}

std::optional<StoreError> restore_pins(sql::Connection& db, std::int64_t id, const json& pins) {
  if (pins.is_null()) return run(db, "DELETE FROM event_curation WHERE event_id = ?", {id});
  sql::Statement* statement = db.prepare(
      "INSERT OR REPLACE INTO event_curation(event_id, headline, date_value, hidden, shaped) VALUES (?, ?, ?, ?, ?)");
  if (!statement) return fail(db.last_error());
  statement->bind(1, id);
  if (pins["headline"].is_null()) statement->bind_null(2);
  else statement->bind(2, pins["headline"].get<std::string>());
  if (pins["date"].is_null()) statement->bind_null(3);
  else statement->bind(3, pins["date"].get<std::string>());
  statement->bind(4, pins["hidden"].get<std::int64_t>()).bind(5, pins["shaped"].get<std::int64_t>());
  if (auto failed = statement->run()) return fail(*failed);
  return std::nullopt;
}

// One action's record: pins before, links added or removed, names joined, mentions to rebuild.
struct Undo {
  json pins = json::array();      // [{"event": id, "before": pins or null}]
  json joins_added = json::array();
  json joins_removed = json::array();
  json apart_added = json::array();
  json names = json::array();      // [{"alias": a, "before": name or null}]
  json seeds = json::array();      // mention identities whose events the undo rebuilds

  std::optional<StoreError> keep_pins(sql::Connection& db, std::int64_t id) {
    for (const json& kept : pins) {
      if (kept["event"] == id) return std::nullopt;  // the first state is the one to restore
    }
    json before;
    if (auto error = pins_of(db, id, before)) return error;
    pins.push_back({{"event", id}, {"before", before}});
    return std::nullopt;
  }
  std::optional<StoreError> keep_seeds(sql::Connection& db, const std::vector<std::int64_t>& rows) {
    for (const std::int64_t row : rows) {
      std::string identity;
      if (auto error = identity_of_row(db, row, identity)) return error;
      seeds.push_back(identity);
    }
    return std::nullopt;
  }
  json to_json() const {
    return {{"pins", pins}, {"joins_added", joins_added}, {"joins_removed", joins_removed},
            {"apart_added", apart_added}, {"names", names}, {"seeds", seeds}};
  }
};

std::optional<StoreError> log_action(sql::Connection& db, const std::string& action, std::int64_t event,
                                     const Undo& undo) {
  return run(db, "INSERT INTO curation_log(action, event_id, at, undo) VALUES (?, ?, ?, ?)",
             {action, event, now_utc(), undo.to_json().dump(-1, ' ', false, json::error_handler_t::replace)});
}

// "2015" -> year, "2015-05" -> month, "2015-05-20" -> day; nullopt for anything else.
std::optional<events::EventDate> pinned_date(const std::string& value) {
  using temporal::Granularity;
  const Granularity granularity = value.size() == 4    ? Granularity::kYear
                                  : value.size() == 7  ? Granularity::kMonth
                                  : value.size() == 10 ? Granularity::kDay
                                                       : Granularity::kNone;
  if (granularity == Granularity::kNone) return std::nullopt;
  const auto start = parse_iso_bound(value, true);
  const auto end = parse_iso_bound(value, false);
  if (!start || !end) return std::nullopt;
  return events::EventDate{value, granularity, format_seconds(*start), format_seconds(*end), *start, *end};
}

// Disjoint sets over piece keys, for grouping.
struct Pieces {
  std::map<std::int64_t, std::int64_t> parent;
  std::int64_t find(std::int64_t key) {
    auto [at, added] = parent.emplace(key, key);
    if (added || at->second == key) return key;
    const std::int64_t root = find(at->second);
    parent[key] = root;
    return root;
  }
  void unite(std::int64_t a, std::int64_t b) {
    const std::int64_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
};

}  // namespace

std::optional<std::string> add_curation_tables(sql::Connection& db) { return db.exec(kCurationTables); }

std::string mention_identity(const events::Mention& m) {
  return m.article_hash + '\x1f' + std::to_string(m.timex.begin) + '\x1f' + std::to_string(m.timex.end) + '\x1f' +
         std::to_string(m.trigger.begin) + '\x1f' + std::to_string(m.trigger.end);
}

std::optional<StoreError> has_mention_links(sql::Connection& db, bool& any) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT EXISTS(SELECT 1 FROM mention_joins) OR EXISTS(SELECT 1 FROM mention_apart)", {},
                            found)) {
    return error;
  }
  any = !found.empty() && found.front() != 0;
  return std::nullopt;
}

std::optional<StoreError> any_hidden(sql::Connection& db, bool& any) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT EXISTS(SELECT 1 FROM event_curation WHERE hidden = 1)", {}, found)) return error;
  any = !found.empty() && found.front() != 0;
  return std::nullopt;
}

std::optional<StoreError> any_curation(sql::Connection& db, bool& any) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT EXISTS(SELECT 1 FROM event_curation)", {}, found)) return error;
  any = !found.empty() && found.front() != 0;
  return std::nullopt;
}

std::optional<StoreError> curated_groups(sql::Connection& db, const MergeState& merge,
                                         const std::vector<std::int64_t>& seeds,
                                         std::vector<std::vector<std::int64_t>>& groups) {
  groups.clear();
  // Gather: the merge's event, the stored event and the must-join partners of every mention met.
  std::set<std::int64_t> gathered;
  std::vector<std::pair<std::int64_t, std::int64_t>> joins;
  std::vector<std::int64_t> queue(seeds.begin(), seeds.end());
  std::vector<std::int64_t> rows;
  std::vector<std::string> partners;
  while (!queue.empty()) {
    const std::int64_t mention = queue.back();
    queue.pop_back();
    if (!gathered.insert(mention).second) continue;
    const auto node = merge.node_of.find(mention);
    if (node != merge.node_of.end()) {
      for (const auto member : merge.index->members(merge.index->event_of(node->second)))
        queue.push_back(merge.mention_ids.at(member));
    }
    if (auto error = integers(db, "SELECT id FROM mentions WHERE event_id = (SELECT event_id FROM mentions WHERE id = ?)",
                              {mention}, rows)) {
      return error;
    }
    queue.insert(queue.end(), rows.begin(), rows.end());
    std::string identity;
    if (auto error = identity_of_row(db, mention, identity)) return error;
    if (auto error = texts(db, "SELECT b FROM mention_joins WHERE a = ?1 UNION SELECT a FROM mention_joins WHERE b = ?1",
                           {identity}, partners)) {
      return error;
    }
    for (const std::string& partner : partners) {
      std::optional<std::int64_t> row;
      if (auto error = row_of_identity(db, partner, row)) return error;
      if (!row) continue;  // the other mention is not stored (any more): nothing to join
      joins.emplace_back(mention, *row);
      queue.push_back(*row);
    }
  }
  // Group: each mention's piece is its merge event, or itself alone when kept apart.
  Pieces pieces;
  std::map<std::int64_t, std::int64_t> piece_of;
  for (const std::int64_t mention : gathered) {
    std::string identity;
    if (auto error = identity_of_row(db, mention, identity)) return error;
    std::vector<std::int64_t> apart;
    if (auto error = integers(db, "SELECT 1 FROM mention_apart WHERE mention = ?", {identity}, apart)) return error;
    const auto node = merge.node_of.find(mention);
    // Merge events are named by a node (>= 0); a mention apart is a piece named -1 - its row.
    piece_of[mention] = apart.empty() && node != merge.node_of.end()
                            ? static_cast<std::int64_t>(merge.index->event_of(node->second))
                            : -1 - mention;
    pieces.find(piece_of[mention]);
  }
  for (const auto& [a, b] : joins) pieces.unite(piece_of.at(a), piece_of.at(b));
  std::map<std::int64_t, std::vector<std::int64_t>> by_root;
  for (const auto& [mention, piece] : piece_of) by_root[pieces.find(piece)].push_back(mention);
  for (auto& [root, members] : by_root) groups.push_back(std::move(members));
  return std::nullopt;
}

std::optional<StoreError> move_pins(sql::Connection& db, std::int64_t from, std::int64_t to) {
  json moving, kept;
  if (auto error = pins_of(db, from, moving)) return error;
  if (moving.is_null()) return std::nullopt;
  if (auto error = pins_of(db, to, kept)) return error;
  if (!kept.is_null() && (!kept["headline"].is_null() || !kept["date"].is_null() || kept["hidden"] != 0)) {
    return std::nullopt;
  }
  const std::int64_t shaped = moving["shaped"].get<std::int64_t>() | (kept.is_null() ? 0 : kept["shaped"].get<std::int64_t>());
  if (auto error = run(db, "DELETE FROM event_curation WHERE event_id = ?", {to})) return error;
  return run(db, "UPDATE event_curation SET event_id = ?, shaped = ? WHERE event_id = ?", {to, shaped, from});
}

std::optional<StoreError> apply_pins(sql::Connection& db, events::Event& event) {
  sql::Statement* statement = db.prepare("SELECT headline, date_value FROM event_curation WHERE event_id = ?");
  if (!statement) return fail(db.last_error());
  statement->bind(1, event.id);
  if (statement->step()) {
    if (!statement->is_null(0)) event.headline = statement->text(0);
    if (!statement->is_null(1)) {
      if (const auto date = pinned_date(statement->text(1))) event.date = *date;
    }
  }
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return fail(detail);
  return std::nullopt;
}

std::optional<StoreError> read_mark(sql::Connection& db, std::int64_t id, CurationMark& mark) {
  mark = {};
  sql::Statement* statement =
      db.prepare("SELECT headline IS NOT NULL OR date_value IS NOT NULL OR shaped, hidden FROM event_curation "
                 "WHERE event_id = ?");
  if (!statement) return fail(db.last_error());
  statement->bind(1, id);
  if (statement->step()) mark = {statement->integer(0) != 0, statement->integer(1) != 0};
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return fail(detail);
  return std::nullopt;
}

// Every action: the write lock, one transaction, the merge index ready; `act` does the work.
template <typename Act>
std::optional<StoreError> curate(Store::Impl& impl, Act&& act) {
  const std::lock_guard lock(impl.write_mutex);
  sql::Connection& db = *impl.writer;
  sql::Transaction transaction(db, sql::Transaction::Kind::kWrite);
  if (const auto& failed = transaction.begin_error()) return fail(*failed);
  if (auto error = ensure_merge_index(db, impl.merge)) return error;
  if (auto error = act(db)) return error;  // rolled back as the transaction goes out of scope
  if (auto failed = transaction.commit()) return fail(*failed);
  impl.writes.fetch_add(1);
  return std::nullopt;
}

std::optional<StoreError> Store::edit_event(std::int64_t id, const EventEdit& edit) {
  std::optional<std::string> headline, date;
  if (edit.headline) {
    headline = trimmed(*edit.headline);
    if (headline->size() > kMaxHeadline) return bad("a headline is at most 1000 bytes");
  }
  if (edit.date) {
    date = trimmed(*edit.date);
    if (!date->empty() && !pinned_date(*date)) {
      return bad("a date is a year (2015), a month (2015-05) or a day (2015-05-20)");
    }
  }
  if (!headline && !date) return bad("give a headline, a date or both");
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    bool exists = false;
    if (auto error = event_exists(db, id, exists)) return error;
    if (!exists) return unknown_event(id);
    Undo undo;
    if (auto error = undo.keep_pins(db, id)) return error;
    std::vector<std::int64_t> mentions;
    if (auto error = mentions_of_event(db, id, mentions)) return error;
    if (auto error = undo.keep_seeds(db, mentions)) return error;
    if (auto error = run(db, "INSERT OR IGNORE INTO event_curation(event_id) VALUES (?)", {id})) return error;
    // "" unpins: NULL gives the machine's value back.
    const auto pin = [&](const char* column, const std::optional<std::string>& value) -> std::optional<StoreError> {
      if (!value) return std::nullopt;
      const std::string set = std::string("UPDATE event_curation SET ") + column;
      if (value->empty()) return run(db, set + " = NULL WHERE event_id = ?", {id});
      return run(db, set + " = ? WHERE event_id = ?", {*value, id});
    };
    if (auto error = pin("headline", headline)) return error;
    if (auto error = pin("date_value", date)) return error;
    if (auto error = log_action(db, "edit", id, undo)) return error;
    return rebuild_around(db, impl_->merge, mentions);
  });
}

std::optional<StoreError> Store::hide_event(std::int64_t id, bool hidden) {
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    bool exists = false;
    if (auto error = event_exists(db, id, exists)) return error;
    if (!exists) return unknown_event(id);
    Undo undo;
    if (auto error = undo.keep_pins(db, id)) return error;
    if (auto error = run(db, "INSERT OR IGNORE INTO event_curation(event_id) VALUES (?)", {id})) return error;
    if (auto error = run(db, "UPDATE event_curation SET hidden = ? WHERE event_id = ?", {std::int64_t{hidden}, id}))
      return error;
    return log_action(db, hidden ? "hide" : "unhide", id, undo);
  });
}

std::optional<StoreError> Store::merge_events(std::int64_t a, std::int64_t b, std::int64_t& merged) {
  if (a == b) return bad("an event cannot be merged with itself");
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    std::vector<std::int64_t> of_a, of_b;
    if (auto error = mentions_of_event(db, a, of_a)) return error;
    if (of_a.empty()) return unknown_event(a);
    if (auto error = mentions_of_event(db, b, of_b)) return error;
    if (of_b.empty()) return unknown_event(b);
    Undo undo;
    if (auto error = undo.keep_seeds(db, of_a)) return error;
    if (auto error = undo.keep_seeds(db, of_b)) return error;
    // Both as they are now: the rebuild may move the pins of the id that goes away (move_pins).
    if (auto error = undo.keep_pins(db, a)) return error;
    if (auto error = undo.keep_pins(db, b)) return error;
    // One must-join between a mention of each is enough: the rest of each follows its own.
    std::string first, second;
    if (auto error = identity_of_row(db, of_a.front(), first)) return error;
    if (auto error = identity_of_row(db, of_b.front(), second)) return error;
    if (second < first) std::swap(first, second);
    if (auto error = run(db, "INSERT OR IGNORE INTO mention_joins(a, b) VALUES (?, ?)", {first, second})) return error;
    undo.joins_added.push_back({first, second});
    std::vector<std::int64_t> seeds = of_a;
    seeds.insert(seeds.end(), of_b.begin(), of_b.end());
    if (auto error = rebuild_around(db, impl_->merge, seeds)) return error;
    if (auto error = event_of_mention(db, of_a.front(), merged)) return error;
    if (auto error = undo.keep_pins(db, merged)) return error;
    if (auto error = run(db, "INSERT OR IGNORE INTO event_curation(event_id) VALUES (?)", {merged})) return error;
    if (auto error = run(db, "UPDATE event_curation SET shaped = 1 WHERE event_id = ?", {merged})) return error;
    return log_action(db, "merge", merged, undo);
  });
}

std::optional<StoreError> Store::split_source(std::int64_t id, std::size_t source_index, std::int64_t& split_off) {
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    std::vector<std::string> sources;
    if (auto error = texts(db, "SELECT sources FROM events WHERE id = ?", {id}, sources)) return error;
    if (sources.empty()) return unknown_event(id);
    std::vector<std::int64_t> ids;
    for (std::size_t at = 0; at < sources.front().size();) {
      const std::size_t space = sources.front().find(' ', at);
      ids.push_back(std::stoll(sources.front().substr(at, space - at)));
      at = space == std::string::npos ? sources.front().size() : space + 1;
    }
    if (ids.size() < 2) return bad("an event with one source has nothing to split off");
    if (source_index >= ids.size()) {
      return bad("source must be a position in the event's sources, from 0 to " + std::to_string(ids.size() - 1));
    }
    const std::int64_t mention = ids[source_index];
    Undo undo;
    if (auto error = undo.keep_seeds(db, ids)) return error;
    std::string identity;
    if (auto error = identity_of_row(db, mention, identity)) return error;
    // Joins the user made through this mention would pull it back in: they go (and come back on undo).
    sql::Statement* joined = db.prepare("SELECT a, b FROM mention_joins WHERE a = ?1 OR b = ?1");
    if (!joined) return fail(db.last_error());
    joined->bind(1, identity);
    while (joined->step()) undo.joins_removed.push_back({joined->text(0), joined->text(1)});
    if (!joined->ok()) return fail(joined->error());
    if (auto error = run(db, "DELETE FROM mention_joins WHERE a = ?1 OR b = ?1", {identity})) return error;
    if (auto error = run(db, "INSERT OR IGNORE INTO mention_apart(mention) VALUES (?)", {identity})) return error;
    undo.apart_added.push_back(identity);
    if (auto error = rebuild_around(db, impl_->merge, ids)) return error;
    if (auto error = event_of_mention(db, mention, split_off)) return error;
    std::int64_t rest = 0;
    if (auto error = event_of_mention(db, ids[source_index == 0 ? 1 : 0], rest)) return error;
    for (const std::int64_t event : {split_off, rest}) {
      if (auto error = undo.keep_pins(db, event)) return error;
      if (auto error = run(db, "INSERT OR IGNORE INTO event_curation(event_id) VALUES (?)", {event})) return error;
      if (auto error = run(db, "UPDATE event_curation SET shaped = 1 WHERE event_id = ?", {event})) return error;
    }
    // The source taken out was the event's earliest, so the id went with it: the pins the user
    // put on the event stay with the rest of it, which is rebuilt to show them.
    if (split_off == id) {
      if (auto error = run(db,
                           "UPDATE event_curation SET (headline, date_value, hidden) = (SELECT headline, date_value, "
                           "hidden FROM event_curation WHERE event_id = ?1) WHERE event_id = ?2",
                           {id, rest})) {
        return error;
      }
      if (auto error = run(db, "UPDATE event_curation SET headline = NULL, date_value = NULL, hidden = 0 WHERE event_id = ?",
                           {id})) {
        return error;
      }
      if (auto error = rebuild_around(db, impl_->merge, ids)) return error;
    }
    return log_action(db, "split", split_off, undo);
  });
}

std::optional<StoreError> Store::join_entity_names(const std::string& name_text, const std::string& alias_text) {
  const std::string name = trimmed(name_text), alias = trimmed(alias_text);
  if (name.empty() || alias.empty()) return bad("give both names: the one to keep and the one to list under it");
  if (name.size() > kMaxName || alias.size() > kMaxName) return bad("a name is at most 200 bytes");
  const auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  if (lower(name) == lower(alias)) return bad("the two names are the same");
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    Undo undo;
    std::vector<std::string> before;
    if (auto error = texts(db, "SELECT name FROM entity_joins WHERE alias = ?", {alias}, before)) return error;
    undo.names.push_back({{"alias", alias}, {"before", before.empty() ? json(nullptr) : json(before.front())}});
    // A name that was itself listed under another follows it: no chains to walk when reading.
    if (auto error = run(db, "INSERT OR REPLACE INTO entity_joins(alias, name) VALUES (?, ?)", {alias, name}))
      return error;
    return log_action(db, "join-names", 0, undo);
  });
}

std::optional<StoreError> Store::undo_curation(CurationEntry& undone) {
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    sql::Statement* newest = db.prepare("SELECT id, action, event_id, at, undo FROM curation_log ORDER BY id DESC LIMIT 1");
    if (!newest) return fail(db.last_error());
    if (!newest->step()) {
      const bool ok = newest->ok();
      const std::string detail = newest->error();
      newest->reset();
      if (!ok) return fail(detail);
      return StoreError{"there is nothing to undo", false, true};
    }
    undone = {newest->integer(0), newest->text(1), newest->integer(2), newest->text(3)};
    const json undo = json::parse(newest->text(4), nullptr, false);
    newest->reset();
    if (undo.is_discarded()) return fail("curation log entry " + std::to_string(undone.id) + " cannot be read");
    try {
      for (const json& pins : undo.at("pins")) {
        if (auto error = restore_pins(db, pins.at("event").get<std::int64_t>(), pins.at("before"))) return error;
      }
      for (const json& pair : undo.at("joins_added")) {
        if (auto error = run(db, "DELETE FROM mention_joins WHERE a = ? AND b = ?",
                             {pair.at(0).get<std::string>(), pair.at(1).get<std::string>()})) {
          return error;
        }
      }
      for (const json& pair : undo.at("joins_removed")) {
        if (auto error = run(db, "INSERT OR IGNORE INTO mention_joins(a, b) VALUES (?, ?)",
                             {pair.at(0).get<std::string>(), pair.at(1).get<std::string>()})) {
          return error;
        }
      }
      for (const json& mention : undo.at("apart_added")) {
        if (auto error = run(db, "DELETE FROM mention_apart WHERE mention = ?", {mention.get<std::string>()}))
          return error;
      }
      for (const json& name : undo.at("names")) {
        const std::string alias = name.at("alias").get<std::string>();
        const auto failed = name.at("before").is_null()
                                ? run(db, "DELETE FROM entity_joins WHERE alias = ?", {alias})
                                : run(db, "INSERT OR REPLACE INTO entity_joins(alias, name) VALUES (?, ?)",
                                      {alias, name.at("before").get<std::string>()});
        if (failed) return failed;
      }
      std::vector<std::int64_t> seeds;
      for (const json& identity : undo.at("seeds")) {
        std::optional<std::int64_t> row;
        if (auto error = row_of_identity(db, identity.get<std::string>(), row)) return error;
        if (row) seeds.push_back(*row);
      }
      if (auto error = run(db, "DELETE FROM curation_log WHERE id = ?", {undone.id})) return error;
      if (seeds.empty()) return std::nullopt;
      return rebuild_around(db, impl_->merge, seeds);
    } catch (const json::exception&) {
      return fail("curation log entry " + std::to_string(undone.id) + " cannot be read");
    }
  });
}

std::optional<StoreError> Store::curation_log(std::size_t limit, std::vector<CurationEntry>& entries) {
  entries.clear();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement =
      reader.get()->prepare("SELECT id, action, event_id, at FROM curation_log ORDER BY id DESC LIMIT ?");
  if (!statement) return fail(reader.get()->last_error());
  statement->bind(1, static_cast<std::int64_t>(limit));
  while (statement->step()) {
    entries.push_back({statement->integer(0), statement->text(1), statement->integer(2), statement->text(3)});
  }
  if (!statement->ok()) return fail(statement->error());
  return std::nullopt;
}

std::optional<StoreError> Store::orphaned_curation(std::vector<std::int64_t>& ids) {
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  return integers(*reader.get(),
                  "SELECT event_id FROM event_curation WHERE event_id NOT IN (SELECT id FROM events) ORDER BY event_id",
                  {}, ids);
}

std::optional<StoreError> Store::orphaned_pins(std::vector<OrphanedPins>& pins) {
  pins.clear();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement = reader.get()->prepare(
      "SELECT event_id, headline, date_value, hidden FROM event_curation WHERE event_id NOT IN (SELECT id FROM events) "
      "ORDER BY event_id");
  if (!statement) return fail(reader.get()->last_error());
  while (statement->step()) {
    OrphanedPins& orphan = pins.emplace_back();
    orphan.event_id = statement->integer(0);
    if (!statement->is_null(1)) orphan.headline = statement->text(1);
    if (!statement->is_null(2)) orphan.date = statement->text(2);
    orphan.hidden = statement->integer(3) != 0;
  }
  if (!statement->ok()) return fail(statement->error());
  return std::nullopt;
}

std::optional<StoreError> Store::drop_orphaned(std::int64_t id) {
  return curate(*impl_, [&](sql::Connection& db) -> std::optional<StoreError> {
    std::vector<std::int64_t> found;
    if (auto error = integers(db, "SELECT event_id FROM event_curation WHERE event_id = ? AND event_id NOT IN "
                                  "(SELECT id FROM events)", {id}, found)) {
      return error;
    }
    if (found.empty()) return StoreError{"no orphaned curation of event " + std::to_string(id), false, true};
    Undo undo;
    if (auto error = undo.keep_pins(db, id)) return error;
    if (auto error = run(db, "DELETE FROM event_curation WHERE event_id = ?", {id})) return error;
    return log_action(db, "drop", id, undo);
  });
}

std::optional<StoreError> Store::curation_mark(std::int64_t id, CurationMark& mark) {
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  return read_mark(*reader.get(), id, mark);
}

}  // namespace chronicle::store
