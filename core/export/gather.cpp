#include <algorithm>

#include "core/export/export.h"

namespace chronicle::exporting {

std::optional<store::StoreError> gather(store::Store& store, store::EventQuery query, std::size_t max,
                                        std::vector<events::Event>& events, store::ArticleRefs& articles) {
  events.clear();
  articles.clear();
  query.cursor.clear();
  while (events.size() < max) {
    query.limit = std::min<std::size_t>(1000, max - events.size());
    store::EventPage page;
    if (auto error = store.query_events(query, page)) return error;
    std::move(page.events.begin(), page.events.end(), std::back_inserter(events));
    articles.merge(page.articles);
    if (page.next_cursor.empty()) break;
    query.cursor = page.next_cursor;
  }
  return std::nullopt;
}

}  // namespace chronicle::exporting
