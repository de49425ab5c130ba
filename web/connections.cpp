#include "web/connections.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <filesystem>
#include <string>

namespace chronicle::web {
namespace {

thread_local bool t_poisoned = false;

// The port of a socket address, and its address as text; false for other families.
bool describe(const sockaddr_storage& address, int& port, std::string& text) {
  char buffer[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    port = ntohs(v4.sin_port);
    inet_ntop(AF_INET, &v4.sin_addr, buffer, sizeof buffer);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    port = ntohs(v6.sin6_port);
    inet_ntop(AF_INET6, &v6.sin6_addr, buffer, sizeof buffer);
  } else {
    return false;
  }
  text = buffer;
  return true;
}

// Calls `act(fd)` for each connected TCP socket whose local port is `local_port` and, when
// `peer_port` is not -1, whose peer is `peer_address`:`peer_port`.
template <class Act>
std::size_t for_each_connection(int local_port, const std::string& peer_address, int peer_port, Act act) {
  std::size_t count = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    int fd = -1;
    try {
      fd = std::stoi(entry.path().filename().string());
    } catch (const std::exception&) {
      continue;
    }
    sockaddr_storage local{}, peer{};
    socklen_t local_size = sizeof local, peer_size = sizeof peer;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0) continue;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0) continue;
    int port = 0, remote_port = 0;
    std::string text, remote_text;
    if (!describe(local, port, text) || port != local_port || !describe(peer, remote_port, remote_text))
      continue;
    if (peer_port != -1 && (remote_port != peer_port || remote_text != peer_address)) continue;
    act(fd);
    ++count;
  }
  return count;
}

}  // namespace

void ConnectionPool::enqueue(std::function<void()> connection) {
  pool_.enqueue([connection = std::move(connection)] {
    t_poisoned = false;
    connection();
    t_poisoned = false;
  });
}

void poison_connection() { t_poisoned = true; }

bool connection_is_poisoned() { return t_poisoned; }

void end_connection_if_poisoned(const httplib::Request& request) {
  if (!t_poisoned) return;
  for_each_connection(request.local_port, request.remote_addr, request.remote_port,
                      [](int fd) { ::shutdown(fd, SHUT_RDWR); });
}

std::size_t shut_down_connections(int port) {
  return for_each_connection(port, "", -1, [](int fd) { ::shutdown(fd, SHUT_RDWR); });
}

}  // namespace chronicle::web
