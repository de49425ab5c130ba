// The JSON API's parameter parsing and handlers, without sockets: a request is built the way
// cpp-httplib builds it (the query string decoded by httplib::detail::parse_query_text) and handed
// to web::Api::handle_get over a temporary database filled from the seeds. The flags byte picks the
// route, the option line is an id or path tail, the document is the raw query string. A hostile
// request gets a 2xx or 4xx answer (never 5xx), and every JSON answer is valid JSON.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz/fuzz_database.h"
#include "fuzz/fuzz_input.h"
#include "web/api.h"
#include "web/static_files.h"

namespace {

std::string route(std::uint8_t flags, std::string_view tail) {
  static constexpr const char* kRoutes[] = {"/api/events", "/api/events/",  "/api/articles", "/api/articles/",
                                            "/api/histogram", "/api/entities", "/api/related", "/api/export",
                                            "/api/",          "/"};
  const std::string base = kRoutes[flags % 10];
  return base.ends_with('/') ? base + std::string(tail) : base;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  static web::Api api(fuzz::seeded_database(), web::StaticFiles(CHRONICLE_FUZZ_STATIC_ROOT));
  const fuzz::Input input = fuzz::split_input(data, size);
  httplib::Request request;
  request.method = "GET";
  request.path = route(input.flags, input.option);
  const std::string query(input.document);
  request.target = request.path + (query.empty() ? "" : "?" + query);
  httplib::detail::parse_query_text(query, request.params);
  httplib::Response response;
  if (!api.handle_get(request, response)) return 0;
  if (response.status >= 500) {
    fuzz::require_no_problem("status " + std::to_string(response.status) + " for " + request.target + ": " + response.body,
                             "web::Api");
  }
  if (response.get_header_value("Content-Type").starts_with("application/json") &&
      !nlohmann::json::accept(response.body)) {
    fuzz::require_no_problem("invalid JSON answer for " + request.target, "web::Api");
  }
  return 0;
}
