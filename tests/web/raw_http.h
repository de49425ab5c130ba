// Test-only: `chronicle serve` started on a temporary database, and a raw HTTP client that sends
// exactly the bytes a test gives (httplib::Client would fix up the framing the tests attack).
// Every wait is bounded; traffic goes to 127.0.0.1 only.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tests/support/child_process.h"

namespace chronicle::testing {

// A fresh directory under the system's temporary directory, removed with everything in it.
struct ScratchDir {
  std::string path;
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  std::string file(const std::string& name) const { return path + "/" + name; }
};

// The program under test: CHRONICLE_BINARY, unless the environment variable
// CHRONICLE_TEST_BINARY names another build (to see a test fail on an older one).
std::string chronicle_binary();

// `chronicle serve --port 0 ARGS...` on `db`, its stderr appended to `log`. `prefix` goes before
// the binary (a program such as setpriv that then runs it). Fails the test if it does not start.
struct ServedBinary {
  std::unique_ptr<BackgroundProcess> process;
  int port = -1;
  std::string log;
  // `binary` "" is chronicle_binary().
  ServedBinary(const std::string& db, const std::string& log_path, const std::vector<std::string>& args = {},
               const std::vector<std::string>& prefix = {}, const std::string& binary = "");
  std::string log_text() const;
  // "Host: 127.0.0.1:PORT" as a client would send it.
  std::string host() const { return "127.0.0.1:" + std::to_string(port); }
};

struct RawResponse {
  int status = 0;    // 0 when no status line came
  std::string head;  // status line and headers
  std::string body;
  bool complete = false;                            // the whole body (by Content-Length) arrived
  std::string header(std::string_view name) const;  // first value, "" when absent
};

// One TCP connection to 127.0.0.1:port.
class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool open() const { return fd_ >= 0; }
  // False when the server has closed or reset the connection.
  bool send(std::string_view bytes);
  // The next response, waiting at most `timeout`.
  RawResponse read_response(std::chrono::milliseconds timeout);
  // True when the server ends the connection (EOF or reset) within `timeout`; data it sends first is
  // dropped.
  bool closed_within(std::chrono::milliseconds timeout);

 private:
  bool fill(std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
  std::string buffered_;
  bool ended_ = false;
};

// Sends `request` on a new connection and reads one response.
RawResponse http_exchange(int port, std::string_view request,
                          std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

// A request with the given method, target, headers (each "Name: value") and body; adds
// "Content-Length" when `body` is not empty and no header sets framing.
std::string request_text(const std::string& method, const std::string& target, const std::string& host,
                         const std::vector<std::string>& headers, const std::string& body = "");

// The resident memory of process `pid` in kB (VmRSS), 0 when unknown.
long resident_kb(int pid);

// A free TCP port on 127.0.0.1 at the time of the call.
int free_port();

// Three rounds, a second apart: each of `slow` sends `byte`, one more byte of the request head it
// never finishes, then `get` (a fresh request) must be answered 200 within a second.
void check_answered_while_clients_drip(std::vector<std::unique_ptr<RawConnection>>& slow, std::string_view byte,
                                       const std::function<RawResponse()>& get);

}  // namespace chronicle::testing
