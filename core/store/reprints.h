// Wire reprints, private to core/store: near-duplicate articles (one agency story run by several
// outlets, lightly edited: another title, a changed paragraph, a byline or trailer added) are found
// when an article is stored and linked to one original per group, so that an event told by a
// story and its reprints counts them as one independent source. reprints.cpp.
//
// How a reprint is found, with a bounded cost per article and the same links in any load order:
// - an article's body (its text after the title and dateline) is cut into words (ASCII letters
//   and digits, lower-cased, and runs of non-ASCII bytes) and the words into shingles of five in a
//   row; two bodies resemble each other by the Jaccard index of their shingle sets;
// - 48 min-hashes of the shingle set, read three at a time, give 16 band keys; the keys are
//   stored in an index (`reprint_bands`), so the articles that may resemble a new one are the
//   ones sharing a band key with it (a few index lookups, never a scan of all articles);
// - a candidate is a reprint when the resemblance of the two bodies, computed exactly from both
//   texts, is at least kReprintResemblance. Pairs at a resemblance of 0.6 share a band key with
//   probability 0.98, at 0.7 with 0.9988 (1 - (1 - r^3)^16); the outcome for a pair is a fixed
//   function of the two texts, whichever is stored first;
// - the linked articles form groups (connected components), and every article of a group but
//   one points at that one, its original: the earliest published, then the smallest content
//   hash. Content decides, not load order, so any order gives the same groups and originals.
// Bodies of fewer than kMinShingles shingles (about a dozen words) are too short to tell a reprint
// from a stock phrase: they are never linked.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/sqlite.h"
#include "core/store/store.h"

namespace chronicle::store {

inline constexpr std::size_t kShingleWords = 5;
inline constexpr std::size_t kBandRows = 3;
inline constexpr std::size_t kReprintBands = 16;
inline constexpr std::size_t kMinShingles = 8;
inline constexpr double kReprintResemblance = 0.5;
// Articles read per band key at most: a key shared by more (a stock text stored very often) is not
// followed further, which bounds the cost of an article whatever is stored.
inline constexpr std::int64_t kCandidatesPerBand = 32;

// What a body is compared by: its shingles (hashes, sorted, distinct) and its band keys.
struct ReprintSketch {
  std::vector<std::uint64_t> shingles;
  std::array<std::int64_t, kReprintBands> bands{};
  bool comparable() const { return shingles.size() >= kMinShingles; }
};

ReprintSketch sketch_of(std::string_view body);

// The Jaccard index of the two shingle sets: shared shingles over all distinct shingles (0 to 1).
double resemblance(const ReprintSketch& a, const ReprintSketch& b);

// The schema step that adds the reprint tables and links the articles already stored.
std::optional<std::string> add_reprint_tables(sql::Connection& db);

// What the links need of a stored article.
struct ReprintArticle {
  std::int64_t id = 0;
  std::string_view body;
  std::string published;  // "" when unknown (sorts last)
  std::string content_hash;
};

// Indexes a newly stored article's band keys and links it to the articles it is a reprint of (and
// their groups), all in the caller's transaction.
std::optional<StoreError> link_reprints(sql::Connection& db, const ReprintArticle& article);

// A number that changes whenever any link changes (one row; read by the cache of event documents).
std::optional<StoreError> reprint_links_version(sql::Connection& db, std::int64_t& version);

// The original of each of `article_ids` that is a reprint (others are left out of `originals`).
std::optional<StoreError> originals_of(sql::Connection& db, const std::vector<std::int64_t>& article_ids,
                                       std::vector<std::pair<std::int64_t, std::int64_t>>& originals);

}  // namespace chronicle::store
