#include "web/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sqlite3.h>
#include <strings.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "web/api.h"
#include "web/connections.h"
#include "web/request_gate.h"

namespace chronicle::web {
namespace {

std::string error_message_for(int status) {
  switch (status) {
    case 400: return "the request is malformed";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 411:
      return "the request needs a Content-Length";
    case 413: return "the request body is larger than the server accepts";
    case 414: return "the request line is too long";
    default: return status >= 500 ? "the server failed to answer this request" : "the request was refused";
  }
}

// Debian's httplib compresses Brotli at its highest quality, which takes about a second for the
// timeline library (126 KB) and for large API pages; gzip takes a few milliseconds. So a client that
// accepts both gets gzip. httplib hands handlers a const view of a request object it owns and
// later reads Accept-Encoding from the same object, so editing the header here is what it sees.
void offer_gzip_instead_of_brotli(const httplib::Request& request) {
  auto& headers = const_cast<httplib::Headers&>(request.headers);
  for (auto& [name, accepted] : headers) {
    if (strcasecmp(name.c_str(), "Accept-Encoding") != 0) continue;
    for (std::size_t br = accepted.find("br"); br != std::string::npos; br = accepted.find("br", br)) {
      accepted.replace(br, 2, "xx");  // "xx" names no encoding, and the length stays the same
    }
  }
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

GatePolicy gate_policy_for(const ServeOptions& options) {
  GatePolicy policy;
  policy.max_body_bytes = options.max_body_bytes;
  std::string bound = lowercase(options.host);
  if (bound.find(':') != std::string::npos) bound = "[" + bound + "]";  // as an IPv6 Host header has it
  policy.any_ip_literal = bound == "0.0.0.0" || bound == "[::]";
  policy.allowed_hosts = {bound, "localhost"};
  for (const std::string& name : options.allowed_hosts) policy.allowed_hosts.push_back(lowercase(name));
  return policy;
}

// Sent with every answer. The app loads nothing from elsewhere; vis-timeline sets inline styles.
httplib::Headers security_headers(const ServeOptions& options) {
  std::string ancestors = "'self'";
  for (const std::string& origin : options.embed_origins) ancestors += " " + origin;
  return {{"Content-Security-Policy",
           "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
           "base-uri 'none'; form-action 'self'; frame-ancestors " +
               ancestors},
          {"X-Content-Type-Options", "nosniff"},
          {"Referrer-Policy", "no-referrer"},
          {"Cross-Origin-Resource-Policy", "same-origin"}};
}

// Why no write can start on the database at `path`, or "" when one can. A read-only file,
// directory or file system otherwise shows only when the first upload fails.
std::string unwritable_reason(const std::string& path) {
  sqlite3* db = nullptr;
  std::string reason;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    reason = db ? sqlite3_errmsg(db) : "it cannot be opened";
  } else if (sqlite3_db_readonly(db, "main") == 1) {
    reason = "it is open read-only";
  } else {
    sqlite3_busy_timeout(db, 2000);
    const int status = sqlite3_exec(db, "BEGIN IMMEDIATE; ROLLBACK;", nullptr, nullptr, nullptr);
    if (status != SQLITE_OK && status != SQLITE_BUSY) reason = sqlite3_errmsg(db);
  }
  sqlite3_close(db);
  return reason;
}

// The gate's verdict on a request whose body has not been read. A refusal that leaves the body
// unread also poisons the connection: what follows on it is body, not a request.
bool admit(const GatePolicy& policy, const httplib::Request& request, httplib::Response& response) {
  if (connection_is_poisoned()) {
    send_error(response, 400, "this connection is closing");
    return false;
  }
  HeaderList headers(request.headers.begin(), request.headers.end());
  const GateVerdict verdict = check_request_head(request.method, headers, policy);
  if (verdict.status == 0) return true;
  if (verdict.close) {
    poison_connection();
    // httplib writes "Connection: close" when the request asked for it; the request object is
    // the library's own, and it reads this header only when writing the answer.
    auto& headers = const_cast<httplib::Headers&>(request.headers);
    headers.erase("Connection");
    headers.emplace("Connection", "close");
  }
  send_error(response, verdict.status, verdict.message);
  return false;
}

}  // namespace

struct Server::Impl {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<Api> api;
  httplib::Server http;
  GatePolicy policy;
  std::thread listener;
  std::atomic<bool> listening{false};
  int port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

int Server::port() const { return impl_->port; }

void Server::stop() {
  impl_->http.stop();
  // Requests being answered get a moment to finish; then connections still open (a client sending
  // a byte now and then keeps a worker reading) are shut down, so stopping never waits on a client.
  for (int waited = 0; impl_->listening && waited < 20; ++waited) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  while (impl_->listening) {
    shut_down_connections(impl_->port);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (impl_->listener.joinable()) impl_->listener.join();
}

std::unique_ptr<Server> Server::start(const ServeOptions& options, std::string& error) {
  auto impl = std::make_unique<Impl>();
  store::StoreError store_error;
  impl->store = store::Store::open(options.db_path, store_error);
  if (!impl->store) {
    error = options.db_path + ": " + store_error.message;
    return nullptr;
  }
  if (const std::string reason = unwritable_reason(options.db_path); !reason.empty()) {
    std::fprintf(stderr,
                 "chronicle serve: warning: %s cannot be written (%s); the timeline is served, "
                 "but loading articles will fail\n",
                 options.db_path.c_str(), reason.c_str());
  }
  const std::string root = options.static_root.empty() ? CHRONICLE_DEFAULT_STATIC_ROOT : options.static_root;
  impl->api = std::make_unique<Api>(*impl->store, StaticFiles(root));

  httplib::Server& http = impl->http;
  Api& api = *impl->api;
  impl->policy = gate_policy_for(options);
  const GatePolicy& policy = impl->policy;
  const std::size_t threads = options.threads == 0 ? 1 : options.threads;
  http.new_task_queue = [threads] { return new ConnectionPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_keep_alive_max_count(10000);
  http.set_keep_alive_timeout(options.keep_alive_seconds);
  // Headers and body go out in separate writes: without this, Nagle's algorithm and delayed ACKs
  // hold every keep-alive answer back by about 40 ms.
  http.set_tcp_nodelay(true);
  http.set_read_timeout(options.read_timeout_seconds);
  http.set_write_timeout(options.write_timeout_seconds);
  http.set_default_headers(security_headers(options));
  // A client that waits for "100 Continue" before sending its body is judged here, before it is
  // told to go on; the others in the pre-routing hook, which also runs before any body is read.
  http.set_expect_100_continue_handler(
      [&policy](const httplib::Request& request, httplib::Response& response) {
        return admit(policy, request, response) ? 100 : response.status;
      });
  http.set_pre_routing_handler([&api, &policy](const httplib::Request& request, httplib::Response& response) {
    if (!admit(policy, request, response)) return httplib::Server::HandlerResponse::Handled;
    offer_gzip_instead_of_brotli(request);
    return api.handle_get(request, response) ? httplib::Server::HandlerResponse::Handled
                                             : httplib::Server::HandlerResponse::Unhandled;
  });
  http.set_logger(
      [](const httplib::Request& request, const httplib::Response&) { end_connection_if_poisoned(request); });
  http.Post("/api/articles", [&api](const httplib::Request& request, httplib::Response& response) {
    api.post_article(request, response);
  });
  http.Post(R"(/api/(events/\d+/(edit|hide|unhide|merge|split|drop)|entities/join|curation/undo))",
            [&api](const httplib::Request& request, httplib::Response& response) { api.post_curation(request, response); });
  http.Post(R"(/api/views(/\d+/delete)?)",
            [&api](const httplib::Request& request, httplib::Response& response) { api.post_view(request, response); });
  // Statuses httplib sets itself (404 no route, 413 too large, 400 malformed) get a JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& response) {
        if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        send_error(response, response.status, error_message_for(response.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send_error(response, 500, "the server failed to answer this request");
  });

  if (options.port == 0) {
    impl->port = http.bind_to_any_port(options.host);
  } else if (http.bind_to_port(options.host, options.port)) {
    impl->port = options.port;
  } else {
    impl->port = -1;
  }
  if (impl->port <= 0) {
    error = "cannot listen on " + options.host + ":" + std::to_string(options.port) +
            " (address in use, or not an address of this machine)";
    return nullptr;
  }
  impl->listening = true;
  impl->listener = std::thread([&http, &listening = impl->listening] {
    http.listen_after_bind();
    listening = false;
  });
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int serve(const ServeOptions& options) {
  // Block the stop signals in every thread (the server's threads inherit this mask) and wait for
  // them here, so shutting down is an ordinary call rather than work inside a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::string error;
  auto server = Server::start(options, error);
  if (!server) {
    std::cerr << "chronicle serve: " << error << "\n";
    return 1;
  }
  const bool ipv6 = options.host.find(':') != std::string::npos;
  std::cout << "Serving http://" << (ipv6 ? "[" + options.host + "]" : options.host) << ":" << server->port()
            << std::endl;
  int received = 0;
  sigwait(&stop_signals, &received);
  server->stop();
  return 0;
}

}  // namespace chronicle::web
