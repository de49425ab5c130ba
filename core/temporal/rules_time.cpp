// Times of day: clock times and parts of the day, on the day the context gives.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

std::optional<Partial> clock_time(const Slots& s) {
  Partial p;
  p.shape = Shape::kAnaphoric;
  p.unit = Unit::kDay;
  p.amount = 0;
  set_clock(p, s);
  return p;
}

constexpr Rule kRules[] = {
    {"clock time", "<clock>", clock_time},
};

}  // namespace

std::span<const Rule> time_rules() { return kRules; }

}  // namespace chronicle::temporal
