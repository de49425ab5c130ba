#include "core/syntax/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace chronicle::syntax::detail {

static_assert(std::endian::native == std::endian::little, "the model file is read in place as little-endian");

std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then an avalanche for the low bits
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return avalanche(h);
}

namespace {

std::uint32_t fingerprint(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32) | 1U; }

std::size_t table_size_for(std::size_t entries) {
  std::size_t size = 16;
  while (size * 7 < entries * 10) size *= 2;  // load factor at most 0.7
  return size;
}

template <class T>
void put_array(std::string& out, const std::vector<T>& values) {
  put_u64(out, values.size());
  if (!values.empty()) out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

template <class T>
bool get_array(std::string_view bytes, std::size_t& at, std::vector<T>& values) {
  std::uint64_t count = 0;
  if (!get_u64(bytes, at, count) || count > (bytes.size() - at) / sizeof(T)) return false;
  values.resize(count);
  if (count > 0) std::memcpy(values.data(), bytes.data() + at, count * sizeof(T));  // data() is null when empty
  at += count * sizeof(T);
  return true;
}

}  // namespace

std::size_t ScoreTable::features() const {
  return prints_.size() - static_cast<std::size_t>(std::count(prints_.begin(), prints_.end(), 0U));
}

std::size_t ScoreTable::find(std::uint64_t key) const {
  if (prints_.empty()) return 0;
  const std::size_t mask = prints_.size() - 1;
  const std::uint32_t print = fingerprint(key);
  for (std::size_t at = key & mask;; at = (at + 1) & mask) {
    if (prints_[at] == print) return at;
    if (prints_[at] == 0) return prints_.size();
  }
}

void ScoreTable::add_scores(const std::uint64_t* keys, std::size_t count, float* scores) const {
  if (prints_.empty()) return;
  // Three passes so that the memory reads of all features overlap instead of waiting one by one:
  // ask for every slot, then read the slots and ask for their weights, then add the weights.
  constexpr std::size_t kBatch = 128;
  const std::size_t mask = prints_.size() - 1;
  for (std::size_t first = 0; first < count; first += kBatch) {
    const std::size_t n = std::min(kBatch, count - first);
    for (std::size_t k = 0; k < n; ++k) __builtin_prefetch(&prints_[keys[first + k] & mask]);
    std::uint32_t found[kBatch];
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t at = find(keys[first + k]);
      found[k] = at < prints_.size() ? entries_[at] : 0;
      __builtin_prefetch(pairs_.data() + (found[k] >> kCountBits));
    }
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t begin = found[k] >> kCountBits;
      const std::size_t end = begin + (found[k] & ((1U << kCountBits) - 1));
      for (std::size_t p = begin; p < end; ++p) scores[pairs_[p].cls] += scale_ * pairs_[p].weight;
    }
  }
}

ScoreTable ScoreTable::build(int classes, const std::vector<Entry>& entries) {
  ScoreTable table(classes);
  float largest = 0;
  for (const Entry& entry : entries) {
    for (const auto& pair : entry.weights) largest = std::max(largest, std::fabs(pair.second));
  }
  table.scale_ = largest > 0 ? largest / 32767.0F : 1.0F;
  table.prints_.assign(table_size_for(entries.size()), 0);
  table.entries_.assign(table.prints_.size(), 0);
  const std::size_t mask = table.prints_.size() - 1;
  for (const Entry& entry : entries) {
    if (entry.weights.empty() || entry.weights.size() >= (1U << kCountBits)) continue;
    if (table.pairs_.size() + entry.weights.size() >= (1ULL << kBeginBits)) break;
    const std::uint32_t print = fingerprint(entry.key);
    std::size_t at = entry.key & mask;
    bool clash = false;
    for (; table.prints_[at] != 0; at = (at + 1) & mask) clash = clash || table.prints_[at] == print;
    if (clash) continue;  // a fingerprint already on this probe path: keep the first, as lookups would
    table.prints_[at] = print;
    table.entries_[at] = static_cast<std::uint32_t>(table.pairs_.size() << kCountBits | entry.weights.size());
    for (const auto& [cls, weight] : entry.weights) {
      table.pairs_.push_back({static_cast<std::int16_t>(std::lround(weight / table.scale_)), cls});
    }
  }
  return table;
}

