#include "core/article/publication_time.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

#include "core/temporal/lexicon.h"

namespace chronicle::article::detail {
namespace {

struct Fields {
  int year = 0;
  unsigned month = 0;  // 0 = not given
  unsigned day = 0;    // 0 = not given
  int hour = -1;       // -1 = no time of day
  int minute = 0;
  int second = 0;
  std::optional<int> offset_minutes;
  std::string zone;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// A read position over a short string. Every read either consumes what it names or nothing.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool at_end() const { return i >= s.size(); }
  char peek(std::size_t ahead = 0) const { return i + ahead < s.size() ? s[i + ahead] : '\0'; }
  void skip_spaces() {
    while (!at_end() && (s[i] == ' ' || s[i] == '\t')) ++i;
  }
  bool take(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // Exactly `min`..`max` digits.
  std::optional<int> number(std::size_t min, std::size_t max) {
    std::size_t n = 0;
    int value = 0;
    while (n < max && is_digit(peek(n))) value = value * 10 + (peek(n++) - '0');
    if (n < min || is_digit(peek(n))) return std::nullopt;
    i += n;
    return value;
  }
  // Exactly `n` digits, whatever follows ("+0430" is two fields of two).
  std::optional<int> digits(std::size_t n) {
    int value = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (!is_digit(peek(k))) return std::nullopt;
      value = value * 10 + (peek(k) - '0');
    }
    i += n;
    return value;
  }
  std::string_view word() {
    std::size_t n = 0;
    while (is_letter(peek(n)) || (n > 0 && peek(n) == '_')) ++n;
    std::string_view w = s.substr(i, n);
    i += n;
    return w;
  }
};

// Month, weekday and zone names come from the tagger's one table of them (core/temporal/lexicon.h).
unsigned month_number(std::string_view word) {
  return static_cast<unsigned>(temporal::month_named(lowered(word)));
}

bool is_weekday(std::string_view word) { return temporal::weekday_named(lowered(word)) != 0; }

// Fixed-offset abbreviations common in news datelines and feeds (minutes east of UTC).
std::optional<int> abbreviation_offset(std::string_view word) {
  const temporal::ZoneName* zone = temporal::zone_named(lowered(word));
  if (zone == nullptr) return std::nullopt;
  return zone->minutes;
}

bool is_zone_area(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kAreas = {"Africa", "America",  "Antarctica", "Arctic",
                                                              "Asia",   "Atlantic", "Australia",  "Europe",
                                                              "Indian", "Pacific",  "Etc"};
  for (std::string_view area : kAreas) {
    if (word == area) return true;
  }
  return false;
}

// "+04:30", "+0430", "+04", "-05:00".
bool read_numeric_offset(Cursor& c, Fields& f) {
  const Cursor start = c;
  const char sign = c.peek();
  if (sign != '+' && sign != '-') return false;
  ++c.i;
  const std::optional<int> hours = c.digits(2);
  if (!hours) return (c = start), false;
  int minutes = 0;
  const bool colon = c.take(':');
  if (const std::optional<int> m = c.digits(2)) {
    minutes = *m;
  } else if (colon) {
    return (c = start), false;
  }
  if (*hours > 14 || minutes > 59) return (c = start), false;
  f.offset_minutes = (sign == '-' ? -1 : 1) * (*hours * 60 + minutes);
  return true;
}

// A zone after a time: "Z", an offset, "GMT+4", an abbreviation, or an IANA name, bare or in
// brackets or parentheses.
void read_zone(Cursor& c, Fields& f) {
  if (c.peek() == 'Z' && !is_letter(c.peek(1))) {
    ++c.i;
    f.offset_minutes = 0;
    return;
  }
  const Cursor start = c;
  c.skip_spaces();
  if (read_numeric_offset(c, f)) return;
  const char open = c.peek();
  const bool bracketed = open == '[' || open == '(';
  if (bracketed) ++c.i;
  const std::size_t name_begin = c.i;
  const std::string_view first = c.word();
  if (first.empty()) {
    c = start;
    return;
  }
  if (is_zone_area(first) && c.peek() == '/') {
    while (c.take('/') && !c.word().empty()) {
    }
    const std::string name(c.s.substr(name_begin, c.i - name_begin));
    try {
      const date::time_zone* zone = date::locate_zone(name);
      (void)zone;
      f.zone = name;
    } catch (const std::exception&) {
      c = start;
      return;
    }
  } else if (const std::optional<int> offset = abbreviation_offset(first)) {
    f.offset_minutes = *offset;
    if (lowered(first) == "gmt" || lowered(first) == "utc") {
      Fields shifted;
      if (read_numeric_offset(c, shifted)) f.offset_minutes = shifted.offset_minutes;
    } else {
      f.zone = std::string(first);
    }
  } else {
    c = start;
    return;
  }
  if (bracketed && !c.take(open == '[' ? ']' : ')')) c = start, f.zone.clear(), f.offset_minutes.reset();
}

// "16:27", "16:27:03", "16:27:03.120", "4:27 pm", "4:27 p.m.".
bool read_clock(Cursor& c, Fields& f) {
  const Cursor start = c;
  const std::optional<int> hour = c.number(1, 2);
  if (!hour || !c.take(':')) return (c = start), false;
  const std::optional<int> minute = c.number(2, 2);
  if (!minute) return (c = start), false;
  int second = 0;
  if (c.peek() == ':' && is_digit(c.peek(1))) {
    ++c.i;
    const std::optional<int> s = c.number(2, 2);
    if (!s) return (c = start), false;
    second = *s;
    if (c.peek() == '.' || c.peek() == ',') {
      if (is_digit(c.peek(1))) {
        ++c.i;
        while (is_digit(c.peek())) ++c.i;  // fractions of a second are finer than we keep
      }
    }
  }
  int h = *hour;
  const Cursor before_meridiem = c;
  c.skip_spaces();
  const std::size_t word_begin = c.i;
  std::string meridiem;
  while (is_letter(c.peek()) || (c.peek() == '.' && c.i > word_begin)) {
    if (c.peek() != '.') meridiem += lower(c.peek());
    ++c.i;
  }
  if ((meridiem == "am" || meridiem == "pm") && h >= 1 && h <= 12) {
    if (meridiem == "am" && h == 12) h = 0;
    if (meridiem == "pm" && h != 12) h += 12;
  } else {
    c = before_meridiem;
  }
  if (h > 23 || *minute > 59 || second > 60) return (c = start), false;
  f.hour = h;
  f.minute = *minute;
  f.second = second;
  return true;
}

// ISO 8601 calendar dates with optional time and zone: "2016", "2016-03", "2016-03-29",
// "2016-03-29T16:27:03.5+04:30", "2016-03-29 16:27:03Z".
bool read_iso(Cursor& c, Fields& f) {
  const Cursor start = c;
  const std::optional<int> year = c.number(4, 4);
  if (!year) return false;
  f.year = *year;
  if (c.peek() == '-' && is_digit(c.peek(1))) {
    ++c.i;
    const std::optional<int> month = c.number(2, 2);
    if (!month) return (c = start), false;
    f.month = static_cast<unsigned>(*month);
    if (c.peek() == '-' && is_digit(c.peek(1))) {
      ++c.i;
      const std::optional<int> day = c.number(2, 2);
      if (!day) return (c = start), false;
      f.day = static_cast<unsigned>(*day);
    }
  }
  if (f.day != 0 && (c.peek() == 'T' || (c.peek() == ' ' && is_digit(c.peek(1))))) {
    const Cursor before_time = c;
    ++c.i;
    if (read_clock(c, f)) {
      read_zone(c, f);
    } else {
      c = before_time;
    }
  }
  return true;
}

// "Tue Mar 29, 2016 16:27:03", "Tuesday, 29th of March 2016 at 4:27 pm EST", "Mar. 29, 2016".
bool read_written(Cursor& c, Fields& f) {
  const Cursor start = c;
  const auto skip_separators = [&c] {
    c.skip_spaces();
    while (c.peek() == ',' || c.peek() == '.') ++c.i, c.skip_spaces();
  };
  const auto read_day = [&c]() -> std::optional<int> {
    const Cursor before = c;
    const std::optional<int> day = c.number(1, 2);
    if (!day || *day < 1 || *day > 31) return (c = before), std::nullopt;
    const Cursor after_number = c;
    const std::string suffix = lowered(c.word());
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") c = after_number;
    return day;
  };
  Cursor probe = c;
  if (is_weekday(probe.word())) {
    c = probe;
    skip_separators();
  }
  std::optional<int> day;
  probe = c;
  unsigned month = month_number(probe.word());
  if (month != 0) {
    c = probe;
    skip_separators();
    day = read_day();
  } else {
    day = read_day();
    if (!day) return (c = start), false;
    c.skip_spaces();
    probe = c;
    if (lowered(probe.word()) == "of") c = probe, c.skip_spaces();
    month = month_number(c.word());
    if (month == 0) return (c = start), false;
  }
  if (!day) return (c = start), false;
  skip_separators();
  const std::optional<int> year = c.number(4, 4);
  if (!year) return (c = start), false;
  f.year = *year;
  f.month = month;
  f.day = static_cast<unsigned>(*day);
  const Cursor after_date = c;
  skip_separators();
  probe = c;
  if (lowered(probe.word()) == "at") c = probe, c.skip_spaces();
  if (c.take('-')) c.skip_spaces();
  if (read_clock(c, f)) {
    read_zone(c, f);
  } else {
    c = after_date;
  }
  return true;
}

std::optional<PublicationTime> format(const Fields& f) {
  using namespace date;
  if (f.year < 1000) return std::nullopt;
  const year_month_day ymd{year{f.year}, month{f.month == 0 ? 1 : f.month}, day{f.day == 0 ? 1 : f.day}};
  if (!ymd.ok()) return std::nullopt;
  char buffer[40];
  if (f.month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", f.year);
  } else if (f.day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u", f.year, f.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", f.year, f.month, f.day);
  }
  PublicationTime out{buffer, f.zone};
  if (f.hour < 0) return out;
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", f.hour, f.minute, f.second);
  out.iso += buffer;
  std::optional<int> offset = f.offset_minutes;
  if (!offset && !f.zone.empty()) {
    try {
      const local_seconds local = local_days{ymd} + std::chrono::hours{f.hour} +
                                  std::chrono::minutes{f.minute} + std::chrono::seconds{f.second};
      // The offset in force just before `local`: the earlier of two readings when clocks went
      // back, the pre-gap offset when they jumped forward over it.
      const local_info info = locate_zone(f.zone)->get_info(local);
      offset = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.first.offset).count());
    } catch (const std::exception&) {
      return out;  // a zone the tz database does not know: keep the local time and the name
    }
  }
  if (offset) {
    const int magnitude = *offset < 0 ? -*offset : *offset;
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", *offset < 0 ? '-' : '+', magnitude / 60,
                  magnitude % 60);
    out.iso += buffer;
  }
  return out;
}

