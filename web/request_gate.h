// The check every request passes before its body is read: the framing we accept (a plain
// Content-Length, no transfer or content codings), the Host names this server answers for, and the
// write guard of state-changing requests (our own header, a JSON or multipart body, a same-origin
// Origin). A pure function of the request line's method and the headers, so it can be fuzzed and
// tested without a socket. See docs/security.md for why each rule is there.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace chronicle::web {

struct GatePolicy {
  std::size_t max_body_bytes = 20u << 20;
  // Host names (no port) the server answers for, lower case: its bound address, "localhost" and
  // the names given with --allow-host. With `any_ip_literal` (bound to 0.0.0.0 or ::) every IP
  // address is accepted as well: an address cannot be rebound by DNS.
  std::vector<std::string> allowed_hosts;
  bool any_ip_literal = false;
};

struct GateVerdict {
  int status = 0;       // 0: let the request through; else the 4xx to answer with
  std::string message;  // for {"error": ...}; never echoes the request
  bool close = false;   // the connection must end after the answer (the body was not read)
};

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// `method` as in the request line; `headers` as received, in any order and case.
GateVerdict check_request_head(const std::string& method, const HeaderList& headers,
                               const GatePolicy& policy);

// True for the methods that may change what is stored (every method but GET, HEAD and OPTIONS).
bool is_state_changing(const std::string& method);

}  // namespace chronicle::web
