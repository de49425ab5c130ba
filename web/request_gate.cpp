#include "web/request_gate.h"

#include <cstdint>
#include <string_view>

namespace chronicle::web {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Every value of header `name`, trimmed.
std::vector<std::string_view> values_of(const HeaderList& headers, std::string_view name) {
  std::vector<std::string_view> found;
  for (const auto& [key, value] : headers) {
    if (same_name(key, name)) found.push_back(trimmed(value));
  }
  return found;
}

bool is_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "1.2.3.4": four dot-separated numbers of at most three digits, each up to 255.
bool is_ipv4(std::string_view text) {
  int parts = 0;
  while (true) {
    const std::size_t dot = text.find('.');
    const std::string_view part = text.substr(0, dot);
    if (!is_digits(part) || part.size() > 3 || std::stoi(std::string(part)) > 255) return false;
    ++parts;
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
  }
  return parts == 4;
}

// The host name of a Host header value ("name", "name:port", "[v6]", "[v6]:port"), lower case;
// "" when the value is not of that form. `literal` says whether it is an IP address.
std::string host_name_of(std::string_view value, bool& literal) {
  literal = false;
  std::string_view name = value;
  std::string_view port;
  if (!value.empty() && value.front() == '[') {
    const std::size_t close = value.find(']');
    if (close == std::string_view::npos) return "";
    name = value.substr(0, close + 1);
    const std::string_view rest = value.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return "";
    if (!rest.empty()) port = rest.substr(1);
    for (char c : name.substr(1, name.size() - 2)) {
      const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex && c != ':' && c != '.') return "";
    }
    literal = true;
  } else {
    const std::size_t colon = value.rfind(':');
    if (colon != std::string_view::npos) {
      name = value.substr(0, colon);
      port = value.substr(colon + 1);
      if (port.empty()) return "";
    }
    for (char c : name) {
      const bool ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      if (!ok) return "";
    }
    literal = is_ipv4(name);
  }
  if (name.empty() || (!port.empty() && (!is_digits(port) || port.size() > 5))) return "";
  return lowercase(name);
}

// Content-Length as a number; false when it is not plain digits. Past `limit` it stops counting
// and says `limit + 1`, so that no length overflows.
bool parse_length(std::string_view text, std::size_t limit, std::size_t& length) {
  if (!is_digits(text)) return false;
  length = 0;
  for (char c : text) {
    length = length * 10 + static_cast<std::size_t>(c - '0');
    if (length > limit) {
      length = limit + 1;
      return true;
    }
  }
  return true;
}

GateVerdict refuse(int status, std::string message, bool close) {
  return GateVerdict{status, std::move(message), close};
}

}  // namespace

bool is_state_changing(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

GateVerdict check_request_head(const std::string& method, const HeaderList& headers,
                               const GatePolicy& policy) {
  // Framing first: while it is in doubt, where this request ends and the next begins is too, so
  // every refusal here also ends the connection.
  if (!values_of(headers, "Transfer-Encoding").empty()) {
    return refuse(411,
                  "send the request body with a Content-Length; chunked or other transfer codings "
                  "are not accepted",
                  true);
  }
  if (!values_of(headers, "Content-Encoding").empty()) {
    return refuse(415, "compressed request bodies are not accepted", true);
  }
  const auto lengths = values_of(headers, "Content-Length");
  if (lengths.size() > 1) return refuse(400, "the request has more than one Content-Length", true);
  std::size_t length = 0;
  if (!lengths.empty() && !parse_length(lengths.front(), policy.max_body_bytes, length)) {
    return refuse(400, "Content-Length must be a plain number of bytes", true);
  }
  if (length > policy.max_body_bytes) {
    return refuse(413,
                  "the request body is larger than the server accepts (" +
                      std::to_string(policy.max_body_bytes) + " bytes)",
                  true);
  }
  const bool has_body = length > 0;
  if (method == "POST" && lengths.empty()) return refuse(411, "a POST request needs a Content-Length", true);
  if (method != "POST" && has_body) return refuse(400, "only POST requests may carry a body", true);
  const auto expect = values_of(headers, "Expect");
  if (expect.size() > 1 || (expect.size() == 1 && lowercase(expect.front()) != "100-continue")) {
    return refuse(417, "the only expectation accepted is 100-continue", true);
  }

  // DNS rebinding: a page on attacker.example whose name now resolves to 127.0.0.1 sends
  // "Host: attacker.example". Only names this server answers for are served.
  const auto hosts = values_of(headers, "Host");
  if (hosts.size() != 1) return refuse(400, "the request needs exactly one Host header", has_body);
  bool literal = false;
  const std::string host = host_name_of(hosts.front(), literal);
  if (host.empty()) return refuse(400, "the Host header is malformed", has_body);
  bool allowed = literal && policy.any_ip_literal;
  for (const std::string& name : policy.allowed_hosts) allowed = allowed || name == host;
  if (!allowed) {
    return refuse(421, "this server does not answer for that host name (see --allow-host)", has_body);
  }

  if (method == "GET" || method == "HEAD") return {};
  if (method != "POST") return refuse(405, "method not allowed", has_body);

  // The write guard. A custom header makes a browser ask first (a CORS preflight), which this
  // server never grants, so another site's page cannot send it; the body types a plain HTML form
  // can send without our header are refused anyway.
  const auto marker = values_of(headers, "X-Chronicle-Request");
  if (marker.size() != 1 || marker.front() != "1") {
    return refuse(403, "state-changing requests must carry the header X-Chronicle-Request: 1", has_body);
  }
  const auto site = values_of(headers, "Sec-Fetch-Site");
  if (site.size() > 1 || (site.size() == 1 && site.front() != "same-origin" && site.front() != "none")) {
    return refuse(403, "writes are accepted only from this server's own pages", has_body);
  }
  const auto origins = values_of(headers, "Origin");
  if (origins.size() > 1)
    return refuse(403, "writes are accepted only from this server's own pages", has_body);
  if (origins.size() == 1) {
    const std::string origin = lowercase(origins.front());
    const std::string authority = lowercase(hosts.front());
    if (origin != "http://" + authority && origin != "https://" + authority) {
      return refuse(403, "writes are accepted only from this server's own pages", has_body);
    }
  }
  const auto types = values_of(headers, "Content-Type");
  std::string media_type;
  if (types.size() == 1) media_type = lowercase(trimmed(types.front().substr(0, types.front().find(';'))));
  if (media_type != "application/json" && media_type != "multipart/form-data") {
    return refuse(415, "send the body as application/json or multipart/form-data", has_body);
  }
  return {};
}

}  // namespace chronicle::web
