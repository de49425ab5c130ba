// Curation: the user's pins, hides, merges, splits and joined names are a layer the merge and every
// query obey, that later ingests never undo, and that undo takes back one action at a time.
// The articles are the store tests' hand-made ones; every expected value is worked out below.
#include <catch2/catch.hpp>

#include "core/store/store.h"
#include "tests/store/sample_articles.h"

using namespace chronicle;
using chronicle::testing::make_article;
using chronicle::testing::MentionSpec;
using chronicle::testing::on_day;
using chronicle::testing::TempDir;

namespace {

const events::Entity kPalmyra{"Palmyra", "place", {}};
const std::string kFell = "Palmyra fell to militants";
const std::string kYear = "A year of elections";
const std::string kRetook = "Syrian forces retook Palmyra";
const std::string kProtest = "Northrop Grumman protested the award";
const std::string kSigned = "EADS signed the tanker contract";

// Five events: 2015-05 kFell, 2016 kYear, 2016-03-27 kRetook (0.9) and kProtest (0.4), 2016-03-28 kSigned.
std::vector<store::ProcessedArticle> sample_batch() {
  return {
      make_article("Palmyra retaken",
                   {on_day("2016-03-27", "2016-03-28", kRetook, {kPalmyra}, 0.9),
                    MentionSpec{"2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00", kFell, {kPalmyra}, 0.7}}),
      make_article("Airbus contract", {on_day("2016-03-28", "2016-03-29", kSigned, {}, 0.6),
                                       on_day("2016-03-27", "2016-03-28", kProtest, {}, 0.4)}),
      make_article("Year in review",
                   {MentionSpec{"2016", "year", "2016-01-01T00:00:00", "2017-01-01T00:00:00", kYear, {}, 0.3}}),
  };
}

// Another report of `headline` on 2016-03-27, published after the sample articles.
store::ProcessedArticle later_report(const std::string& title, const std::string& headline, const std::string& published) {
  auto article = make_article(title, {on_day("2016-03-27", "2016-03-28", headline, {kPalmyra}, 0.8)});
  article.article.published = published;
  return article;
}

struct Fixture {
  TempDir temp{"chronicle-curation"};
  std::unique_ptr<store::Store> db;
  Fixture() {
    store::StoreError error;
    db = store::Store::open(temp.file("test.db"), error);
    REQUIRE(db);
    ingest({sample_batch()});
  }
  void ingest(const std::vector<store::ProcessedArticle>& batch) {
    store::IngestReport report;
    const auto error = db->ingest(batch, report);
    INFO((error ? error->message : ""));
    REQUIRE_FALSE(error);
  }
  std::vector<events::Event> events(store::EventQuery query) {
    store::EventPage page;
    const auto error = db->query_events(query, page);
    INFO((error ? error->message : ""));
    REQUIRE_FALSE(error);
    return page.events;
  }
  std::vector<std::string> headlines(const std::string& from, const std::string& to, bool hidden = false) {
    store::EventQuery query;
    query.from = from;
    query.to = to;
    query.include_hidden = hidden;
    std::vector<std::string> out;
    for (const events::Event& event : events(query)) out.push_back(event.headline);
    return out;
  }
  // The id of the one event whose headline is `headline` (searched among all events).
  std::int64_t id_of(const std::string& headline) {
    store::EventQuery all;
    all.include_hidden = true;
    std::int64_t id = 0;
    for (const events::Event& event : events(all)) {
      if (event.headline == headline) id = event.id;
    }
    REQUIRE(id != 0);
    return id;
  }
  std::optional<events::Event> event(std::int64_t id) {
    std::optional<events::Event> found;
    store::ArticleRefs articles;
    REQUIRE_FALSE(db->get_event(id, found, articles));
    return found;
  }
  store::CurationMark mark(std::int64_t id) {
    store::CurationMark found;
    REQUIRE_FALSE(db->curation_mark(id, found));
    return found;
  }
};

}  // namespace

