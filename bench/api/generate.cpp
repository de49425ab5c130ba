// Synthetic but realistic data for the API benchmark, written straight into a database through
// Store::ingest: news-like articles in date order over 30 years (1996-2025), each dating a few
// happenings on or near its publication day (some to a month or a year), with participants drawn
// from a few thousand entities and words from a Zipf-distributed vocabulary, the way news text
// repeats a few names and words and rarely uses most others.
//
//   api_bench_generate DB [EVENTS] [SEED]     (EVENTS: mentions to write, default 1,000,000)
//   api_bench_generate --texts DIR COUNT      (COUNT plain-text articles for `chronicle ingest`)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/store/store.h"
#include "core/store/time_window.h"

namespace {

using namespace chronicle;

constexpr std::int64_t kFirstDay = 9496;    // 1996-01-01, days since 1970-01-01
constexpr std::int64_t kDays = 10958;       // to 2025-12-31
constexpr int kMentionsPerArticle = 4;
constexpr std::size_t kBatch = 500;

// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cumulative_(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cumulative_[i] = sum += 1.0 / std::pow(static_cast<double>(i + 1), s);
    for (double& c : cumulative_) c /= sum;
  }
  std::size_t operator()(std::mt19937_64& random) const {
    const double u = std::uniform_real_distribution<double>(0, 1)(random);
    return static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), u) - cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
};

// Pronounceable made-up words from syllables, so no real text is needed.
std::string make_word(std::mt19937_64& random, int syllables) {
  static const char* const kOnsets[] = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
                                        "br", "st", "tr", "gr", "pl"};
  static const char* const kVowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
  std::string word;
  for (int i = 0; i < syllables; ++i) {
    word += kOnsets[random() % 20];
    word += kVowels[random() % 8];
  }
  if (random() % 2) word += "n";
  return word;
}

