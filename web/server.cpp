#include "web/server.h"

#include <strings.h>

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <iostream>
#include <thread>

#include "web/api.h"

namespace chronicle::web {
namespace {

std::string error_message_for(int status) {
  switch (status) {
    case 400: return "the request is malformed";
    case 404: return "not found";
    case 405: return "method not allowed";
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

}  // namespace

struct Server::Impl {
  std::unique_ptr<store::Store> store;
  std::unique_ptr<Api> api;
  httplib::Server http;
  std::thread listener;
  int port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { stop(); }

int Server::port() const { return impl_->port; }

void Server::stop() {
  impl_->http.stop();
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
  const std::string root = options.static_root.empty() ? CHRONICLE_DEFAULT_STATIC_ROOT : options.static_root;
  impl->api = std::make_unique<Api>(*impl->store, StaticFiles(root));

  httplib::Server& http = impl->http;
  Api& api = *impl->api;
  const std::size_t threads = options.threads == 0 ? 1 : options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_keep_alive_max_count(10000);
  // Headers and body go out in separate writes: without this, Nagle's algorithm and delayed ACKs
  // hold every keep-alive answer back by about 40 ms.
  http.set_tcp_nodelay(true);
  http.set_read_timeout(30);
  http.set_pre_routing_handler([&api](const httplib::Request& request, httplib::Response& response) {
    offer_gzip_instead_of_brotli(request);
    return api.handle_get(request, response) ? httplib::Server::HandlerResponse::Handled
                                             : httplib::Server::HandlerResponse::Unhandled;
  });
  http.Post("/api/articles", [&api](const httplib::Request& request, httplib::Response& response) {
    api.post_article(request, response);
  });
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
  impl->listener = std::thread([&http] { http.listen_after_bind(); });
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
