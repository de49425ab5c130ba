// JSON forms of events and mentions. `event_to_json` is the Event form of docs/event.schema.json
// (also the native export and the API's); the mention form is the store's own and keeps every field.
#pragma once

#include <nlohmann/json.hpp>

#include "core/events/events.h"
#include "core/store/store.h"

namespace chronicle::store {

// The Event of docs/event.schema.json: id, date, headline, summary, confidence, entities (name,
// kind), sources (article_id, title, url, published, sentence, timex). Titles come from `articles`.
nlohmann::json event_to_json(const events::Event& event, const ArticleRefs& articles, const CurationMark& mark = {});

// The same as JSON text (a stray invalid UTF-8 byte is replaced, never thrown on).
std::string event_document(const events::Event& event, const ArticleRefs& articles, const CurationMark& mark = {});

// Reads the form above back; fills `articles` from the sources. False on a malformed document.
bool event_from_json(const nlohmann::json& json, events::Event& event, ArticleRefs& articles);

nlohmann::json mention_to_json(const events::Mention& mention);
bool mention_from_json(const nlohmann::json& json, events::Mention& mention);

}  // namespace chronicle::store
