// The HTTP API over a real server on a free loopback port, talked to with httplib::Client.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/store/sample_articles.h"
#include "web/server.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::MentionSpec;
using chronicle::testing::on_day;
using chronicle::testing::TempDir;
using nlohmann::json;

namespace {

// A database with two articles and three events (by hand):
//   2015-05     "Palmyra fell to militants"    (article 1)
//   2016-03-27  "Syrian forces retook Palmyra" (article 1)
//   2016-03-28  "EADS signed the contract"     (article 2)
// and a static root holding index.html and app.js.
struct Served {
  TempDir temp{"chronicle-web"};
  std::unique_ptr<web::Server> server;
  std::unique_ptr<httplib::Client> client;

  explicit Served(std::size_t max_body = 20u << 20) {
    const std::string db_path = temp.file("web.db");
    {
      store::StoreError error;
      auto db = store::Store::open(db_path, error);
      REQUIRE(db);
      store::IngestReport report;
      REQUIRE_FALSE(db->ingest(
          {make_article("Palmyra retaken",
                        {on_day("2016-03-27", "2016-03-28", "Syrian forces retook Palmyra", {{"Palmyra", "place", {}}}, 0.9),
                         MentionSpec{"2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00",
                                     "Palmyra fell to militants", {{"Palmyra", "place", {}}}, 0.7}},
                        "https://example.org/palmyra"),
           make_article("Tanker deal", {on_day("2016-03-28", "2016-03-29", "EADS signed the contract",
                                               {{"European Aeronautic Defence and Space Company", "organization", {"EADS"}}},
                                               0.6)})},
          report));
    }
    std::filesystem::create_directories(temp.path / "static");
    std::ofstream(temp.path / "static" / "index.html") << "<!doctype html><title>Chronicle</title>";
    std::ofstream(temp.path / "static" / "app.js") << "console.log('timeline');";
    std::ofstream(temp.path / "secret.txt") << "outside the root";
    web::ServeOptions options;
    options.db_path = db_path;
    options.port = 0;
    options.static_root = (temp.path / "static").string();
    options.max_body_bytes = max_body;
    options.threads = 4;
    std::string error;
    server = web::Server::start(options, error);
    INFO(error);
    REQUIRE(server);
    REQUIRE(server->port() > 0);
    client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
    client->set_connection_timeout(5);
    client->set_read_timeout(10);
  }

  json get_json(const std::string& path, int expected_status = 200) {
    const auto response = client->Get(path.c_str());
    REQUIRE(response);
    INFO(path << " -> " << response->status << " " << response->body);
    REQUIRE(response->status == expected_status);
    CHECK(response->get_header_value("Content-Type") == "application/json");
    return json::parse(response->body);
  }

  // A 4xx answer: {"error": "..."} with a message.
  void expect_error(const std::string& path, int status) {
    const json body = get_json(path, status);
    CHECK(body.at("error").is_string());
    CHECK_FALSE(body.at("error").get<std::string>().empty());
  }
};

std::vector<std::string> headlines(const json& page) {
  std::vector<std::string> out;
  for (const json& event : page.at("events")) out.push_back(event.at("headline"));
  return out;
}

}  // namespace

TEST_CASE("GET /api/events lists events in order and pages with next_cursor", "[web]") {
  Served s;
  const json all = s.get_json("/api/events");
  CHECK(headlines(all) ==
        std::vector<std::string>{"Palmyra fell to militants", "Syrian forces retook Palmyra", "EADS signed the contract"});
  CHECK(all.at("next_cursor").is_null());
  const json& first = all.at("events").at(1);
  CHECK(first.at("date").at("value") == "2016-03-27");
  CHECK(first.at("sources").at(0).at("title") == "Palmyra retaken");
  CHECK(first.at("sources").at(0).at("url") == "https://example.org/palmyra");

  const json page = s.get_json("/api/events?limit=2");
  CHECK(page.at("events").size() == 2);
  REQUIRE(page.at("next_cursor").is_string());
  const json rest = s.get_json("/api/events?limit=2&cursor=" + page.at("next_cursor").get<std::string>());
  CHECK(headlines(rest) == std::vector<std::string>{"EADS signed the contract"});

  CHECK(headlines(s.get_json("/api/events?from=2016-03&to=2016-03-27")) ==
        std::vector<std::string>{"Syrian forces retook Palmyra"});
  CHECK(headlines(s.get_json("/api/events?entity=eads")) == std::vector<std::string>{"EADS signed the contract"});
  CHECK(headlines(s.get_json("/api/events?q=retook")) == std::vector<std::string>{"Syrian forces retook Palmyra"});
}