TEST_CASE("a pinned headline and month survive a later ingest that grows the event", "[store][curation]") {
  Fixture f;
  const std::int64_t retook = f.id_of(kRetook);
  store::EventEdit edit;
  edit.headline = "  The Syrian army took Palmyra back ";
  edit.date = "2016-03";
  REQUIRE_FALSE(f.db->edit_event(retook, edit));

  const auto check_pinned = [&](std::size_t sources) {
    const auto event = f.event(retook);
    REQUIRE(event);
    CHECK(event->headline == "The Syrian army took Palmyra back");
    CHECK(event->date.value == "2016-03");
    CHECK(event->date.granularity == chronicle::temporal::Granularity::kMonth);
    CHECK(event->date.start == "2016-03-01T00:00:00");
    CHECK(event->date.end == "2016-04-01T00:00:00");
    CHECK(event->sources.size() == sources);
    CHECK(f.mark(retook).edited);
  };
  check_pinned(1);
  // A later report of the same happening joins the event; its id (earliest mention) stays.
  f.ingest({later_report("Palmyra again", kRetook, "2016-03-30T08:00:00")});
  check_pinned(2);
  // The pinned month, not the sources' day, places it: March 5th is inside March 2016 (and 2016).
  CHECK(f.headlines("2016-03-05", "2016-03-05") == std::vector<std::string>{kYear, "The Syrian army took Palmyra back"});
  store::EventQuery search;
  search.text = "army";
  REQUIRE(f.events(search).size() == 1);
  CHECK(f.events(search).front().id == retook);
}

TEST_CASE("a bad date or headline is refused, an unknown event is not found, and an empty value unpins", "[store][curation]") {
  Fixture f;
  const std::int64_t retook = f.id_of(kRetook);
  store::EventEdit edit;
  edit.date = "2016-13";
  auto error = f.db->edit_event(retook, edit);
  REQUIRE(error);
  CHECK(error->bad_input);
  edit.date = "March 2016";
  REQUIRE(f.db->edit_event(retook, edit));
  edit.date.reset();
  edit.headline = std::string(1001, 'x');
  REQUIRE(f.db->edit_event(retook, edit));
  edit.headline = "fine";
  error = f.db->edit_event(12345, edit);  // ids are 53-bit hashes: no sample event has this one
  REQUIRE(error);
  CHECK(error->not_found);
  CHECK(f.event(retook)->headline == kRetook);

  // A pin set and then set to "" gives the found headline back; the pinned year stays.
  store::EventEdit pin;
  pin.headline = "Pinned";
  pin.date = "2016";
  REQUIRE_FALSE(f.db->edit_event(retook, pin));
  CHECK(f.event(retook)->headline == "Pinned");
  store::EventEdit unpin;
  unpin.headline = "";
  REQUIRE_FALSE(f.db->edit_event(retook, unpin));
  CHECK(f.event(retook)->headline == kRetook);
  CHECK(f.event(retook)->date.granularity == chronicle::temporal::Granularity::kYear);
  CHECK(f.mark(retook).edited);
}

TEST_CASE("a hidden event stays out of lists and counts until asked for or unhidden", "[store][curation]") {
  Fixture f;
  const std::int64_t protest = f.id_of(kProtest);
  CHECK(f.headlines("2016-03-27", "2016-03-27") == std::vector<std::string>{kYear, kRetook, kProtest});
  REQUIRE_FALSE(f.db->hide_event(protest, true));
  CHECK(f.headlines("2016-03-27", "2016-03-27") == std::vector<std::string>{kYear, kRetook});
  CHECK(f.headlines("2016-03-27", "2016-03-27", true) == std::vector<std::string>{kYear, kRetook, kProtest});
  CHECK(f.mark(protest).hidden);
  // March 2016 in one bucket: kYear (from January), kRetook, kProtest and kSigned, less the hidden one.
  store::EventQuery march;
  march.from = "2016-03";
  march.to = "2016-03";
  std::vector<store::HistogramBucket> buckets;
  REQUIRE_FALSE(f.db->histogram(march, 1, buckets));
  REQUIRE(buckets.size() == 1);
  CHECK(buckets[0].count == 3);
  REQUIRE_FALSE(f.db->hide_event(protest, false));
  CHECK(f.headlines("2016-03-27", "2016-03-27") == std::vector<std::string>{kYear, kRetook, kProtest});
  REQUIRE_FALSE(f.db->histogram(march, 1, buckets));
  CHECK(buckets[0].count == 4);
}

