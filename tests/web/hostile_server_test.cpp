// `chronicle serve` against a hostile web page and a hostile client, over raw sockets: each case
// is one way the server was broken (writes from other sites, unbounded bodies, lax framing, slow
// clients, storage failures, a damaged row), checked against a real server on a temporary database.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <exception>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/web/raw_http.h"

using namespace chronicle::testing;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

const std::string kSeed = std::string(CHRONICLE_SOURCE_DIR) + "/sample_data/000_a4e3cdde688320d9.txt";

// What Chronicle's own page sends with a JSON body.
const std::vector<std::string> kOwnJson = {"X-Chronicle-Request: 1", "Content-Type: application/json"};

// A database holding the seed article (one article, its events), and a server on it.
struct Seeded {
  ScratchDir dir{"chronicle-hostile"};
  std::string db = dir.file("seed.db");
  std::unique_ptr<ServedBinary> served;

  // With `start` false the caller prepares the files first, then calls serve().
  explicit Seeded(const std::vector<std::string>& args = {}, bool start = true) {
    const auto ingest = run({chronicle_binary(), "ingest", "--db", db, kSeed});
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    if (start) serve(args);
  }
  void serve(const std::vector<std::string>& args = {}, const std::vector<std::string>& prefix = {},
             const std::string& binary = "") {
    served = std::make_unique<ServedBinary>(db, dir.file("server.log"), args, prefix, binary);
  }
  // The server stops here (SIGTERM): under the sanitizer build, a report it wrote on the way (a
  // leak, undefined behaviour) is in its log, and fails the test.
  ~Seeded() {
    if (!served) return;
    served->process.reset();
    if (std::uncaught_exceptions() == 0) {
      const std::string log = served->log_text();
      INFO(log);
      CHECK(log.find("Sanitizer") == std::string::npos);
      CHECK(log.find("runtime error") == std::string::npos);
    }
  }
  Seeded(const Seeded&) = delete;
  Seeded& operator=(const Seeded&) = delete;

  int port() const { return served->port; }
  std::string host() const { return served->host(); }

  RawResponse get(const std::string& target) {
    return http_exchange(port(), request_text("GET", target, host(), {}));
  }
  RawResponse post(const std::string& target, const std::vector<std::string>& headers,
                   const std::string& body) {
    return http_exchange(port(), request_text("POST", target, host(), headers, body));
  }
  std::size_t article_count() {
    const RawResponse answer = get("/api/articles");
    REQUIRE(answer.status == 200);
    return json::parse(answer.body).at("articles").size();
  }
};

// An article in the JSON loader's form, dated by hand: "On April 2, 2016" is 2016-04-02.
std::string json_article(const std::string& title) {
  return json{{"title", title},
              {"text", "On April 2, 2016, Evil Corp sold the bridge to the city."},
              {"published", "2016-04-03T10:00:00Z"}}
      .dump();
}

}  // namespace

TEST_CASE("a cross-site text/plain POST is refused and stores nothing", "[web][hostile]") {
  Seeded s;
  const std::string article = "T\n\nOn April 2, 2016, Evil Corp sold it.\n";
  // What a page on another site can send without a preflight: text/plain, its own Origin.
  RawResponse answer =
      s.post("/api/articles", {"Origin: http://evil.example", "Content-Type: text/plain"}, article);
  CHECK(answer.status == 403);
  // Even with our header (which a browser would only send after a preflight we never grant), a
  // foreign Origin, a cross-site fetch or a text/plain body are each refused.
  answer = s.post("/api/articles",
                  {"X-Chronicle-Request: 1", "Origin: http://evil.example", "Content-Type: application/json"},
                  json_article("Evil"));
  CHECK(answer.status == 403);
  answer = s.post("/api/articles",
                  {"X-Chronicle-Request: 1", "Sec-Fetch-Site: cross-site", "Content-Type: application/json"},
                  json_article("Evil"));
  CHECK(answer.status == 403);
  answer = s.post("/api/articles", {"X-Chronicle-Request: 1", "Content-Type: text/plain"}, article);
  CHECK(answer.status == 415);
  answer =
      s.post("/api/articles", {"X-Chronicle-Request: 1", "Origin: null", "Content-Type: application/json"},
             json_article("Evil"));
  CHECK(answer.status == 403);
  CHECK(json::parse(answer.body).at("error").get<std::string>().find("own pages") != std::string::npos);
  CHECK(s.article_count() == 1);
}