TEST_CASE("bad parameters get 400 with a JSON error naming the problem", "[web]") {
  Served s;
  for (const char* path :
       {"/api/events?from=2016-13", "/api/events?to=soon", "/api/events?from=2016-04&to=2016-03", "/api/events?limit=0",
        "/api/events?limit=1001", "/api/events?limit=ten", "/api/events?cursor=forged", "/api/events?min_confidence=2",
        "/api/events?min_confidence=nan", "/api/histogram?buckets=0", "/api/histogram?buckets=x",
        "/api/articles?cursor=-4", "/api/entities?limit=-1", "/api/export?format=xml", "/api/events/abc",
        "/api/events/0", "/api/articles/1x"}) {
    INFO(path);
    s.expect_error(path, 400);
  }
  const json body = s.get_json("/api/events?limit=ten", 400);
  CHECK(body.at("error").get<std::string>().find("limit") != std::string::npos);
}

TEST_CASE("unknown events, articles and endpoints are 404 with a JSON error", "[web]") {
  Served s;
  s.expect_error("/api/events/999999", 404);
  s.expect_error("/api/articles/999999", 404);
  s.expect_error("/api/nothing-here", 404);
}

TEST_CASE("an event and an article can be fetched by id", "[web]") {
  Served s;
  const json article = s.get_json("/api/articles/1");
  CHECK(article.at("title") == "Palmyra retaken");
  CHECK(article.at("published") == "2016-03-29T16:27:03");
  CHECK(article.at("timexes").size() == 2);
  CHECK(article.at("timexes").at(0).at("value") == "2016-03-27");
  REQUIRE(article.at("events").size() == 2);
  const std::int64_t event_id = article.at("events").at(0);
  const json event = s.get_json("/api/events/" + std::to_string(event_id));
  CHECK(event.at("id") == event_id);
  CHECK(event.at("sources").at(0).at("article_id") == 1);

  const json list = s.get_json("/api/articles?limit=1");
  CHECK(list.at("articles").size() == 1);
  CHECK(list.at("next_cursor").is_string());
}

TEST_CASE("the histogram counts add up to the window's events", "[web]") {
  Served s;
  const json histogram = s.get_json("/api/histogram?from=2016-03-27&to=2016-03-28&buckets=2");
  REQUIRE(histogram.at("buckets").size() == 2);
  CHECK(histogram.at("buckets").at(0).at("count") == 1);
  CHECK(histogram.at("buckets").at(1).at("count") == 1);
  CHECK(histogram.at("buckets").at(1).at("start") == "2016-03-28T00:00:00");
}

TEST_CASE("entities come with their event counts", "[web]") {
  Served s;
  const json entities = s.get_json("/api/entities");
  REQUIRE(entities.at("entities").size() == 2);
  CHECK(entities.at("entities").at(0) == json{{"name", "Palmyra"}, {"kind", "place"}, {"count", 2}});
}

TEST_CASE("GET /api/export answers in each format with the same filters", "[web]") {
  Served s;
  const auto csv = s.client->Get("/api/export?format=csv&entity=Palmyra");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->get_header_value("Content-Type").rfind("text/csv", 0) == 0);
  // A header line and two rows.
  CHECK(std::count(csv->body.begin(), csv->body.end(), '\n') == 3);
  const json timeline = s.get_json("/api/export?format=timelinejs&from=2015&to=2015");
  REQUIRE(timeline.at("events").size() == 1);
  CHECK(timeline.at("events").at(0).at("start_date") == json{{"year", 2015}, {"month", 5}});
  CHECK(s.get_json("/api/export").at("events").size() == 3);
}

