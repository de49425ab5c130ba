#include "core/store/store.h"

#include "core/store/facts.h"
#include "core/store/reprints.h"
#include "core/store/schema.h"
#include "core/store/store_impl.h"
#include "core/store/time_window.h"

namespace chronicle::store {

ReaderLease::ReaderLease(Store::Impl& impl, std::optional<StoreError>& error) : impl_(impl) {
  {
    const std::lock_guard lock(impl_.pool_mutex);
    if (!impl_.idle_readers.empty()) {
      reader_ = std::move(impl_.idle_readers.back());
      impl_.idle_readers.pop_back();
      return;
    }
  }
  std::string message;
  auto connection = sql::Connection::open(impl_.path, false, message);
  if (!connection) {
    error = internal_error("cannot open the database for reading", message);
    return;
  }
  // Readers map the file instead of copying its pages into a cache of their own: every reader
  // shares the operating system's copy, and a page of events whose sources are scattered over
  // the file (an event told by a thousand articles) costs no read call per row. SQLite caps the
  // size (2 GB in Debian's build); the rest of a larger file is read as before.
  if (auto failed = connection->exec("PRAGMA mmap_size=" + std::to_string(kReaderMapBytes))) {
    error = internal_error("cannot open the database for reading", *failed);
    return;
  }
  reader_ = std::make_unique<Reader>();
  reader_->connection = std::move(connection);
  // Its first look: from now on it tells the shared word lists of the commits it sees.
  bool committed = false;
  if (auto failed = look_for_commits(*reader_, impl_.term_lists, committed)) {
    reader_.reset();
    error = failed;
  }
}

std::optional<std::int64_t> data_version(sql::Connection& db) {
  sql::Statement* statement = db.prepare("PRAGMA data_version");
  if (!statement || !statement->step()) return std::nullopt;
  const std::int64_t version = statement->integer(0);
  statement->reset();
  return version;
}

std::optional<StoreError> look_for_commits(Reader& reader, TermEvents& terms, bool& committed) {
  committed = false;
  const auto version = data_version(*reader.connection);
  if (!version) return internal_error("reading the database", reader.connection->last_error());
  if (*version != reader.data_version) {
    reader.data_version = *version;
    terms.epoch.fetch_add(1);
    committed = true;
  }
  return std::nullopt;
}

ReaderLease::~ReaderLease() {
  if (!reader_) return;
  reader_->connection->reset_all();
  const std::lock_guard lock(impl_.pool_mutex);
  impl_.idle_readers.push_back(std::move(reader_));
}

void bind_all(sql::Statement& statement, const std::vector<SqlValue>& values) {
  int index = 1;
  for (const SqlValue& value : values) {
    std::visit([&](const auto& v) { statement.bind(index, v); }, value);
    ++index;
  }
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

std::unique_ptr<Store> Store::open(const std::string& path, StoreError& error) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  std::string message;
  impl->writer = sql::Connection::open(path, true, message);
  if (!impl->writer) {
    error = StoreError{"cannot open the database: " + message, false};
    return nullptr;
  }
  if (auto failed = migrate(*impl->writer)) {
    error = StoreError{*failed, false};
    return nullptr;
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

std::optional<StoreError> Store::has_article(const std::string& content_hash, bool& stored) {
  stored = false;
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement = reader.get()->prepare("SELECT 1 FROM articles WHERE content_hash = ?");
  if (!statement) return internal_error("looking up an article", reader.get()->last_error());
  statement->bind(1, content_hash);
  stored = statement->step();
  const bool ok = statement->ok();
  const std::string message = statement->error();
  statement->reset();
  if (!ok) return internal_error("looking up an article", message);
  return std::nullopt;
}

std::optional<StoreError> Store::list_articles(std::size_t limit, const std::string& cursor, ArticlePage& page) {
  page = {};
  std::int64_t after = 0;
  if (!cursor.empty()) {
    std::size_t used = 0;
    try {
      after = std::stoll(cursor, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != cursor.size() || after < 0) return StoreError{"cursor is not one this server gave out", true};
  }
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement =
      reader.get()->prepare("SELECT id, title, published, url FROM articles WHERE id > ? ORDER BY id LIMIT ?");
  if (!statement) return internal_error("listing articles", reader.get()->last_error());
  statement->bind(1, after).bind(2, sql::limit_plus_one(limit));
  while (statement->step()) {
    page.articles.push_back({statement->integer(0), statement->text(1), statement->text(2), statement->text(3)});
  }
  if (!statement->ok()) return internal_error("listing articles", statement->error());
  if (page.articles.size() > limit) {
    page.articles.resize(limit);
    page.next_cursor = std::to_string(page.articles.back().id);
  }
  return std::nullopt;
}

std::optional<StoreError> Store::get_article(std::int64_t id, std::optional<ArticleDetail>& article) {
  article.reset();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Connection& db = *reader.get();
  // One read transaction so the article, its timexes and its events come from the same snapshot.
  sql::Transaction transaction(db, sql::Transaction::Kind::kRead);
  if (const auto& failed = transaction.begin_error()) return internal_error("reading an article", *failed);
  const auto fail = [&](const std::string& detail) { return internal_error("reading an article", detail); };
  sql::Statement* head = db.prepare("SELECT id, title, published, url, text, source FROM articles WHERE id = ?");
  if (!head) return fail(db.last_error());
  head->bind(1, id);
  if (!head->step()) {
    const bool ok = head->ok();
    const std::string message = head->error();
    head->reset();
    return ok ? std::nullopt : std::optional(internal_error("reading an article", message));
  }
  ArticleDetail detail;
  detail.summary = {head->integer(0), head->text(1), head->text(2), head->text(3)};
  detail.text = head->text(4);
  detail.source = head->text(5);
  head->reset();
  std::vector<std::pair<std::int64_t, std::int64_t>> originals;
  if (auto failed = originals_of(db, {id}, originals)) return failed;
  if (!originals.empty()) detail.reprint_of = originals.front().second;
  sql::Statement* reprints = db.prepare("SELECT article_id FROM article_reprints WHERE original_id = ? ORDER BY article_id");
  if (!reprints) return fail(db.last_error());
  reprints->bind(1, id);
  while (reprints->step()) detail.reprints.push_back(reprints->integer(0));
  if (!reprints->ok()) return fail(reprints->error());

  if (auto error = read_timexes(db, id, detail.timexes)) return error;

  sql::Statement* event_ids = db.prepare(
      "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? AND event_id IS NOT NULL ORDER BY event_id");
  if (!event_ids) return fail(db.last_error());
  event_ids->bind(1, id);
  while (event_ids->step()) detail.event_ids.push_back(event_ids->integer(0));
  if (!event_ids->ok()) return fail(event_ids->error());

  sql::Statement* related = db.prepare("SELECT title, date, url FROM related_headlines WHERE article_id = ? ORDER BY id");
  if (!related) return fail(db.last_error());
  related->bind(1, id);
  while (related->step()) detail.related.push_back({related->text(0), related->text(1), related->text(2)});
  if (!related->ok()) return fail(related->error());
  if (auto failed = transaction.commit()) return fail(*failed);
  article = std::move(detail);
  return std::nullopt;
}

std::optional<StoreError> Store::entities(const std::string& prefix, std::size_t limit,
                                          std::vector<EntityCount>& result) {
  result.clear();
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Connection& db = *reader.get();
  std::string pattern;
  for (const char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  pattern += '%';
  // Names the user joined are listed once, under the kept name, counting the events of any of them
  // (an event naming both counts once). Without joins the list is read along its count index.
  sql::Statement* joins = db.prepare("SELECT EXISTS(SELECT 1 FROM entity_joins)");
  if (!joins) return internal_error("listing entities", db.last_error());
  const bool joined = joins->step() && joins->integer(0) != 0;
  joins->reset();
  // A name alone keeps its stored count; a joined group counts its distinct events, through the
  // (entity, event) index of each of its few names.
  const std::string sql =
      joined ? "SELECT COALESCE(j.name, e.name) AS shown, MIN(e.kind), CASE WHEN COUNT(*) = 1 THEN SUM(e.event_count) "
               "ELSE (SELECT COUNT(DISTINCT ee.event_id) FROM event_entities ee WHERE ee.entity_id IN "
               "(SELECT e2.id FROM entities e2 WHERE e2.name = COALESCE(j.name, e.name) AND e2.name NOT IN "
               "(SELECT alias FROM entity_joins) UNION SELECT e3.id FROM entity_joins j3 JOIN entities e3 ON "
               "e3.name = j3.alias WHERE j3.name = COALESCE(j.name, e.name) COLLATE NOCASE)) END FROM entities e "
               "LEFT JOIN entity_joins j ON j.alias = e.name WHERE e.event_count > 0 GROUP BY shown COLLATE NOCASE "
               "HAVING shown LIKE ?1 ESCAPE '\\' ORDER BY 3 DESC, shown LIMIT ?2"
             : "SELECT name, kind, event_count FROM entities WHERE event_count > 0 AND name LIKE ?1 ESCAPE '\\' "
               "ORDER BY event_count DESC, name LIMIT ?2";
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return internal_error("listing entities", db.last_error());
  statement->bind(1, pattern).bind(2, static_cast<std::int64_t>(limit));
  while (statement->step()) result.push_back({statement->text(0), statement->text(1), statement->integer(2)});
  if (!statement->ok()) return internal_error("listing entities", statement->error());
  return std::nullopt;
}

std::optional<StoreError> Store::related_headlines(const std::string& from, const std::string& to, std::size_t limit,
                                                   std::vector<RelatedItem>& result) {
  result.clear();
  const auto start = from.empty() ? std::optional<std::int64_t>(kBeginningOfTime) : parse_iso_bound(from, true);
  const auto end = to.empty() ? std::optional<std::int64_t>(kEndOfTime) : parse_iso_bound(to, false);
  if (!start || !end) return StoreError{"from and to take ISO dates such as 2016, 2016-03 or 2016-03-27", true};
  // Related headlines carry a date only ("YYYY-MM-DD"), so compare on the day.
  const std::string first_day = from.empty() ? "0000-01-01" : format_seconds(*start).substr(0, 10);
  const std::string after_day = to.empty() ? "9999-99" : format_seconds(*end + 86399).substr(0, 10);
  std::optional<StoreError> error;
  ReaderLease reader(*impl_, error);
  if (error) return error;
  sql::Statement* statement = reader.get()->prepare(
      "SELECT article_id, title, date, url FROM related_headlines WHERE date >= ? AND date < ? AND date <> '' "
      "ORDER BY date, id LIMIT ?");
  if (!statement) return internal_error("listing related headlines", reader.get()->last_error());
  statement->bind(1, first_day).bind(2, after_day).bind(3, static_cast<std::int64_t>(limit));
  while (statement->step()) {
    result.push_back({statement->integer(0), {statement->text(1), statement->text(2), statement->text(3)}});
  }
  if (!statement->ok()) return internal_error("listing related headlines", statement->error());
  return std::nullopt;
}

}  // namespace chronicle::store
