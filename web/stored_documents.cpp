#include "web/stored_documents.h"

#include <cstring>
#include <mutex>

#include "web/json_check.h"

namespace chronicle::web {
namespace {

// About 20 MB of hashes; a database with more events than this re-checks some of them.
constexpr std::size_t kMaxRemembered = 500000;

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  return h;
}

}  // namespace

// Four independent lanes of 8 bytes each, so the multiplications overlap; then the lanes, the
// tail and the length are mixed together.
std::uint64_t document_hash(std::string_view bytes) {
  std::uint64_t lanes[4] = {1, 2, 3, 4};
  std::size_t at = 0;
  for (; at + 32 <= bytes.size(); at += 32) {
    for (int lane = 0; lane < 4; ++lane) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes.data() + at + 8 * lane, 8);
      lanes[lane] = (lanes[lane] ^ word) * kMultiplier;
      lanes[lane] ^= lanes[lane] >> 29;
    }
  }
  std::uint64_t h = bytes.size();
  for (std::uint64_t lane : lanes) h = mix(h ^ lane) * kMultiplier;
  for (; at < bytes.size(); ++at) h = (h ^ static_cast<unsigned char>(bytes[at])) * kMultiplier;
  return mix(h);
}

std::size_t StoredDocuments::drop_malformed(std::vector<std::string>& documents) {
  std::vector<std::uint64_t> hashes(documents.size());
  std::vector<bool> known(documents.size(), false);
  for (std::size_t i = 0; i < documents.size(); ++i) hashes[i] = document_hash(documents[i]);
  {
    std::shared_lock lock(mutex_);
    for (std::size_t i = 0; i < documents.size(); ++i) known[i] = well_formed_.count(hashes[i]) > 0;
  }
  std::vector<std::uint64_t> found_good;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (!known[i]) {
      if (!is_well_formed_json(documents[i])) continue;
      found_good.push_back(hashes[i]);
    }
    if (kept != i) documents[kept] = std::move(documents[i]);
    ++kept;
  }
  const std::size_t dropped = documents.size() - kept;
  documents.resize(kept);
  if (!found_good.empty()) {
    std::unique_lock lock(mutex_);
    if (well_formed_.size() + found_good.size() > kMaxRemembered) well_formed_.clear();
    well_formed_.insert(found_good.begin(), found_good.end());
  }
  return dropped;
}

}  // namespace chronicle::web
