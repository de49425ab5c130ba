// Saved views, private to core/store: the schema step that adds their table (saved_views.cpp).
#pragma once

#include <optional>
#include <string>

#include "core/store/sqlite.h"

namespace chronicle::store {

std::optional<std::string> add_saved_views_table(sql::Connection& db);

}  // namespace chronicle::store
