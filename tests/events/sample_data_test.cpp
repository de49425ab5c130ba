// The articles under sample_data/ through the whole path: loader, tagger, extraction, merging.
// Expectations are read off the articles by hand; they hold as long as the tagger resolves the
// expressions named below the way a reader would.
#include <map>

#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"

using namespace chronicle;
using namespace chronicle::events;

namespace {

struct Sample {
  std::map<std::string, std::string> hash_of_file;  // file name -> content hash
  std::vector<Event> events;

  Sample() {
    std::vector<article::LoadError> errors;
    std::vector<Mention> mentions;
    for (const auto& file : article::list_inputs({std::string(CHRONICLE_SOURCE_DIR) + "/sample_data"}, errors)) {
      for (const auto& a : article::load_file(file, {}).articles) {
        hash_of_file[file.substr(file.rfind('/') + 1)] = a.content_hash;
        temporal::TagOptions options;
        options.dct = a.published;
        const auto found = extract(a, temporal::tag(a.text, options));
        mentions.insert(mentions.end(), found.begin(), found.end());
      }
    }
    events = merge(mentions);
  }

  // The event with a source from `file` dated by the expression `timex`.
  const Event* told_by(const std::string& file, const std::string& timex) const {
    const auto hash = hash_of_file.find(file);
    if (hash == hash_of_file.end()) return nullptr;
    for (const Event& e : events) {
      for (const Mention& m : e.sources) {
        if (m.article_hash == hash->second && m.timex.text == timex) return &e;
      }
    }
    return nullptr;
  }
};

const Sample& sample() {
  static const Sample loaded;
  return loaded;
}

}  // namespace

TEST_CASE("the 1991 agreement between the two Apples, told by the 2006 lawsuit and the 2007 settlement, is one event",
          "[events][sample]") {
  const Event* lawsuit = sample().told_by("2006-03-28-beatles-apple-corps-sues-apple-computer.txt", "1991");
  const Event* settlement = sample().told_by("2007-02-06-apple-inc-apple-corps-resolve-trademark-dispute.txt", "1991");
  REQUIRE(lawsuit != nullptr);
  CHECK(lawsuit == settlement);
  CHECK(lawsuit->date.value == "1991");
}

TEST_CASE("the 787's rollout day, named twice in one sentence, is one event", "[events][sample]") {
  const Event* by_weekday = sample().told_by("2007-07-09-boeing-unveils-new-787-dreamliner.txt", "Sunday");
  const Event* by_numbers = sample().told_by("2007-07-09-boeing-unveils-new-787-dreamliner.txt", "7/8/07");
  REQUIRE(by_weekday != nullptr);
  CHECK(by_weekday == by_numbers);
  CHECK(by_weekday->date.value == "2007-07-08");
}

TEST_CASE("GM's filing at noon and Obama's speech at four on the same day stay apart", "[events][sample]") {
  const Event* filing = sample().told_by("2009-06-01-u-s-manufacturer-general-motors-seeks-bankruptcy-protection.txt",
                                         "12:00 UTC Monday");
  const Event* speech =
      sample().told_by("2009-06-01-barack-obama-presents-rescue-plan-after-gm-declaration-of-ba.txt", "16:00 UTC today");
  REQUIRE(filing != nullptr);
  REQUIRE(speech != nullptr);
  CHECK(filing != speech);
  CHECK(filing->headline == "General Motors filed for bankruptcy and Chapter 11 protection from its creditors");
  CHECK(speech->headline == "Barack Obama presented a reorganization plan following the announcement by General Motors");
}

TEST_CASE("the seed's three happenings come out of the sample with their participants", "[events][sample]") {
  const std::string seed = "000_a4e3cdde688320d9.txt";
  const Event* taken = sample().told_by(seed, "Sunday");
  const Event* fell = sample().told_by(seed, "last May");
  const Event* hailed = sample().told_by(seed, "Monday");
  REQUIRE(taken != nullptr);
  REQUIRE(fell != nullptr);
  REQUIRE(hailed != nullptr);
  CHECK(taken->date.value == "2016-03-27");
  CHECK(taken->headline == "Syrian armed forces established full control over Palmyra");
  CHECK(fell->date.value == "2015-05");
  CHECK(fell->headline == "Palmyra had fallen to ISIS");
  CHECK(hailed->date.value == "2016-03-28");
  CHECK(hailed->headline == "Ali Shamkhani hailed the Syrian army's recapture of Palmyra");
}

TEST_CASE("no two events of the sample have the same date and headline", "[events][sample]") {
  std::map<std::string, int> seen;
  for (const Event& e : sample().events) {
    INFO(e.date.value << " " << e.headline);
    CHECK(++seen[e.date.value + " " + e.headline] == 1);
  }
}
