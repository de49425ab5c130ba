// Writing a batch: articles, their timexes, related headlines and mentions, then the events the
// new mentions change, all in one transaction.
//
// Merging is incremental (core/events/merge_index.h): the writer keeps a MergeIndex of every stored
// mention, built from the database on the first batch (and again whenever another connection has
// written since), and adds each new mention to it. The index names the events whose set of
// mentions changed; only those are rebuilt from their mentions and written, so a batch costs the
// same whatever is stored already, and the events are the same as one merge of all mentions.
//
// An event's id comes from its earliest-published mention's identity (article content hash,
// expression offsets, trigger offsets), not from load order: links, curation and URLs survive
// every re-merge that keeps that mention, and loading the same files in any order gives the
// same ids.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "core/events/merge_index.h"
#include "core/events/similarity.h"
#include "core/store/curation.h"
#include "core/store/event_json.h"
#include "core/store/facts.h"
#include "core/store/reprints.h"
#include "core/store/store_impl.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

struct Interval {
  std::int64_t start = 0;
  std::int64_t end = 0;
};

std::optional<Interval> interval_of(const events::EventDate& date) {
  if (date.end_second <= date.start_second) return std::nullopt;
  return Interval{date.start_second, date.end_second};
}

// Ids fit in 53 bits, so that JavaScript reads them exactly.
constexpr std::int64_t kIdMask = (std::int64_t{1} << 53) - 1;

std::int64_t id_of_identity(const std::string& identity) {
  const auto id = static_cast<std::int64_t>(events::word_id(identity) & static_cast<std::uint64_t>(kIdMask));
  return id == 0 ? 1 : id;
}

}  // namespace

std::optional<StoreError> MergeState::load(sql::Connection& db) {
  index = std::make_unique<events::MergeIndex>();
  mention_ids.clear();
  node_of.clear();
  auto error = each_mention(db, [&](const StoredMention& stored) {
    node_of[stored.id] = index->add(stored.mention);
    mention_ids.push_back(stored.id);
  });
  if (error) {
    index.reset();
    return error;
  }
  index->take_changed();  // what is stored is already merged
  return std::nullopt;
}

namespace {

class BatchWriter {
 public:
  BatchWriter(sql::Connection& db, MergeState& merge) : db_(db), merge_(merge) {}

  std::optional<StoreError> write(const std::vector<ProcessedArticle>& batch, IngestReport& report) {
    for (const ProcessedArticle& processed : batch) {
      if (auto error = write_article(processed, report)) return error;
    }
    for (const auto& [id, mention] : new_mentions_) {
      merge_.node_of[id] = merge_.index->add(mention);
      merge_.mention_ids.push_back(id);
    }
    return write_changed_events();
  }

