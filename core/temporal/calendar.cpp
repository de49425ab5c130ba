#include "core/temporal/calendar.h"

#include <date/islamic.h>
#include <date/julian.h>

#include <cstdio>
#include <iterator>
#include <span>

namespace chronicle::temporal {

using namespace date;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

namespace {

// Gregorian Easter Sunday (the anonymous computus: Meeus/Jones/Butcher).
sys_days easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31;
  const int day_number = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{year{y} / month_number / day_number};
}

// Orthodox Easter Sunday: the Julian computus, its Julian date then read in the Gregorian calendar.
sys_days orthodox_easter(int y) {
  const int a = y % 4, b = y % 7, c = y % 19;
  const int d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month_number = (d + e + 114) / 31;
  const int day_number = (d + e + 114) % 31 + 1;
  return sys_days{julian::year{y} / julian::month{static_cast<unsigned>(month_number)} /
                  julian::day{static_cast<unsigned>(day_number)}};
}

// The first day in Gregorian year `y` that is day `d` of month `m` in the arithmetic (tabular)
// Islamic calendar of Howard Hinnant's date. An Islamic year is about 11 days shorter than a
// Gregorian one, so a Gregorian year holds each Islamic date once (sometimes twice: the first is
// taken). Observed dates follow the sighting of the moon and can differ from the arithmetic ones
// by a day, now and then two.
std::optional<sys_days> islamic_in(int y, unsigned m, unsigned d) {
  const int estimate = (y - 622) * 33 / 32;
  for (int h = estimate - 2; h <= estimate + 2; ++h) {
    if (h < 1) continue;
    const sys_days day{islamic::year{h} / islamic::month{m} / islamic::day{d}};
    if (year_month_day{day}.year() == year{y}) return day;
  }
  return std::nullopt;
}

// The Hebrew calendar is arithmetic: a year begins (1 Tishrei) on the day of the mean new moon
// (molad) of Tishrei, counted in parts (1/1080 hour) from the epoch's molad, unless that day is a
// Sunday, Wednesday or Friday (then the next day), and two rules keep years to their six allowed
// lengths. Days here count from 1 Tishrei of year 1 (Monday, 7 October 3761 BC, Julian).
long long hebrew_elapsed_days(long long h) {
  const long long months = (235 * h - 234) / 19;  // 12 or 13 months a year, 7 leap years in 19
  const long long parts = 12084 + 13753 * months;  // the molad; a month is 29 days 13753 parts
  long long elapsed = 29 * months + parts / 25920;  // 25920 parts a day
  if ((3 * (elapsed + 1)) % 7 < 3) ++elapsed;       // never on a Sunday, Wednesday or Friday
  return elapsed;
}

// 1 Tishrei of Hebrew year h.
sys_days hebrew_new_year(long long h) {
  const long long before = hebrew_elapsed_days(h - 1), start = hebrew_elapsed_days(h);
  const long long after = hebrew_elapsed_days(h + 1);
  long long delay = 0;
  if (after - start == 356) delay = 2;        // the year would be too long
  else if (start - before == 382) delay = 1;  // the year before would be too short
  // 1 Tishrei of year 1 is day 0 of the count: Julian 3761-10-07 BC is Gregorian -3760-09-07.
  return sys_days{year{-3760} / September / 7} + days{static_cast<int>(start + delay)};
}

// Hebrew dates of the Gregorian year y, by their first full day (each begins at the sundown
// before): Passover is 15 Nisan, 163 days before the next 1 Tishrei; Rosh Hashanah 1 Tishrei;
// Yom Kippur 10 Tishrei; Hanukkah 25 Kislev, 83 days after 1 Tishrei, 84 when Heshvan has 30 days
// (in years of 355 or 385 days).
sys_days rosh_hashanah(int y) { return hebrew_new_year(y + 3761LL); }
sys_days passover(int y) { return rosh_hashanah(y) - days{163}; }
sys_days hanukkah(int y) {
  const sys_days start = rosh_hashanah(y);
  const auto length = (rosh_hashanah(y + 1) - start).count();
  return start + days{length % 10 == 5 ? 84 : 83};
}

// Chinese New Year (the first day of the first lunar month, reckoned at Beijing's meridian),
// 1970-2050, as the Chinese calendar publishes it; every entry was checked against an independent
// conversion (the lunar-javascript package) and against the well-known dates of recent years
// (2018-02-16, 2024-02-10). Month * 100 + day.
constexpr int kChineseNewYearFirst = 1970;
constexpr unsigned short kChineseNewYear[] = {
    206, 127, 215, 203, 123, 211, 131, 218, 207, 128,  // 1970s
    216, 205, 125, 213, 202, 220, 209, 129, 217, 206,  // 1980s
    127, 215, 204, 123, 210, 131, 219, 207, 128, 216,  // 1990s
    205, 124, 212, 201, 122, 209, 129, 218, 207, 126,  // 2000s
    214, 203, 123, 210, 131, 219, 208, 128, 216, 205,  // 2010s
    125, 212, 201, 122, 210, 129, 217, 206, 126, 213,  // 2020s
    203, 123, 211, 131, 219, 208, 128, 215, 204, 124,  // 2030s
    212, 201, 122, 210, 130, 217, 206, 126, 214, 202,  // 2040s
    123,                                               // 2050
};

// Diwali (Lakshmi Puja, as North India keeps it), 1970-2050: the day, at New Delhi, on whose evening
// (sunset to 144 minutes after) the new-moon lunar day (amavasya: the moon 348-360 degrees ahead of
// the sun) holds longest, for the first new moon after the sun enters sidereal Libra (Lahiri); when
// neither evening has it, the day of the new moon. Computed with core/temporal/tools/diwali_dates.cjs
// (the astronomy-engine package) and checked date by date against the public-holiday dates that the
// date-holidays package (3.37.0) lists for Trinidad and Tobago and Suriname, which follow the same
// reckoning: equal in 2012-2026, 2028 and 2029; those lists give a day earlier for 2027 and 2030, where
// the computation and the @ishubhamx/panchangam-js package agree on 2027-10-29 and 2030-10-26.
// Singapore and Malaysia keep the South Indian day, often a day before. Month * 100 + day.
constexpr int kDiwaliFirst = 1970;
constexpr unsigned short kDiwali[] = {
    1029, 1018, 1105, 1025, 1113, 1103, 1022, 1110, 1031, 1020,  // 1970s
    1107, 1027, 1115, 1104, 1024, 1112, 1101, 1022, 1109, 1029,  // 1980s
    1018, 1105, 1025, 1113, 1103, 1023, 1110, 1030, 1019, 1107,  // 1990s
    1026, 1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017,  // 2000s
    1105, 1026, 1113, 1103, 1023, 1111, 1030, 1019, 1107, 1027,  // 2010s
    1114, 1104, 1024, 1112, 1031, 1020, 1108, 1029, 1017, 1105,  // 2020s
    1026, 1114, 1102, 1022, 1110, 1030, 1018, 1107, 1027, 1115,  // 2030s
    1104, 1024, 1112, 1101, 1020, 1108, 1029, 1018, 1105, 1026,  // 2040s
    1113,                                                        // 2050
};

// The date a table of month * 100 + day values gives for `y`, if the table covers it.
std::optional<sys_days> from_table(std::span<const unsigned short> table, int first, int y) {
  const int i = y - first;
  if (i < 0 || i >= static_cast<int>(table.size())) return std::nullopt;
  const unsigned md = table[static_cast<std::size_t>(i)];
  return sys_days{year{y} / month{md / 100} / day{md % 100}};
}

sys_days nth(int y, unsigned m, weekday w, unsigned n) { return sys_days{year{y} / month{m} / w[n]}; }
sys_days last_of(int y, unsigned m, weekday w) { return sys_days{year{y} / month{m} / w[last]}; }
sys_days fixed(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; }

}  // namespace

