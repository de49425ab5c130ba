// The connections of a running server, seen from the inside: which one the current worker thread
// serves, refusing the rest of a connection whose framing was in doubt, and ending connections
// the library would otherwise keep waiting on (at shutdown, or after such a refusal).
// httplib 0.11 gives hooks the request but not its socket, so the socket is found again by its
// two addresses among the process's open descriptors (only on these rare paths).
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>

namespace chronicle::web {

// A thread pool that tells each worker when a new connection starts, so that what is remembered
// about a connection (see poison_connection) does not outlive it.
class ConnectionPool : public httplib::TaskQueue {
 public:
  explicit ConnectionPool(std::size_t threads) : pool_(threads) {}
  void enqueue(std::function<void()> connection) override;
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
};

// Marks the connection of the current worker: every later request on it is refused, and
// end_connection_if_poisoned() shuts it down once the answer is written.
void poison_connection();
bool connection_is_poisoned();

// Called after an answer is written (httplib's logger hook): shuts down the socket of `request`
// when its connection was poisoned, so the library stops reading it.
void end_connection_if_poisoned(const httplib::Request& request);

// Shuts down (both directions) every accepted TCP connection of this process whose local port is
// `port`: workers blocked reading them return at once. Returns how many there were.
std::size_t shut_down_connections(int port);

}  // namespace chronicle::web