TEST_CASE("static files come only from the static root", "[web][security]") {
  Served s;
  const auto index = s.client->Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->body.find("Chronicle") != std::string::npos);
  CHECK(index->get_header_value("Content-Type").rfind("text/html", 0) == 0);
  const auto script = s.client->Get("/app.js");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(script->get_header_value("Content-Type").rfind("text/javascript", 0) == 0);

  std::filesystem::create_symlink(s.temp.path / "secret.txt", s.temp.path / "static" / "link.txt");
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
                           "//etc/passwd", "/link.txt", "/app.js/../../secret.txt", "/..\\secret.txt"}) {
    INFO(path);
    const auto response = s.client->Get(path);
    REQUIRE(response);
    CHECK(response->status >= 400);
    CHECK(response->status < 500);
    CHECK(response->body.find("outside the root") == std::string::npos);
    CHECK(response->body.find("root:") == std::string::npos);
  }
  s.expect_error("/missing.js", 404);
}

TEST_CASE("a request body over the limit gets 413 with a JSON error", "[web][security]") {
  Served s(1000);
  const auto response = s.client->Post("/api/articles", {{"X-Chronicle-Request", "1"}},
                                       std::string(5000, 'a'), "application/json");
  REQUIRE(response);
  CHECK(response->status == 413);
  CHECK(json::parse(response->body).at("error").is_string());
}

TEST_CASE("POST /api/articles loads the body through the pipeline and says what happened", "[web]") {
  Served s;
  const std::string article =
      "Bridge reopened\n\nMarch 30, 2016\n\nThe mayor of Springfield reopened the old bridge on Tuesday.\n";
  // As the app sends a file: multipart, with the header that marks the app's own requests.
  const httplib::Headers marked = {{"X-Chronicle-Request", "1"}};
  const httplib::MultipartFormDataItems form = {{"file", article, "bridge.txt", "text/plain"}};
  const auto response = s.client->Post("/api/articles", marked, form);
  REQUIRE(response);
  INFO(response->body);
  CHECK(response->status == 200);
  const json summary = json::parse(response->body);
  CHECK(summary.at("loaded") == 1);
  CHECK(summary.at("failed") == 0);
  CHECK(summary.at("errors").is_array());
  CHECK(summary.at("warnings").is_array());
  const auto again = s.client->Post("/api/articles", marked, form);
  REQUIRE(again);
  CHECK(json::parse(again->body).at("skipped") == 1);
  CHECK(s.get_json("/api/articles").at("articles").size() == 3);

  const auto broken = s.client->Post("/api/articles", marked, "{\"title\": ", "application/json");
  REQUIRE(broken);
  CHECK(broken->status == 400);
  CHECK(json::parse(broken->body).at("failed") == 1);
}

TEST_CASE("a client accepting Brotli and gzip gets gzip, which httplib compresses fast", "[web]") {
  Served s;
  s.client->set_decompress(false);
  const std::string script = "console.log('timeline');" + std::string(4096, ' ');
  std::ofstream(s.temp.path / "static" / "big.js") << script;
  const auto response = s.client->Get("/big.js", {{"Accept-Encoding", "gzip, deflate, br"}});
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(response->get_header_value("Content-Encoding") == "gzip");
  CHECK(response->body.size() < script.size());
  const auto brotli_only = s.client->Get("/big.js", {{"Accept-Encoding", "br"}});
  REQUIRE(brotli_only);
  CHECK(brotli_only->get_header_value("Content-Encoding") == "");
  CHECK(brotli_only->body == script);
}

namespace {

const httplib::Headers kMarked = {{"X-Chronicle-Request", "1"}};

json post_json(Served& s, const std::string& path, const std::string& body, int expected_status) {
  const auto response = s.client->Post(path.c_str(), kMarked, body, "application/json");
  REQUIRE(response);
  INFO(path << " " << body << " -> " << response->status << " " << response->body);
  REQUIRE(response->status == expected_status);
  return json::parse(response->body);
}

std::int64_t id_of(Served& s, const std::string& headline) {
  const json page = s.get_json("/api/events?hidden=1");
  for (const json& event : page.at("events")) {
    if (event.at("headline") == headline) return event.at("id").get<std::int64_t>();
  }
  FAIL("no event " << headline);
  return 0;
}

}  // namespace

