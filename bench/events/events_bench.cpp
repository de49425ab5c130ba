// Speed of event extraction and merging.
//
//   events_bench extract PATH...   load, tag and extract every article under PATH; report the time
//                                  spent tagging and extracting (extraction should add at most 2x)
//   events_bench events PATH...    the same, then print the merged events (a look at the output)
//   events_bench timeline NAME PATH...  the merged events of NAME (a participant), in timeline order
//   events_bench mentions PATH...  every mention, article by article: date, expression, headline,
//                                  sentence
//   events_bench merge N           merge N synthetic mentions, and N/4, N/2 of them, to show growth
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <date/date.h>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"

using namespace chronicle;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void print_events(const std::vector<events::Event>& merged) {
  for (const auto& e : merged) {
    std::printf("%-10s %.2f %s  [%zu source%s]\n", e.date.value.c_str(), e.confidence, e.headline.c_str(),
                e.sources.size(), e.sources.size() == 1 ? "" : "s");
    std::string people;
    for (const auto& entity : e.entities) people += entity.name + " (" + entity.kind + "), ";
    if (!people.empty()) std::printf("           %s\n", people.substr(0, people.size() - 2).c_str());
  }
}

void print_mentions(const std::vector<article::Article>& articles, const std::vector<events::Mention>& mentions) {
  for (const auto& a : articles) {
    std::printf("== %s (%s)\n", a.title.c_str(), a.published.c_str());
    for (const auto& m : mentions) {
      if (m.article_hash != a.content_hash) continue;
      std::printf("  %-18s %-9s %.2f%s \"%s\" -> %s\n", m.date.value.c_str(), std::string(temporal::name_of(m.date.granularity)).c_str(), m.confidence,
                  m.reporting ? " R" : "", m.timex.text.c_str(), m.headline.c_str());
      std::printf("      | %s\n", m.summary.c_str());
    }
  }
}

int extract_paths(const std::vector<std::string>& paths, bool print, const std::string& entity = "",
                  bool print_each_mention = false) {
  std::vector<article::LoadError> errors;
  const auto files = article::list_inputs(paths, errors);
  std::vector<article::Article> articles;
  for (const auto& file : files) {
    auto loaded = article::load_file(file, {});
    for (auto& a : loaded.articles) articles.push_back(std::move(a));
  }
  // The best of five rounds of each step: the machine is shared, and the first round pays for
  // cold caches.
  std::size_t bytes = 0, timex_count = 0;
  std::vector<std::vector<temporal::Timex>> timexes;
  std::vector<events::Mention> mentions;
  double tag_seconds = 1e9, extract_seconds = 1e9;
  for (int round = 0; round < 5; ++round) {
    timexes.clear();
    bytes = timex_count = 0;
    const auto tag_start = Clock::now();
    for (const auto& a : articles) {
      temporal::TagOptions options;
      options.dct = a.published;
      timexes.push_back(temporal::tag(a.text, options));
      bytes += a.text.size();
      timex_count += timexes.back().size();
    }
    tag_seconds = std::min(tag_seconds, seconds_since(tag_start));
    mentions.clear();
    const auto extract_start = Clock::now();
    for (std::size_t i = 0; i < articles.size(); ++i) {
      auto found = events::extract(articles[i], timexes[i]);
      mentions.insert(mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    extract_seconds = std::min(extract_seconds, seconds_since(extract_start));
  }
  if (print_each_mention) print_mentions(articles, mentions);
  const std::size_t mention_count = mentions.size();
  const auto merge_start = Clock::now();
  const auto merged = events::merge(std::move(mentions));
  const double merge_seconds = seconds_since(merge_start);
  std::printf("%zu articles, %zu bytes, %zu timexes, %zu mentions, %zu events\n", articles.size(), bytes, timex_count,
              mention_count, merged.size());
  std::printf("tag %.4f s, extract %.4f s (%.2fx of tagging), merge %.4f s\n", tag_seconds, extract_seconds,
              tag_seconds > 0 ? extract_seconds / tag_seconds : 0.0, merge_seconds);
  if (print) print_events(entity.empty() ? merged : events::timeline_for(merged, entity));
  return 0;
}

// Synthetic mentions: many days over ten years, a pool of participants and verbs, and repeated
// tellings of the same happening by different articles, as a busy news archive would give.
std::vector<events::Mention> synthetic(std::size_t n) {
  static const char* kVerbs[] = {"retook", "attacked", "praised", "announced", "released", "bought", "sold", "met",
                                 "signed", "criticized", "killed", "elected"};
  static const char* kObjects[] = {"the town", "a new phone", "the treaty", "the company", "the airport",
                                   "the bridge", "the minister", "a contract"};
  std::mt19937_64 random(42);
  std::vector<events::Mention> mentions;
  mentions.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t happening = random() % (n / 3 + 1);  // about three tellings per happening
    std::mt19937_64 same(happening);
    const int day = static_cast<int>(same() % 3650);
    const int year = 2010 + day / 365, month = 1 + (day % 365) / 31, mday = 1 + (day % 365) % 28;
    char date[32], start[32], end[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, mday);
    std::snprintf(start, sizeof start, "%04d-%02d-%02dT00:00:00", year, month, mday);
    std::snprintf(end, sizeof end, "%04d-%02d-%02dT00:00:00", year, month, mday + 1);
    events::Mention m;
    m.article_hash = "article-" + std::to_string(random() % (n / 5 + 1));
    const std::int64_t first_second =
        std::int64_t{::date::sys_days{::date::year{year} / month / mday}.time_since_epoch().count()} * 86400;
    m.date = {date, temporal::Granularity::kDay, start, end, first_second, first_second + 86400};
    const std::string actor = "Actor" + std::to_string(same() % 5000);
    const std::string place = "Place" + std::to_string(same() % 800);
    m.headline = actor + " " + kVerbs[same() % 12] + " " + kObjects[same() % 8] + " in " + place;
    m.summary = m.headline + ".";
    m.entities = {{actor, "person", {}}, {place, "place", {}}};
    m.timex.begin = random() % 10000;
    m.timex.end = m.timex.begin + 6;
    m.confidence = 0.5 + static_cast<double>(random() % 50) / 100.0;
    mentions.push_back(std::move(m));
  }
  return mentions;
}

int merge_synthetic(std::size_t n) {
  for (const std::size_t size : {n / 4, n / 2, n}) {
    auto mentions = synthetic(size);
    const auto start = Clock::now();
    const auto events = events::merge(std::move(mentions));
    const double took = seconds_since(start);
    std::printf("merge %zu mentions -> %zu events: %.3f s (%.2f us per mention)\n", size, events.size(), took,
                size ? took * 1e6 / static_cast<double>(size) : 0.0);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if ((mode == "extract" || mode == "events") && argc > 2) {
    return extract_paths(std::vector<std::string>(argv + 2, argv + argc), mode == "events");
  }
  if (mode == "timeline" && argc > 3) {
    return extract_paths(std::vector<std::string>(argv + 3, argv + argc), true, argv[2]);
  }
  if (mode == "mentions" && argc > 2) {
    return extract_paths(std::vector<std::string>(argv + 2, argv + argc), false, "", true);
  }
  if (mode == "merge" && argc == 3) return merge_synthetic(std::strtoull(argv[2], nullptr, 10));
  std::fprintf(stderr, "usage: events_bench extract PATH... | events PATH... | timeline NAME PATH... | mentions PATH... | merge N\n");
  return 2;
}