std::optional<sys_days> holiday_date(Holiday holiday, int y) {
  if (y < 1 || y > 9999) return std::nullopt;
  switch (holiday) {
    case Holiday::kNone: return std::nullopt;
    case Holiday::kNewYearsDay: return fixed(y, 1, 1);
    case Holiday::kNewYearsEve: return fixed(y, 12, 31);
    case Holiday::kValentines: return fixed(y, 2, 14);
    case Holiday::kMayDay: return fixed(y, 5, 1);
    case Holiday::kIndependenceDay: return fixed(y, 7, 4);
    case Holiday::kHalloween: return fixed(y, 10, 31);
    case Holiday::kVeteransDay: return fixed(y, 11, 11);
    case Holiday::kChristmasEve: return fixed(y, 12, 24);
    case Holiday::kChristmas: return fixed(y, 12, 25);
    case Holiday::kBoxingDay: return fixed(y, 12, 26);
    case Holiday::kEaster: return easter(y);
    case Holiday::kGoodFriday: return easter(y) - days{2};
    case Holiday::kEasterMonday: return easter(y) + days{1};
    case Holiday::kThanksgiving: return nth(y, 11, Thursday, 4);
    case Holiday::kBlackFriday: return nth(y, 11, Thursday, 4) + days{1};
    case Holiday::kLaborDay: return nth(y, 9, Monday, 1);
    case Holiday::kMemorialDay: return last_of(y, 5, Monday);
    case Holiday::kMartinLutherKingDay: return nth(y, 1, Monday, 3);
    case Holiday::kPresidentsDay: return nth(y, 2, Monday, 3);
    case Holiday::kMothersDay: return nth(y, 5, Sunday, 2);
    case Holiday::kFathersDay: return nth(y, 6, Sunday, 3);
    case Holiday::kColumbusDay: return nth(y, 10, Monday, 2);
    case Holiday::kOrthodoxEaster: return orthodox_easter(y);
    case Holiday::kOrthodoxGoodFriday: return orthodox_easter(y) - days{2};
    case Holiday::kRamadan: return y < 623 ? std::nullopt : islamic_in(y, 9, 1);
    case Holiday::kEidAlFitr: return y < 623 ? std::nullopt : islamic_in(y, 10, 1);
    case Holiday::kEidAlAdha: return y < 623 ? std::nullopt : islamic_in(y, 12, 10);
    case Holiday::kIslamicNewYear: return y < 623 ? std::nullopt : islamic_in(y, 1, 1);
    case Holiday::kAshura: return y < 623 ? std::nullopt : islamic_in(y, 1, 10);
    case Holiday::kMawlid: return y < 623 ? std::nullopt : islamic_in(y, 3, 12);
    case Holiday::kPassover: return passover(y);
    case Holiday::kRoshHashanah: return rosh_hashanah(y);
    case Holiday::kYomKippur: return rosh_hashanah(y) + days{9};
    case Holiday::kHanukkah: return hanukkah(y);
    case Holiday::kChineseNewYear: return from_table(kChineseNewYear, kChineseNewYearFirst, y);
    case Holiday::kDiwali: return from_table(kDiwali, kDiwaliFirst, y);
  }
  return std::nullopt;
}