void ScoreTable::write(std::string& out) const {
  std::vector<std::int16_t> weights;
  std::vector<std::uint8_t> classes;
  for (const Pair& pair : pairs_) {
    weights.push_back(pair.weight);
    classes.push_back(pair.cls);
  }
  put_u32(out, static_cast<std::uint32_t>(classes_));
  std::uint32_t scale_bits = 0;
  std::memcpy(&scale_bits, &scale_, 4);
  put_u32(out, scale_bits);
  put_array(out, prints_);
  put_array(out, entries_);
  put_array(out, weights);
  put_array(out, classes);
}

bool ScoreTable::read(std::string_view bytes, std::size_t& at, std::string& error) {
  std::uint32_t classes = 0, scale_bits = 0;
  std::vector<std::int16_t> weights;
  std::vector<std::uint8_t> classes_of;
  if (!get_u32(bytes, at, classes) || classes == 0 || classes > 255 || !get_u32(bytes, at, scale_bits) ||
      !get_array(bytes, at, prints_) || !get_array(bytes, at, entries_) || !get_array(bytes, at, weights) ||
      !get_array(bytes, at, classes_of)) {
    error = "a weight table is truncated";
    return false;
  }
  classes_ = static_cast<int>(classes);
  std::memcpy(&scale_, &scale_bits, 4);
  if (!std::isfinite(scale_) || scale_ <= 0 || scale_ > 1e6F) {
    error = "a weight table has a scale that is not a positive number";
    return false;
  }
  if (prints_.empty() || !std::has_single_bit(prints_.size()) || entries_.size() != prints_.size() ||
      weights.size() != classes_of.size()) {
    error = "a weight table has a malformed layout";
    return false;
  }
  std::size_t used = 0;
  for (std::size_t slot = 0; slot < prints_.size(); ++slot) {
    if (prints_[slot] == 0) {
      entries_[slot] = 0;  // an empty slot is never read, but keep it harmless
      continue;
    }
    ++used;
    const std::size_t begin = entries_[slot] >> kCountBits;
    if (begin + (entries_[slot] & ((1U << kCountBits) - 1)) > weights.size()) {
      error = "a weight table points past its weights";
      return false;
    }
  }
  if (used == prints_.size()) {  // a full table would make lookups of unknown keys loop forever
    error = "a weight table has no empty slot";
    return false;
  }
  pairs_.resize(weights.size());
  for (std::size_t p = 0; p < weights.size(); ++p) {
    if (classes_of[p] >= classes_) {
      error = "a weight table names a class it does not have";
      return false;
    }
    pairs_[p] = {weights[p], classes_of[p]};
  }
  return true;
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {
  keys_.assign(1 << 16, 0);
  rows_.assign(keys_.size(), 0);
}

std::int64_t PerceptronTrainer::find_row(std::uint64_t key) const {
  if (key == 0) key = 1;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t at = key & mask;; at = (at + 1) & mask) {
    if (keys_[at] == key) return rows_[at];
    if (keys_[at] == 0) return -1;
  }
}

void PerceptronTrainer::grow() {
  std::vector<std::uint64_t> keys(keys_.size() * 2, 0);
  std::vector<std::uint32_t> rows(keys.size(), 0);
  const std::size_t mask = keys.size() - 1;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    std::size_t at = keys_[i] & mask;
    while (keys[at] != 0) at = (at + 1) & mask;
    keys[at] = keys_[i];
    rows[at] = rows_[i];
  }
  keys_.swap(keys);
  rows_.swap(rows);
}