TEST_CASE("two merged events stay one when a later ingest adds to one of them", "[store][curation]") {
  Fixture f;
  const std::int64_t signed_id = f.id_of(kSigned), protest = f.id_of(kProtest);
  std::int64_t merged = 0;
  REQUIRE_FALSE(f.db->merge_events(signed_id, protest, merged));
  CHECK((merged == signed_id || merged == protest));
  CHECK_FALSE(f.event(merged == signed_id ? protest : signed_id));
  REQUIRE(f.event(merged));
  CHECK(f.event(merged)->sources.size() == 2);
  CHECK(f.mark(merged).edited);
  // 27-28 March: kYear, kRetook and the merged event (the merge's other event is gone).
  CHECK(f.headlines("2016-03-27", "2016-03-28").size() == 3);

  // A new report of the protest joins the protest's mention; the must-join keeps the contract's with it.
  f.ingest({later_report("Protest again", kProtest, "2016-03-30T09:00:00")});
  const auto grown = f.event(merged);
  REQUIRE(grown);
  CHECK(grown->sources.size() == 3);
  std::set<std::string> told;
  for (const events::Mention& source : grown->sources) told.insert(source.headline);
  CHECK(told == std::set<std::string>{kSigned, kProtest});
  CHECK(f.headlines("2016-03-27", "2016-03-28").size() == 3);
}

TEST_CASE("a source split off an event stays apart when the event grows again", "[store][curation]") {
  Fixture f;
  f.ingest({later_report("Palmyra again", kRetook, "2016-03-30T08:00:00")});
  const std::int64_t retook = f.id_of(kRetook);
  const auto before = f.event(retook);
  REQUIRE(before->sources.size() == 2);
  // The sources are in canonical order; split off the one from the later article (article 4).
  std::size_t later = before->sources[0].article_id == 4 ? 0 : 1;
  REQUIRE(before->sources[later].article_id == 4);
  std::int64_t split_off = 0;
  REQUIRE_FALSE(f.db->split_source(retook, later, split_off));
  CHECK(split_off != retook);  // the event keeps its earliest mention, so its id
  REQUIRE(f.event(split_off));
  CHECK(f.event(split_off)->sources.size() == 1);
  CHECK(f.event(split_off)->sources[0].article_id == 4);
  CHECK(f.event(retook)->sources.size() == 1);

  // A third report joins the event the merge makes of all three, but article 4's stays apart.
  f.ingest({later_report("Palmyra third", kRetook, "2016-03-31T08:00:00")});
  REQUIRE(f.event(retook));
  CHECK(f.event(retook)->sources.size() == 2);
  REQUIRE(f.event(split_off));
  CHECK(f.event(split_off)->sources.size() == 1);

  std::int64_t unused = 0;
  const auto single = f.db->split_source(split_off, 0, unused);
  REQUIRE(single);
  CHECK(single->bad_input);
}

TEST_CASE("undo takes back the last actions one at a time, newest first", "[store][curation]") {
  Fixture f;
  const std::int64_t retook = f.id_of(kRetook), protest = f.id_of(kProtest), signed_id = f.id_of(kSigned),
                     fell = f.id_of(kFell);
  store::EventEdit edit;
  edit.headline = "Palmyra retaken";
  REQUIRE_FALSE(f.db->edit_event(retook, edit));
  REQUIRE_FALSE(f.db->hide_event(protest, true));
  std::int64_t merged = 0;
  REQUIRE_FALSE(f.db->merge_events(signed_id, fell, merged));
  std::vector<store::CurationEntry> log;
  REQUIRE_FALSE(f.db->curation_log(10, log));
  REQUIRE(log.size() == 3);
  CHECK(log[0].action == "merge");
  CHECK(log[2].action == "edit");

  store::CurationEntry undone;
  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "merge");
  REQUIRE(f.event(signed_id));
  REQUIRE(f.event(fell));
  CHECK(f.event(signed_id)->headline == kSigned);
  CHECK(f.event(fell)->headline == kFell);
  CHECK_FALSE(f.mark(signed_id).any());
  CHECK_FALSE(f.mark(fell).any());

  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "hide");
  CHECK(f.headlines("2016-03-27", "2016-03-27") == std::vector<std::string>{kYear, "Palmyra retaken", kProtest});

  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "edit");
  CHECK(f.event(retook)->headline == kRetook);
  CHECK_FALSE(f.mark(retook).any());

  const auto nothing = f.db->undo_curation(undone);
  REQUIRE(nothing);
  CHECK(nothing->not_found);
  REQUIRE_FALSE(f.db->curation_log(10, log));
  CHECK(log.empty());
}

