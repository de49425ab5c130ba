// The curation endpoints (docs/api.md, "Curation"): each POST names its action in the path and
// gives its values in a small JSON object. The write guard (request_gate.cpp) has already checked
// the header, the body type and the origin before the body was read.
#include <nlohmann/json.hpp>

#include "web/api.h"
#include "web/params.h"

namespace chronicle::web {
namespace {

using nlohmann::json;

// "/api/events/17/merge" gives id 17 and action "merge".
bool event_action(const std::string& path, std::int64_t& id, std::string& action) {
  const std::string prefix = "/api/events/";
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  const std::size_t slash = path.find('/', prefix.size());
  if (slash == std::string::npos) return false;
  action = path.substr(slash + 1);
  return parse_id(path.substr(prefix.size(), slash - prefix.size()), id);
}

// The body as a JSON object; an empty body is an empty object.
bool body_object(const httplib::Request& request, json& body, httplib::Response& response) {
  body = request.body.empty() ? json::object() : json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_error(response, 400, "the body must be a JSON object");
    return false;
  }
  return true;
}

// An optional string member; false (and a 400) when it is there but not a string.
bool string_member(const json& body, const char* name, std::optional<std::string>& value, httplib::Response& response) {
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) return true;
  if (!found->is_string()) {
    send_error(response, 400, std::string(name) + " must be a string");
    return false;
  }
  value = found->get<std::string>();
  return true;
}

bool integer_member(const json& body, const char* name, std::int64_t low, std::int64_t& value,
                    httplib::Response& response) {
  const auto found = body.find(name);
  if (found == body.end() || !found->is_number_integer() || found->get<std::int64_t>() < low) {
    send_error(response, 400, std::string(name) + " must be a whole number of at least " + std::to_string(low));
    return false;
  }
  value = found->get<std::int64_t>();
  return true;
}

json entry_json(const store::CurationEntry& entry) {
  return {{"id", entry.id}, {"action", entry.action}, {"event", entry.event_id}, {"at", entry.at}};
}

}  // namespace

void Api::post_curation(const httplib::Request& request, httplib::Response& response) {
  json body;
  if (!body_object(request, body, response)) return;
  std::int64_t id = 0;
  std::string action;
  if (request.path == "/api/curation/undo") {
    store::CurationEntry undone;
    if (auto failed = store_.undo_curation(undone)) return send_store_error(response, *failed);
    return send_json(response, {{"undone", entry_json(undone)}});
  }
  if (request.path == "/api/entities/join") {
    std::optional<std::string> name, alias;
    if (!string_member(body, "name", name, response) || !string_member(body, "alias", alias, response)) return;
    if (auto failed = store_.join_entity_names(name.value_or(""), alias.value_or("")))
      return send_store_error(response, *failed);
    return send_json(response, {{"name", *name}, {"alias", *alias}});
  }
  if (!event_action(request.path, id, action)) return send_error(response, 404, "no such API endpoint");
  if (action == "edit") {
    store::EventEdit edit;
    if (!string_member(body, "headline", edit.headline, response) || !string_member(body, "date", edit.date, response))
      return;
    if (auto failed = store_.edit_event(id, edit)) return send_store_error(response, *failed);
    return send_json(response, {{"event", id}});
  }
  if (action == "hide" || action == "unhide") {
    if (auto failed = store_.hide_event(id, action == "hide")) return send_store_error(response, *failed);
    return send_json(response, {{"event", id}, {"hidden", action == "hide"}});
  }
  if (action == "merge") {
    std::int64_t other = 0, merged = 0;
    if (!integer_member(body, "with", 1, other, response)) return;
    if (auto failed = store_.merge_events(id, other, merged)) return send_store_error(response, *failed);
    return send_json(response, {{"event", merged}});
  }
  if (action == "split") {
    std::int64_t source = 0, split_off = 0;
    if (!integer_member(body, "source", 0, source, response)) return;
    if (auto failed = store_.split_source(id, static_cast<std::size_t>(source), split_off))
      return send_store_error(response, *failed);
    return send_json(response, {{"event", split_off}});
  }
  if (action == "drop") {
    if (auto failed = store_.drop_orphaned(id)) return send_store_error(response, *failed);
    return send_json(response, {{"event", id}, {"dropped", true}});
  }
  send_error(response, 404, "no such API endpoint");
}

void Api::curation(const httplib::Request& request, httplib::Response& response) {
  std::string error;
  std::int64_t limit = 20;
  if (!read_integer(request, "limit", 1, 1000, limit, error)) return send_error(response, 400, error);
  std::vector<store::CurationEntry> entries;
  std::vector<store::OrphanedPins> orphans;
  if (auto failed = store_.curation_log(static_cast<std::size_t>(limit), entries)) return send_store_error(response, *failed);
  if (auto failed = store_.orphaned_pins(orphans)) return send_store_error(response, *failed);
  json log = json::array();
  for (const store::CurationEntry& entry : entries) log.push_back(entry_json(entry));
  json ids = json::array(), pins = json::array();
  for (const store::OrphanedPins& orphan : orphans) {
    ids.push_back(orphan.event_id);
    pins.push_back({{"event", orphan.event_id},
                    {"headline", orphan.headline ? json(*orphan.headline) : json(nullptr)},
                    {"date", orphan.date ? json(*orphan.date) : json(nullptr)},
                    {"hidden", orphan.hidden}});
  }
  send_json(response, {{"log", std::move(log)}, {"orphaned", std::move(ids)}, {"orphaned_pins", std::move(pins)}});
}

}  // namespace chronicle::web
