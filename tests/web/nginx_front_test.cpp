// docs/nginx/chronicle.conf run in front of `chronicle serve`: what the HTTP library cannot stop
// before our hooks run (a flood of headers, clients sending a byte now and then, pipelined
// requests) is stopped or handled by nginx. nginx runs from a temporary prefix on 127.0.0.1.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "tests/web/raw_http.h"

using namespace chronicle::testing;
using namespace std::chrono_literals;

namespace {

const std::string kSource = CHRONICLE_SOURCE_DIR;
const std::string kNginx = "/usr/sbin/nginx";

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// chronicle serve on the seed article, and nginx with the documented configuration in front.
struct Fronted {
  ScratchDir dir{"chronicle-nginx"};
  std::unique_ptr<ServedBinary> chronicle;
  std::unique_ptr<BackgroundProcess> nginx;
  int port = -1;  // nginx's

  Fronted() {
    INFO("nginx is installed by scripts/install-deps.sh");
    REQUIRE(access(kNginx.c_str(), X_OK) == 0);
    const std::string db = dir.file("seed.db");
    REQUIRE(run({chronicle_binary(), "ingest", "--db", db, kSource + "/sample_data/000_a4e3cdde688320d9.txt"})
                .exit_code == 0);
    chronicle = std::make_unique<ServedBinary>(db, dir.file("chronicle.log"));

    port = free_port();
    std::string site = read_file(kSource + "/docs/nginx/chronicle.conf");
    replace_once(site, "listen 127.0.0.1:8088;", "listen 127.0.0.1:" + std::to_string(port) + ";");
    replace_once(site, "proxy_pass http://127.0.0.1:8080;",
                 "proxy_pass http://127.0.0.1:" + std::to_string(chronicle->port) + ";");
    std::ofstream(dir.file("chronicle.conf")) << site;
    // The smallest main configuration around it: everything nginx writes stays in the directory.
    std::ofstream(dir.file("nginx.conf"))
        << (geteuid() == 0 ? "user root;\n" : "") << "daemon off;\nworker_processes 1;\n"
        << "pid " << dir.file("nginx.pid") << ";\nerror_log " << dir.file("error.log") << " warn;\n"
        << "events { worker_connections 1024; }\n"
        << "http {\n  access_log off;\n"
        << "  client_body_temp_path " << dir.file("body") << ";\n  proxy_temp_path " << dir.file("proxy")
        << ";\n"
        << "  fastcgi_temp_path " << dir.file("fastcgi") << ";\n  uwsgi_temp_path " << dir.file("uwsgi")
        << ";\n"
        << "  scgi_temp_path " << dir.file("scgi") << ";\n"
        << "  include " << dir.file("chronicle.conf") << ";\n}\n";
    nginx = std::make_unique<BackgroundProcess>(std::vector<std::string>{
        kNginx, "-p", dir.path, "-e", dir.file("error.log"), "-c", dir.file("nginx.conf")});
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
      up = RawConnection(port).open();
      if (!up) std::this_thread::sleep_for(50ms);
    }
    INFO(read_file(dir.file("error.log")));
    REQUIRE(up);
  }

  std::string host() const { return "127.0.0.1:" + std::to_string(port); }
  RawResponse get(const std::string& target) {
    return http_exchange(port, request_text("GET", target, host(), {}));
  }
};

}  // namespace

TEST_CASE("through nginx the timeline answers, and writes still need the app's header", "[web][nginx]") {
  Fronted f;
  const RawResponse events = f.get("/api/events?limit=500");
  REQUIRE(events.status == 200);
  CHECK(nlohmann::json::parse(events.body).at("events").size() >= 3);
  CHECK(events.header("Content-Security-Policy").find("frame-ancestors 'self'") != std::string::npos);
  const std::string article =
      R"({"title": "Bridge sold", "text": "On April 2, 2016, the city sold the bridge."})";
  CHECK(http_exchange(f.port,
                      request_text("POST", "/api/articles", f.host(), {"Content-Type: text/plain"}, article))
            .status == 403);
  const RawResponse loaded = http_exchange(
      f.port,
      request_text("POST", "/api/articles", f.host(),
                   {"X-Chronicle-Request: 1", "Content-Type: application/json", "Origin: http://" + f.host()},
                   article));
  INFO(loaded.body);
  CHECK(loaded.status == 200);
}

TEST_CASE("through nginx a flood of headers is refused at 32 KB and Chronicle's memory does not grow",
          "[web][nginx]") {
  Fronted f;
  const long before = resident_kb(f.chronicle->process->pid());
  RawConnection flood(f.port);
  REQUIRE(flood.send("GET /api/events HTTP/1.1\r\nHost: " + f.host() + "\r\n"));
  // Up to two million small headers (about 20 MB), in blocks; nginx stops reading long before.
  std::string block;
  for (int i = 0; i < 10000; ++i) block += "X-" + std::to_string(i) + ": 1\r\n";
  for (int sent = 0; sent < 200 && flood.send(block); ++sent) {
  }
  const RawResponse answer = flood.read_response(5000ms);
  CHECK((answer.status == 400 || answer.status == 0));  // nginx's 400, or the connection reset
  const long after = resident_kb(f.chronicle->process->pid());
  INFO("chronicle resident kB before " << before << ", after " << after);
  CHECK(after - before < 20000);
  CHECK(f.get("/api/events?limit=1").status == 200);
}

TEST_CASE("through nginx a hundred clients sending a byte a second do not hold up a request",
          "[web][nginx]") {
  Fronted f;
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 100; ++i) {
    slow.push_back(std::make_unique<RawConnection>(f.port));
    REQUIRE(slow.back()->send("P"));
  }
  check_answered_while_clients_drip(slow, "O", [&] { return f.get("/api/events?limit=5"); });
}

TEST_CASE("through nginx three pipelined requests get three answers", "[web][nginx]") {
  Fronted f;
  RawConnection connection(f.port);
  const std::string one = request_text("GET", "/api/events?limit=1", f.host(), {});
  REQUIRE(connection.send(one + one + one));
  for (int i = 0; i < 3; ++i) {
    INFO("answer " << i);
    const RawResponse answer = connection.read_response(5000ms);
    CHECK(answer.status == 200);
    CHECK(answer.complete);
  }
}

TEST_CASE("through nginx a chunked upload reaches Chronicle with a length and loads", "[web][nginx]") {
  Fronted f;
  const std::string article =
      R"({"title": "Ferry sold", "text": "On April 2, 2016, the city sold the ferry."})";
  std::ostringstream chunked;
  chunked << std::hex << article.size() << "\r\n" << article << "\r\n0\r\n\r\n";
  const RawResponse answer = http_exchange(
      f.port,
      request_text("POST", "/api/articles", f.host(),
                   {"X-Chronicle-Request: 1", "Content-Type: application/json", "Transfer-Encoding: chunked"},
                   chunked.str()));
  INFO(answer.body);
  CHECK(answer.status == 200);
}
