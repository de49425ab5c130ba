// Wire reprints: one agency story run by several outlets, lightly edited, is linked to one original
// and counts as one independent source of the events it tells, in any load order.
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "core/store/reprints.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::on_day;
using chronicle::testing::TempDir;
using nlohmann::json;

namespace {

// An agency story of four paragraphs (about 120 words).
const std::string kStory =
    "The harbour authority in Bergen approved a plan to deepen the main shipping channel, officials said, "
    "ending two years of disputes with local fishing groups over the cost of the work.\n"
    "The project will allow larger container ships to dock at the northern quay and is expected to "
    "create several hundred jobs during construction, according to the regional council.\n"
    "Fishing groups had argued that dredging would damage spawning grounds in the inner fjord, and "
    "they said they would study the final plan before deciding whether to appeal.\n"
    "Work is due to begin in the spring and to be finished within three years, the authority said in a "
    "statement released after the vote.\n";

// The same story as another outlet ran it: its second paragraph rewritten, a trailer added.
const std::string kEditedCopy =
    "The harbour authority in Bergen approved a plan to deepen the main shipping channel, officials said, "
    "ending two years of disputes with local fishing groups over the cost of the work.\n"
    "Port managers hope the deeper channel will bring back shipping lines that moved to Stavanger last "
    "decade.\n"
    "Fishing groups had argued that dredging would damage spawning grounds in the inner fjord, and "
    "they said they would study the final plan before deciding whether to appeal.\n"
    "Work is due to begin in the spring and to be finished within three years, the authority said in a "
    "statement released after the vote.\n"
    "Reporting by Anna Keller; editing by Omar Haddad.\n";

// Another story of the same outlet on the same day.
const std::string kOtherStory =
    "The city council in Bergen voted to extend the opening hours of public libraries through the "
    "winter months, after a petition signed by more than four thousand residents.\n"
    "Libraries will stay open until nine in the evening on weekdays, and the council set aside money "
    "for extra staff and for heating the older buildings in the centre.\n"
    "Opposition members said the plan was welcome but asked how it would be paid for next year, when "
    "the budget is expected to be tighter.\n";

// An article titled `title`, published at `published` by `source`, whose body is one dated sentence
// ("Bergen approved the channel plan on 2016-03-27.") followed by `body`.
store::ProcessedArticle story(const std::string& title, const std::string& published, const std::string& source,
                              const std::string& body, bool dated = true) {
  std::vector<testing::MentionSpec> specs;
  if (dated) {
    specs.push_back(on_day("2016-03-27", "2016-03-28", "Bergen approved the channel plan",
                           {{"Bergen", "place", {}}}, 0.8));
  }
  store::ProcessedArticle processed = make_article(title, specs, "https://example.org/" + title, source);
  processed.article.text += body;
  processed.article.published = published;
  return processed;
}

std::unique_ptr<store::Store> open_store(const std::string& path) {
  store::StoreError error;
  auto db = store::Store::open(path, error);
  INFO(error.message);
  REQUIRE(db);
  return db;
}

void ingest(store::Store& db, const std::vector<store::ProcessedArticle>& batch) {
  store::IngestReport report;
  const auto failed = db.ingest(batch, report);
  INFO((failed ? failed->message : std::string()));
  REQUIRE_FALSE(failed);
}

// Every stored article's title, with the title of its original when it is a reprint ("" otherwise).
std::map<std::string, std::string> originals_by_title(store::Store& db) {
  store::ArticlePage page;
  REQUIRE_FALSE(db.list_articles(1000, "", page));
  std::map<std::int64_t, std::string> title_of;
  for (const auto& summary : page.articles) title_of[summary.id] = summary.title;
  std::map<std::string, std::string> originals;
  for (const auto& summary : page.articles) {
    std::optional<store::ArticleDetail> detail;
    REQUIRE_FALSE(db.get_article(summary.id, detail));
    REQUIRE(detail);
    originals[summary.title] = detail->reprint_of ? title_of.at(*detail->reprint_of) : "";
  }
  return originals;
}

std::vector<json> event_documents(store::Store& db) {
  store::EventQuery all;
  all.limit = 1000;
  std::vector<std::string> documents;
  std::string next;
  std::size_t left_out = 0;
  REQUIRE_FALSE(db.query_event_documents(all, documents, next, left_out));
  std::vector<json> parsed;
  for (const std::string& document : documents) parsed.push_back(json::parse(document));
  return parsed;
}

// Each event's headline with its number of sources and of independent sources.
std::map<std::string, std::pair<std::size_t, std::int64_t>> source_counts(store::Store& db) {
  std::map<std::string, std::pair<std::size_t, std::int64_t>> counts;
  for (const json& event : event_documents(db)) {
    counts[event.at("headline").get<std::string>()] = {event.at("sources").size(),
                                                       event.at("independent_sources").get<std::int64_t>()};
  }
  return counts;
}

}  // namespace