TEST_CASE("curation of an event that no longer exists is reported as orphaned, not lost", "[store][curation]") {
  Fixture f;
  const std::int64_t signed_id = f.id_of(kSigned), protest = f.id_of(kProtest);
  REQUIRE_FALSE(f.db->hide_event(signed_id, true));
  REQUIRE_FALSE(f.db->hide_event(protest, true));
  std::int64_t merged = 0;
  REQUIRE_FALSE(f.db->merge_events(signed_id, protest, merged));
  std::vector<std::int64_t> orphaned;
  REQUIRE_FALSE(f.db->orphaned_curation(orphaned));
  // One of the two ids lives on as the merged event; the other's hide is kept, orphaned.
  REQUIRE(orphaned.size() == 1);
  CHECK(orphaned[0] == (merged == signed_id ? protest : signed_id));
}

TEST_CASE("the pins of an event whose id a merge takes away move to the merged event, and undo puts them back", "[store][curation]") {
  Fixture f;
  const std::int64_t signed_id = f.id_of(kSigned), protest = f.id_of(kProtest);
  store::EventEdit edit;
  edit.headline = "Northrop Grumman contested the tanker award";
  REQUIRE_FALSE(f.db->edit_event(protest, edit));
  REQUIRE_FALSE(f.db->hide_event(protest, true));
  std::int64_t merged = 0;
  REQUIRE_FALSE(f.db->merge_events(signed_id, protest, merged));
  // Whichever id the merged event keeps, it carries the protest's headline and hide: only the
  // protest pinned anything, so where they go is plain.
  const auto event = f.event(merged);
  REQUIRE(event);
  CHECK(event->headline == "Northrop Grumman contested the tanker award");
  CHECK(f.mark(merged).hidden);
  std::vector<std::int64_t> orphaned;
  REQUIRE_FALSE(f.db->orphaned_curation(orphaned));
  CHECK(orphaned.empty());

  store::CurationEntry undone;
  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "merge");
  CHECK(f.event(protest)->headline == "Northrop Grumman contested the tanker award");
  CHECK(f.mark(protest).hidden);
  CHECK(f.event(signed_id)->headline == kSigned);
  CHECK_FALSE(f.mark(signed_id).any());
}

TEST_CASE("the pins of an event follow it when an earlier report gives it a new id", "[store][curation]") {
  Fixture f;
  const std::int64_t retook = f.id_of(kRetook);
  store::EventEdit edit;
  edit.date = "2016-03";
  REQUIRE_FALSE(f.db->edit_event(retook, edit));
  // Published before the sample articles (2016-03-29T16:27), so its mention names the event now.
  f.ingest({later_report("Palmyra first", kRetook, "2016-03-28T07:00:00")});
  const std::int64_t now = f.id_of(kRetook);
  REQUIRE(now != retook);
  const auto event = f.event(now);
  REQUIRE(event);
  CHECK(event->sources.size() == 2);
  CHECK(event->date.value == "2016-03");
  CHECK(f.mark(now).edited);
  std::vector<std::int64_t> orphaned;
  REQUIRE_FALSE(f.db->orphaned_curation(orphaned));
  CHECK(orphaned.empty());
}

