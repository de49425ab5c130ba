#include "core/store/sqlite.h"

#include <mutex>

namespace chronicle::store::sql {
namespace {

// SQLite keeps memory statistics behind one process-wide mutex, taken on every allocation; nothing
// here reads them, and the ingest's writer and the server's readers allocate a lot.
void configure_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_initialize();
  });
}

}  // namespace

std::unique_ptr<Connection> Connection::open(const std::string& path, bool create, std::string& error) {
  configure_once();
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return nullptr;
  }
  std::unique_ptr<Connection> connection(new Connection(db));
  sqlite3_busy_timeout(db, 10000);
  sqlite3_extended_result_codes(db, 1);
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                              "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
    if (auto failed = connection->exec(pragma)) {
      error = *failed;
      return nullptr;
    }
  }
  return connection;
}

Connection::~Connection() {
  cache_.clear();  // statements must be finalized before the connection closes
  sqlite3_close(db_);
}

std::optional<std::string> Connection::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return std::nullopt;
  std::string error = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return error;
}

Statement* Connection::prepare(const std::string& sql) {
  const auto found = cache_.find(sql);
  if (found != cache_.end()) {
    found->second->reset();
    return found->second.get();
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
      SQLITE_OK) {
    return nullptr;
  }
  auto statement = std::make_unique<Statement>(db_, stmt);
  Statement* raw = statement.get();
  cache_.emplace(sql, std::move(statement));
  return raw;
}

void Connection::reset_all() {
  for (auto& [sql, statement] : cache_) statement->reset();
}

std::string Connection::last_error() const { return sqlite3_errmsg(db_); }
std::int64_t Connection::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) error_ = sqlite3_errmsg(db_);
  return false;
}

std::optional<std::string> Statement::run() {
  while (step()) {
  }
  if (!ok()) return error_;
  return std::nullopt;
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  error_.clear();
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return bytes ? std::string(bytes, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Transaction::Transaction(Connection& connection, Kind kind) : connection_(connection) {
  begin_error_ = connection_.exec(kind == Kind::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  open_ = !begin_error_;
}

Transaction::~Transaction() {
  if (!open_) return;
  connection_.reset_all();
  connection_.exec("ROLLBACK");
}

std::optional<std::string> Transaction::commit() {
  if (!open_) return begin_error_ ? begin_error_ : std::optional<std::string>("no transaction is open");
  connection_.reset_all();  // a statement still stepping would keep a read open past COMMIT
  auto failed = connection_.exec("COMMIT");
  if (!failed) open_ = false;  // otherwise the destructor rolls back
  return failed;
}

}  // namespace chronicle::store::sql
