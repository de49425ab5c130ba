#include "core/store/reprints.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/store/store_impl.h"

namespace chronicle::store {
namespace {

// The hashes below are part of the stored format (band keys live in the database): never change
// them without a migration that recomputes every key.
constexpr std::uint64_t mix64(std::uint64_t x) {  // splitmix64's finalizer
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

constexpr std::size_t kMinHashes = kReprintBands * kBandRows;

constexpr std::array<std::uint64_t, kMinHashes> make_seeds() {
  std::array<std::uint64_t, kMinHashes> seeds{};
  for (std::size_t i = 0; i < kMinHashes; ++i) seeds[i] = mix64(0x5EED0000ull + i);
  return seeds;
}
constexpr std::array<std::uint64_t, kMinHashes> kSeeds = make_seeds();

// The body's words: runs of ASCII letters and digits (lower-cased) and of non-ASCII bytes.
std::vector<std::string> words_of(std::string_view body) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : body) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      word += c;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Each run of kShingleWords words in a row, hashed (FNV-1a over the words and a separator, mixed).
std::vector<std::uint64_t> shingles_of(std::string_view body) {
  const std::vector<std::string> words = words_of(body);
  std::vector<std::uint64_t> shingles;
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    std::uint64_t hash = 0xCBF29CE484222325ull;
    for (std::size_t w = i; w < i + kShingleWords; ++w) {
      for (const char c : words[w]) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
      hash = (hash ^ 0x20) * 0x100000001B3ull;
    }
    shingles.push_back(mix64(hash));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

std::optional<StoreError> failure(sql::Connection& db) { return internal_error("linking reprints", db.last_error()); }

// Runs a cached statement binding `values` (integers) and collects the first column of its rows.
std::optional<StoreError> integers(sql::Connection& db, const std::string& sql, const std::vector<std::int64_t>& values,
                                   std::vector<std::int64_t>& out) {
  out.clear();
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return failure(db);
  for (std::size_t i = 0; i < values.size(); ++i) statement->bind(static_cast<int>(i + 1), values[i]);
  while (statement->step()) out.push_back(statement->integer(0));
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return internal_error("linking reprints", detail);
  return std::nullopt;
}

std::optional<StoreError> run(sql::Connection& db, const std::string& sql, const std::vector<std::int64_t>& values) {
  sql::Statement* statement = db.prepare(sql);
  if (!statement) return failure(db);
  for (std::size_t i = 0; i < values.size(); ++i) statement->bind(static_cast<int>(i + 1), values[i]);
  if (auto failed = statement->run()) return internal_error("linking reprints", *failed);
  return std::nullopt;
}

// The article's original: the one its row points at, or itself when it has none.
std::optional<StoreError> original_of(sql::Connection& db, std::int64_t id, std::int64_t& original) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT original_id FROM article_reprints WHERE article_id = ?", {id}, found)) {
    return error;
  }
  original = found.empty() ? id : found.front();
  return std::nullopt;
}

// Which of two articles is a group's original: the earliest published (unknown times last),
// then the smallest content hash, so content decides and never the order articles came in.
struct Precedence {
  std::string when;
  std::string hash;
  std::int64_t id = 0;
  bool operator<(const Precedence& other) const { return std::tie(when, hash) < std::tie(other.when, other.hash); }
};

std::string when_of(const std::string& published) { return published.empty() ? std::string("~") : published; }

// A stored article's text after its title and dateline, or nullopt when it is not stored.
std::optional<StoreError> stored_body(sql::Connection& db, std::int64_t id, std::optional<std::string>& body) {
  body.reset();
  sql::Statement* statement = db.prepare("SELECT text, body_begin FROM articles WHERE id = ?");
  if (!statement) return failure(db);
  statement->bind(1, id);
  if (statement->step()) {
    std::string text = statement->text(0);
    const auto begin = static_cast<std::size_t>(std::max<std::int64_t>(statement->integer(1), 0));
    body = text.substr(std::min(begin, text.size()));
  }
  const bool ok = statement->ok();
  const std::string detail = statement->error();
  statement->reset();
  if (!ok) return internal_error("linking reprints", detail);
  return std::nullopt;
}

constexpr std::string_view kReprintTables = R"sql(
-- Band keys of each article's body (reprints.h): the articles that may be reprints of a new one
-- are those sharing a key with it. No foreign key: a key whose article is gone is skipped.
CREATE TABLE reprint_bands(
  band_key INTEGER NOT NULL, article_id INTEGER NOT NULL,
  PRIMARY KEY(band_key, article_id)) WITHOUT ROWID;
-- A reprint points at its group's original (the earliest published, then the smallest content
-- hash); an original, like an article that is no reprint, has no row.
CREATE TABLE article_reprints(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  original_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE INDEX article_reprints_by_original ON article_reprints(original_id);
-- Counts the changes of links, so that documents assembled before a change are not served after it.
CREATE TABLE reprint_links(version INTEGER NOT NULL);
INSERT INTO reprint_links(version) VALUES (0);
)sql";

}  // namespace

ReprintSketch sketch_of(std::string_view body) {
  ReprintSketch sketch;
  sketch.shingles = shingles_of(body);
  if (!sketch.comparable()) return sketch;
  std::array<std::uint64_t, kMinHashes> minimum;
  minimum.fill(~std::uint64_t{0});
  for (const std::uint64_t shingle : sketch.shingles) {
    for (std::size_t k = 0; k < kMinHashes; ++k) minimum[k] = std::min(minimum[k], mix64(shingle ^ kSeeds[k]));
  }
  for (std::size_t b = 0; b < kReprintBands; ++b) {
    std::uint64_t key = mix64(b + 1);
    for (std::size_t r = 0; r < kBandRows; ++r) key = mix64(key ^ minimum[b * kBandRows + r]);
    // 31 bits: stored in 4 bytes; a chance collision costs one comparison, never a wrong link.
    sketch.bands[b] = static_cast<std::int64_t>(key & 0x7FFFFFFFull);
  }
  return sketch;
}

