// The request gate (web::check_request_head) on arbitrary request heads: the flags byte picks the
// method, the option line is the Host value, the document is header lines ("Name: value"). The
// gate's promises: a verdict is one of its statuses with a message of its own (nothing of the
// request echoed); a transfer or content coding, or a length past the limit, is never let through; what is
// let through has exactly one Host of ours and, for a POST, one plain Content-Length within the
// limit, our header and a JSON or multipart type.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_input.h"
#include "web/request_gate.h"

namespace {

using chronicle::web::HeaderList;

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

HeaderList parse_headers(std::string_view document) {
  HeaderList headers;
  while (!document.empty()) {
    const std::size_t end = document.find('\n');
    const std::string_view line = document.substr(0, end);
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) headers.emplace_back(line.substr(0, colon), line.substr(colon + 1));
    if (end == std::string_view::npos) break;
    document.remove_prefix(end + 1);
  }
  return headers;
}

std::size_t count_of(const HeaderList& headers, const std::string& name) {
  std::size_t count = 0;
  for (const auto& header : headers) count += lowercase(header.first) == name;
  return count;
}

std::string check(const std::string& method, const HeaderList& headers,
                  const chronicle::web::GateVerdict& verdict, const chronicle::web::GatePolicy& policy) {
  static const int kStatuses[] = {0, 400, 403, 405, 411, 413, 415, 417, 421};
  bool known = false;
  for (int status : kStatuses) known = known || verdict.status == status;
  if (!known) return "unexpected status " + std::to_string(verdict.status);
  if ((verdict.status == 0) != verdict.message.empty()) return "a message without a refusal, or the reverse";
  // The messages are written from a small alphabet; a header value with any other byte ('<',
  // '@', a control or non-ASCII byte) would show up if it were echoed.
  const auto in_alphabet = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view(" ,.:;()/'-+").find(c) != std::string_view::npos;
  };
  for (char c : verdict.message) {
    if (!in_alphabet(c)) return "a message byte outside the messages' alphabet";
  }
  for (const auto& header : headers) {
    const std::string& value = header.second;
    bool foreign = false;
    for (char c : value) foreign = foreign || !in_alphabet(c);
    if (foreign && value.size() >= 4 && verdict.message.find(value) != std::string::npos) {
      return "the message echoes a header";
    }
  }
  if (verdict.status != 0) return "";
  if (count_of(headers, "transfer-encoding") || count_of(headers, "content-encoding"))
    return "a coding let through";
  if (count_of(headers, "host") != 1) return "let through without exactly one Host";
  if (method == "POST") {
    if (count_of(headers, "content-length") != 1 || count_of(headers, "x-chronicle-request") != 1) {
      return "a POST let through without one Content-Length and our header";
    }
    for (const auto& [name, value] : headers) {
      if (lowercase(name) != "content-length") continue;
      std::string digits;
      for (char c : value) {
        if (c != ' ' && c != '\t') digits += c;
      }
      while (digits.size() > 1 && digits.front() == '0') digits.erase(0, 1);
      if (digits.empty() || digits.size() > 18 ||
          digits.find_first_not_of("0123456789") != std::string::npos ||
          std::stoull(digits) > policy.max_body_bytes) {
        return "a POST let through with Content-Length '" + value + "'";
      }
    }
  } else if (method != "GET" && method != "HEAD") {
    return "method " + method + " let through";
  }
  return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* kMethods[] = {"GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "post", "TRACE"};
  const chronicle::fuzz::Input input = chronicle::fuzz::split_input(data, size);
  chronicle::web::GatePolicy policy;
  policy.max_body_bytes = 1u << 20;
  policy.allowed_hosts = {"127.0.0.1", "localhost", "chronicle.lan"};
  policy.any_ip_literal = (input.flags & 8) != 0;
  const std::string method = kMethods[input.flags % 8];
  HeaderList headers = parse_headers(input.document);
  if (!input.option.empty()) headers.emplace_back("Host", input.option);
  const auto verdict = chronicle::web::check_request_head(method, headers, policy);
  chronicle::fuzz::require_no_problem(check(method, headers, verdict, policy), "web::check_request_head");
  return 0;
}
