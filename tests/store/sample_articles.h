// Hand-made articles for the store, export and web tests: each mention is "<headline> on <date>."
// so every offset is known, and each test states the dates and words it relies on.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/store/store.h"
#include "tests/support/dates.h"

namespace chronicle::testing {

struct MentionSpec {
  std::string value;        // TIMEX3 value, also the words of the timex: "2016-03-27"
  std::string granularity;  // "day", "month", "year", ...
  std::string start;        // "2016-03-27T00:00:00"
  std::string end;          // "2016-03-28T00:00:00"
  std::string headline;
  std::vector<events::Entity> entities;
  double confidence = 0.5;
};

inline MentionSpec on_day(const std::string& day, const std::string& next_day, const std::string& headline,
                          std::vector<events::Entity> entities = {}, double confidence = 0.5) {
  return {day, "day", day + "T00:00:00", next_day + "T00:00:00", headline, std::move(entities), confidence};
}

inline store::ProcessedArticle make_article(const std::string& title, const std::vector<MentionSpec>& specs,
                                            const std::string& url = "", const std::string& source = "") {
  store::ProcessedArticle processed;
  article::Article& a = processed.article;
  a.title = title;
  a.url = url;
  a.source = source;
  a.published = "2016-03-29T16:27:03";
  a.published_from = "field:published";
  a.format = "text";
  a.content_hash = "hash of " + title;
  a.text = title + "\n";
  a.body_begin = a.text.size();
  for (const MentionSpec& spec : specs) {
    const std::size_t sentence_begin = a.text.size();
    const std::string before = spec.headline + " on ";
    temporal::Timex timex;
    timex.text = spec.value;
    timex.begin = sentence_begin + before.size();
    timex.end = timex.begin + spec.value.size();
    timex.type = "DATE";
    timex.value = spec.value;
    timex.granularity = temporal::granularity_named(spec.granularity);
    timex.interval = interval_at(spec.start, spec.end);
    a.text += before + spec.value + ". ";
    processed.timexes.push_back(timex);

    events::Mention mention;
    mention.article_hash = a.content_hash;
    mention.date = event_date(spec.value, spec.granularity, spec.start, spec.end);
    mention.headline = spec.headline;
    mention.summary = before + spec.value + ".";
    mention.sentence = {sentence_begin, sentence_begin + mention.summary.size()};
    mention.timex = timex;
    mention.entities = spec.entities;
    mention.confidence = spec.confidence;
    processed.mentions.push_back(mention);
  }
  return processed;
}

// A fresh folder under the system temp dir, removed with everything in it at the end of scope.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + "-" +
                                                       std::to_string(reinterpret_cast<std::uintptr_t>(this)))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

// Every stored event as one line: its id, date, headline and sources (article title @ expression
// offset), the sources as stored or sorted: what two loads of the same articles must agree on.
enum class SourceOrder { kAsStored, kSorted };
inline std::set<std::string> stored_event_lines(store::Store& db, SourceOrder order) {
  store::EventQuery query;
  query.limit = 100000;
  store::EventPage page;
  REQUIRE_FALSE(db.query_events(query, page));
  std::set<std::string> out;
  for (const events::Event& e : page.events) {
    std::vector<std::string> sources;
    for (const events::Mention& m : e.sources) {
      sources.push_back(page.articles.at(m.article_id).title + "@" + std::to_string(m.timex.begin));
    }
    if (order == SourceOrder::kSorted) std::sort(sources.begin(), sources.end());
    std::string line = std::to_string(e.id) + "|" + e.date.value + "|" + e.headline + "|";
    for (const std::string& s : sources) line += s + ";";
    out.insert(line);
  }
  return out;
}

// JSON Lines articles about a few firms, dated by full dates, weekdays and months.
inline std::string firm_archive(int articles) {
  const char* firms[] = {"Atlas Shipping", "Harbor Foods", "Summit Mining"};
  const char* verbs[] = {"opened a plant", "closed a branch", "signed a contract"};
  const char* places[] = {"Lisbon", "Accra", "Busan"};
  std::string out;
  for (int i = 0; i < articles; ++i) {
    const int day = 1 + i % 27;
    const std::string date = "2016-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    std::string text;
    for (int s = 0; s < 3; ++s) {
      text += std::string(firms[(i + s) % 3]) + " " + verbs[(i * 7 + s) % 3] + " in " + places[(i + 2 * s) % 3] +
              (s == 0 ? " on March " + std::to_string(1 + (i + s) % 20) + ", 2016. " : s == 1 ? " on Monday. " : " last February. ");
    }
    out += "{\"title\": \"Report " + std::to_string(i) + "\", \"published\": \"" + date + "T09:00:00Z\", \"text\": \"" +
           text + "\", \"source\": \"Wire\"}\n";
  }
  return out;
}

}  // namespace chronicle::testing
