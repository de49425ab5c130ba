// Which stored event documents may be spliced into a page: the well-formed ones. A page of events
// is made of stored JSON as it is (not parsed and written again), so one damaged row would make
// the whole page invalid. Checking every document on every request costs as much as a fifth of
// /api/events, so documents found well-formed are remembered by a 64-bit hash of their bytes and
// afterwards cost only that hash (a damaged document would pass only by hashing exactly like a good
// one). Safe to share between request threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace chronicle::web {

class StoredDocuments {
 public:
  // Removes the documents that are not well-formed JSON from `documents`, keeping the order of the
  // rest, and returns how many were removed.
  std::size_t drop_malformed(std::vector<std::string>& documents);

 private:
  std::shared_mutex mutex_;
  std::unordered_set<std::uint64_t> well_formed_;  // hashes; forgotten all at once past a bound
};

// The 64-bit hash used above (exposed for tests).
std::uint64_t document_hash(std::string_view bytes);

}  // namespace chronicle::web
