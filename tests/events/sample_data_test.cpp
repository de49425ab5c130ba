// The articles under sample_data/ through the whole path: loader, tagger, extraction, merging.
// Expectations are read off the articles by hand; they hold as long as the tagger resolves the
// expressions named below the way a reader would.
#include <algorithm>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"

using namespace chronicle;
using namespace chronicle::events;

namespace {

struct Sample {
  std::map<std::string, std::string> hash_of_file;  // file name -> content hash (one-article files)
  std::map<std::string, std::string> hash_of_title;  // article title -> content hash
  std::vector<Event> events;

  Sample() {
    std::vector<article::LoadError> errors;
    std::vector<Mention> mentions;
    for (const auto& file : article::list_inputs({std::string(CHRONICLE_SOURCE_DIR) + "/sample_data"}, errors)) {
      for (const auto& a : article::load_file(file, {}).articles) {
        hash_of_file[file.substr(file.rfind('/') + 1)] = a.content_hash;
        hash_of_title[a.title] = a.content_hash;
        temporal::TagOptions options;
        options.dct = a.published;
        const auto found = extract(a, temporal::tag(a.text, options));
        mentions.insert(mentions.end(), found.begin(), found.end());
      }
    }
    events = merge(mentions);
  }

  // The event with a source from `article` (a file name or an article title) dated by the
  // expression `timex`.
  const Event* told_by(const std::string& article, const std::string& timex) const {
    const auto all = all_told_by(article, timex);
    return all.empty() ? nullptr : all.front();
  }

  // Every event with such a source, once each, in timeline order.
  std::vector<const Event*> all_told_by(const std::string& article, const std::string& timex) const {
    std::vector<const Event*> found;
    std::string hash;
    if (const auto by_file = hash_of_file.find(article); by_file != hash_of_file.end()) {
      hash = by_file->second;
    } else if (const auto by_title = hash_of_title.find(article); by_title != hash_of_title.end()) {
      hash = by_title->second;
    } else {
      return found;
    }
    for (const Event& e : events) {
      for (const Mention& m : e.sources) {
        if (m.article_hash == hash && m.timex.text == timex) {
          found.push_back(&e);
          break;
        }
      }
    }
    return found;
  }