bool only_punctuation_left(Cursor c) {
  while (!c.at_end()) {
    const char ch = c.peek();
    if (is_letter(ch) || is_digit(ch)) return false;
    ++c.i;
  }
  return true;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char ch : s) {
    const bool word_char = is_letter(ch) || is_digit(ch) || static_cast<unsigned char>(ch) >= 0x80;
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

}  // namespace

std::optional<PublicationTime> parse_publication_time(std::string_view value) {
  value = trimmed(value);
  if (value.empty() || value.size() > 100) return std::nullopt;
  Fields fields;
  Cursor c{value};
  if (read_iso(c, fields) || read_written(c, fields)) {
    if (only_punctuation_left(c)) return format(fields);
  }
  return std::nullopt;
}

std::optional<PublicationTime> parse_dateline(std::string_view line) {
  line = trimmed(line);
  constexpr std::size_t kMaxLine = 120;
  constexpr std::size_t kMaxOtherWords = 6;
  if (line.empty() || line.size() > kMaxLine) return std::nullopt;
  for (std::size_t start = 0; start < line.size(); ++start) {
    const bool token_start = start == 0 || !(is_letter(line[start - 1]) || is_digit(line[start - 1]));
    if (!token_start || !(is_letter(line[start]) || is_digit(line[start]))) continue;
    Fields fields;
    Cursor c{line, start};
    if (!read_written(c, fields)) {
      c.i = start;
      fields = Fields{};
      if (!read_iso(c, fields) || fields.day == 0) continue;
    }
    const std::size_t other_words = count_words(line.substr(0, start)) + count_words(line.substr(c.i));
    if (other_words > kMaxOtherWords) return std::nullopt;
    return format(fields);
  }
  return std::nullopt;
}

std::optional<PublicationTime> parse_inline_dateline(std::string_view paragraph) {
  constexpr std::size_t kLongestDateline = 120;
  const std::string_view head = paragraph.substr(0, kLongestDateline);
  std::size_t dash = std::string_view::npos;
  for (std::string_view separator : {" - ", " -- ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    dash = std::min(dash, head.find(separator));
  }
  if (dash == std::string_view::npos) return std::nullopt;
  return parse_dateline(head.substr(0, dash));
}

}  // namespace chronicle::article::detail