TEST_CASE(
    "a request naming a host the server does not answer for is refused, so a rebinding page reads nothing",
    "[web][hostile]") {
  Seeded s;
  const RawResponse rebound =
      http_exchange(s.port(), request_text("GET", "/api/export?format=csv", "attacker.example", {}));
  CHECK(rebound.status == 421);
  CHECK(rebound.body.find("Palmyra") == std::string::npos);
  CHECK(http_exchange(s.port(), request_text("GET", "/api/export?format=csv",
                                             "attacker.example:" + std::to_string(s.port()), {}))
            .status == 421);
  CHECK(http_exchange(s.port(), "GET /api/events HTTP/1.1\r\n\r\n").status == 400);  // no Host at all
  CHECK(
      http_exchange(s.port(), request_text("GET", "/api/events", "localhost:" + std::to_string(s.port()), {}))
          .status == 200);
  CHECK(s.get("/api/export?format=csv").status == 200);
}

TEST_CASE("--allow-host adds a name the server answers for", "[web][hostile]") {
  Seeded s({"--allow-host", "chronicle.lan,timeline.example"});
  CHECK(http_exchange(s.port(), request_text("GET", "/api/events", "chronicle.lan:8080", {})).status == 200);
  CHECK(http_exchange(s.port(), request_text("GET", "/api/events", "Timeline.Example", {})).status == 200);
  CHECK(http_exchange(s.port(), request_text("GET", "/api/events", "attacker.example", {})).status == 421);
}

TEST_CASE("the app's own writes still load: a JSON article and a multipart file upload", "[web][hostile]") {
  Seeded s;
  std::vector<std::string> same_origin = kOwnJson;
  same_origin.push_back("Origin: http://" + s.host());
  same_origin.push_back("Sec-Fetch-Site: same-origin");
  RawResponse answer = s.post("/api/articles", same_origin, json_article("Bridge sold"));
  INFO(answer.body);
  REQUIRE(answer.status == 200);
  CHECK(json::parse(answer.body).at("loaded") == 1);

  const std::string boundary = "chronicle-boundary-7";
  const std::string body =
      "--" + boundary +
      "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mayor.txt\"\r\n"
      "Content-Type: text/plain\r\n\r\n"
      "Mayor resigns\n\nMarch 30, 2016\n\nThe mayor of Springfield resigned on Tuesday.\n"
      "\r\n--" +
      boundary + "--\r\n";
  answer =
      s.post("/api/articles",
             {"X-Chronicle-Request: 1", "Content-Type: multipart/form-data; boundary=" + boundary}, body);
  INFO(answer.body);
  REQUIRE(answer.status == 200);
  CHECK(json::parse(answer.body).at("loaded") == 1);
  CHECK(s.article_count() == 3);
}

TEST_CASE("CORS stays closed: a preflight is refused and no answer allows another origin", "[web][hostile]") {
  Seeded s;
  const RawResponse preflight = http_exchange(
      s.port(), request_text("OPTIONS", "/api/articles", s.host(),
                             {"Origin: http://evil.example", "Access-Control-Request-Method: POST",
                              "Access-Control-Request-Headers: x-chronicle-request"}));
  CHECK(preflight.status == 405);
  CHECK(preflight.header("Access-Control-Allow-Origin").empty());
  CHECK(preflight.header("Access-Control-Allow-Headers").empty());
  CHECK(s.get("/api/events").header("Access-Control-Allow-Origin").empty());
}

TEST_CASE("a compressed request body is refused before any of it is read", "[web][hostile]") {
  Seeded s;
  // Only the head is sent: the answer coming back proves the body was never waited for.
  RawConnection connection(s.port());
  REQUIRE(connection.send(request_text("POST", "/api/articles", s.host(),
                                       {"X-Chronicle-Request: 1", "Content-Type: application/json",
                                        "Content-Encoding: gzip", "Content-Length: 498000"})));
  const RawResponse answer = connection.read_response(5000ms);
  CHECK(answer.status == 415);
  CHECK(connection.closed_within(5000ms));
}