TEST_CASE("orphaned curation is listed with what it pins, can be dropped, and undo brings it back", "[store][curation]") {
  Fixture f;
  const std::int64_t signed_id = f.id_of(kSigned), protest = f.id_of(kProtest);
  store::EventEdit edit;
  edit.headline = "The tanker contract was signed";
  REQUIRE_FALSE(f.db->edit_event(signed_id, edit));
  edit.headline = "The award was protested";
  REQUIRE_FALSE(f.db->edit_event(protest, edit));
  std::int64_t merged = 0;
  REQUIRE_FALSE(f.db->merge_events(signed_id, protest, merged));
  // Both pinned a headline: which one the merged event should keep is the user's to say.
  const std::int64_t gone = merged == signed_id ? protest : signed_id;
  std::vector<store::OrphanedPins> pins;
  REQUIRE_FALSE(f.db->orphaned_pins(pins));
  REQUIRE(pins.size() == 1);
  CHECK(pins[0].event_id == gone);
  CHECK(pins[0].headline == std::optional<std::string>(gone == protest ? "The award was protested" : "The tanker contract was signed"));
  CHECK_FALSE(pins[0].date);
  CHECK_FALSE(pins[0].hidden);

  const auto not_orphaned = f.db->drop_orphaned(merged);
  REQUIRE(not_orphaned);
  CHECK(not_orphaned->not_found);
  REQUIRE_FALSE(f.db->drop_orphaned(gone));
  REQUIRE_FALSE(f.db->orphaned_pins(pins));
  CHECK(pins.empty());
  store::CurationEntry undone;
  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "drop");
  REQUIRE_FALSE(f.db->orphaned_pins(pins));
  REQUIRE(pins.size() == 1);
  CHECK(pins[0].event_id == gone);
}

TEST_CASE("joined entity names are listed once and filter together", "[store][curation]") {
  TempDir temp{"chronicle-names"};
  store::StoreError error;
  auto db = store::Store::open(temp.file("names.db"), error);
  REQUIRE(db);
  store::IngestReport report;
  REQUIRE_FALSE(db->ingest({make_article("iPad", {on_day("2010-01-27", "2010-01-28", "Apple unveiled the iPad",
                                                          {{"Apple", "organization", {}}})}),
                            make_article("iPad 2", {on_day("2011-03-02", "2011-03-03", "Apple Inc showed the iPad 2",
                                                            {{"Apple Inc", "organization", {}}})})},
                           report));
  std::vector<store::EntityCount> names;
  REQUIRE_FALSE(db->entities("apple", 10, names));
  CHECK(names.size() == 2);

  REQUIRE_FALSE(db->join_entity_names("Apple Inc", "Apple"));
  REQUIRE_FALSE(db->entities("apple", 10, names));
  REQUIRE(names.size() == 1);
  CHECK(names[0].name == "Apple Inc");
  CHECK(names[0].count == 2);
  store::EventQuery query;
  query.entity = "apple inc";
  store::EventPage page;
  REQUIRE_FALSE(db->query_events(query, page));
  CHECK(page.events.size() == 2);

  store::CurationEntry undone;
  REQUIRE_FALSE(db->undo_curation(undone));
  REQUIRE_FALSE(db->entities("apple", 10, names));
  CHECK(names.size() == 2);
  REQUIRE_FALSE(db->query_events(query, page));
  CHECK(page.events.size() == 1);
}

TEST_CASE("an event that names both joined names counts once under the kept name", "[store][curation]") {
  TempDir temp{"chronicle-names-once"};
  store::StoreError error;
  auto db = store::Store::open(temp.file("names.db"), error);
  REQUIRE(db);
  store::IngestReport report;
  // Three events: one names Apple, one Apple Inc, one both (and Samsung).
  REQUIRE_FALSE(db->ingest({make_article("iPad", {on_day("2010-01-27", "2010-01-28", "Apple unveiled the iPad",
                                                          {{"Apple", "organization", {}}})}),
                            make_article("iPad 2", {on_day("2011-03-02", "2011-03-03", "Apple Inc showed the iPad 2",
                                                            {{"Apple Inc", "organization", {}}})}),
                            make_article("Patents", {on_day("2012-08-24", "2012-08-25", "Apple won its patent case",
                                                             {{"Apple", "organization", {}},
                                                              {"Apple Inc", "organization", {}},
                                                              {"Samsung", "organization", {}}})})},
                           report));
  std::vector<store::EntityCount> names;
  REQUIRE_FALSE(db->join_entity_names("Apple Inc", "Apple"));
  REQUIRE_FALSE(db->entities("", 10, names));
  REQUIRE(names.size() == 2);
  CHECK(names[0].name == "Apple Inc");
  CHECK(names[0].count == 3);  // not 4: the patent case names both
  CHECK(names[1].name == "Samsung");
  CHECK(names[1].count == 1);
}