std::string capitalized(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string iso_day(std::int64_t day) { return store::format_seconds(day * 86400).substr(0, 10); }

struct World {
  std::vector<std::string> words;
  std::vector<events::Entity> entities;
  Zipf word_rank{20000, 1.07};
  Zipf entity_rank{5000, 0.9};

  explicit World(std::mt19937_64& random) {
    for (int i = 0; i < 20000; ++i) words.push_back(make_word(random, 1 + static_cast<int>(random() % 3)));
    static const char* const kKinds[] = {"person", "organization", "place"};
    for (int i = 0; i < 5000; ++i) {
      const char* kind = kKinds[i % 3];
      std::string name = capitalized(make_word(random, 2)) + " " + capitalized(make_word(random, 2));
      if (i % 3 == 1) name += " Group";
      std::vector<std::string> aliases;
      if (i % 3 == 1) aliases.push_back(name.substr(0, name.find(' ')));
      entities.push_back({name, kind, aliases});
    }
  }

  std::string phrase(std::mt19937_64& random, int length) const {
    std::string out;
    for (int i = 0; i < length; ++i) {
      if (i > 0) out += ' ';
      out += words[word_rank(random)];
    }
    return out;
  }
};

// One article published on `day`, dating kMentionsPerArticle happenings.
store::ProcessedArticle make_article(const World& world, std::mt19937_64& random, std::int64_t day, std::int64_t serial) {
  store::ProcessedArticle processed;
  article::Article& a = processed.article;
  a.title = capitalized(world.phrase(random, 6));
  a.url = "https://news.example/" + std::to_string(serial);
  a.source = "Wire " + std::to_string(serial % 12);
  a.published = iso_day(day) + "T09:30:00";
  a.published_from = "field:published";
  a.format = "json";
  a.content_hash = "bench-" + std::to_string(serial);
  a.text = a.title + "\n";
  a.body_begin = a.text.size();
  for (int m = 0; m < kMentionsPerArticle; ++m) {
    const events::Entity& who = world.entities[world.entity_rank(random)];
    const events::Entity& where = world.entities[world.entity_rank(random)];
    events::EventDate date;
    const auto dated = [](std::string value, temporal::Granularity granularity, std::string start, std::string end) {
      const temporal::Interval interval = store::interval_of_text(std::move(start), std::move(end));
      return events::EventDate{std::move(value), granularity, interval.start, interval.end, interval.start_second,
                               interval.end_second};
    };
    // Mostly days, as news dates them; one in 200 a year and one in 50 a month. Coarse mentions of
    // a busy year share participants and merge into a few large events, as they would in real news.
    const std::uint64_t kind = random() % 200;
    if (kind == 0) {  // a year
      const std::string year = iso_day(day).substr(0, 4);
      date = dated(year, temporal::Granularity::kYear, year + "-01-01T00:00:00",
                   std::to_string(std::stoi(year) + 1) + "-01-01T00:00:00");
    } else if (kind <= 4) {  // a month
      const std::string month = iso_day(day).substr(0, 7);
      const std::int64_t start = *store::parse_iso_bound(month, true), end = *store::parse_iso_bound(month, false);
      date = dated(month, temporal::Granularity::kMonth, store::format_seconds(start), store::format_seconds(end));
    } else {  // a day within the last week
      const std::int64_t when = day - static_cast<std::int64_t>(random() % 7);
      date = dated(iso_day(when), temporal::Granularity::kDay, iso_day(when) + "T00:00:00", iso_day(when + 1) + "T00:00:00");
    }
    const std::string headline = who.name + " " + world.phrase(random, 5) + " in " + where.name;
    const std::string before = headline + " on ";
    const std::size_t sentence_begin = a.text.size();
    temporal::Timex timex;
    timex.text = date.value;
    timex.begin = sentence_begin + before.size();
    timex.end = timex.begin + date.value.size();
    timex.type = "DATE";
    timex.value = date.value;
    timex.granularity = date.granularity;
    timex.interval = temporal::Interval{date.start, date.end, date.start_second, date.end_second};
    const std::string sentence = before + date.value + ", " + world.phrase(random, 8) + ".";
    a.text += sentence + " ";
    processed.timexes.push_back(timex);

    events::Mention mention;
    mention.article_hash = a.content_hash;
    mention.date = date;
    mention.headline = headline;
    mention.summary = sentence;
    mention.sentence = {sentence_begin, sentence_begin + sentence.size()};
    mention.timex = timex;
    mention.entities = {who, where};
    mention.confidence = 0.3 + 0.7 * std::uniform_real_distribution<double>(0, 1)(random);
    processed.mentions.push_back(std::move(mention));
  }
  return processed;
}

int write_texts(const std::string& folder, std::int64_t count) {
  std::mt19937_64 random(7);
  const World world(random);
  std::filesystem::create_directories(folder);
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  static const char* const kWhen[] = {"on Sunday", "on Monday", "last week", "in March", "two days ago",
                                      "on Tuesday", "last May", "yesterday", "next month", "in 2009"};
  for (std::int64_t i = 0; i < count; ++i) {
    const std::int64_t day = kFirstDay + static_cast<std::int64_t>(random() % kDays);
    const std::string iso = iso_day(day);
    std::ofstream out(folder + "/article-" + std::to_string(i) + ".txt");
    out << capitalized(world.phrase(random, 6)) << "\n\n"
        << kMonths[std::stoi(iso.substr(5, 2)) - 1] << " " << std::stoi(iso.substr(8, 2)) << ", " << iso.substr(0, 4)
        << "\n\n";
    for (int s = 0; s < 12; ++s) {
      const events::Entity& who = world.entities[world.entity_rank(random)];
      out << who.name << " " << world.phrase(random, 4) << " " << kWhen[random() % 10] << ", "
          << world.phrase(random, 9) << ". ";
    }
    out << "\n";
  }
  std::printf("wrote %lld articles into %s\n", static_cast<long long>(count), folder.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--texts") return write_texts(argv[2], std::stoll(argv[3]));
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: %s DB [MENTIONS] [SEED] | --texts DIR COUNT\n", argv[0]);
    return 2;
  }
  const std::int64_t mentions = argc > 2 ? std::stoll(argv[2]) : 1000000;
  std::mt19937_64 random(argc > 3 ? std::stoull(argv[3]) : 42);
  const World world(random);
  store::StoreError error;
  auto db = store::Store::open(argv[1], error);
  if (!db) {
    std::fprintf(stderr, "%s: %s\n", argv[1], error.message.c_str());
    return 1;
  }
  const std::int64_t articles = mentions / kMentionsPerArticle;
  const auto began = std::chrono::steady_clock::now();
  std::vector<store::ProcessedArticle> batch;
  for (std::int64_t i = 0; i < articles; ++i) {
    // Articles in publication order, spread evenly over the 30 years, as an archive is loaded.
    const std::int64_t day = kFirstDay + i * kDays / articles;
    batch.push_back(make_article(world, random, day, i));
    if (batch.size() == kBatch || i + 1 == articles) {
      store::IngestReport report;
      if (auto failed = db->ingest(batch, report)) {
        std::fprintf(stderr, "ingest failed: %s\n", failed->message.c_str());
        return 1;
      }
      batch.clear();
      if ((i + 1) % 20000 == 0) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        std::fprintf(stderr, "%lld articles, %.0f s\n", static_cast<long long>(i + 1), seconds);
      }
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  std::printf("%lld articles, %lld mentions in %.1f s (%.0f articles/s through Store::ingest)\n",
              static_cast<long long>(articles), static_cast<long long>(articles * kMentionsPerArticle), seconds,
              static_cast<double>(articles) / seconds);
  return 0;
}
