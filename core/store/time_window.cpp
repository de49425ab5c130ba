#include "core/store/time_window.h"

#include <date/date.h>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace chronicle::store {
namespace {

// Reads exactly `digits` decimal digits at `pos`; advances `pos`.
std::optional<int> read_number(std::string_view text, std::size_t& pos, std::size_t digits) {
  if (pos + digits > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += digits;
  return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

}  // namespace

std::optional<std::int64_t> parse_iso_bound(std::string_view text, bool start_of_unit) {
  std::size_t pos = 0;
  const auto year = read_number(text, pos, 4);
  if (!year) return std::nullopt;
  int month = 1, day = 1, hour = 0, minute = 0, second = 0;
  enum Unit { kYear, kMonth, kDay, kMinute, kSecond } unit = kYear;
  if (pos < text.size()) {
    const auto value = expect(text, pos, '-') ? read_number(text, pos, 2) : std::nullopt;
    if (!value) return std::nullopt;
    month = *value;
    unit = kMonth;
  }
  if (pos < text.size()) {
    const auto value = expect(text, pos, '-') ? read_number(text, pos, 2) : std::nullopt;
    if (!value) return std::nullopt;
    day = *value;
    unit = kDay;
  }
  if (pos < text.size()) {
    const auto h = expect(text, pos, 'T') ? read_number(text, pos, 2) : std::nullopt;
    const auto m = h && expect(text, pos, ':') ? read_number(text, pos, 2) : std::nullopt;
    if (!m || *h > 23 || *m > 59) return std::nullopt;
    hour = *h;
    minute = *m;
    unit = kMinute;
  }
  if (pos < text.size()) {
    const auto s = expect(text, pos, ':') ? read_number(text, pos, 2) : std::nullopt;
    if (!s || *s > 59 || pos != text.size()) return std::nullopt;
    second = *s;
    unit = kSecond;
  }
  const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  const std::int64_t days = date::sys_days{ymd}.time_since_epoch().count();
  const std::int64_t start = days * 86400 + hour * 3600 + minute * 60 + second;
  if (start_of_unit) return start;
  switch (unit) {
    case kYear: {
      const date::sys_days next{date::year{*year + 1} / 1 / 1};
      return std::int64_t{next.time_since_epoch().count()} * 86400;
    }
    case kMonth: {
      const date::sys_days next{(date::year_month{ymd.year(), ymd.month()} + date::months{1}) / 1};
      return std::int64_t{next.time_since_epoch().count()} * 86400;
    }
    case kDay: return start + 86400;
    case kMinute: return start + 60;
    case kSecond: return start + 1;
  }
  return std::nullopt;
}

std::string now_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

temporal::Interval interval_of_text(std::string start, std::string end) {
  const std::int64_t start_second = parse_iso_bound(start, true).value_or(0);
  const std::int64_t end_second = parse_iso_bound(end, true).value_or(0);
  return {std::move(start), std::move(end), start_second, end_second};
}

std::string format_seconds(std::int64_t seconds) {
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

int span_class(std::int64_t start, std::int64_t end) {
  const std::int64_t length = end - start;
  for (int c = 0; c < kSpanClasses; ++c) {
    if (length <= kSpanClassLimit[c]) return c;
  }
  return kSpanClasses - 1;
}

}  // namespace chronicle::store