namespace {

// Every event as "id headline value sources", in order: what two databases must agree on.
std::vector<std::string> snapshot(Fixture& f) {
  store::EventQuery all;
  all.include_hidden = true;
  std::vector<std::string> out;
  for (const events::Event& event : f.events(all)) {
    out.push_back(std::to_string(event.id) + " " + event.headline + " " + event.date.value + " " +
                  std::to_string(event.sources.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("a merge and a split give the same events whether a later report comes before or after them",
          "[store][curation]") {
  const auto later = [] { return later_report("Protest again", kProtest, "2016-03-30T09:00:00"); };
  const auto palmyra = [] { return later_report("Palmyra again", kRetook, "2016-03-30T08:00:00"); };
  // After: curate the sample, then load the later reports.
  Fixture after;
  std::int64_t merged = 0, split_off = 0;
  after.ingest({palmyra()});
  REQUIRE_FALSE(after.db->merge_events(after.id_of(kSigned), after.id_of(kProtest), merged));
  const auto retook = after.event(after.id_of(kRetook));
  const std::size_t later_source = retook->sources[0].article_id == 4 ? 0 : 1;
  REQUIRE_FALSE(after.db->split_source(retook->id, later_source, split_off));
  after.ingest({later()});
  // Before: load everything first, then make the same decisions.
  Fixture before;
  before.ingest({palmyra(), later()});
  std::int64_t merged_before = 0, split_before = 0;
  REQUIRE_FALSE(before.db->merge_events(before.id_of(kSigned), before.id_of(kProtest), merged_before));
  const auto retook_before = before.event(before.id_of(kRetook));
  REQUIRE(retook_before->sources.size() == 2);
  const std::size_t source_before = retook_before->sources[0].article_id == 4 ? 0 : 1;
  REQUIRE_FALSE(before.db->split_source(retook_before->id, source_before, split_before));

  CHECK(merged_before == merged);
  CHECK(split_before == split_off);
  // Five events: kFell, kYear, kRetook (one source), its split-off report, and the merged
  // contract-and-protest event (three sources).
  const std::vector<std::string> expected = snapshot(after);
  CHECK(expected.size() == 5);
  CHECK(snapshot(before) == expected);
}

TEST_CASE("splitting off an event's earliest source leaves the user's headline with the rest of the event",
          "[store][curation]") {
  Fixture f;
  f.ingest({later_report("Palmyra again", kRetook, "2016-03-30T08:00:00")});
  const std::int64_t retook = f.id_of(kRetook);
  store::EventEdit edit;
  edit.headline = "Palmyra retaken";
  REQUIRE_FALSE(f.db->edit_event(retook, edit));
  const auto before = f.event(retook);
  REQUIRE(before->sources.size() == 2);
  // Article 1's mention (published 29 March) is the earliest, so the id is its.
  const std::size_t first = before->sources[0].article_id == 1 ? 0 : 1;
  REQUIRE(before->sources[first].article_id == 1);
  std::int64_t split_off = 0;
  REQUIRE_FALSE(f.db->split_source(retook, first, split_off));
  CHECK(split_off == retook);
  CHECK(f.event(split_off)->headline == kRetook);
  CHECK(f.event(split_off)->sources[0].article_id == 1);
  const std::int64_t rest = f.id_of("Palmyra retaken");
  CHECK(rest != retook);
  CHECK(f.event(rest)->sources[0].article_id == 4);

  store::CurationEntry undone;
  REQUIRE_FALSE(f.db->undo_curation(undone));
  CHECK(undone.action == "split");
  REQUIRE(f.event(retook));
  CHECK(f.event(retook)->headline == "Palmyra retaken");
  CHECK(f.event(retook)->sources.size() == 2);
}
