#include "core/temporal/temporal.h"

namespace chronicle::temporal {
std::vector<Timex> tag(std::string_view, const TagOptions&) { return {}; }  // placeholder until the engine lands
}  // namespace chronicle::temporal
