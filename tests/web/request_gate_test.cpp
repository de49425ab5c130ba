// The request gate as a pure function: each verdict worked out from the rules in docs/security.md.
#include "web/request_gate.h"

#include <catch2/catch.hpp>

using chronicle::web::check_request_head;
using chronicle::web::GatePolicy;
using chronicle::web::HeaderList;

namespace {

GatePolicy local_policy() {
  GatePolicy policy;
  policy.max_body_bytes = 1000;
  policy.allowed_hosts = {"127.0.0.1", "localhost"};
  return policy;
}

// A POST as the app sends it, with `extra` added.
HeaderList app_post(HeaderList extra = {}) {
  HeaderList headers = {{"Host", "127.0.0.1:8080"},
                        {"X-Chronicle-Request", "1"},
                        {"Content-Type", "application/json"},
                        {"Content-Length", "10"}};
  headers.insert(headers.end(), extra.begin(), extra.end());
  return headers;
}

int status_of(const std::string& method, const HeaderList& headers) {
  return check_request_head(method, headers, local_policy()).status;
}

}  // namespace

TEST_CASE("the gate lets through reads and the app's own writes", "[web][gate]") {
  CHECK(status_of("GET", {{"Host", "127.0.0.1:8080"}}) == 0);
  CHECK(status_of("HEAD", {{"host", "LOCALHOST"}}) == 0);
  CHECK(status_of("GET", {{"Host", "localhost:8080"}, {"Content-Length", "0"}}) == 0);
  CHECK(status_of("POST", app_post()) == 0);
  CHECK(status_of("POST",
                  app_post({{"Origin", "http://127.0.0.1:8080"}, {"Sec-Fetch-Site", "same-origin"}})) == 0);
  HeaderList multipart = app_post();
  multipart[2].second = "multipart/form-data; boundary=x";
  CHECK(status_of("POST", multipart) == 0);
  CHECK(status_of("POST", app_post({{"Expect", "100-continue"}})) == 0);
}

TEST_CASE("the gate refuses framing in doubt and asks for the connection to end", "[web][gate]") {
  const GatePolicy policy = local_policy();
  struct Case {
    HeaderList extra;
    int status;
  };
  for (const Case& c : std::vector<Case>{{{{"Transfer-Encoding", "chunked"}}, 411},
                                         {{{"Transfer-Encoding", "identity, chunked"}}, 411},
                                         {{{"Content-Encoding", "gzip"}}, 415},
                                         {{{"Content-Length", "10"}}, 400},
                                         {{{"Expect", "something-else"}}, 417}}) {
    const auto verdict = check_request_head("POST", app_post(c.extra), policy);
    CHECK(verdict.status == c.status);
    CHECK(verdict.close);
  }
  for (const char* length : {"+5", "-1", "0x10", "1 0", "", "5,5"}) {
    INFO(length);
    HeaderList headers = app_post();
    headers[3].second = length;
    const auto verdict = check_request_head("POST", headers, policy);
    CHECK(verdict.status == 400);
    CHECK(verdict.close);
  }
  HeaderList large = app_post();
  large[3].second = "1001";
  CHECK(check_request_head("POST", large, policy).status == 413);
  large[3].second = "99999999999999999999999999999";  // past any integer: still just too large
  CHECK(check_request_head("POST", large, policy).status == 413);
  large[3].second = "1000";
  CHECK(check_request_head("POST", large, policy).status == 0);
  CHECK(status_of("POST", {{"Host", "localhost"},
                           {"X-Chronicle-Request", "1"},
                           {"Content-Type", "application/json"}}) == 411);
  const auto get_with_body =
      check_request_head("GET", {{"Host", "localhost"}, {"Content-Length", "4"}}, policy);
  CHECK(get_with_body.status == 400);
  CHECK(get_with_body.close);
}

TEST_CASE("the gate answers only for its own host names", "[web][gate]") {
  CHECK(status_of("GET", {{"Host", "attacker.example"}}) == 421);
  CHECK(status_of("GET", {{"Host", "attacker.example:8080"}}) == 421);
  CHECK(status_of("GET", {{"Host", "localhost.attacker.example"}}) == 421);
  CHECK(status_of("GET", {}) == 400);
  CHECK(status_of("GET", {{"Host", "localhost"}, {"Host", "localhost"}}) == 400);
  CHECK(status_of("GET", {{"Host", "local host"}}) == 400);
  CHECK(status_of("GET", {{"Host", "localhost:"}}) == 400);
  CHECK(status_of("GET", {{"Host", "localhost:80a"}}) == 400);
  GatePolicy any = local_policy();
  any.allowed_hosts = {"0.0.0.0", "localhost"};
  any.any_ip_literal = true;
  CHECK(check_request_head("GET", {{"Host", "192.168.1.20:8080"}}, any).status == 0);
  CHECK(check_request_head("GET", {{"Host", "[fe80::1]:8080"}}, any).status == 0);
  CHECK(check_request_head("GET", {{"Host", "192.168.1.300"}}, any).status == 421);
  CHECK(check_request_head("GET", {{"Host", "chronicle.lan"}}, any).status == 421);
}

TEST_CASE("the write guard refuses what another site's page could send", "[web][gate]") {
  HeaderList no_marker = app_post();
  no_marker.erase(no_marker.begin() + 1);
  CHECK(status_of("POST", no_marker) == 403);
  CHECK(status_of("POST", app_post({{"X-Chronicle-Request", "1"}})) == 403);  // two of them
  HeaderList wrong_marker = app_post();
  wrong_marker[1].second = "true";
  CHECK(status_of("POST", wrong_marker) == 403);
  CHECK(status_of("POST", app_post({{"Origin", "http://evil.example"}})) == 403);
  CHECK(status_of("POST", app_post({{"Origin", "null"}})) == 403);
  CHECK(status_of("POST", app_post({{"Origin", "http://127.0.0.1:9999"}})) == 403);
  CHECK(status_of("POST", app_post({{"Sec-Fetch-Site", "cross-site"}})) == 403);
  CHECK(status_of("POST", app_post({{"Sec-Fetch-Site", "same-site"}})) == 403);
  for (const char* type : {"text/plain", "application/x-www-form-urlencoded", "application/jsonx", ""}) {
    INFO(type);
    HeaderList headers = app_post();
    headers[2].second = type;
    CHECK(status_of("POST", headers) == 415);
  }
  CHECK(status_of("PUT", {{"Host", "localhost"}}) == 405);
  CHECK(status_of("DELETE", {{"Host", "localhost"}, {"X-Chronicle-Request", "1"}}) == 405);
  CHECK(status_of("PUT", app_post()) == 400);  // only a POST may carry a body
  CHECK(status_of("OPTIONS", {{"Host", "localhost"}}) == 405);
  // A refusal of a request with a body ends the connection: the body is not read.
  CHECK(check_request_head("POST", no_marker, local_policy()).close);
}
