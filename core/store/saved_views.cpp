// Saved views: a named state of the app (its URL query: window, search, entity, lanes, states,
// hidden), stored so that it can be listed, reopened and shared as /?view=ID. The curated set a
// view shows is the database's curation, which every view obeys. Schema version 7, its own step.

#include "core/store/saved_views.h"
#include "core/store/store_impl.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxView = 4000;

StoreError fail(const std::string& detail) { return internal_error("saved views", detail); }

SavedView view_of_row(sql::Statement& row) {
  return {row.integer(0), row.text(1), row.text(2), row.text(3)};
}

}  // namespace

std::optional<std::string> add_saved_views_table(sql::Connection& db) {
  return db.exec(R"sql(
CREATE TABLE saved_views(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  view TEXT NOT NULL,   -- the app's URL query, "?from=...&q=..."
  saved TEXT NOT NULL);
)sql");
}

std::optional<StoreError> Store::save_view(const std::string& name_text, const std::string& view, SavedView& saved) {
  const std::string name = trimmed(name_text);
  if (name.empty() || name.size() > kMaxName) return StoreError{"a view's name is 1 to 200 bytes", true, false};
  if (view.size() > kMaxView || (!view.empty() && view.front() != '?')) {
    return StoreError{"a view is the app's URL query: \"?\" and at most 4000 bytes", true, false};
  }
  const std::lock_guard lock(impl_->write_mutex);
  sql::Connection& db = *impl_->writer;
  // A view saved again under its name is replaced (and keeps its id, so shared links still work).
  sql::Statement* statement = db.prepare(
      "INSERT INTO saved_views(name, view, saved) VALUES (?1, ?2, ?3) "
      "ON CONFLICT(name) DO UPDATE SET view = ?2, saved = ?3 RETURNING id, name, view, saved");
  if (!statement) return fail(db.last_error());
  statement->bind(1, name).bind(2, view).bind(3, now_utc());
  if (!statement->step()) {
    const std::string detail = statement->ok() ? "nothing was saved" : statement->error();
    statement->reset();
    return fail(detail);
  }
  saved = view_of_row(*statement);
  // RETURNING rows come before the change is final: run the statement to its end.
  while (statement->step()) {
  }
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return fail(detail);
  return std::nullopt;
}

std::optional<StoreError> Store::saved_views(std::vector<SavedView>& views) {
  views.clear();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement =
      reader.get()->prepare("SELECT id, name, view, saved FROM saved_views ORDER BY name COLLATE NOCASE LIMIT 1000");
  if (!statement) return fail(reader.get()->last_error());
  while (statement->step()) views.push_back(view_of_row(*statement));
  if (!statement->ok()) return fail(statement->error());
  return std::nullopt;
}

std::optional<StoreError> Store::saved_view(std::int64_t id, std::optional<SavedView>& view) {
  view.reset();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement = reader.get()->prepare("SELECT id, name, view, saved FROM saved_views WHERE id = ?");
  if (!statement) return fail(reader.get()->last_error());
  statement->bind(1, id);
  if (statement->step()) view = view_of_row(*statement);
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return fail(detail);
  return std::nullopt;
}

std::optional<StoreError> Store::delete_view(std::int64_t id) {
  const std::lock_guard lock(impl_->write_mutex);
  sql::Connection& db = *impl_->writer;
  sql::Statement* statement = db.prepare("DELETE FROM saved_views WHERE id = ?");
  if (!statement) return fail(db.last_error());
  statement->bind(1, id);
  if (auto failed = statement->run()) return fail(*failed);
  if (sqlite3_changes(db.handle()) == 0) return StoreError{"no saved view " + std::to_string(id), false, true};
  return std::nullopt;
}

}  // namespace chronicle::store