double resemblance(const ReprintSketch& a, const ReprintSketch& b) {
  std::size_t shared = 0;
  auto i = a.shingles.begin(), j = b.shingles.begin();
  while (i != a.shingles.end() && j != b.shingles.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  const std::size_t all = a.shingles.size() + b.shingles.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

std::optional<StoreError> link_reprints(sql::Connection& db, const ReprintArticle& article) {
  const ReprintSketch sketch = sketch_of(article.body);
  if (!sketch.comparable()) return std::nullopt;
  std::set<std::int64_t> candidates;
  std::vector<std::int64_t> found;
  for (const std::int64_t key : sketch.bands) {
    if (auto error = integers(db, "SELECT article_id FROM reprint_bands WHERE band_key = ? ORDER BY article_id LIMIT ?",
                              {key, kCandidatesPerBand}, found)) {
      return error;
    }
    candidates.insert(found.begin(), found.end());
    if (auto error = run(db, "INSERT OR IGNORE INTO reprint_bands(band_key, article_id) VALUES (?, ?)", {key, article.id})) {
      return error;
    }
  }
  candidates.erase(article.id);

  // The groups it joins, by their originals. A candidate of a group already joined needs no reading.
  std::set<std::int64_t> joined;
  for (const std::int64_t candidate : candidates) {
    std::int64_t original = candidate;
    if (auto error = original_of(db, candidate, original)) return error;
    if (joined.count(original)) continue;
    std::optional<std::string> body;
    if (auto error = stored_body(db, candidate, body)) return error;
    if (!body) continue;
    if (resemblance(sketch, ReprintSketch{shingles_of(*body), {}}) >= kReprintResemblance) joined.insert(original);
  }
  if (joined.empty()) return std::nullopt;

  // The original of the group they make: each joined group's original is its earliest already.
  Precedence best{when_of(article.published), article.content_hash, article.id};
  for (const std::int64_t original : joined) {
    sql::Statement* row = db.prepare("SELECT published, content_hash FROM articles WHERE id = ?");
    if (!row) return failure(db);
    row->bind(1, original);
    if (row->step()) {
      Precedence other{when_of(row->text(0)), row->text(1), original};
      if (other < best) best = std::move(other);
    }
    const bool ok = row->ok();
    const std::string detail = row->error();
    row->reset();
    if (!ok) return internal_error("linking reprints", detail);
  }
  // Every member of a group whose original is no longer one points at the new original.
  const std::string point = "INSERT INTO article_reprints(article_id, original_id) VALUES (?, ?) "
                            "ON CONFLICT(article_id) DO UPDATE SET original_id = excluded.original_id";
  for (const std::int64_t original : joined) {
    if (original == best.id) continue;
    std::vector<std::int64_t> members;
    if (auto error = integers(db, "SELECT article_id FROM article_reprints WHERE original_id = ?", {original}, members)) {
      return error;
    }
    members.push_back(original);
    for (const std::int64_t member : members) {
      if (auto error = run(db, point, {member, best.id})) return error;
    }
  }
  if (article.id != best.id) {
    if (auto error = run(db, point, {article.id, best.id})) return error;
  }
  return run(db, "UPDATE reprint_links SET version = version + 1", {});
}

std::optional<StoreError> reprint_links_version(sql::Connection& db, std::int64_t& version) {
  std::vector<std::int64_t> found;
  if (auto error = integers(db, "SELECT version FROM reprint_links", {}, found)) return error;
  version = found.empty() ? 0 : found.front();
  return std::nullopt;
}

std::optional<StoreError> originals_of(sql::Connection& db, const std::vector<std::int64_t>& article_ids,
                                       std::vector<std::pair<std::int64_t, std::int64_t>>& originals) {
  originals.clear();
  for (const std::int64_t id : article_ids) {
    std::int64_t original = id;
    if (auto error = original_of(db, id, original)) return error;
    if (original != id) originals.emplace_back(id, original);
  }
  return std::nullopt;
}

// Schema step: the tables, then the articles already stored, linked in the order they were stored
// (any order gives the same links).
std::optional<std::string> add_reprint_tables(sql::Connection& db) {
  if (auto failed = db.exec(kReprintTables)) return failed;
  // Read in slices by id, so that memory stays bounded on a large archive.
  std::vector<std::tuple<std::int64_t, std::string, std::int64_t, std::string, std::string>> stored;
  std::int64_t after = 0;
  while (true) {
    sql::Statement* slice = db.prepare(
        "SELECT id, text, body_begin, published, content_hash FROM articles WHERE id > ? ORDER BY id LIMIT 4096");
    if (!slice) return db.last_error();
    slice->bind(1, after);
    stored.clear();
    while (slice->step()) {
      stored.emplace_back(slice->integer(0), slice->text(1), slice->integer(2), slice->text(3), slice->text(4));
    }
    const bool ok = slice->ok();
    const std::string detail = slice->error();
    slice->reset();
    if (!ok) return detail;
    if (stored.empty()) return std::nullopt;
    for (const auto& [id, text, body_begin, published, hash] : stored) {
      const auto begin = std::min(static_cast<std::size_t>(std::max<std::int64_t>(body_begin, 0)), text.size());
      ReprintArticle article{id, std::string_view(text).substr(begin), published, hash};
      if (auto error = link_reprints(db, article)) return error->message;
      after = id;
    }
  }
}

}  // namespace chronicle::store
