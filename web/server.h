// web: the embedded HTTP server. JSON API under /api/ (see docs/api.md), the browser app from the
// static root at /. Binds 127.0.0.1 unless told otherwise.
#pragma once

#include <cstddef>
#include <string>

namespace chronicle::web {

struct ServeOptions {
  std::string db_path;                      // the SQLite file to serve
  std::string host = "127.0.0.1";
  int port = 8080;                          // 0 = pick a free port
  std::string static_root;                  // "" = the built-in default (the source tree's static/)
  std::size_t max_body_bytes = 20u << 20;   // larger request bodies get 413
};

// Serves until SIGINT/SIGTERM. Prints "Serving http://HOST:PORT" on stdout once listening.
// Returns a process exit code; on failure writes a one-line message to stderr.
int serve(const ServeOptions& options);

}  // namespace chronicle::web
