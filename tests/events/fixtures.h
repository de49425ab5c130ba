// Articles and hand-built temporal expressions for the events tests (the tagger is another room's;
// these tests say which expressions it should find and what they resolve to).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.h"
#include "core/events/events.h"
#include "core/temporal/temporal.h"
#include "tests/support/dates.h"

namespace chronicle::events::testing {

inline article::Article article_of(std::string text, std::string hash = "article-a", std::size_t body_begin = 0) {
  article::Article article;
  article.title = "A test article";
  article.text = std::move(text);
  article.body_begin = body_begin;
  article.published = "2016-03-29T16:27:03";
  article.format = "text";
  article.content_hash = std::move(hash);
  return article;
}

// The expression `words`, at its first occurrence after `context` in `text`.
// `written`: the calendar fields the words write, as the tagger reports them.
inline temporal::Timex timex_at(const std::string& text, std::string_view words, std::string value,
                                std::string granularity, std::string start, std::string end,
                                std::string_view context = {}, std::string type = "DATE",
                                temporal::Written written = {}) {
  const std::size_t from = context.empty() ? 0 : text.find(context);
  const std::size_t begin = from == std::string::npos ? std::string::npos : text.find(words, from);
  if (begin == std::string::npos) throw std::runtime_error("fixture text lacks \"" + std::string(words) + "\"");
  temporal::Timex timex;
  timex.text = std::string(words);
  timex.begin = begin;
  timex.end = begin + words.size();
  timex.type = std::move(type);
  timex.value = std::move(value);
  timex.granularity = temporal::granularity_named(granularity);
  timex.written = written;
  if (!start.empty()) timex.interval = chronicle::testing::interval_at(std::move(start), std::move(end));
  return timex;
}

// A whole-day DATE expression; `next_day` is the day after `day`, worked out by hand.
inline temporal::Timex day_at(const std::string& text, std::string_view words, const std::string& day,
                              const std::string& next_day, std::string_view context = {},
                              temporal::Written written = {}) {
  return timex_at(text, words, day, "day", day + "T00:00:00", next_day + "T00:00:00", context, "DATE", written);
}

// What "June 1st" or "February 27" write.
inline constexpr temporal::Written kMonthAndDay{.month = true, .day = true};

// The seed article as the loader gives it: junk trailer cut after the Ansari quote, body after the
// dateline line.
inline article::Article seed_article() {
  std::ifstream in(std::string(CHRONICLE_SOURCE_DIR) + "/sample_data/000_a4e3cdde688320d9.txt", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str();
  const std::string last_words = "a place in the future of the region,\" he added.";
  const std::size_t end = text.find(last_words);
  if (end == std::string::npos) throw std::runtime_error("seed text not found");
  text.resize(end + last_words.size());
  const std::string dateline = "Tue Mar 29, 2016 16:27:03\n";
  article::Article article = article_of(text, "seed-hash", text.find(dateline) + dateline.size());
  article.title = "Iran Defense Minister Calls on Syria to Intensify Fight against ISIS";
  return article;
}

// What the tagger should find in the seed, resolved by hand against its dateline, Tuesday
// 2016-03-29 16:27:03.
inline std::vector<temporal::Timex> seed_timexes(const std::string& text) {
  return {
      timex_at(text, "Tue Mar 29, 2016 16:27:03", "2016-03-29T16:27:03", "second", "2016-03-29T16:27:03",
               "2016-03-29T16:27:04", {}, "TIME"),
      day_at(text, "Sunday", "2016-03-27", "2016-03-28", "On Sunday, Syrian"),
      timex_at(text, "last May", "2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00"),
      timex_at(text, "currently", "PRESENT_REF", "", "", ""),
      day_at(text, "Tuesday", "2016-03-29", "2016-03-30", "reported on Tuesday"),
      day_at(text, "Monday", "2016-03-28", "2016-03-29", "On Monday"),
      day_at(text, "Sunday's", "2016-03-27", "2016-03-28", "Sunday's"),
  };
}

inline const Mention* mention_dating(const std::vector<Mention>& mentions, std::string_view timex_text,
                                     std::string_view value) {
  for (const Mention& m : mentions) {
    if (m.timex.text == timex_text && m.date.value == value) return &m;
  }
  return nullptr;
}

inline const Entity* entity_named(const std::vector<Entity>& entities, std::string_view name) {
  for (const Entity& e : entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline bool has_alias(const Entity& entity, std::string_view alias) {
  for (const std::string& a : entity.aliases) {
    if (a == alias) return true;
  }
  return false;
}

}  // namespace chronicle::events::testing
