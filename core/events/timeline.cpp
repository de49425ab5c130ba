// events::timeline_for: one participant's events in reading order (the SemEval-2015 TimeLine
// shape). A month- or year-precision event sits at the start of its interval, before the finer
// events that start at the same instant, as a heading before its entries: "May 2015" comes before
// "May 1, 2015", and both before "May 2, 2015".
#include <algorithm>
#include <string_view>
#include <tuple>

#include "core/events/events.h"
#include "core/events/tokens.h"

namespace chronicle::events {
namespace {

bool takes_part(const Event& event, const std::string& lower_name) {
  for (const Entity& entity : event.entities) {
    if (ascii_lower(entity.name) == lower_name) return true;
    for (const std::string& alias : entity.aliases) {
      if (ascii_lower(alias) == lower_name) return true;
    }
  }
  return false;
}

}  // namespace

std::string_view name_of(State state) {
  switch (state) {
    case State::happened: return "happened";
    case State::planned: return "planned";
    case State::reported: return "reported";
    case State::negated: return "negated";
    case State::hypothetical: return "hypothetical";
  }
  return "happened";
}

State state_named(std::string_view name) {
  for (const State state : {State::planned, State::reported, State::negated, State::hypothetical}) {
    if (name == name_of(state)) return state;
  }
  return State::happened;
}

std::vector<Event> timeline_for(const std::vector<Event>& events, const std::string& entity_name) {
  const std::string wanted = ascii_lower(entity_name);
  std::vector<Event> timeline;
  if (wanted.empty()) return timeline;
  for (const Event& event : events) {
    if (takes_part(event, wanted)) timeline.push_back(event);
  }
  auto first_source = [](const Event& e) {
    return e.sources.empty() ? std::make_tuple(std::string_view{}, std::size_t{0})
                             : std::make_tuple(std::string_view(e.sources.front().article_hash), e.sources.front().timex.begin);
  };
  std::sort(timeline.begin(), timeline.end(), [&](const Event& a, const Event& b) {
    if (a.date.start_second != b.date.start_second) return a.date.start_second < b.date.start_second;
    if (a.date.end_second != b.date.end_second) return a.date.end_second > b.date.end_second;  // the coarser date first
    if (a.headline != b.headline) return a.headline < b.headline;
    return first_source(a) < first_source(b);
  });
  return timeline;
}

}  // namespace chronicle::events