TEST_CASE("curation requests without the app's header or from another origin are refused and change nothing",
          "[web][security][curation]") {
  Served s;
  const std::string hide = "/api/events/" + std::to_string(id_of(s, "Palmyra fell to militants")) + "/hide";
  auto response = s.client->Post(hide.c_str(), "{}", "application/json");
  REQUIRE(response);
  CHECK(response->status == 403);
  response = s.client->Post(hide.c_str(), {{"X-Chronicle-Request", "1"}, {"Origin", "http://evil.example"}}, "{}",
                            "application/json");
  REQUIRE(response);
  CHECK(response->status == 403);
  response = s.client->Post(hide.c_str(), kMarked, "{}", "text/plain");
  REQUIRE(response);
  CHECK(response->status == 415);
  CHECK(s.get_json("/api/events").at("events").size() == 3);
  CHECK(s.get_json("/api/curation").at("log").empty());
}

TEST_CASE("edit, hide, merge, split and undo over HTTP answer as docs/api.md says", "[web][curation]") {
  Served s;
  const std::int64_t retook = id_of(s, "Syrian forces retook Palmyra");
  const std::int64_t fell = id_of(s, "Palmyra fell to militants");
  const std::int64_t signed_id = id_of(s, "EADS signed the contract");
  const std::string event = "/api/events/" + std::to_string(retook);

  CHECK(post_json(s, event + "/edit", R"({"headline": "Palmyra retaken", "date": "2016-03"})", 200).at("event") == retook);
  json stored = s.get_json(event);
  CHECK(stored.at("headline") == "Palmyra retaken");
  CHECK(stored.at("date") == json{{"value", "2016-03"}, {"granularity", "month"}, {"start", "2016-03-01T00:00:00"},
                                  {"end", "2016-04-01T00:00:00"}});
  CHECK(stored.at("curation") == json{{"edited", true}, {"hidden", false}});
  CHECK_FALSE(s.get_json("/api/events/" + std::to_string(signed_id)).contains("curation"));
  post_json(s, event + "/edit", R"({"date": "March 2016"})", 400);
  post_json(s, event + "/edit", R"({"headline": 7})", 400);
  post_json(s, event + "/edit", "[1]", 400);
  post_json(s, "/api/events/12345/hide", "{}", 404);

  post_json(s, "/api/events/" + std::to_string(fell) + "/hide", "{}", 200);
  CHECK(s.get_json("/api/events").at("events").size() == 2);
  CHECK(s.get_json("/api/events?hidden=1").at("events").size() == 3);
  CHECK(s.get_json("/api/export?format=json").at("events").size() == 2);

  // Both articles were published at the same time; the tie goes to the smaller identity, whose
  // article hash is "hash of Palmyra retaken" ('P' < 'T'): the merged event keeps retook's id.
  CHECK(post_json(s, event + "/merge", R"({"with": )" + std::to_string(signed_id) + "}", 200).at("event") == retook);
  stored = s.get_json(event);
  CHECK(stored.at("sources").size() == 2);
  CHECK(stored.at("headline") == "Palmyra retaken");
  CHECK(s.get_json("/api/events").at("events").size() == 1);
  post_json(s, event + "/split", R"({"source": 5})", 400);
  post_json(s, event + "/merge", R"({"with": "x"})", 400);

  CHECK(post_json(s, "/api/curation/undo", "{}", 200).at("undone").at("action") == "merge");
  CHECK(s.get_json("/api/events?hidden=1").at("events").size() == 3);
  json log = s.get_json("/api/curation");
  REQUIRE(log.at("log").size() == 2);
  CHECK(log.at("log")[0].at("action") == "hide");
  CHECK(log.at("log")[1].at("action") == "edit");
  CHECK(log.at("orphaned").empty());
  post_json(s, "/api/curation/undo", "{}", 200);
  post_json(s, "/api/curation/undo", "{}", 200);
  CHECK(s.get_json(event).at("headline") == "Syrian forces retook Palmyra");
  post_json(s, "/api/curation/undo", "{}", 404);
}

