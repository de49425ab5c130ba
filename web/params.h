// Reading and validating query parameters. Every reader returns false with a message fit for a
// 400 answer when the value is malformed or out of range; absent parameters keep the default.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <string>

#include "core/store/store.h"

namespace chronicle::web {

// An integer in [low, high] from parameter `name`.
bool read_integer(const httplib::Request& request, const std::string& name, std::int64_t low, std::int64_t high,
                  std::int64_t& value, std::string& error);

// A number in [low, high] from parameter `name`.
bool read_number(const httplib::Request& request, const std::string& name, double low, double high, double& value,
                 std::string& error);

// The filters shared by /api/events, /api/histogram and /api/export: from, to, q, entity, source,
// article, min_confidence (from/to and cursor are checked by the store). limit is read elsewhere.
bool read_event_filters(const httplib::Request& request, store::EventQuery& query, std::string& error);

// A path segment that must be a positive id ("17"); false for anything else.
bool parse_id(const std::string& text, std::int64_t& id);

}  // namespace chronicle::web
