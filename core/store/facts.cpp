#include "core/store/facts.h"

#include <charconv>
#include <map>

#include "core/store/reprints.h"
#include "core/store/time_window.h"

namespace chronicle::store {
namespace {

constexpr char kEntitySeparator = '\x1e';
constexpr char kFieldSeparator = '\x1f';

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  if (text.empty()) return parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = text.find(separator, begin);
    parts.push_back(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

// The article's bytes at [begin, end), or nullopt when they are not `words` (then `words` is stored).
std::optional<std::string> unless_in_text(const std::string& words, std::string_view text, std::size_t begin,
                                          std::size_t end) {
  if (begin <= end && end <= text.size() && text.substr(begin, end - begin) == words) return std::nullopt;
  return words;
}

// An interval bound is stored only when it is not what its seconds print as.
std::optional<std::string> unless_seconds(const std::string& iso, std::int64_t seconds) {
  if (format_seconds(seconds) == iso) return std::nullopt;
  return iso;
}

// Schema 8: a mention's expression mostly gives the mention's own date, so its value and interval
// bounds are stored as kSame when they are the date's value and the ISO form of start_s/end_s.
// No TIMEX3 value or ISO bound is "=".
constexpr std::string_view kSame = "=";

std::string same_or(const std::string& value, const std::string& same) {
  return value == same ? std::string(kSame) : value;
}

std::string unless_same(std::string stored, const std::string& same) {
  return stored == kSame ? same : stored;
}

void bind_optional(sql::Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) statement.bind(index, *value);
  else statement.bind_null(index);
}

void append_field(std::string& column, const std::string& field) {
  for (const char c : field) column += c == kEntitySeparator || c == kFieldSeparator ? ' ' : c;
}

}  // namespace

std::string entities_to_column(const std::vector<events::Entity>& entities, bool with_aliases) {
  std::string column;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (i > 0) column += kEntitySeparator;
    append_field(column, entities[i].name);
    column += kFieldSeparator;
    append_field(column, entities[i].kind);
    if (!with_aliases) continue;
    for (const std::string& alias : entities[i].aliases) {
      column += kFieldSeparator;
      append_field(column, alias);
    }
  }
  return column;
}

std::vector<events::Entity> entities_from_column(std::string_view column) {
  std::vector<events::Entity> entities;
  for (const std::string_view item : split(column, kEntitySeparator)) {
    const auto fields = split(item, kFieldSeparator);
    if (fields.empty()) continue;
    events::Entity& entity = entities.emplace_back();
    entity.name = std::string(fields.at(0));
    if (fields.size() > 1) entity.kind = std::string(fields[1]);
    for (std::size_t i = 2; i < fields.size(); ++i) entity.aliases.emplace_back(fields[i]);
  }
  return entities;
}

std::string ids_to_column(const std::vector<std::int64_t>& ids) {
  std::string column;
  for (const std::int64_t id : ids) {
    if (!column.empty()) column += ' ';
    column += std::to_string(id);
  }
  return column;
}

std::vector<std::int64_t> ids_from_column(std::string_view column) {
  std::vector<std::int64_t> ids;
  for (const std::string_view part : split(column, ' ')) {
    std::int64_t id = 0;
    if (std::from_chars(part.data(), part.data() + part.size(), id).ec == std::errc()) ids.push_back(id);
  }
  return ids;
}