TEST_CASE("resemblance is the share of five-word runs two bodies have in common, whatever the case and punctuation",
          "[store][reprints]") {
  // 12 words: 8 runs of five. Two more words at the end add 2 runs: 8 shared of 10.
  const auto twelve = store::sketch_of("one two three four five six seven eight nine ten eleven twelve");
  const auto fourteen = store::sketch_of("One, TWO three -- four five six seven eight nine ten eleven twelve thirteen fourteen");
  CHECK(twelve.shingles.size() == 8);
  CHECK(fourteen.shingles.size() == 10);
  CHECK(store::resemblance(twelve, fourteen) == Approx(0.8));
  // "six" replaced: the 5 runs that hold it differ, 3 of 8 are shared, 13 distinct in all.
  const auto changed = store::sketch_of("one two three four five sixty seven eight nine ten eleven twelve");
  CHECK(store::resemblance(twelve, changed) == Approx(3.0 / 13.0));
  // The same body gives the same band keys; a body of 11 words (7 runs) is too short to compare.
  CHECK(store::sketch_of("one two three four five six seven eight nine ten eleven twelve").bands == twelve.bands);
  CHECK(twelve.comparable());
  CHECK_FALSE(store::sketch_of("one two three four five six seven eight nine ten eleven").comparable());
}

TEST_CASE("a story and a lightly edited copy in another outlet are linked to the one published first",
          "[store][reprints]") {
  // Of the story's runs of five words, the copy keeps all but those of its second paragraph (and
  // the runs across its edges), and adds those of its new paragraph and trailer.
  CHECK(store::resemblance(store::sketch_of(kStory), store::sketch_of(kEditedCopy)) >= store::kReprintResemblance);
  TempDir temp("chronicle-reprints");
  auto db = open_store(temp.file("db.sqlite"));
  ingest(*db, {story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Wire Service", kStory),
               story("Fishing groups weigh appeal as Bergen deepens channel", "2016-03-28T14:30:00Z", "Evening Post",
                     kEditedCopy)});
  const auto originals = originals_by_title(*db);
  CHECK(originals.at("Fishing groups weigh appeal as Bergen deepens channel") == "Bergen approves channel plan");
  CHECK(originals.at("Bergen approves channel plan").empty());
  std::optional<store::ArticleDetail> original;
  REQUIRE_FALSE(db->get_article(1, original));
  REQUIRE(original);
  CHECK(original->reprints == std::vector<std::int64_t>{2});
}

TEST_CASE("two different stories of one outlet on the same day are not linked", "[store][reprints]") {
  CHECK(store::resemblance(store::sketch_of(kStory), store::sketch_of(kOtherStory)) < 0.05);
  TempDir temp("chronicle-reprints");
  auto db = open_store(temp.file("db.sqlite"));
  ingest(*db, {story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Daily Ledger", kStory),
               story("Libraries to stay open later", "2016-03-28T11:00:00Z", "Daily Ledger", kOtherStory)});
  const auto originals = originals_by_title(*db);
  CHECK(originals.at("Bergen approves channel plan").empty());
  CHECK(originals.at("Libraries to stay open later").empty());
}

TEST_CASE("an event told by a story and its reprint counts one independent source, and a second story two",
          "[store][reprints]") {
  TempDir temp("chronicle-reprints");
  auto db = open_store(temp.file("db.sqlite"));
  ingest(*db, {story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Wire Service", kStory),
               story("Fishing groups weigh appeal", "2016-03-28T14:30:00Z", "Evening Post", kEditedCopy)});
  std::vector<json> events = event_documents(*db);
  REQUIRE(events.size() == 1);
  CHECK(events[0].at("sources").size() == 2);
  CHECK(events[0].at("independent_sources") == 1);
  // The reprint names its original; the original carries no such member.
  for (const json& source : events[0].at("sources")) {
    if (source.at("article_id") == 2) CHECK(source.at("reprint_of") == 1);
    else CHECK_FALSE(source.contains("reprint_of"));
  }
  // A story of its own about the same happening is a second independent source.
  ingest(*db, {story("Libraries to stay open later", "2016-03-28T11:00:00Z", "Daily Ledger", kOtherStory)});
  events = event_documents(*db);
  REQUIRE(events.size() == 1);
  CHECK(events[0].at("sources").size() == 3);
  CHECK(events[0].at("independent_sources") == 2);
}

