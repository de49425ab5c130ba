// The JSON API (docs/api.md) and the static app, as request handlers over one Store. GET requests
// are dispatched by plain string comparison (no regular expressions per request); POST
// /api/articles runs the ingest pipeline on the body. Every error is {"error": "..."} with a 4xx
// or 5xx status and a message that names the parameter, never an internal detail.
#pragma once

#include <httplib.h>

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

 private:
  void events(const httplib::Request& request, httplib::Response& response);
  void event(const std::string& id, httplib::Response& response);
  void articles(const httplib::Request& request, httplib::Response& response);
  void article(const std::string& id, httplib::Response& response);
  void histogram(const httplib::Request& request, httplib::Response& response);
  void entities(const httplib::Request& request, httplib::Response& response);
  void related(const httplib::Request& request, httplib::Response& response);
  void export_events(const httplib::Request& request, httplib::Response& response);
  void static_file(const httplib::Request& request, httplib::Response& response);

  store::Store& store_;
  StaticFiles static_files_;
  StoredDocuments stored_documents_;
};

// Writes {"error": message} with `status`.
void send_error(httplib::Response& response, int status, const std::string& message);

}  // namespace chronicle::web