std::uint32_t PerceptronTrainer::row_of(std::uint64_t key) {
  if (key == 0) key = 1;
  if ((used_ + 1) * 10 > keys_.size() * 7) grow();
  const std::size_t mask = keys_.size() - 1;
  std::size_t at = key & mask;
  for (; keys_[at] != 0; at = (at + 1) & mask) {
    if (keys_[at] == key) return rows_[at];
  }
  const auto row = static_cast<std::uint32_t>(row_keys_.size());
  keys_[at] = key;
  rows_[at] = row;
  ++used_;
  row_keys_.push_back(key);
  weights_.resize(weights_.size() + classes_, 0.0F);
  totals_.resize(totals_.size() + classes_, 0.0);
  stamps_.resize(stamps_.size() + classes_, 0);
  return row;
}

void PerceptronTrainer::add_scores(const std::uint64_t* keys, std::size_t count, float* scores) const {
  for (std::size_t k = 0; k < count; ++k) {
    const std::int64_t row = find_row(keys[k]);
    if (row < 0) continue;
    const float* weights = &weights_[static_cast<std::size_t>(row) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += weights[c];
  }
}

void PerceptronTrainer::update(const std::uint64_t* keys, std::size_t count, int truth, int guess) {
  if (truth == guess) return;
  add(keys, count, truth, 1.0F);
  add(keys, count, guess, -1.0F);
}

void PerceptronTrainer::add(const std::uint64_t* keys, std::size_t count, int cls, float change) {
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t at = static_cast<std::size_t>(row_of(keys[k])) * classes_ + cls;
    totals_[at] += static_cast<double>(now_ - stamps_[at]) * weights_[at];
    stamps_[at] = now_;
    weights_[at] += change;
  }
}

ScoreTable PerceptronTrainer::average(double prune_below) const {
  std::vector<std::size_t> order(row_keys_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return row_keys_[a] < row_keys_[b]; });
  std::vector<ScoreTable::Entry> entries;
  entries.reserve(order.size());
  for (const std::size_t row : order) {
    ScoreTable::Entry entry{row_keys_[row], {}};
    for (int c = 0; c < classes_; ++c) {
      const std::size_t at = row * classes_ + c;
      const double total = totals_[at] + static_cast<double>(now_ - stamps_[at]) * weights_[at];
      const double average = total / static_cast<double>(now_);
      if (std::fabs(average) >= prune_below && average != 0.0) {
        entry.weights.emplace_back(static_cast<std::uint8_t>(c), static_cast<float>(average));
      }
    }
    if (!entry.weights.empty()) entries.push_back(std::move(entry));
  }
  return ScoreTable::build(classes_, entries);
}

void put_u32(std::string& out, std::uint32_t value) { out.append(reinterpret_cast<const char*>(&value), 4); }
void put_u64(std::string& out, std::uint64_t value) { out.append(reinterpret_cast<const char*>(&value), 8); }
void put_string(std::string& out, std::string_view value) {
  put_u32(out, static_cast<std::uint32_t>(value.size()));
  out.append(value);
}

bool get_u32(std::string_view bytes, std::size_t& at, std::uint32_t& value) {
  if (at > bytes.size() || bytes.size() - at < 4) return false;
  std::memcpy(&value, bytes.data() + at, 4);
  at += 4;
  return true;
}

bool get_u64(std::string_view bytes, std::size_t& at, std::uint64_t& value) {
  if (at > bytes.size() || bytes.size() - at < 8) return false;
  std::memcpy(&value, bytes.data() + at, 8);
  at += 8;
  return true;
}

bool get_string(std::string_view bytes, std::size_t& at, std::string& value, std::size_t max_size) {
  std::uint32_t size = 0;
  if (!get_u32(bytes, at, size) || size > max_size || size > bytes.size() - at) return false;
  value.assign(bytes.data() + at, size);
  at += size;
  return true;
}

}  // namespace chronicle::syntax::detail
