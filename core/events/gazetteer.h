// Internal to core/events: the gazetteer of core/names, under the names the events code uses.
#pragma once

#include "core/names/names.h"

namespace chronicle::events {

using names::country_of_demonym;
using names::EntityKind;
using names::gazetteer_lookup;
using names::GazetteerEntry;
using names::kind_name;

}  // namespace chronicle::events
