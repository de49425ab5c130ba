#include "core/store/event_json.h"
#include "core/store/time_window.h"

#include <array>
#include <set>

namespace chronicle::store {
namespace {

using nlohmann::json;

json date_to_json(const events::EventDate& date) {
  return {{"value", date.value}, {"granularity", temporal::name_of(date.granularity)}, {"start", date.start}, {"end", date.end}};
}

void date_from_json(const json& j, events::EventDate& date) {
  date.value = j.at("value").get<std::string>();
  date.granularity = temporal::granularity_named(j.at("granularity").get<std::string>());
  date.start = j.at("start").get<std::string>();
  date.end = j.at("end").get<std::string>();
  date.start_second = parse_iso_bound(date.start, true).value_or(0);
  date.end_second = parse_iso_bound(date.end, true).value_or(0);
}

// The trigger as offsets into the article and its words, cut out of the source sentence.
json trigger_to_json(const events::Mention& mention) {
  const text::Span t = mention.trigger;
  const text::Span s = mention.sentence;
  if (t.begin >= t.end || t.begin < s.begin || t.end > s.end || t.end - s.begin > mention.summary.size()) return nullptr;
  return {{"text", mention.summary.substr(t.begin - s.begin, t.size())}, {"begin", t.begin}, {"end", t.end}};
}

json source_to_json(const events::Mention& mention, const ArticleRefs& articles) {
  const auto found = articles.find(mention.article_id);
  const ArticleRef article = found == articles.end() ? ArticleRef{} : found->second;
  json source = {{"article_id", mention.article_id},
                 {"title", article.title},
                 {"url", article.url},
                 {"published", article.published},
                 {"sentence", {{"text", mention.summary}, {"begin", mention.sentence.begin}, {"end", mention.sentence.end}}},
                 {"trigger", trigger_to_json(mention)},
                 {"state", events::name_of(mention.state)},
                 {"timex",
                  {{"text", mention.timex.text},
                   {"begin", mention.timex.begin},
                   {"end", mention.timex.end},
                   {"value", mention.timex.value}}}};
  // Only a wire reprint names its original (core/store/reprints.h).
  if (article.reprint_of) source["reprint_of"] = *article.reprint_of;
  return source;
}

// The distinct articles among the event's sources, a wire reprint counted as its original.
std::size_t independent_sources(const events::Event& event, const ArticleRefs& articles) {
  std::set<std::int64_t> originals;
  for (const events::Mention& mention : event.sources) {
    const auto found = articles.find(mention.article_id);
    const bool reprint = found != articles.end() && found->second.reprint_of;
    originals.insert(reprint ? *found->second.reprint_of : mention.article_id);
  }
  return originals.size();
}

void source_from_json(const json& j, events::Mention& mention, ArticleRefs& articles) {
  mention.article_id = j.at("article_id").get<std::int64_t>();
  std::optional<std::int64_t> reprint_of;
  if (const auto original = j.find("reprint_of"); original != j.end() && original->is_number_integer()) {
    reprint_of = original->get<std::int64_t>();
  }
  articles[mention.article_id] = ArticleRef{j.at("title").get<std::string>(), j.at("url").get<std::string>(),
                                            j.at("published").get<std::string>(), reprint_of};
  const json& sentence = j.at("sentence");
  mention.summary = sentence.at("text").get<std::string>();
  mention.sentence = {sentence.at("begin").get<std::size_t>(), sentence.at("end").get<std::size_t>()};
  const json& timex = j.at("timex");
  mention.timex.text = timex.at("text").get<std::string>();
  mention.timex.begin = timex.at("begin").get<std::size_t>();
  mention.timex.end = timex.at("end").get<std::size_t>();
  mention.timex.value = timex.at("value").get<std::string>();
  if (const auto trigger = j.find("trigger"); trigger != j.end() && trigger->is_object()) {
    mention.trigger = {trigger->at("begin").get<std::size_t>(), trigger->at("end").get<std::size_t>()};
  }
  if (const auto state = j.find("state"); state != j.end() && state->is_string()) {
    mention.state = events::state_named(state->get<std::string>());
  }
}

json entity_to_json(const events::Entity& entity, bool with_aliases) {
  json j = {{"name", entity.name}, {"kind", entity.kind}};
  if (with_aliases) j["aliases"] = entity.aliases;
  return j;
}

void entity_from_json(const json& j, events::Entity& entity) {
  entity.name = j.at("name").get<std::string>();
  entity.kind = j.at("kind").get<std::string>();
  if (j.contains("aliases")) entity.aliases = j.at("aliases").get<std::vector<std::string>>();
}

}  // namespace

// The event's state: the one most of its sources give; at a tie, the one a source gives first.
std::string_view state_of(const events::Event& event) {
  std::array<std::size_t, 5> counts{};
  for (const events::Mention& m : event.sources) ++counts[static_cast<std::size_t>(m.state)];
  events::State best = event.sources.empty() ? events::State::happened : event.sources.front().state;
  for (const events::Mention& m : event.sources) {
    if (counts[static_cast<std::size_t>(m.state)] > counts[static_cast<std::size_t>(best)]) best = m.state;
  }
  return events::name_of(best);
}

json event_to_json(const events::Event& event, const ArticleRefs& articles, const CurationMark& mark) {
  json entities = json::array();
  for (const events::Entity& entity : event.entities) entities.push_back(entity_to_json(entity, false));
  json sources = json::array();
  for (const events::Mention& mention : event.sources) sources.push_back(source_to_json(mention, articles));
  json document = {{"id", event.id},
                   {"date", date_to_json(event.date)},
                   {"headline", event.headline},
                   {"summary", event.summary},
                   {"confidence", event.confidence},
                   {"state", state_of(event)},
                   {"independent_sources", independent_sources(event, articles)},
                   {"entities", std::move(entities)},
                   {"sources", std::move(sources)}};
  // Sources that disagree on the date: the other dates they give (absent when all agree).
  if (const auto others = events::other_dates(event); !others.empty()) {
    json list = json::array();
    for (const events::OtherDate& other : others) {
      json date = date_to_json(other.date);
      date["articles"] = other.articles;
      list.push_back(std::move(date));
    }
    document["other_dates"] = std::move(list);
  }
  // Only a curated event carries the mark: the JSON of the others stays as it was.
  if (mark.any()) document["curation"] = {{"edited", mark.edited}, {"hidden", mark.hidden}};
  return document;
}

std::string event_document(const events::Event& event, const ArticleRefs& articles, const CurationMark& mark) {
  return event_to_json(event, articles, mark).dump(-1, ' ', false, json::error_handler_t::replace);
}

bool event_from_json(const json& j, events::Event& event, ArticleRefs& articles) {
  try {
    event.id = j.at("id").get<std::int64_t>();
    date_from_json(j.at("date"), event.date);
    event.headline = j.at("headline").get<std::string>();
    event.summary = j.at("summary").get<std::string>();
    event.confidence = j.at("confidence").get<double>();
    event.entities.clear();
    for (const json& entity : j.at("entities")) entity_from_json(entity, event.entities.emplace_back());
    event.sources.clear();
    for (const json& source : j.at("sources")) {
      events::Mention& mention = event.sources.emplace_back();
      source_from_json(source, mention, articles);
      mention.date = event.date;
    }
    return true;
  } catch (const json::exception&) {
    return false;
  }
}

json mention_to_json(const events::Mention& mention) {
  json entities = json::array();
  for (const events::Entity& entity : mention.entities) entities.push_back(entity_to_json(entity, true));
  const temporal::Timex& timex = mention.timex;
  json interval = nullptr;
  if (timex.interval) interval = {{"start", timex.interval->start}, {"end", timex.interval->end}};
  return {{"article_id", mention.article_id},
          {"article_hash", mention.article_hash},
          {"date", date_to_json(mention.date)},
          {"headline", mention.headline},
          {"summary", mention.summary},
          {"sentence", {mention.sentence.begin, mention.sentence.end}},
          {"trigger", {mention.trigger.begin, mention.trigger.end}},
          {"state", events::name_of(mention.state)},
          {"timex",
           {{"text", timex.text},
            {"begin", timex.begin},
            {"end", timex.end},
            {"type", timex.type},
            {"value", timex.value},
            {"mod", timex.mod},
            {"granularity", temporal::name_of(timex.granularity)},
            {"interval", std::move(interval)}}},
          {"entities", std::move(entities)},
          {"reporting", mention.reporting},
          {"confidence", mention.confidence}};
}

bool mention_from_json(const json& j, events::Mention& mention) {
  try {
    mention.article_id = j.at("article_id").get<std::int64_t>();
    mention.article_hash = j.at("article_hash").get<std::string>();
    date_from_json(j.at("date"), mention.date);
    mention.headline = j.at("headline").get<std::string>();
    mention.summary = j.at("summary").get<std::string>();
    mention.sentence = {j.at("sentence").at(0).get<std::size_t>(), j.at("sentence").at(1).get<std::size_t>()};
    // Mentions stored before triggers and states were extracted have neither.
    mention.trigger = {};
    if (j.contains("trigger")) mention.trigger = {j["trigger"].at(0).get<std::size_t>(), j["trigger"].at(1).get<std::size_t>()};
    mention.state = j.contains("state") ? events::state_named(j["state"].get<std::string>()) : events::State::happened;
    const json& timex = j.at("timex");
    mention.timex.text = timex.at("text").get<std::string>();
    mention.timex.begin = timex.at("begin").get<std::size_t>();
    mention.timex.end = timex.at("end").get<std::size_t>();
    mention.timex.type = timex.at("type").get<std::string>();
    mention.timex.value = timex.at("value").get<std::string>();
    mention.timex.mod = timex.at("mod").get<std::string>();
    mention.timex.granularity = temporal::granularity_named(timex.at("granularity").get<std::string>());
    mention.timex.interval.reset();
    if (!timex.at("interval").is_null()) {
      mention.timex.interval = interval_of_text(timex["interval"].at("start").get<std::string>(),
                                                timex["interval"].at("end").get<std::string>());
    }
    mention.entities.clear();
    for (const json& entity : j.at("entities")) entity_from_json(entity, mention.entities.emplace_back());
    mention.reporting = j.at("reporting").get<bool>();
    mention.confidence = j.at("confidence").get<double>();
    return true;
  } catch (const json::exception&) {
    return false;
  }
}

}  // namespace chronicle::store