TEST_CASE("a view saved under a name is listed, read back by id, replaced under the same name and deleted",
          "[web][views]") {
  Served s;
  const json saved = post_json(s, "/api/views", R"({"name": "Palmyra", "view": "?q=palmyra&from=2016"})", 200);
  CHECK(saved.at("name") == "Palmyra");
  CHECK(saved.at("view") == "?q=palmyra&from=2016");
  const std::string one = "/api/views/" + std::to_string(saved.at("id").get<std::int64_t>());
  CHECK(s.get_json(one).at("view") == "?q=palmyra&from=2016");
  // The same name in another case replaces the view and keeps its id (shared links stay good).
  const json again = post_json(s, "/api/views", R"({"name": "palmyra", "view": "?q=palmyra"})", 200);
  CHECK(again.at("id") == saved.at("id"));
  const json list = s.get_json("/api/views").at("views");
  REQUIRE(list.size() == 1);
  CHECK(list[0].at("view") == "?q=palmyra");
  post_json(s, "/api/views", R"({"name": "", "view": "?q=x"})", 400);
  post_json(s, "/api/views", R"j({"name": "x", "view": "javascript:alert(1)"})j", 400);
  post_json(s, "/api/views", R"({"name": "x"})", 400);
  const auto unmarked = s.client->Post("/api/views", R"({"name": "x", "view": ""})", "application/json");
  REQUIRE(unmarked);
  CHECK(unmarked->status == 403);
  post_json(s, one + "/delete", "{}", 200);
  s.get_json(one, 404);
  post_json(s, one + "/delete", "{}", 404);
}

TEST_CASE("state= keeps events in the states named and refuses other words", "[web]") {
  Served s;
  CHECK(s.get_json("/api/events?state=happened").at("events").size() == 3);
  CHECK(s.get_json("/api/events?state=planned,negated").at("events").empty());
  s.expect_error("/api/events?state=maybe", 400);
  s.expect_error("/api/events?state=happened,", 400);
  s.expect_error("/api/histogram?state=", 400);
}

TEST_CASE("heaviest= gives each histogram bucket its heaviest events, within bounds", "[web]") {
  Served s;
  // One bucket over the three events: confidence decides (one source each): retook 0.9, fell 0.7.
  const json one = s.get_json("/api/histogram?buckets=1&heaviest=2");
  REQUIRE(one.at("buckets").size() == 1);
  CHECK(one.at("buckets")[0].at("count") == 3);
  const json& heaviest = one.at("buckets")[0].at("heaviest");
  REQUIRE(heaviest.size() == 2);
  CHECK(heaviest[0].at("headline") == "Syrian forces retook Palmyra");
  CHECK(heaviest[1].at("headline") == "Palmyra fell to militants");
  CHECK(heaviest[0].at("sources").size() == 1);
  CHECK_FALSE(s.get_json("/api/histogram?buckets=1").at("buckets")[0].contains("heaviest"));
  s.expect_error("/api/histogram?buckets=1&heaviest=21", 400);
  s.expect_error("/api/histogram?buckets=100&heaviest=11", 400);  // 1100 events: more than a page
  s.expect_error("/api/histogram?buckets=1&heaviest=-1", 400);
}

TEST_CASE("only the curation of an event that is gone can be dropped", "[web][curation]") {
  Served s;
  const std::int64_t id = s.get_json("/api/events").at("events")[0].at("id");
  post_json(s, "/api/events/" + std::to_string(id) + "/drop", "{}", 404);  // it exists: nothing orphaned
  post_json(s, "/api/events/123/drop", "{}", 404);
  const json curation = s.get_json("/api/curation");
  CHECK(curation.at("orphaned").empty());
  CHECK(curation.at("orphaned_pins").empty());
}
