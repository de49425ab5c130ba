// web: the embedded HTTP server. JSON API under /api/ (see docs/api.md), the browser app from the
// static root at /. Binds 127.0.0.1 unless told otherwise.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace chronicle::web {

struct ServeOptions {
  std::string db_path;                      // the SQLite file to serve
  std::string host = "127.0.0.1";
  int port = 8080;                          // 0 = pick a free port
  std::string static_root;                  // "" = the app built into the binary; else a folder
  std::size_t max_body_bytes = 20u << 20;   // larger request bodies get 413
  // Request threads. An open connection holds one for as long as it is open (httplib 0.11), so
  // there are many, and idle keep-alive connections are let go after `keep_alive_seconds`.
  std::size_t threads = 64;
  int read_timeout_seconds = 5;            // for each read of a request (not the whole request)
  int write_timeout_seconds = 10;          // for each write of an answer
  int keep_alive_seconds = 2;              // an idle connection is closed after this
  std::vector<std::string> allowed_hosts;  // Host names answered besides the bound address, localhost
  std::vector<std::string> embed_origins;  // origins that may frame the app, besides its own
};

// A running server: bound and answering on background threads from start() until stop() or
// destruction. serve() is this plus waiting for a signal; tests and embedders use it directly.
class Server {
 public:
  // Opens the database, binds and starts answering. nullptr and a one-line `error` on failure.
  static std::unique_ptr<Server> start(const ServeOptions& options, std::string& error);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;  // the bound port (the real one when options.port was 0)
  void stop();       // stops answering and waits for the threads; idempotent

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Serves until SIGINT/SIGTERM. Prints "Serving http://HOST:PORT" on stdout once listening.
// Returns a process exit code; on failure writes a one-line message to stderr.
int serve(const ServeOptions& options);

}  // namespace chronicle::web