sys_days iso_week_monday(sys_days day) {
  const weekday w{day};
  return day - days{(w.c_encoding() + 6) % 7};
}

IsoWeek iso_week(sys_days day) {
  const sys_days thursday = iso_week_monday(day) + days{3};
  const year_month_day ymd{thursday};
  const sys_days first = sys_days{ymd.year() / January / 1};
  return {static_cast<int>(ymd.year()), static_cast<int>((thursday - first).count() / 7 + 1)};
}

sys_days season_start(Season season, int y) {
  switch (season) {
    case Season::kSpring: return fixed(y, 3, 1);
    case Season::kSummer: return fixed(y, 6, 1);
    case Season::kFall: return fixed(y, 9, 1);
    case Season::kWinter: return fixed(y - 1, 12, 1);
    case Season::kNone: break;
  }
  return fixed(y, 1, 1);
}

std::string_view season_code(Season season) {
  switch (season) {
    case Season::kSpring: return "SP";
    case Season::kSummer: return "SU";
    case Season::kFall: return "FA";
    case Season::kWinter: return "WI";
    case Season::kNone: break;
  }
  return "";
}

namespace {

// Writes n (0..99) as two digits; the hot path of timestamps avoids snprintf.
char* put2(char* out, unsigned n) {
  out[0] = static_cast<char>('0' + n / 10);
  out[1] = static_cast<char>('0' + n % 10);
  return out + 2;
}

}  // namespace

Interval interval_of_seconds(std::int64_t start_second, std::int64_t end_second) {
  return interval_between(sys_seconds{seconds{start_second}}, sys_seconds{seconds{end_second}});
}

Interval interval_between(sys_seconds start, sys_seconds end) {
  return Interval{format_timestamp(start), format_timestamp(end), start.time_since_epoch().count(),
                  end.time_since_epoch().count()};
}

std::string format_timestamp(sys_seconds t) {
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> time{t - day};
  const int y = static_cast<int>(ymd.year());
  const auto hour = static_cast<unsigned>(time.hours().count());
  const auto minute = static_cast<unsigned>(time.minutes().count());
  const auto second = static_cast<unsigned>(time.seconds().count());
  if (y < 0 || y > 9999 || hour > 99) {  // rare: keep printf's exact rendering of odd years
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", y, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()), static_cast<int>(hour), static_cast<int>(minute),
                  static_cast<int>(second));
    return buffer;
  }
  // "YYYY-MM-DDTHH:MM:SS", written by hand: this runs twice per resolved expression.
  std::string out(19, '\0');
  char* p = out.data();
  p = put2(p, static_cast<unsigned>(y) / 100);
  p = put2(p, static_cast<unsigned>(y) % 100);
  *p++ = '-';
  p = put2(p, static_cast<unsigned>(ymd.month()));
  *p++ = '-';
  p = put2(p, static_cast<unsigned>(ymd.day()));
  *p++ = 'T';
  p = put2(p, hour);
  *p++ = ':';
  p = put2(p, minute);
  *p++ = ':';
  put2(p, second);
  return out;
}

std::string format_year(int y) {
  if (y > 0 && y <= 9999) {  // by hand, like format_timestamp: most resolved values start with a year
    std::string out(4, '\0');
    put2(out.data(), static_cast<unsigned>(y) / 100);
    put2(out.data() + 2, static_cast<unsigned>(y) % 100);
    return out;
  }
  char buffer[16];
  if (y <= 0) {
    std::snprintf(buffer, sizeof buffer, "BC%04d", 1 - y);  // astronomical year 0 is 1 BC
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", y);
  }
  return buffer;
}

}  // namespace chronicle::temporal
