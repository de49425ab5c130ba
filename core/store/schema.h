// The database schema as a list of migrations, applied in order on open. The schema version lives
// in PRAGMA user_version: a database at version N gets migrations N+1.. in one transaction;
// a database newer than this build is refused, never touched.
#pragma once

#include <optional>
#include <string>

#include "core/store/sqlite.h"

namespace chronicle::store {

int latest_schema_version();

// Brings the database up to `target_version` (the latest by default; tests build older databases
// with a lower one). Returns the error, if any.
std::optional<std::string> migrate(sql::Connection& connection, int target_version = latest_schema_version());

}  // namespace chronicle::store
