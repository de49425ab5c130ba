// Private to core/store: the state behind Store and the helpers its files share.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/store/sqlite.h"
#include "core/store/store.h"

namespace chronicle::store {

// One writer connection, serialized by a mutex, and a pool of reader connections, one per thread
// at a time: in WAL mode readers see the last committed batch while a new one is written.
struct Store::Impl {
  std::string path;
  std::mutex write_mutex;
  std::unique_ptr<sql::Connection> writer;
  std::mutex pool_mutex;
  std::vector<std::unique_ptr<sql::Connection>> idle_readers;
};

// Borrows a reader connection for the scope of one call.
class ReaderLease {
 public:
  ReaderLease(Store::Impl& impl, std::optional<StoreError>& error);
  ~ReaderLease();
  ReaderLease(const ReaderLease&) = delete;
  ReaderLease& operator=(const ReaderLease&) = delete;
  sql::Connection* get() { return connection_.get(); }

 private:
  Store::Impl& impl_;
  std::unique_ptr<sql::Connection> connection_;
};

// A statement's parameters, bound in order.
using SqlValue = std::variant<std::int64_t, double, std::string>;
void bind_all(sql::Statement& statement, const std::vector<SqlValue>& values);

inline StoreError internal_error(const std::string& what, const std::string& detail) {
  return StoreError{what + ": " + detail, false};
}

}  // namespace chronicle::store