TEST_CASE("loading the same articles in either order gives the same links and the same source counts",
          "[store][reprints]") {
  // The copy published last is an edit of the copy before it; whatever comes first, the group's
  // original is the story published first.
  const std::string second_copy = kEditedCopy + "A version of this story ran in the morning edition.\n";
  const std::vector<store::ProcessedArticle> articles = {
      story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Wire Service", kStory),
      story("Fishing groups weigh appeal", "2016-03-28T14:30:00Z", "Evening Post", kEditedCopy),
      story("Channel plan approved", "2016-03-29T06:00:00Z", "Morning Star", second_copy),
      story("Libraries to stay open later", "2016-03-28T11:00:00Z", "Daily Ledger", kOtherStory),
      story("Library hours", "2016-03-28T12:00:00Z", "Daily Ledger", kOtherStory + "More on page 4.\n", false)};
  TempDir temp("chronicle-reprints");
  auto forward = open_store(temp.file("forward.sqlite"));
  for (const auto& article : articles) ingest(*forward, {article});
  auto backward = open_store(temp.file("backward.sqlite"));
  for (auto it = articles.rbegin(); it != articles.rend(); ++it) ingest(*backward, {*it});

  const std::map<std::string, std::string> expected = {
      {"Bergen approves channel plan", ""},
      {"Fishing groups weigh appeal", "Bergen approves channel plan"},
      {"Channel plan approved", "Bergen approves channel plan"},
      {"Libraries to stay open later", ""},
      {"Library hours", "Libraries to stay open later"}};
  CHECK(originals_by_title(*forward) == expected);
  CHECK(originals_by_title(*backward) == expected);
  // One event, told by four articles: the wire story with its two copies, and the library story.
  const std::map<std::string, std::pair<std::size_t, std::int64_t>> counts = {
      {"Bergen approved the channel plan", {4, 2}}};
  CHECK(source_counts(*forward) == counts);
  CHECK(source_counts(*backward) == counts);
}

TEST_CASE("a page read before a reprint arrives shows the new link once it is stored", "[store][reprints]") {
  TempDir temp("chronicle-reprints");
  auto db = open_store(temp.file("db.sqlite"));
  // The later copy comes first and tells the event; the story it copies, published earlier and
  // telling nothing dated, comes next: the event's row does not change, its source's link does.
  ingest(*db, {story("Fishing groups weigh appeal", "2016-03-28T14:30:00Z", "Evening Post", kEditedCopy)});
  std::vector<json> events = event_documents(*db);
  REQUIRE(events.size() == 1);
  CHECK_FALSE(events[0].at("sources").at(0).contains("reprint_of"));
  ingest(*db, {story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Wire Service", kStory, false)});
  events = event_documents(*db);
  REQUIRE(events.size() == 1);
  CHECK(events[0].at("sources").at(0).at("reprint_of") == 2);
  CHECK(events[0].at("independent_sources") == 1);
}

TEST_CASE("a database stored before reprint links gains them when it is upgraded", "[store][reprints][upgrade]") {
  TempDir temp("chronicle-reprints");
  const std::string path = temp.file("db.sqlite");
  {
    auto db = open_store(path);
    ingest(*db, {story("Fishing groups weigh appeal", "2016-03-28T14:30:00Z", "Evening Post", kEditedCopy),
                 story("Bergen approves channel plan", "2016-03-28T09:00:00Z", "Wire Service", kStory)});
  }
  {  // What a database of schema version 9 holds: no reprint tables.
    std::string message;
    auto connection = store::sql::Connection::open(path, false, message);
    REQUIRE(connection);
    REQUIRE_FALSE(connection->exec("DROP TABLE reprint_bands; DROP TABLE article_reprints; DROP TABLE reprint_links; "
                                   "PRAGMA user_version = 9"));
  }
  auto upgraded = open_store(path);
  const auto originals = originals_by_title(*upgraded);
  CHECK(originals.at("Fishing groups weigh appeal") == "Bergen approves channel plan");
  CHECK(originals.at("Bergen approves channel plan").empty());
  const std::vector<json> events = event_documents(*upgraded);
  REQUIRE(events.size() == 1);
  CHECK(events[0].at("independent_sources") == 1);
}
