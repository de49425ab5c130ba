// A thin RAII layer over the SQLite C API for the store: one Connection per thread of use, each
// with its own cache of prepared statements. Every statement is prepared with bound parameters;
// no SQL is ever built from user input. Errors come back as strings, nothing throws.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle::store::sql {

class Statement;

class Connection {
 public:
  // Opens `path` (creating it when `create`), WAL mode, foreign keys on, busy timeout set.
  static std::unique_ptr<Connection> open(const std::string& path, bool create, std::string& error);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs SQL without parameters (schema, PRAGMA, BEGIN/COMMIT). Returns the error, if any.
  std::optional<std::string> exec(std::string_view sql);

  // The cached prepared statement for `sql`, reset and with bindings cleared; nullptr on error
  // (the message is in last_error()).
  Statement* prepare(const std::string& sql);

  // Resets every cached statement, ending any read they hold open (so WAL can checkpoint).
  void reset_all();

  std::string last_error() const;
  std::int64_t last_insert_id() const;
  sqlite3* handle() { return db_; }

 private:
  explicit Connection(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

// A prepared statement. Binding indexes are 1-based as in SQLite.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind_null(int index);

  // Advances: true when a row is ready, false when done or on error (see ok()).
  bool step();
  // Runs to completion; returns the error, if any.
  std::optional<std::string> run();
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void reset();

  std::int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::string error_;
};

// A transaction that ends with its scope: rolled back (after resetting the connection's statements)
// unless commit() succeeded, so no return path can leave one open. Reads take BEGIN (one snapshot
// for every statement), writes BEGIN IMMEDIATE (the write lock first).
class Transaction {
 public:
  enum class Kind { kRead, kWrite };
  Transaction(Connection& connection, Kind kind);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  // Why BEGIN failed; nullopt when the transaction is open.
  const std::optional<std::string>& begin_error() const { return begin_error_; }
  // COMMIT's error, if any (the transaction is then rolled back).
  std::optional<std::string> commit();

 private:
  Connection& connection_;
  bool open_ = false;
  std::optional<std::string> begin_error_;
};

// The LIMIT value that fetches one row more than `limit` (to tell whether another page follows).
// Limits too large for SQLite's int64 become -1, which SQLite reads as "no limit".
inline std::int64_t limit_plus_one(std::size_t limit) {
  return limit >= static_cast<std::size_t>(INT64_MAX) ? -1 : static_cast<std::int64_t>(limit) + 1;
}

}  // namespace chronicle::store::sql