  // How many events dated inside [from, to) have a headline containing `words`.
  std::size_t count(const std::string& from, const std::string& to, const std::string& words) const {
    return static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [&](const Event& e) {
      return e.date.start >= from && e.date.start < to && e.headline.find(words) != std::string::npos;
    }));
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

// ---- The whole of sample_data/, audited by hand ----------------------------------------------------
// Every event of `events_bench events sample_data` was read against its articles. The happenings
// told more than once are checked below to be one event each; the same-day pairs that are
// different happenings are checked to stay apart. core/events/README.md lists the audit.

namespace {

const std::string kGmFiling = "2009-06-01-u-s-manufacturer-general-motors-seeks-bankruptcy-protection.txt";
const std::string kObamaPlan = "2009-06-01-barack-obama-presents-rescue-plan-after-gm-declaration-of-ba.txt";
const std::string kHenderson = "2009-06-04-ceo-of-gm-outlines-plan-for-new-gm-after-auto-company-declar.txt";
const std::string kGmDeadline = "2009-05-28-bankruptcy-for-u-s-automaker-gm-becomes-almost-certain-after.txt";

std::set<std::string> articles_of(const Event& e) {
  std::set<std::string> hashes;
  for (const Mention& m : e.sources) hashes.insert(m.article_hash);
  return hashes;
}

}  // namespace

TEST_CASE("GM's bankruptcy filing is one event on 2009-06-01, told by the three articles that tell it",
          "[events][sample]") {
  const Event* filing = sample().told_by(kGmFiling, "12:00 UTC Monday");
  REQUIRE(filing != nullptr);
  // "which filed for bankruptcy ... earlier today" in the June 4 article, in a sentence that
  // writes "June 1st"; "the 12:00 UTC announcement by General Motors that it had filed" in
  // Obama's.
  CHECK(sample().told_by(kHenderson, "earlier today") == filing);
  CHECK(sample().told_by(kObamaPlan, "12:00 UTC") == filing);
  CHECK(articles_of(*filing).size() == 3);
  CHECK(filing->date.value == "2009-06-01T12:00Z");
  CHECK(filing->date.start == "2009-06-01T12:00:00");
  CHECK(filing->headline == "General Motors filed for bankruptcy and Chapter 11 protection from its creditors");
  // Nowhere else in June 2009 does GM file.
  CHECK(sample().count("2009-06-01", "2009-07-01", "filed for bankruptcy") == 1);
}

TEST_CASE("Henderson's plan for a New GM is one event at 16:15 UTC on June 1, apart from the filing",
          "[events][sample]") {
  const Event* by_clock = sample().told_by(kHenderson, "16:15 UTC");
  REQUIRE(by_clock != nullptr);
  CHECK(sample().told_by(kHenderson, "June 1st") == by_clock);
  CHECK(by_clock->date.value == "2009-06-01T16:15Z");
  CHECK(by_clock->headline == "Fritz Henderson outlined a plan for what he called a New GM");
}

TEST_CASE("June 1, 2009: the filing, Obama's speech, Henderson's plan and GM's deadline are four events",
          "[events][sample]") {
  const std::set<const Event*> distinct = {
      sample().told_by(kGmFiling, "12:00 UTC Monday"), sample().told_by(kObamaPlan, "16:00 UTC today"),
      sample().told_by(kHenderson, "16:15 UTC"), sample().told_by(kGmDeadline, "June 1")};
  CHECK(distinct.size() == 4);
  CHECK_FALSE(distinct.count(nullptr));
}

TEST_CASE("the 1991 agreement between the two Apples is one event, told four times by three articles",
          "[events][sample]") {
  const Event* lawsuit = sample().told_by("2006-03-28-beatles-apple-corps-sues-apple-computer.txt", "1991");
  REQUIRE(lawsuit != nullptr);
  // "the 1991 settlement reached between the two parties" and "The 1991 agreement was that ...".
  const auto ruling = sample().all_told_by("2006-05-08-apple-corps-loses-court-case-against-apple-computer.txt", "1991");
  REQUIRE(ruling.size() == 1);
  CHECK(ruling.front() == lawsuit);
  CHECK(sample().told_by("2007-02-06-apple-inc-apple-corps-resolve-trademark-dispute.txt", "1991") == lawsuit);
  CHECK(lawsuit->sources.size() == 4);
  CHECK(articles_of(*lawsuit).size() == 3);
}

TEST_CASE("Steve Jobs's fight with cancer since 2004 is one event, told by two articles", "[events][sample]") {
  const Event* memo = sample().told_by("2011-01-17-apple-inc-ceo-steve-jobs-on-medical-leave.txt", "2004");
  REQUIRE(memo != nullptr);
  CHECK(sample().told_by("Apple Inc. co-founder Steve Jobs dies aged 56", "2004") == memo);
  CHECK(memo->date.value == "2004");
  CHECK(articles_of(*memo).size() == 2);
}

TEST_CASE("an announcement and the sentence about that announcement are one event", "[events][sample]") {
  // "Apple Inc. announced Friday that it will give owners ..." and "The announcement came in a
  // rare press conference held by Apple on Friday morning."
  const std::string cases = "2010-07-17-apple-to-give-free-cases-refunds-to-iphone-4-owners.txt";
  const Event* announced = sample().told_by(cases, "Friday");
  REQUIRE(announced != nullptr);
  CHECK(sample().told_by(cases, "Friday morning") == announced);
  CHECK(announced->date.value == "2010-07-16TMO");
  // "Steve Jobs ... announced Monday in an internal memo" and "Monday's email announcement".
  const auto leave = sample().all_told_by("2011-01-17-apple-inc-ceo-steve-jobs-on-medical-leave.txt", "Monday");
  CHECK(leave.size() == 1);
}

TEST_CASE("one happening dated twice in one sentence is one event", "[events][sample]") {
  const std::string flight = "2009-12-16-boeing-787-dreamliner-makes-maiden-flight.txt";
  const Event* by_day = sample().told_by(flight, "Tuesday");
  REQUIRE(by_day != nullptr);
  CHECK(sample().told_by(flight, "18:00 UTC") == by_day);
  CHECK(by_day->date.value == "2009-12-15T18:00Z");
  CHECK(by_day->headline == "Boeing's newest commercial aircraft made its first test flight in Everett, Washington");
  const std::string g7 = "2008-10-13-global-markets-surge-in-value.txt";
  REQUIRE(sample().told_by(g7, "the same time") != nullptr);
  CHECK(sample().told_by(g7, "Autumn") == sample().told_by(g7, "the same time"));
}

TEST_CASE("the markets' fall 'this week' of October 9, 2008 joins the fall told on Monday October 6",
          "[events][sample]") {
  // ISO week 41 of 2008 runs from Monday October 6 to Sunday October 12.
  const Event* week = sample().told_by("Markets down across the world; Dow Jones falls below 9,000", "this week");
  REQUIRE(week != nullptr);
  CHECK(sample().told_by("Worldwide markets fall precipitously", "today") == week);
  CHECK(week->date.value == "2008-10-06");
}

TEST_CASE("different happenings of the same day in the sample stay apart", "[events][sample]") {
  // March 19, 2007: the first A380 landing in the United States and a second A380 flying there.
  CHECK(sample().all_told_by("2007-03-19-a380-makes-maiden-flight-to-us.txt", "Monday").size() == 2);
  // September 17, 2008: the world's markets falling and Russia's trading suspended.
  const Event* fall = sample().told_by("Stock markets worldwide fall dramatically", "today");
  const Event* suspended = sample().told_by("Russian stock markets suspended amid market turmoil", "a second consecutive day");
  REQUIRE(fall != nullptr);
  REQUIRE(suspended != nullptr);
  CHECK(fall != suspended);
  // October 6, 2008: the world's markets falling, the FTSE at 14:48 UTC and the Dow at 16:08 UTC.
  const std::string october_6 = "Worldwide markets fall precipitously";
  const std::set<const Event*> that_monday = {sample().told_by(october_6, "today"),
                                              sample().told_by(october_6, "14:48 UTC"),
                                              sample().told_by(october_6, "16:08 UTC")};
  CHECK(that_monday.size() == 3);
  CHECK_FALSE(that_monday.count(nullptr));
  // The weekend of October 11-12, 2008: the G7 meeting in Washington and the many other meetings.
  const std::string g7 = "2008-10-13-global-markets-surge-in-value.txt";
  CHECK(sample().told_by(g7, "the weekend") != sample().told_by(g7, "the same time"));
}
