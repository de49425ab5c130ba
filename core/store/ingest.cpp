// Writing a batch: articles, their timexes, related headlines and mentions, then the events of
// every window the batch touches merged again, all in one transaction.
//
// Re-merge: the batch's mentions, plus the stored mentions whose interval overlaps one of them at
// the same or a coarser span class (a new "2016-03-27" mention meets that day's mentions and those
// of March 2016 and of 2016, not every day of a new "2016"), plus every mention of an event one of
// those belongs to. Their old events are replaced by events::merge() of the set. An event's id is
// the smallest id of its mentions, so links to an event survive merges that keep that mention.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/store/event_json.h"
#include "core/store/store_impl.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

struct StoredMention {
  std::int64_t id = 0;
  events::Mention mention;
};

// What identifies a mention coming back out of events::merge().
using MentionKey = std::tuple<std::int64_t, std::size_t, std::size_t, std::size_t, std::string>;
MentionKey key_of(const events::Mention& m) {
  return {m.article_id, m.timex.begin, m.timex.end, m.sentence.begin, m.headline};
}

// Loaders repair UTF-8, but a stray invalid byte must not make dump() throw out of the store.
std::string to_text(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

struct Interval {
  std::int64_t start = 0;
  std::int64_t end = 0;
};

std::optional<Interval> interval_of(const events::EventDate& date) {
  const auto start = parse_iso_bound(date.start, true);
  const auto end = parse_iso_bound(date.end, true);
  if (!start || !end || *end <= *start) return std::nullopt;
  return Interval{*start, *end};
}

class BatchWriter {
 public:
  explicit BatchWriter(sql::Connection& db) : db_(db) {}

  std::optional<StoreError> write(const std::vector<ProcessedArticle>& batch, IngestReport& report) {
    std::vector<Interval> touched;
    for (const ProcessedArticle& processed : batch) {
      if (auto error = write_article(processed, report, touched)) return error;
    }
    return remerge(touched);
  }

 private:
  // Runs a cached statement with `values` to completion.
  std::optional<StoreError> run(const std::string& sql, const std::vector<SqlValue>& values) {
    sql::Statement* statement = db_.prepare(sql);
    if (!statement) return internal_error("storing", db_.last_error());
    bind_all(*statement, values);
    if (auto failed = statement->run()) return internal_error("storing", *failed);
    return std::nullopt;
  }

  std::optional<StoreError> write_article(const ProcessedArticle& processed, IngestReport& report,
                                          std::vector<Interval>& touched) {
    const article::Article& a = processed.article;
    sql::Statement* existing = db_.prepare("SELECT 1 FROM articles WHERE content_hash = ?");
    if (!existing) return internal_error("storing", db_.last_error());
    existing->bind(1, a.content_hash);
    const bool stored = existing->step();
    existing->reset();
    if (stored) {
      report.skipped.push_back(a.title);
      return std::nullopt;
    }
    if (auto error = run(
            "INSERT INTO articles(content_hash, title, url, source, published, published_from, format, body_begin, "
            "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {a.content_hash, a.title, a.url, a.source, a.published, a.published_from, a.format,
             static_cast<std::int64_t>(a.body_begin), a.text})) {
      return error;
    }
    const std::int64_t article_id = db_.last_insert_id();
    report.loaded.push_back(article_id);
    articles_[article_id] = ArticleRef{a.title, a.url, a.published};

    for (const temporal::Timex& t : processed.timexes) {
      sql::Statement* insert = db_.prepare(
          "INSERT INTO timexes(article_id, text, begin, end, type, value, mod, granularity, interval_start, "
          "interval_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      if (!insert) return internal_error("storing", db_.last_error());
      bind_all(*insert, {article_id, t.text, static_cast<std::int64_t>(t.begin), static_cast<std::int64_t>(t.end),
                         t.type, t.value, t.mod, t.granularity});
      if (t.interval) {
        insert->bind(9, t.interval->start).bind(10, t.interval->end);
      } else {
        insert->bind_null(9).bind_null(10);
      }
      if (auto failed = insert->run()) return internal_error("storing", *failed);
    }
    for (const article::RelatedHeadline& related : a.related) {
      if (auto error = run("INSERT INTO related_headlines(article_id, title, date, url) VALUES (?, ?, ?, ?)",
                           {article_id, related.title, related.date, related.url})) {
        return error;
      }
    }
    for (events::Mention mention : processed.mentions) {
      const auto interval = interval_of(mention.date);
      if (!interval) continue;  // an undated mention cannot be placed on the timeline
      mention.article_id = article_id;
      if (auto error = run(
              "INSERT INTO mentions(article_id, span_class, start_s, end_s, body) VALUES (?, ?, ?, ?, ?)",
              {article_id, std::int64_t{span_class(interval->start, interval->end)}, interval->start, interval->end,
               to_text(mention_to_json(mention))})) {
        return error;
      }
      touched.push_back(*interval);
    }
    return std::nullopt;
  }

  // Adds to `ids` the stored mentions that meet `interval` at its span class or a coarser one.
  std::optional<StoreError> collect_overlapping(const Interval& interval, std::set<std::int64_t>& ids) {
    for (int span = span_class(interval.start, interval.end); span < kSpanClasses; ++span) {
      sql::Statement* statement = db_.prepare(
          "SELECT id FROM mentions WHERE span_class = ? AND start_s >= ? AND start_s < ? AND end_s > ?");
      if (!statement) return internal_error("storing", db_.last_error());
      bind_all(*statement, {std::int64_t{span}, std::max(interval.start - kSpanClassLimit[span], kBeginningOfTime),
                            interval.end, interval.start});
      while (statement->step()) ids.insert(statement->integer(0));
      if (!statement->ok()) return internal_error("storing", statement->error());
    }
    return std::nullopt;
  }

  std::optional<StoreError> remerge(const std::vector<Interval>& touched) {
    std::set<std::int64_t> mention_ids;
    for (const Interval& interval : touched) {
      if (auto error = collect_overlapping(interval, mention_ids)) return error;
    }
    // Widen to whole events: a mention of an event being replaced must be merged again too.
    std::set<std::int64_t> old_events;
    for (const std::int64_t id : mention_ids) {
      sql::Statement* statement = db_.prepare("SELECT event_id FROM mentions WHERE id = ? AND event_id IS NOT NULL");
      if (!statement) return internal_error("storing", db_.last_error());
      statement->bind(1, id);
      while (statement->step()) old_events.insert(statement->integer(0));
      if (!statement->ok()) return internal_error("storing", statement->error());
    }
    for (const std::int64_t event_id : old_events) {
      sql::Statement* statement = db_.prepare("SELECT id FROM mentions WHERE event_id = ?");
      if (!statement) return internal_error("storing", db_.last_error());
      statement->bind(1, event_id);
      while (statement->step()) mention_ids.insert(statement->integer(0));
      if (!statement->ok()) return internal_error("storing", statement->error());
    }
    // Old bodies, so that an event the merge gives back unchanged is left as it is (most of a
    // window's events are: rewriting them would only cost writes).
    std::map<std::int64_t, std::string> old_bodies;
    for (const std::int64_t event_id : old_events) {
      sql::Statement* statement = db_.prepare("SELECT body FROM events WHERE id = ?");
      if (!statement) return internal_error("storing", db_.last_error());
      statement->bind(1, event_id);
      if (statement->step()) old_bodies[event_id] = statement->text(0);
      statement->reset();
    }

    std::vector<events::Mention> mentions;
    std::multimap<MentionKey, std::int64_t> ids_by_key;
    for (const std::int64_t id : mention_ids) {
      sql::Statement* statement = db_.prepare("SELECT body FROM mentions WHERE id = ?");
      if (!statement) return internal_error("storing", db_.last_error());
      statement->bind(1, id);
      if (!statement->step()) return internal_error("storing", "mention " + std::to_string(id) + " vanished");
      const auto json = nlohmann::json::parse(statement->text(0), nullptr, false);
      statement->reset();
      events::Mention& mention = mentions.emplace_back();
      if (json.is_discarded() || !mention_from_json(json, mention)) {
        return internal_error("storing", "mention " + std::to_string(id) + " is damaged");
      }
      ids_by_key.emplace(key_of(mention), id);
    }
    struct Merged {
      events::Event event;
      std::vector<std::int64_t> mention_ids;
      std::string body;
    };
    std::vector<Merged> changed;
    for (events::Event& event : events::merge(std::move(mentions))) {
      Merged merged{std::move(event), {}, {}};
      for (const events::Mention& source : merged.event.sources) {
        const auto found = ids_by_key.find(key_of(source));
        if (found == ids_by_key.end()) continue;
        merged.mention_ids.push_back(found->second);
        ids_by_key.erase(found);
        if (auto error = load_article_ref(source.article_id)) return error;
      }
      if (merged.mention_ids.empty() || !interval_of(merged.event.date)) continue;
      merged.event.id = *std::min_element(merged.mention_ids.begin(), merged.mention_ids.end());
      merged.body = to_text(event_to_json(merged.event, articles_));
      const auto old = old_bodies.find(merged.event.id);
      if (old != old_bodies.end() && old->second == merged.body) {
        old_bodies.erase(old);  // unchanged: keep the stored event
        continue;
      }
      changed.push_back(std::move(merged));
    }
    for (const auto& [event_id, body] : old_bodies) {
      if (auto error = run("DELETE FROM events WHERE id = ?", {event_id})) return error;
    }
    for (Merged& merged : changed) {
      if (auto error = write_event(merged.event, merged.mention_ids, merged.body)) return error;
    }
    return std::nullopt;
  }

  std::optional<StoreError> write_event(const events::Event& event, const std::vector<std::int64_t>& ids,
                                        const std::string& body) {
    const auto interval = interval_of(event.date);
    std::string titles;
    for (const events::Mention& source : event.sources) titles += articles_[source.article_id].title + "\n";
    if (auto error = run("INSERT INTO events(id, span_class, start_s, end_s, confidence, body) VALUES (?, ?, ?, ?, ?, ?)",
                         {event.id, std::int64_t{span_class(interval->start, interval->end)}, interval->start,
                          interval->end, event.confidence, body})) {
      return error;
    }
    if (auto error = run("INSERT INTO events_fts(rowid, headline, summary, titles) VALUES (?, ?, ?, ?)",
                         {event.id, event.headline, event.summary, titles})) {
      return error;
    }
    for (const std::int64_t id : ids) {
      if (auto error = run("UPDATE mentions SET event_id = ? WHERE id = ?", {event.id, id})) return error;
    }
    for (const events::Entity& entity : event.entities) {
      if (auto error = link_entity(event.id, entity)) return error;
    }
    // Aliases are recorded per mention (where they were met), so read them from the sources too.
    for (const events::Mention& source : event.sources) {
      for (const events::Entity& entity : source.entities) {
        for (const std::string& alias : entity.aliases) {
          if (auto error = add_alias(entity, alias)) return error;
        }
      }
    }
    return std::nullopt;
  }

  std::optional<StoreError> entity_id(const events::Entity& entity, std::int64_t& id) {
    if (auto error = run("INSERT INTO entities(name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                         {entity.name, entity.kind})) {
      return error;
    }
    sql::Statement* statement = db_.prepare("SELECT id FROM entities WHERE name = ?");
    if (!statement) return internal_error("storing", db_.last_error());
    statement->bind(1, entity.name);
    if (!statement->step()) return internal_error("storing", "entity " + entity.name + " vanished");
    id = statement->integer(0);
    statement->reset();
    return std::nullopt;
  }

  std::optional<StoreError> link_entity(std::int64_t event_id, const events::Entity& entity) {
    if (entity.name.empty()) return std::nullopt;
    std::int64_t id = 0;
    if (auto error = entity_id(entity, id)) return error;
    for (const std::string& alias : entity.aliases) {
      if (auto error = add_alias(entity, alias)) return error;
    }
    return run("INSERT OR IGNORE INTO event_entities(entity_id, event_id) VALUES (?, ?)", {id, event_id});
  }

  std::optional<StoreError> add_alias(const events::Entity& entity, const std::string& alias) {
    if (entity.name.empty() || alias.empty()) return std::nullopt;
    std::int64_t id = 0;
    if (auto error = entity_id(entity, id)) return error;
    return run("INSERT OR IGNORE INTO entity_aliases(alias, entity_id) VALUES (?, ?)", {alias, id});
  }

  std::optional<StoreError> load_article_ref(std::int64_t article_id) {
    if (articles_.count(article_id)) return std::nullopt;
    sql::Statement* statement = db_.prepare("SELECT title, url, published FROM articles WHERE id = ?");
    if (!statement) return internal_error("storing", db_.last_error());
    statement->bind(1, article_id);
    if (statement->step()) articles_[article_id] = {statement->text(0), statement->text(1), statement->text(2)};
    statement->reset();
    return std::nullopt;
  }

  sql::Connection& db_;
  ArticleRefs articles_;
};

}  // namespace

std::optional<StoreError> Store::ingest(const std::vector<ProcessedArticle>& batch, IngestReport& report) {
  report = {};
  const std::lock_guard lock(impl_->write_mutex);
  sql::Connection& db = *impl_->writer;
  if (auto failed = db.exec("BEGIN IMMEDIATE")) return internal_error("cannot start storing", *failed);
  BatchWriter writer(db);
  if (auto error = writer.write(batch, report)) {
    db.reset_all();
    db.exec("ROLLBACK");
    report = {};
    return error;
  }
  if (auto failed = db.exec("COMMIT")) {
    db.reset_all();
    db.exec("ROLLBACK");
    report = {};
    return internal_error("storing the batch failed", *failed);
  }
  return std::nullopt;
}

}  // namespace chronicle::store
