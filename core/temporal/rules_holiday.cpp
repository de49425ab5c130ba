// Holidays with fixed or computed dates, with an optional year.
#include "core/temporal/rules.h"

namespace chronicle::temporal {
namespace {

// With a part of the day it is a time: "Christmas night" is "2015-12-25TNI".
template <Holiday kHoliday>
std::optional<Partial> holiday(const Slots& s) {
  Partial p;
  p.holiday = kHoliday;
  p.year = s.year;
  p.part = s.part;
  return p;
}

constexpr Rule kRules[] = {
    {"New Year's Day", "new year ' s day <part>? ,? <year>?", holiday<Holiday::kNewYearsDay>},
    {"New Year's Eve", "new year ' s eve <part>? ,? <year>?", holiday<Holiday::kNewYearsEve>},
    {"New Year Day", "new year day ,? <year>?", holiday<Holiday::kNewYearsDay>},
    {"Valentine's Day", "valentine ' s day ,? <year>?", holiday<Holiday::kValentines>},
    {"Independence Day", "independence day <part>? ,? <year>?", holiday<Holiday::kIndependenceDay>},
    {"the Fourth of July", "the? fourth of july ,? <year>?", holiday<Holiday::kIndependenceDay>},
    {"Halloween", "halloween <part>? ,? <year>?", holiday<Holiday::kHalloween>},
    {"Veterans Day", "veterans '? day ,? <year>?", holiday<Holiday::kVeteransDay>},
    {"Christmas Eve", "christmas eve <part>? ,? <year>?", holiday<Holiday::kChristmasEve>},
    {"Christmas Day", "christmas day? <part>? ,? <year>?", holiday<Holiday::kChristmas>},
    {"Boxing Day", "boxing day ,? <year>?", holiday<Holiday::kBoxingDay>},
    {"Easter", "easter sunday|day? <part>? ,? <year>?", holiday<Holiday::kEaster>},
    {"Good Friday", "good friday ,? <year>?", holiday<Holiday::kGoodFriday>},
    {"Easter Monday", "easter monday ,? <year>?", holiday<Holiday::kEasterMonday>},
    {"Thanksgiving", "thanksgiving day? <part>? ,? <year>?", holiday<Holiday::kThanksgiving>},
    {"Black Friday", "black friday ,? <year>?", holiday<Holiday::kBlackFriday>},
    {"Labor Day", "labor|labour day ,? <year>?", holiday<Holiday::kLaborDay>},
    {"Memorial Day", "memorial day ,? <year>?", holiday<Holiday::kMemorialDay>},
    {"Martin Luther King Day", "martin luther king jr? .? day ,? <year>?", holiday<Holiday::kMartinLutherKingDay>},
    {"Presidents' Day", "presidents '? day ,? <year>?", holiday<Holiday::kPresidentsDay>},
    {"Mother's Day", "mother ' s day ,? <year>?", holiday<Holiday::kMothersDay>},
    {"Father's Day", "father ' s day ,? <year>?", holiday<Holiday::kFathersDay>},
    {"Columbus Day", "columbus day ,? <year>?", holiday<Holiday::kColumbusDay>},
    {"May Day", "may day ,? <year>?", holiday<Holiday::kMayDay>},
};

}  // namespace

std::span<const Rule> holiday_rules() { return kRules; }

}  // namespace chronicle::temporal
