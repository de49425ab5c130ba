// Internal to core/syntax: hashed features and the averaged perceptron shared by the tagger, the
// parser and the entity tagger.
//
// A feature is a 64-bit key: a hash of its template number and its atoms (word hashes, tag ids).
// Nothing keeps a vocabulary: a word nobody trained on hashes to a key no table holds and adds
// nothing. Weights are sparse per feature (most features only ever meet two or three classes), which
// keeps the model small and a feature's weights in one or two cache lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::syntax::detail {

// The avalanche step of a 64-bit mixer (as MurmurHash3's finalizer): every input bit moves about
// half of the output bits, so masked low bits make a good table index.
constexpr std::uint64_t avalanche(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

constexpr std::uint64_t combine(std::uint64_t seed, std::uint64_t value) {
  return avalanche(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

// A feature key: each atom folded in by a multiply, one avalanche at the end. Hundreds of keys are
// made per word, so a key costs a few multiplies, not one mixer per atom.
constexpr std::uint64_t fold(std::uint64_t h, std::uint64_t atom) { return (h ^ atom) * 0x9e3779b97f4a7c15ULL; }
constexpr std::uint64_t feature(std::uint32_t template_id, std::uint64_t a) {
  return avalanche(fold(fold(0x2545f4914f6cdd1dULL, template_id), a));
}
constexpr std::uint64_t feature(std::uint32_t template_id, std::uint64_t a, std::uint64_t b) {
  return avalanche(fold(fold(fold(0x2545f4914f6cdd1dULL, template_id), a), b));
}
constexpr std::uint64_t feature(std::uint32_t template_id, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
  return avalanche(fold(fold(fold(fold(0x2545f4914f6cdd1dULL, template_id), a), b), c));
}

std::uint64_t hash_bytes(std::string_view bytes);

// What a decision asks of a model: add each class's weights for these feature keys to `scores`.
class Scorer {
 public:
  virtual ~Scorer() = default;
  virtual void add_scores(const std::uint64_t* keys, std::size_t count, float* scores) const = 0;
};

// The weights the models use when they run: feature key -> sparse (class, weight) pairs, in an
// open-addressing table: a slot holds a 32-bit fingerprint of the key (probing reads only these,
// sixteen to a cache line) and, beside it in a second array, where its pairs start and how many.
// Read-only once built.
class ScoreTable : public Scorer {
 public:
  ScoreTable() = default;
  explicit ScoreTable(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  std::size_t features() const;
  std::size_t pairs() const { return pairs_.size(); }

  // scores[c] += the weight of every key for class c (scores has classes() entries).
  void add_scores(const std::uint64_t* keys, std::size_t count, float* scores) const override;

  struct Entry {
    std::uint64_t key;
    std::vector<std::pair<std::uint8_t, float>> weights;  // (class, weight), class < classes()
  };
  // Builds the table from entries with distinct keys, in the order given (sorted by the caller).
  static ScoreTable build(int classes, const std::vector<Entry>& entries);

  void write(std::string& out) const;
  // Reads what write() wrote from `bytes` at `at`, checking every bound; false and `error` on damage.
  bool read(std::string_view bytes, std::size_t& at, std::string& error);

 private:
  static constexpr unsigned kCountBits = 6;   // up to 63 classes per feature
  static constexpr unsigned kBeginBits = 26;  // up to 64M pairs
  std::size_t find(std::uint64_t key) const;  // the slot holding key, or prints_.size()

  // A feature's weights sit together, class beside weight, so that one cache line serves them.
  // Weights are kept as 16-bit steps of `scale_` (the largest weight / 32767): half the memory of
  // floats, and a step far below the smallest weight a table keeps.
  struct Pair {
    std::int16_t weight;
    std::uint8_t cls;
  };

  int classes_ = 0;
  float scale_ = 1.0F;
  std::vector<std::uint32_t> prints_;   // by slot: 0 = empty, else the key's fingerprint
  std::vector<std::uint32_t> entries_;  // by slot: begin << 6 | count
  std::vector<Pair> pairs_;
};

// An averaged perceptron being trained: dense weight rows per feature met in an update, with the
// running totals that averaging needs (updated lazily, when a weight changes).
class PerceptronTrainer : public Scorer {
 public:
  explicit PerceptronTrainer(int classes);

  int classes() const { return classes_; }
  void add_scores(const std::uint64_t* keys, std::size_t count, float* scores) const override;
  // One example seen: moves the clock the averages are taken over.
  void tick() { ++now_; }
  // Rewards `truth` and penalizes `guess` on every key (nothing when they are equal).
  void update(const std::uint64_t* keys, std::size_t count, int truth, int guess);
  // Adds `change` to class `cls` of every key: a ranking update rewards one candidate's keys and
  // penalizes another's.
  void add(const std::uint64_t* keys, std::size_t count, int cls, float change);
  // The averaged weights; those with magnitude below `prune_below` are dropped.
  ScoreTable average(double prune_below) const;

 private:
  std::uint32_t row_of(std::uint64_t key);                // adds a row for a new key
  std::int64_t find_row(std::uint64_t key) const;         // -1 when the key has no row
  void grow();

  int classes_;
  std::uint64_t now_ = 1;
  std::vector<std::uint64_t> keys_;   // open addressing over rows; 0 = empty (key 0 is remapped)
  std::vector<std::uint32_t> rows_;
  std::size_t used_ = 0;
  std::vector<std::uint64_t> row_keys_;
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<std::uint64_t> stamps_;
};

// Byte helpers for the model file (little-endian, as written on the machines we build for).
void put_u32(std::string& out, std::uint32_t value);
void put_u64(std::string& out, std::uint64_t value);
void put_string(std::string& out, std::string_view value);
bool get_u32(std::string_view bytes, std::size_t& at, std::uint32_t& value);
bool get_u64(std::string_view bytes, std::size_t& at, std::uint64_t& value);
bool get_string(std::string_view bytes, std::size_t& at, std::string& value, std::size_t max_size);

}  // namespace chronicle::syntax::detail