TEST_CASE("a chunked upload is refused before any of it is read, and the connection ends", "[web][hostile]") {
  Seeded s;
  RawConnection connection(s.port());
  REQUIRE(connection.send(request_text(
      "POST", "/api/articles", s.host(),
      {"X-Chronicle-Request: 1", "Content-Type: application/json", "Transfer-Encoding: chunked"})));
  const RawResponse answer = connection.read_response(5000ms);
  CHECK(answer.status == 411);
  CHECK(answer.header("Connection") == "close");
  CHECK(connection.closed_within(5000ms));
}

TEST_CASE("stored article fields are capped: a 2 MB title line and a 5 KB URL", "[web][hostile]") {
  Seeded s;
  const std::string long_title(2u << 20, 'T');
  const std::string body = json{
      {"title", long_title},
      {"url", "https://example.org/" + std::string(5000, 'u')},
      {"source", std::string(1000, 'S')},
      {"text", "On April 2, 2016, Evil Corp sold the bridge to the city."},
      {"published",
       "2016-04-03T10:00:00Z"}}.dump();
  const RawResponse answer = s.post("/api/articles", kOwnJson, body);
  INFO(answer.body.substr(0, 2000));
  REQUIRE(answer.status == 200);
  const json summary = json::parse(answer.body);
  CHECK(summary.at("loaded") == 1);
  const std::string warnings = summary.at("warnings").dump();
  CHECK(warnings.find("title cut to 500 bytes (it had 2097152)") != std::string::npos);
  CHECK(warnings.find("URL of 5020 bytes left out") != std::string::npos);
  CHECK(warnings.find("source name cut to 200 bytes") != std::string::npos);

  const json article = json::parse(s.get("/api/articles/2").body);
  CHECK(article.at("title") == std::string(500, 'T'));
  CHECK(article.at("url") == "");
  CHECK(article.at("source") == std::string(200, 'S'));
  // The event's copy of the source fields is capped with them: the page stays small.
  const RawResponse events = s.get("/api/events?limit=100");
  REQUIRE(events.status == 200);
  CHECK(events.body.size() < 100000);
}

TEST_CASE("idle keep-alive connections and slow clients do not hold up a new request", "[web][hostile]") {
  Seeded s;
  // 16 idle keep-alive connections (one answered request each) and 16 clients sending a request
  // head one byte a second: 32 connections, twice the old worker count.
  std::vector<std::unique_ptr<RawConnection>> idle, slow;
  for (int i = 0; i < 16; ++i) {
    idle.push_back(std::make_unique<RawConnection>(s.port()));
    REQUIRE(idle.back()->send(request_text("GET", "/api/histogram", s.host(), {})));
    REQUIRE(idle.back()->read_response(5000ms).status == 200);
    slow.push_back(std::make_unique<RawConnection>(s.port()));
    REQUIRE(slow.back()->send("G"));
  }
  check_answered_while_clients_drip(slow, "E", [&] { return s.get("/api/events?limit=5"); });
}

TEST_CASE("SIGTERM stops the server within seconds while a client is still sending its request",
          "[web][hostile]") {
  Seeded s;
  RawConnection dripping(s.port());
  REQUIRE(dripping.send("GET /api/events HTTP/1.1\r\nHo"));
  std::this_thread::sleep_for(300ms);
  const pid_t pid = s.served->process->pid();
  REQUIRE(kill(pid, SIGTERM) == 0);
  bool exited = false;
  // The client keeps sending a byte every 200 ms; the server must still be gone within 5 s.
  for (int i = 0; i < 25 && !exited; ++i) {
    dripping.send("s");
    std::this_thread::sleep_for(200ms);
    // WNOWAIT: only look; the process is reaped by its owner, BackgroundProcess.
    siginfo_t info{};
    exited =
        waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid;
  }
  CHECK(exited);
}

