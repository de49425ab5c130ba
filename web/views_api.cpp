// Saved views (docs/api.md, "Saved views"): GET lists them or gives one; POST saves one or deletes
// one, behind the same write guard as every write.
#include <nlohmann/json.hpp>

#include "web/api.h"
#include "web/params.h"

namespace chronicle::web {
namespace {

using nlohmann::json;

json view_json(const store::SavedView& view) {
  return {{"id", view.id}, {"name", view.name}, {"view", view.view}, {"saved", view.saved}};
}

}  // namespace

void Api::views(const std::string& tail, httplib::Response& response) {
  if (tail.empty()) {
    std::vector<store::SavedView> views;
    if (auto failed = store_.saved_views(views)) return send_store_error(response, *failed);
    json list = json::array();
    for (const store::SavedView& view : views) list.push_back(view_json(view));
    return send_json(response, {{"views", std::move(list)}});
  }
  std::int64_t id = 0;
  if (!parse_id(tail, id)) return send_error(response, 400, "a saved view's id is a positive whole number");
  std::optional<store::SavedView> view;
  if (auto failed = store_.saved_view(id, view)) return send_store_error(response, *failed);
  if (!view) return send_error(response, 404, "no saved view " + std::to_string(id));
  send_json(response, view_json(*view));
}

void Api::post_view(const httplib::Request& request, httplib::Response& response) {
  const json body = request.body.empty() ? json::object() : json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return send_error(response, 400, "the body must be a JSON object");
  const std::string prefix = "/api/views/";
  if (request.path.size() > prefix.size()) {  // /api/views/{id}/delete
    const std::string rest = request.path.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    std::int64_t id = 0;
    if (slash == std::string::npos || rest.substr(slash) != "/delete" || !parse_id(rest.substr(0, slash), id)) {
      return send_error(response, 404, "no such API endpoint");
    }
    if (auto failed = store_.delete_view(id)) return send_store_error(response, *failed);
    return send_json(response, {{"deleted", id}});
  }
  const auto name = body.find("name");
  const auto view = body.find("view");
  if (name == body.end() || !name->is_string() || view == body.end() || !view->is_string()) {
    return send_error(response, 400, "give the view's name and its query as strings: {\"name\": ..., \"view\": \"?...\"}");
  }
  store::SavedView saved;
  if (auto failed = store_.save_view(name->get<std::string>(), view->get<std::string>(), saved))
    return send_store_error(response, *failed);
  send_json(response, view_json(saved));
}

}  // namespace chronicle::web