  // Rebuilds and writes the events of `seeds` and of all the merge and the curation tie them to.
  std::optional<StoreError> rewrite_around(const std::vector<std::int64_t>& seeds) {
    std::vector<std::vector<std::int64_t>> groups;
    if (auto error = curated_groups(db_, merge_, seeds, groups)) return error;
    return write_groups(groups);
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

  std::optional<StoreError> write_article(const ProcessedArticle& processed, IngestReport& report) {
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
    articles_[article_id] = ArticleRef{a.title, a.url, a.published, std::nullopt};
    // Linked to the stored articles it is a near-duplicate of (reprints.h): a few index lookups.
    const std::string_view body = std::string_view(a.text).substr(std::min(a.body_begin, a.text.size()));
    if (auto error = link_reprints(db_, {article_id, body, a.published, a.content_hash})) return error;

    for (const temporal::Timex& t : processed.timexes) {
      if (auto error = insert_timex(db_, article_id, a.text, t)) return error;
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
      std::int64_t id = 0;
      if (auto error = insert_mention(db_, mention, a.text, interval->start, interval->end, std::nullopt, std::nullopt, id)) {
        return error;
      }
      new_mentions_.emplace_back(id, std::move(mention));
    }
    return std::nullopt;
  }

  // The id of the event whose sources are `sources`: from its earliest-published mention.
  std::int64_t stable_id(const std::vector<events::Mention>& sources) {
    std::string earliest;
    std::string earliest_identity;
    for (const events::Mention& m : sources) {
      const std::string& published = articles_[m.article_id].published;
      std::string when = published.empty() ? std::string("~") : published;  // unknown times last
      std::string identity = mention_identity(m);
      if (earliest_identity.empty() || std::tie(when, identity) < std::tie(earliest, earliest_identity)) {
        earliest = std::move(when);
        earliest_identity = std::move(identity);
      }
    }
    return id_of_identity(earliest_identity);
  }

  struct Rebuilt {
    events::Event event;
    std::vector<std::int64_t> mention_ids;  // in the order of event.sources
    std::map<std::int64_t, std::optional<std::int64_t>> old_event_of;  // mention id -> its event before
    std::vector<events::Entity> old_entities;  // of the stored event with event.id
    bool stored_before = false;                // an event with event.id was stored before this batch
  };

  // The events whose set of mentions changed, as the merge gives them, or, when the user tied or
  // kept apart mentions, as the curation reshapes them.
  std::optional<StoreError> write_changed_events() {
    std::vector<std::vector<std::int64_t>> groups;
    for (const events::MergeIndex::Node name : merge_.index->take_changed()) {
      std::vector<std::int64_t>& ids = groups.emplace_back();
      for (const events::MergeIndex::Node node : merge_.index->members(name)) ids.push_back(merge_.mention_ids.at(node));
    }
    bool curated = false;
    if (auto error = has_mention_links(db_, curated)) return error;
    if (!curated || groups.empty()) return write_groups(groups);
    std::vector<std::int64_t> seeds;
    for (const auto& group : groups) seeds.insert(seeds.end(), group.begin(), group.end());
    return rewrite_around(seeds);
  }

  // Rebuilds the event of each group of mention rows, from its mentions' rows; writes only those
  // events' rows and, of their mentions, only the ones that change event.
  std::optional<StoreError> write_groups(const std::vector<std::vector<std::int64_t>>& groups) {
    std::set<std::int64_t> old_events;
    std::vector<Rebuilt> rebuilt;
    std::vector<StoredMention> stored;
    for (const std::vector<std::int64_t>& ids : groups) {
      Rebuilt& r = rebuilt.emplace_back();
      if (auto error = read_mentions(db_, ids, stored)) return error;
      std::map<std::tuple<std::string, std::size_t, std::size_t, std::size_t, std::size_t>, std::int64_t> row_of;
      std::vector<events::Mention> members;
      for (StoredMention& s : stored) {
        const events::Mention& m = s.mention;
        articles_.emplace(m.article_id, s.article);
        if (s.event) old_events.insert(*s.event);
        r.old_event_of[s.id] = s.event;
        row_of[{m.article_hash, m.timex.begin, m.timex.end, m.trigger.begin, m.trigger.end}] = s.id;
        members.push_back(std::move(s.mention));
      }
      r.event = events::event_of_mentions(std::move(members));
      for (const events::Mention& m : r.event.sources) {
        r.mention_ids.push_back(row_of[{m.article_hash, m.timex.begin, m.timex.end, m.trigger.begin, m.trigger.end}]);
      }
      r.event.id = stable_id(r.event.sources);
    }
    // Two events whose earliest mentions hash to one id (not expected below 2^53): the later in
    // canonical order moves on to a free id.
    std::set<std::int64_t> taken;
    bool pinned = false;  // any user pins at all (else no event needs looking up)
    if (auto error = any_curation(db_, pinned)) return error;
    for (Rebuilt& r : rebuilt) {
      while (true) {
        bool used_elsewhere = taken.count(r.event.id) > 0;
        if (!used_elsewhere && !old_events.count(r.event.id)) {
          sql::Statement* exists = db_.prepare("SELECT 1 FROM events WHERE id = ?");
          if (!exists) return internal_error("storing", db_.last_error());
          exists->bind(1, r.event.id);
          used_elsewhere = exists->step();
          exists->reset();
        }
        if (!used_elsewhere) break;
        r.event.id = id_of_identity(std::to_string(r.event.id));
      }
      taken.insert(r.event.id);
      r.stored_before = old_events.count(r.event.id) > 0;
      if (r.stored_before) {
        sql::Statement* row = db_.prepare("SELECT entities FROM events WHERE id = ?");
        if (!row) return internal_error("storing", db_.last_error());
        row->bind(1, r.event.id);
        if (row->step()) r.old_entities = entities_from_column(row->text(0));
        const bool ok = row->ok();
        const std::string detail = row->error();
        row->reset();
        if (!ok) return internal_error("storing", detail);
      }
    }
    if (pinned) {
      // Pins of an event whose id goes away follow its mentions when they all went to one event
      // (curation.cpp); then the user's pins are put on each event under its final id.
      std::map<std::int64_t, std::set<std::int64_t>> went_to;
      for (const Rebuilt& r : rebuilt) {
        for (const auto& [mention, old_event] : r.old_event_of) {
          if (old_event && !taken.count(*old_event)) went_to[*old_event].insert(r.event.id);
        }
      }
      for (const auto& [old_event, targets] : went_to) {
        if (targets.size() != 1) continue;  // spread over several events: which one is unclear
        if (auto error = move_pins(db_, old_event, *targets.begin())) return error;
      }
      for (Rebuilt& r : rebuilt) {
        if (auto error = apply_pins(db_, r.event)) return error;
      }
    }
    // Events that lost their id (joined into another, or split) go; their mentions are rewritten below.
    for (const std::int64_t event_id : old_events) {
      if (taken.count(event_id)) continue;
      if (auto error = run("DELETE FROM events WHERE id = ?", {event_id})) return error;
    }
    for (const Rebuilt& r : rebuilt) {
      if (auto error = write_event(r)) return error;
    }
    return record_new_aliases();
  }

  std::optional<StoreError> write_event(const Rebuilt& r) {
    const events::Event& event = r.event;
    if (auto error = write_event_row(db_, event, r.mention_ids)) return error;
    // Its full-text entry follows its row (triggers of schema 5); its sources' titles are indexed
    // once per article.
    for (const auto& [mention_id, old_event] : r.old_event_of) {
      if (old_event == event.id) continue;  // already in it: an event that grows leaves its mentions be
      if (auto error = run("UPDATE mentions SET event_id = ? WHERE id = ?", {event.id, mention_id})) return error;
    }
    // An event that grows mostly keeps its participants: only the links that change are written.
    const std::set<std::string> now = participant_names(event.entities);
    const std::set<std::string> before = participant_names(r.old_entities);
    if (now == before) return std::nullopt;
    for (const events::Entity& entity : r.old_entities) {
      if (entity.name.empty() || now.count(lower_name(entity))) continue;
      std::int64_t id = 0;
      if (auto error = entity_id(entity, id)) return error;
      if (auto error = run("DELETE FROM event_entities WHERE entity_id = ? AND event_id = ?", {id, event.id})) return error;
    }
    for (const events::Entity& entity : event.entities) {
      if (entity.name.empty() || before.count(lower_name(entity))) continue;
      if (auto error = link_entity(event.id, entity)) return error;
    }
    return std::nullopt;
  }

  // Entity names are compared as SQLite's NOCASE does: ASCII letters folded.
  static std::string lower_name(const events::Entity& entity) {
    std::string name = entity.name;
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  }

  // The names an event's participant links are made of (entity names are case-insensitive).
  static std::set<std::string> participant_names(const std::vector<events::Entity>& entities) {
    std::set<std::string> names;
    for (const events::Entity& entity : entities) {
      if (!entity.name.empty()) names.insert(lower_name(entity));
    }
    return names;
  }

  // Aliases are recorded where they were met, per mention: those of the batch's new mentions (an
  // event's aliases are its mentions', and every mention is in an event).
  std::optional<StoreError> record_new_aliases() {
    for (const auto& [id, mention] : new_mentions_) {
      for (const events::Entity& entity : mention.entities) {
        for (const std::string& alias : entity.aliases) {
          if (auto error = add_alias(entity, alias)) return error;
        }
      }
    }
    return std::nullopt;
  }

  // The row id of the entity named `entity.name`, made if there is none; remembered for the batch.
  std::optional<StoreError> entity_id(const events::Entity& entity, std::int64_t& id) {
    std::string key = lower_name(entity);
    if (const auto known = entity_ids_.find(key); known != entity_ids_.end()) {
      id = known->second;
      return std::nullopt;
    }
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
    entity_ids_.emplace(std::move(key), id);
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

  sql::Connection& db_;
  MergeState& merge_;
  ArticleRefs articles_;
  std::vector<std::pair<std::int64_t, events::Mention>> new_mentions_;
  std::map<std::string, std::int64_t> entity_ids_;  // lower-cased name -> entities.id
};

}  // namespace

std::optional<StoreError> ensure_merge_index(sql::Connection& db, MergeState& merge) {
  const auto version = data_version(db);
  if (!version) return internal_error("storing", db.last_error());
  if (!merge.index || *version != merge.data_version) {
    if (auto error = merge.load(db)) return error;
    merge.data_version = *version;
  }
  return std::nullopt;
}

std::optional<StoreError> rebuild_around(sql::Connection& db, MergeState& merge, const std::vector<std::int64_t>& seeds) {
  BatchWriter writer(db, merge);
  return writer.rewrite_around(seeds);
}

std::optional<StoreError> Store::ingest(const std::vector<ProcessedArticle>& batch, IngestReport& report) {
  report = {};
  const std::lock_guard lock(impl_->write_mutex);
  sql::Connection& db = *impl_->writer;
  MergeState& merge = impl_->merge;
  sql::Transaction transaction(db, sql::Transaction::Kind::kWrite);
  if (const auto& failed = transaction.begin_error()) return internal_error("cannot start storing", *failed);
  // On failure the transaction rolls back as it goes out of scope.
  const auto fail = [&](StoreError error) {
    merge.index.reset();  // it may hold mentions that were not stored: build it again next time
    report = {};
    return error;
  };
  // The index must hold exactly what is stored: build it when another connection wrote since.
  if (auto error = ensure_merge_index(db, merge)) return fail(*error);
  BatchWriter writer(db, merge);
  if (auto error = writer.write(batch, report)) return fail(*error);
  if (auto failed = transaction.commit()) return fail(internal_error("storing the batch failed", *failed));
  impl_->writes.fetch_add(1);
  return std::nullopt;
}

}  // namespace chronicle::store