TEST_CASE("a storage failure answers 500 with a generic message and logs the detail", "[web][hostile]") {
  Seeded s({}, false);
  // The server may not grow any file past the database's present size plus 64 KB (SIGXFSZ is
  // ignored, so a write past it fails with EFBIG, which SQLite reports as an I/O error).
  const auto limit = std::filesystem::file_size(s.db) + 65536;
  s.serve({},
          {"/bin/sh", "-c", "trap '' XFSZ; exec prlimit --fsize=" + std::to_string(limit) + " \"$@\"", "sh"});
  // One dated sentence and 400 KB of undated ones: the article's own text outgrows the limit,
  // while extraction (which parses only dated sentences) stays quick even under sanitizers.
  std::string text = "Bridge sold\n\nApril 3, 2016\n\nOn April 2, 2016, Evil Corp sold a bridge.\n";
  for (int i = 0; text.size() < 400000; ++i) {
    text += "Evil Corp also sold bridge number " + std::to_string(i) + " to the city of Springfield.\n";
  }
  const RawResponse answer =
      s.post("/api/articles", kOwnJson, json{{"title", "Bridges"}, {"text", text}}.dump());
  CHECK(answer.status == 500);
  CHECK(json::parse(answer.body).at("error") ==
        "the database could not store the articles; see the server log");
  CHECK(answer.body.find("disk") == std::string::npos);
  INFO(s.served->log_text());
  // The write fails while the batch is stored or at its COMMIT (the writer's page cache may hold
  // the whole batch until then); either way the log names the batch and the I/O error.
  CHECK(s.served->log_text().find("storing 1 articles failed: storing") != std::string::npos);
  CHECK(s.served->log_text().find("disk I/O error") != std::string::npos);
  CHECK(s.article_count() == 1);
}

TEST_CASE("a database the server cannot write is reported when it starts", "[web][hostile]") {
  Seeded s({}, false);
  std::filesystem::permissions(s.db, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                         std::filesystem::perms::others_read);
  std::filesystem::permissions(s.dir.path,
                               std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                   std::filesystem::perms::group_exec | std::filesystem::perms::others_all);
  // Root writes through file modes, so as root the server runs as nobody.
  std::vector<std::string> prefix;
  std::string binary;
  if (geteuid() == 0) {
    prefix = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    // A copy nobody can run: the build tree may sit under a directory only root can enter.
    binary = s.dir.file("chronicle");
    std::filesystem::copy_file(chronicle_binary(), binary);
    std::filesystem::permissions(
        binary, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                    std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                    std::filesystem::perms::others_exec);
  }
  s.serve({}, prefix, binary);
  CHECK(s.served->log_text().find("cannot be written") != std::string::npos);
  CHECK(s.get("/api/events").status == 200);  // reading still works
}

TEST_CASE("a form-encoded body of any size is refused as a form, not as too large, and sets nothing",
          "[web][hostile]") {
  Seeded s;
  const std::string big_form = "text=" + std::string(9000, 'a');
  RawResponse answer =
      s.post("/api/articles", {"X-Chronicle-Request: 1", "Content-Type: application/x-www-form-urlencoded"},
             big_form);
  CHECK(answer.status == 415);
  CHECK(json::parse(answer.body).at("error").get<std::string>().find("application/json") !=
        std::string::npos);
  answer =
      s.post("/api/articles", {"X-Chronicle-Request: 1", "Content-Type: application/x-www-form-urlencoded"},
             "format=timeml&dct=1999-01-01&name=x");
  CHECK(answer.status == 415);
  CHECK(s.article_count() == 1);
}

