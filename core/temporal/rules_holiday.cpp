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
  p.lean = lean_of(s.relation);  // "next Thanksgiving", "last Christmas"
  return p;
}

constexpr Rule kRules[] = {
    {"New Year's Day", "<relation>? new year ' s day <part>? ,? <year>?", holiday<Holiday::kNewYearsDay>},
    {"New Year's Eve", "<relation>? new year ' s eve <part>? ,? <year>?", holiday<Holiday::kNewYearsEve>},
    {"New Year Day", "<relation>? new year day ,? <year>?", holiday<Holiday::kNewYearsDay>},
    {"Valentine's Day", "<relation>? valentine ' s day ,? <year>?", holiday<Holiday::kValentines>},
    {"Independence Day", "<relation>? independence day <part>? ,? <year>?", holiday<Holiday::kIndependenceDay>},
    {"the Fourth of July", "<relation>? the? fourth of july ,? <year>?", holiday<Holiday::kIndependenceDay>},
    {"Halloween", "<relation>? halloween <part>? ,? <year>?", holiday<Holiday::kHalloween>},
    {"Veterans Day", "<relation>? veterans '? day ,? <year>?", holiday<Holiday::kVeteransDay>},
    {"Christmas Eve", "<relation>? christmas|xmas eve <part>? ,? <year>?", holiday<Holiday::kChristmasEve>},
    {"Christmas Day", "<relation>? christmas|xmas day? <part>? ,? <year>?", holiday<Holiday::kChristmas>},
    {"Boxing Day", "<relation>? boxing day ,? <year>?", holiday<Holiday::kBoxingDay>},
    {"Easter", "<relation>? easter sunday|day? <part>? ,? <year>?", holiday<Holiday::kEaster>},
    {"Good Friday", "<relation>? good friday ,? <year>?", holiday<Holiday::kGoodFriday>},
    {"Easter Monday", "<relation>? easter monday ,? <year>?", holiday<Holiday::kEasterMonday>},
    {"Thanksgiving", "<relation>? thanksgiving day? <part>? ,? <year>?", holiday<Holiday::kThanksgiving>},
    {"Black Friday", "<relation>? black friday ,? <year>?", holiday<Holiday::kBlackFriday>},
    {"Labor Day", "<relation>? labor|labour day ,? <year>?", holiday<Holiday::kLaborDay>},
    {"Memorial Day", "<relation>? memorial day ,? <year>?", holiday<Holiday::kMemorialDay>},
    {"Martin Luther King Day", "<relation>? martin luther king jr? .? day ,? <year>?", holiday<Holiday::kMartinLutherKingDay>},
    {"Presidents' Day", "<relation>? presidents '? day ,? <year>?", holiday<Holiday::kPresidentsDay>},
    {"Mother's Day", "<relation>? mother ' s day ,? <year>?", holiday<Holiday::kMothersDay>},
    {"Father's Day", "<relation>? father ' s day ,? <year>?", holiday<Holiday::kFathersDay>},
    {"Columbus Day", "<relation>? columbus day ,? <year>?", holiday<Holiday::kColumbusDay>},
    {"May Day", "<relation>? may day ,? <year>?", holiday<Holiday::kMayDay>},
    {"Orthodox Easter", "<relation>? orthodox easter sunday|day? ,? <year>?", holiday<Holiday::kOrthodoxEaster>},
    {"Orthodox Good Friday", "<relation>? orthodox good|great friday ,? <year>?", holiday<Holiday::kOrthodoxGoodFriday>},
    // Ramadan is dated by its first day.
    {"Ramadan", "<relation>? ramadan|ramadhan|ramzan ,? <year>?", holiday<Holiday::kRamadan>},
    {"Eid al-Fitr", "<relation>? eid|id al|ul|el -? fitr ,? <year>?", holiday<Holiday::kEidAlFitr>},
    {"Eid al-Adha", "<relation>? eid|id al|ul|el -? adha|azha ,? <year>?", holiday<Holiday::kEidAlAdha>},
    {"Bakr Eid", "<relation>? bakr|bakri eid|id ,? <year>?", holiday<Holiday::kEidAlAdha>},
    {"the feast of the sacrifice", "<relation>? the? feast of the? sacrifice ,? <year>?", holiday<Holiday::kEidAlAdha>},
    {"sacrifice feast", "<relation>? sacrifice feast ,? <year>?", holiday<Holiday::kEidAlAdha>},
    {"Islamic New Year", "<relation>? islamic|hijri new year ,? <year>?", holiday<Holiday::kIslamicNewYear>},
    {"the day of Ashura", "<relation>? the? day of ashura ,? <year>?", holiday<Holiday::kAshura>},
    {"Ashura", "<relation>? ashura ,? <year>?", holiday<Holiday::kAshura>},
    {"Mawlid", "<relation>? mawlid|mawlud al|an -? nabi|nabawi ,? <year>?", holiday<Holiday::kMawlid>},
    {"Mawlid alone", "<relation>? mawlid ,? <year>?", holiday<Holiday::kMawlid>},
    // Hebrew holidays by their first full day (each begins at the sundown before).
    {"Passover", "<relation>? passover|pesach ,? <year>?", holiday<Holiday::kPassover>},
    {"Rosh Hashanah", "<relation>? rosh hashanah|hashana|hashanna|hashonah ,? <year>?", holiday<Holiday::kRoshHashanah>},
    {"Yom Kippur", "<relation>? yom kippur|kipur ,? <year>?", holiday<Holiday::kYomKippur>},
    {"Hanukkah", "<relation>? hanukkah|hanukah|hannukah|hannukkah|chanukah|chanukkah ,? <year>?",
     holiday<Holiday::kHanukkah>},
    {"Chinese New Year", "<relation>? chinese|lunar lunar? new year|years '? s? day? ,? <year>?",
     holiday<Holiday::kChineseNewYear>},
    {"Diwali", "<relation>? diwali|deepavali|divali|dipavali ,? <year>?", holiday<Holiday::kDiwali>},
    // The table's day is the evening of Lakshmi Puja, so the puja names the same day.
    {"Lakshmi Puja", "<relation>? lakshmi|laxmi puja|pooja ,? <year>?", holiday<Holiday::kDiwali>},
};

}  // namespace

std::span<const Rule> holiday_rules() { return kRules; }

}  // namespace chronicle::temporal
