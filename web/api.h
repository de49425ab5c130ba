// The JSON API (docs/api.md) and the static app, as request handlers over one Store. GET requests
// are dispatched by plain string comparison (no regular expressions per request); POST
// /api/articles runs the ingest pipeline on the body. Every error is {"error": "..."} with a 4xx
// or 5xx status and a message that names the parameter, never an internal detail.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "core/store/store.h"
#include "web/static_files.h"
#include "web/stored_documents.h"

namespace chronicle::web {

class Api {
 public:
  Api(store::Store& store, StaticFiles static_files) : store_(store), static_files_(std::move(static_files)) {}

  // GET and HEAD: answers the request and returns true, or false when it is not a GET route.
  bool handle_get(const httplib::Request& request, httplib::Response& response);
  // POST /api/articles.
  void post_article(const httplib::Request& request, httplib::Response& response);
  // POST /api/events/{id}/edit|hide|unhide|merge|split, /api/entities/join, /api/curation/undo
  // (web/curation_api.cpp): the user's curation, behind the same write guard as uploads.
  void post_curation(const httplib::Request& request, httplib::Response& response);
  // POST /api/views (save) and /api/views/{id}/delete (web/views_api.cpp).
  void post_view(const httplib::Request& request, httplib::Response& response);

 private:
  void events(const httplib::Request& request, httplib::Response& response);
  void event(const std::string& id, httplib::Response& response);
  void articles(const httplib::Request& request, httplib::Response& response);
  void article(const std::string& id, httplib::Response& response);
  void histogram(const httplib::Request& request, httplib::Response& response);
  void entities(const httplib::Request& request, httplib::Response& response);
  void related(const httplib::Request& request, httplib::Response& response);
  void export_events(const httplib::Request& request, httplib::Response& response);
  void curation(const httplib::Request& request, httplib::Response& response);
  void views(const std::string& tail, httplib::Response& response);  // "" lists them; else one id
  void static_file(const httplib::Request& request, httplib::Response& response);

  store::Store& store_;
  StaticFiles static_files_;
  StoredDocuments stored_documents_;
};

// Writes {"error": message} with `status`.
void send_error(httplib::Response& response, int status, const std::string& message);
void send_json(httplib::Response& response, const nlohmann::json& document);
// A store error as its status (404 unknown, 400 bad input, 500 otherwise) and message.
void send_store_error(httplib::Response& response, const store::StoreError& error);

}  // namespace chronicle::web
