// core/names: the built-in gazetteer. Countries with their demonyms and capitals, major cities and
// regions, and well-known organizations (armed groups, international bodies, news agencies,
// companies). Facts, compiled in as sorted tables; looked up by lower-case name. The events room
// reads names with it; the syntax room's entity tagger takes its matches as features.
#pragma once

#include <optional>
#include <string_view>

namespace chronicle::names {

enum class EntityKind { kPerson, kOrganization, kPlace, kOther };

// "person", "organization", "place", "other": the strings of Entity::kind.
std::string_view kind_name(EntityKind kind);

struct GazetteerEntry {
  std::string_view key;   // lower case, words separated by one space: "deir ezzor", "u.s."
  std::string_view name;  // the name we show: "Deir Ezzor", "United States"
  EntityKind kind;
};

// The entry named `lower_name` ("syria", "united states", "isis"), if any.
std::optional<GazetteerEntry> gazetteer_lookup(std::string_view lower_name);

// The country a demonym names ("syrian" -> "Syria"), or "" when `lower` is not one.
std::string_view country_of_demonym(std::string_view lower);

}  // namespace chronicle::names
