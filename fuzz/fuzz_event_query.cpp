// Store::query_events with arbitrary filters, on a temporary database filled once from the seed
// corpus of fuzz_load_detect. The option line and the document's lines are the query's fields
// (from, to, text, entity, cursor, in that order); the flags byte picks the limit. A hostile filter
// gives a StoreError or a page that keeps the promised order and size, and its cursor leads on.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/store.h"
#include "fuzz/fuzz_database.h"
#include "fuzz/fuzz_input.h"

namespace {

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (out.size() < 4) {
    const std::size_t newline = text.find('\n');
    out.push_back(text.substr(0, newline));
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  out.resize(4);
  return out;
}

// The promised order: date start, then confidence (descending), then id.
bool in_order(const chronicle::events::Event& a, const chronicle::events::Event& b) {
  if (a.date.start != b.date.start) return a.date.start < b.date.start;
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return a.id < b.id;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  const fuzz::Input input = fuzz::split_input(data, size);
  const auto fields = lines(input.document);
  static constexpr std::size_t kLimits[] = {0, 1, 2, 3, 100, 1000, std::size_t{INT64_MAX}, SIZE_MAX};
  store::EventQuery query;
  query.from = std::string(input.option);
  query.to = std::string(fields[0]);
  query.text = std::string(fields[1]);
  query.entity = std::string(fields[2]);
  query.cursor = std::string(fields[3]);
  query.limit = kLimits[input.flags % 8];
  if (input.flags & 0x08) query.min_confidence = 0.5;
  if (input.flags & 0x10) query.article_id = input.flags >> 5;

  store::EventPage page;
  if (fuzz::seeded_database().query_events(query, page)) return 0;  // a StoreError is a fine answer to a bad filter
  // A limit of 0 may mean "the default"; any other limit bounds the page.
  if (query.limit != 0 && page.events.size() > query.limit) fuzz::require_no_problem("page longer than the limit", "query_events");
  for (std::size_t i = 1; i < page.events.size(); ++i) {
    if (in_order(page.events[i], page.events[i - 1])) fuzz::require_no_problem("events out of order", "query_events");
  }
  if (page.next_cursor.empty()) return 0;
  std::set<std::int64_t> seen;
  for (const auto& event : page.events) seen.insert(event.id);
  query.cursor = page.next_cursor;
  store::EventPage next;
  if (fuzz::seeded_database().query_events(query, next)) fuzz::require_no_problem("the store refused its own cursor", "query_events");
  for (const auto& event : next.events) {
    if (seen.count(event.id)) fuzz::require_no_problem("the next page repeats an event", "query_events");
  }
  return 0;
}