TEST_CASE("lax framing is refused: two lengths, a signed length, transfer codings, a big body behind Expect",
          "[web][hostile]") {
  Seeded s;
  const std::string article = json_article("Title of the article");
  // Two different Content-Lengths: which one frames the body is in doubt.
  RawResponse answer = http_exchange(
      s.port(), request_text("POST", "/api/articles", s.host(),
                             {"X-Chronicle-Request: 1", "Content-Type: application/json", "Content-Length: 3",
                              "Content-Length: " + std::to_string(article.size())},
                             article));
  CHECK(answer.status == 400);
  answer = http_exchange(s.port(), request_text("POST", "/api/articles", s.host(),
                                                {"X-Chronicle-Request: 1", "Content-Type: application/json",
                                                 "Content-Length: +" + std::to_string(article.size())},
                                                article));
  CHECK(answer.status == 400);
  for (const char* coding : {"identity, chunked", "gzip, chunked"}) {
    INFO(coding);
    RawConnection connection(s.port());
    REQUIRE(connection.send(request_text("POST", "/api/articles", s.host(),
                                         {"X-Chronicle-Request: 1", "Content-Type: application/json",
                                          std::string("Transfer-Encoding: ") + coding})));
    CHECK(connection.read_response(3000ms).status == 411);
    CHECK(connection.closed_within(3000ms));
  }
  // 30 MiB announced with Expect: the answer is 413 at once, never "100 Continue".
  RawConnection expecting(s.port());
  REQUIRE(expecting.send(request_text("POST", "/api/articles", s.host(),
                                      {"X-Chronicle-Request: 1", "Content-Type: application/json",
                                       "Expect: 100-continue", "Content-Length: 31457280"})));
  CHECK(expecting.read_response(3000ms).status == 413);
  // A GET with a body: the body would otherwise be read as the next request.
  answer =
      http_exchange(s.port(), request_text("GET", "/api/events", s.host(), {"Content-Length: 5"}, "GET /"));
  CHECK(answer.status == 400);
  CHECK(s.article_count() == 1);
}

TEST_CASE("a request smuggled in the body of a refused one is never run", "[web][hostile]") {
  Seeded s;
  const std::string inner =
      request_text("POST", "/api/articles", s.host(), kOwnJson, json_article("Smuggled"));
  RawConnection connection(s.port());
  REQUIRE(connection.send(request_text("POST", "/api/articles", s.host(),
                                       {"Origin: http://evil.example", "Content-Type: text/plain",
                                        "Content-Length: " + std::to_string(inner.size() + 1000)},
                                       inner)));
  CHECK(connection.read_response(3000ms).status == 403);
  CHECK(connection.closed_within(3000ms));
  CHECK(s.article_count() == 1);
}

TEST_CASE("one damaged event row is left out of the timeline, which stays valid JSON", "[web][hostile]") {
  Seeded s({}, false);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(s.db.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* count = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM events", -1, &count, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(count) == SQLITE_ROW);
  const int events = sqlite3_column_int(count, 0);
  sqlite3_finalize(count);
  REQUIRE(events >= 3);
  // Its list of sources names a mention that is not there.
  REQUIRE(sqlite3_exec(db, "UPDATE events SET sources = '999999999' WHERE id = (SELECT min(id) FROM events)",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  s.serve();
  const RawResponse answer = s.get("/api/events?limit=1000");
  REQUIRE(answer.status == 200);
  REQUIRE(json::accept(answer.body));
  CHECK(json::parse(answer.body).at("events").size() == static_cast<std::size_t>(events - 1));
  CHECK(s.served->log_text().find("damaged") != std::string::npos);
}

TEST_CASE("404 answers do not echo the request", "[web][hostile]") {
  Seeded s;
  for (const char* target :
       {"/api/%3Cscript%3Ealert(1)%3C/script%3E", "/%3Cscript%3Ealert(1)%3C/script%3E.js"}) {
    INFO(target);
    const RawResponse answer = s.get(target);
    CHECK(answer.status == 404);
    CHECK(answer.body.find("script") == std::string::npos);
    CHECK(answer.body.find("alert") == std::string::npos);
  }
}

TEST_CASE("every answer carries the content security policy, nosniff and a referrer policy",
          "[web][hostile]") {
  Seeded s({"--allow-embed", "https://intranet.example"});
  for (const RawResponse& answer :
       {s.get("/"), s.get("/api/events"), s.get("/api/nothing"), s.get("/api/events?limit=0"),
        s.post("/api/articles", {"Content-Type: text/plain"}, "x")}) {
    INFO(answer.head);
    CHECK(answer.status != 0);
    const std::string policy = answer.header("Content-Security-Policy");
    CHECK(policy.find("default-src 'self'") != std::string::npos);
    CHECK(policy.find("frame-ancestors 'self' https://intranet.example") != std::string::npos);
    CHECK(answer.header("X-Content-Type-Options") == "nosniff");
    CHECK(answer.header("Referrer-Policy") == "no-referrer");
  }
  Seeded plain;
  const std::string policy = plain.get("/").header("Content-Security-Policy");
  CHECK(policy.substr(policy.find("frame-ancestors")) == "frame-ancestors 'self'");
}