std::optional<StoreError> insert_mention(sql::Connection& db, const events::Mention& m, std::string_view text,
                                         std::int64_t start, std::int64_t end, std::optional<std::int64_t> event_id,
                                         std::optional<std::int64_t> with_id, std::int64_t& id) {
  sql::Statement* insert = db.prepare(
      "INSERT INTO mentions(id, article_id, event_id, span_class, start_s, end_s, date_value, granularity, date_start, "
      "date_end, headline, sentence_begin, sentence_end, summary, trigger_begin, trigger_end, state, timex_begin, "
      "timex_end, timex_text, timex_type, timex_value, timex_mod, timex_granularity, interval_start, interval_end, "
      "entities, reporting, confidence) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return internal_error("storing", db.last_error());
  if (with_id) insert->bind(1, *with_id);
  else insert->bind_null(1);
  insert->bind(2, m.article_id);
  if (event_id) insert->bind(3, *event_id);
  else insert->bind_null(3);
  insert->bind(4, std::int64_t{span_class(start, end)}).bind(5, start).bind(6, end);
  insert->bind(7, m.date.value).bind(8, std::string(temporal::name_of(m.date.granularity)));
  bind_optional(*insert, 9, unless_seconds(m.date.start, start));
  bind_optional(*insert, 10, unless_seconds(m.date.end, end));
  insert->bind(11, m.headline);
  insert->bind(12, static_cast<std::int64_t>(m.sentence.begin)).bind(13, static_cast<std::int64_t>(m.sentence.end));
  bind_optional(*insert, 14, unless_in_text(m.summary, text, m.sentence.begin, m.sentence.end));
  insert->bind(15, static_cast<std::int64_t>(m.trigger.begin)).bind(16, static_cast<std::int64_t>(m.trigger.end));
  insert->bind(17, events::name_of(m.state));
  insert->bind(18, static_cast<std::int64_t>(m.timex.begin)).bind(19, static_cast<std::int64_t>(m.timex.end));
  bind_optional(*insert, 20, unless_in_text(m.timex.text, text, m.timex.begin, m.timex.end));
  insert->bind(21, m.timex.type).bind(22, same_or(m.timex.value, m.date.value)).bind(23, m.timex.mod);
  insert->bind(24, std::string(temporal::name_of(m.timex.granularity)));
  if (m.timex.interval) {
    insert->bind(25, same_or(m.timex.interval->start, format_seconds(start)));
    insert->bind(26, same_or(m.timex.interval->end, format_seconds(end)));
  } else {
    insert->bind_null(25).bind_null(26);
  }
  insert->bind(27, entities_to_column(m.entities, true));
  insert->bind(28, std::int64_t{m.reporting ? 1 : 0}).bind(29, m.confidence);
  if (auto failed = insert->run()) return internal_error("storing", *failed);
  id = db.last_insert_id();
  return std::nullopt;
}

namespace {

// An interval bound as schema 8 stores it: its seconds, and its text only when the seconds do not print as it.
struct StoredBound {
  std::optional<std::int64_t> seconds;
  std::optional<std::string> text;
};

StoredBound stored_bound(const std::string& iso) {
  const std::optional<std::int64_t> seconds = parse_iso_bound(iso, true);
  if (seconds && format_seconds(*seconds) == iso) return {seconds, std::nullopt};
  return {std::nullopt, iso};
}

}  // namespace

std::optional<StoreError> insert_timex(sql::Connection& db, std::int64_t article_id, std::string_view text,
                                       const temporal::Timex& t, std::optional<std::int64_t> with_id) {
  sql::Statement* insert = db.prepare(
      "INSERT INTO timexes(article_id, begin, end, text, type, value, mod, granularity, start_s, end_s, "
      "interval_start, interval_end, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return internal_error("storing", db.last_error());
  if (with_id) insert->bind(13, *with_id);
  else insert->bind_null(13);
  insert->bind(1, article_id).bind(2, static_cast<std::int64_t>(t.begin)).bind(3, static_cast<std::int64_t>(t.end));
  bind_optional(*insert, 4, unless_in_text(t.text, text, t.begin, t.end));
  insert->bind(5, t.type).bind(6, t.value).bind(7, t.mod).bind(8, std::string(temporal::name_of(t.granularity)));
  for (int column = 9; column <= 10; ++column) insert->bind_null(column).bind_null(column + 2);
  if (t.interval) {
    const StoredBound start = stored_bound(t.interval->start), end = stored_bound(t.interval->end);
    if (start.seconds) insert->bind(9, *start.seconds);
    if (end.seconds) insert->bind(10, *end.seconds);
    bind_optional(*insert, 11, start.text);
    bind_optional(*insert, 12, end.text);
  }
  if (auto failed = insert->run()) return internal_error("storing", *failed);
  return std::nullopt;
}

std::optional<StoreError> read_timexes(sql::Connection& db, std::int64_t article_id,
                                       std::vector<temporal::Timex>& timexes) {
  sql::Statement* rows = db.prepare(
      "SELECT COALESCE(t.text, CAST(substr(CAST(a.text AS BLOB), t.begin + 1, t.end - t.begin) AS TEXT)), t.begin, "
      "t.end, t.type, t.value, t.mod, t.granularity, t.start_s, t.end_s, t.interval_start, t.interval_end "
      "FROM timexes t JOIN articles a ON a.id = t.article_id WHERE t.article_id = ? ORDER BY t.begin");
  if (!rows) return internal_error("reading an article", db.last_error());
  rows->bind(1, article_id);
  const auto bound = [&](int seconds, int text) {
    return rows->is_null(text) ? format_seconds(rows->integer(seconds)) : rows->text(text);
  };
  while (rows->step()) {
    temporal::Timex& timex = timexes.emplace_back();
    timex.text = rows->text(0);
    timex.begin = static_cast<std::size_t>(rows->integer(1));
    timex.end = static_cast<std::size_t>(rows->integer(2));
    timex.type = rows->text(3);
    timex.value = rows->text(4);
    timex.mod = rows->text(5);
    timex.granularity = temporal::granularity_named(rows->text(6));
    const bool has_start = !rows->is_null(7) || !rows->is_null(9), has_end = !rows->is_null(8) || !rows->is_null(10);
    if (has_start && has_end) timex.interval = interval_of_text(bound(7, 9), bound(8, 10));
  }
  const bool ok = rows->ok();
  const std::string detail = rows->error();
  rows->reset();
  if (!ok) return internal_error("reading an article", detail);
  return std::nullopt;
}

// Words the row does not hold are cut out of the article text (as bytes: offsets are byte offsets).
const char* const kMentionSelect =
    "SELECT m.id, m.event_id, m.article_id, a.content_hash, a.title, a.url, a.published, "
    "m.start_s, m.end_s, m.date_value, m.granularity, m.date_start, m.date_end, m.headline, "
    "m.sentence_begin, m.sentence_end, "
    "COALESCE(m.summary, CAST(substr(CAST(a.text AS BLOB), m.sentence_begin + 1, m.sentence_end - m.sentence_begin) "
    "AS TEXT)), m.trigger_begin, m.trigger_end, m.state, m.timex_begin, m.timex_end, "
    "COALESCE(m.timex_text, CAST(substr(CAST(a.text AS BLOB), m.timex_begin + 1, m.timex_end - m.timex_begin) AS TEXT)), "
    "m.timex_type, m.timex_value, m.timex_mod, m.timex_granularity, m.interval_start, m.interval_end, m.entities, "
    "m.reporting, m.confidence FROM mentions m JOIN articles a ON a.id = m.article_id";

void mention_from_row(sql::Statement& row, StoredMention& stored) {
  const auto offset = [&](int column) { return static_cast<std::size_t>(std::max<std::int64_t>(row.integer(column), 0)); };
  stored.id = row.integer(0);
  stored.event = row.is_null(1) ? std::nullopt : std::optional(row.integer(1));
  events::Mention& m = stored.mention;
  m = {};
  m.article_id = row.integer(2);
  m.article_hash = row.text(3);
  stored.article = {row.text(4), row.text(5), row.text(6), std::nullopt};
  m.date.value = row.text(9);
  m.date.granularity = temporal::granularity_named(row.text(10));
  m.date.start_second = row.integer(7);
  m.date.end_second = row.integer(8);
  m.date.start = row.is_null(11) ? format_seconds(m.date.start_second) : row.text(11);
  m.date.end = row.is_null(12) ? format_seconds(m.date.end_second) : row.text(12);
  m.headline = row.text(13);
  m.sentence = {offset(14), offset(15)};
  m.summary = row.text(16);
  m.trigger = {offset(17), offset(18)};
  m.state = events::state_named(row.text(19));
  m.timex.begin = offset(20);
  m.timex.end = offset(21);
  m.timex.text = row.text(22);
  m.timex.type = row.text(23);
  m.timex.value = unless_same(row.text(24), m.date.value);
  m.timex.mod = row.text(25);
  m.timex.granularity = temporal::granularity_named(row.text(26));
  if (!row.is_null(27)) {
    m.timex.interval = interval_of_text(unless_same(row.text(27), format_seconds(m.date.start_second)),
                                        unless_same(row.text(28), format_seconds(m.date.end_second)));
  }
  m.entities = entities_from_column(row.text(29));
  m.reporting = row.integer(30) != 0;
  m.confidence = row.real(31);
}

std::optional<StoreError> read_mentions(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                        std::vector<StoredMention>& mentions, std::size_t* missing) {
  mentions.clear();
  mentions.reserve(ids.size());
  for (const std::int64_t id : ids) {
    sql::Statement* statement = db.prepare(std::string(kMentionSelect) + " WHERE m.id = ?");
    if (!statement) return internal_error("reading mentions", db.last_error());
    statement->bind(1, id);
    if (!statement->step()) {
      const bool ok = statement->ok();
      const std::string detail = ok ? "mention " + std::to_string(id) + " vanished" : statement->error();
      statement->reset();
      if (ok && missing) {
        ++*missing;
        continue;
      }
      return internal_error("reading mentions", detail);
    }
    mention_from_row(*statement, mentions.emplace_back());
    statement->reset();
  }
  return std::nullopt;
}

std::optional<StoreError> read_events(sql::Connection& db, const std::vector<std::int64_t>& ids,
                                      std::vector<events::Event>& events, ArticleRefs& articles,
                                      std::size_t& damaged) {
  for (const std::int64_t id : ids) {
    sql::Statement* statement = db.prepare(
        "SELECT start_s, end_s, date_value, granularity, date_start, date_end, headline, summary, confidence, "
        "entities, sources, representative FROM events WHERE id = ?");
    if (!statement) return internal_error("reading events", db.last_error());
    statement->bind(1, id);
    if (!statement->step()) {
      const bool ok = statement->ok();
      const std::string detail = statement->error();
      statement->reset();
      if (!ok) return internal_error("reading events", detail);
      continue;
    }
    events::Event event;
    event.id = id;
    event.date.value = statement->text(2);
    event.date.granularity = temporal::granularity_named(statement->text(3));
    event.date.start_second = statement->integer(0);
    event.date.end_second = statement->integer(1);
    event.date.start = statement->is_null(4) ? format_seconds(event.date.start_second) : statement->text(4);
    event.date.end = statement->is_null(5) ? format_seconds(event.date.end_second) : statement->text(5);
    event.headline = statement->text(6);
    event.summary = statement->text(7);
    event.confidence = statement->real(8);
    event.entities = entities_from_column(statement->text(9));
    const std::vector<std::int64_t> source_ids = ids_from_column(statement->text(10));
    const std::optional<std::int64_t> representative =
        statement->is_null(11) ? std::nullopt : std::optional(statement->integer(11));
    statement->reset();
    // The event's mentions in one index range (one statement, not one per source), then put in
    // the order its row lists them.
    static const std::string kOfEvent = std::string(kMentionSelect) + " WHERE m.event_id = ?";
    sql::Statement* members = db.prepare(kOfEvent);
    if (!members) return internal_error("reading events", db.last_error());
    members->bind(1, id);
    std::map<std::int64_t, StoredMention> by_id;
    while (members->step()) {
      StoredMention stored;
      mention_from_row(*members, stored);
      by_id.emplace(stored.id, std::move(stored));
    }
    if (!members->ok()) return internal_error("reading events", members->error());
    bool whole = !source_ids.empty() && by_id.size() == source_ids.size();
    if (representative) {  // the headline and summary are its
      const auto found = by_id.find(*representative);
      whole = whole && found != by_id.end();
      if (whole) {
        event.headline = unless_same(event.headline, found->second.mention.headline);
        event.summary = unless_same(event.summary, found->second.mention.summary);
      }
    }
    for (const std::int64_t source : source_ids) {
      const auto found = whole ? by_id.find(source) : by_id.end();
      if (found == by_id.end()) {
        whole = false;
        break;
      }
      articles[found->second.mention.article_id] = std::move(found->second.article);
      event.sources.push_back(std::move(found->second.mention));
    }
    if (!whole) {  // an event without all its sources is not shown half
      ++damaged;
      continue;
    }
    events.push_back(std::move(event));
  }
  // Which of the articles are wire reprints, and of what (one index lookup each).
  std::vector<std::int64_t> article_ids;
  for (const auto& [article_id, article] : articles) article_ids.push_back(article_id);
  std::vector<std::pair<std::int64_t, std::int64_t>> originals;
  if (auto failed = originals_of(db, article_ids, originals)) return failed;
  for (const auto& [article_id, original] : originals) articles[article_id].reprint_of = original;
  return std::nullopt;
}

std::optional<StoreError> event_version(sql::Connection& db, std::int64_t id, std::string& version) {
  version.clear();
  sql::Statement* statement = db.prepare(
      "SELECT start_s, end_s, date_value, granularity, date_start, date_end, headline, summary, confidence, "
      "entities, sources, representative FROM events WHERE id = ?");
  if (!statement) return internal_error("reading events", db.last_error());
  statement->bind(1, id);
  if (statement->step()) {
    for (int column = 0; column < 12; ++column) {
      version += statement->is_null(column) ? std::string("\x01null") : statement->text(column);
      version += '\x1f';
    }
  }
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return internal_error("reading events", detail);
  return std::nullopt;
}

std::optional<StoreError> write_event_row(sql::Connection& db, const events::Event& event,
                                          const std::vector<std::int64_t>& sources, bool with_representative) {
  const std::int64_t start = event.date.start_second, end = event.date.end_second;
  if (end <= start) return internal_error("storing", "an event without a date");
  // Schema 8: the headline and summary are those of a source (its representative) unless the user
  // pinned another; then the row names that source and holds kSame for them.
  std::optional<std::int64_t> representative;
  for (std::size_t i = 0; with_representative && i < event.sources.size() && i < sources.size(); ++i) {
    if (event.sources[i].headline == event.headline && event.sources[i].summary == event.summary) {
      representative = sources[i];
      break;
    }
  }
  const std::string headline = representative ? std::string(kSame) : event.headline;
  const std::string summary = representative ? std::string(kSame) : event.summary;
  // The row with this id is updated, or else inserted (UPDATE first: a row of an older schema may
  // have columns that an INSERT would have to fill).
  const auto row_sql = [&](bool update) {
    if (update) {
      return std::string(
                 "UPDATE events SET span_class = ?2, start_s = ?3, end_s = ?4, confidence = ?5, date_value = ?6, "
                 "granularity = ?7, date_start = ?8, date_end = ?9, headline = ?10, summary = ?11, entities = ?12, "
                 "sources = ?13") +
             (with_representative ? ", representative = ?14" : "") + " WHERE id = ?1";
    }
    return std::string(
               "INSERT INTO events(id, span_class, start_s, end_s, confidence, date_value, granularity, date_start, "
               "date_end, headline, summary, entities, sources") +
           (with_representative ? ", representative" : "") +
           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13" + (with_representative ? ", ?14" : "") + ")";
  };
  for (const bool update : {true, false}) {
    sql::Statement* write = db.prepare(row_sql(update));
    if (!write) return internal_error("storing", db.last_error());
    write->bind(1, event.id).bind(2, std::int64_t{span_class(start, end)}).bind(3, start).bind(4, end);
    write->bind(5, event.confidence).bind(6, event.date.value);
    write->bind(7, std::string(temporal::name_of(event.date.granularity)));
    bind_optional(*write, 8, unless_seconds(event.date.start, start));
    bind_optional(*write, 9, unless_seconds(event.date.end, end));
    write->bind(10, headline).bind(11, summary).bind(12, entities_to_column(event.entities, false));
    write->bind(13, ids_to_column(sources));
    if (with_representative) {
      if (representative) write->bind(14, *representative);
      else write->bind_null(14);
    }
    if (auto failed = write->run()) return internal_error("storing", *failed);
    if (sqlite3_changes(db.handle()) > 0) break;
  }
  return std::nullopt;
}

}  // namespace chronicle::store
