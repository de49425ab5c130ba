#include "core/evaluation/tag_io.h"

#include <charconv>

#include "core/evaluation/jsonl_request.h"
#include "core/text/text.h"

namespace chronicle::evaluation {
namespace {

// Reads `count` digits at `pos` into `value`; false when they are not all there.
bool digits(std::string_view s, std::size_t& pos, std::size_t count, int& value) {
  if (pos + count > s.size()) return false;
  value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += count;
  return true;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool accept(std::string_view s, std::size_t& pos, char c) {
  if (pos < s.size() && s[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

// "Z", "+HH:MM", "-HHMM", "+HH" or nothing, up to the end of `s`.
bool valid_zone(std::string_view s, std::size_t pos) {
  if (pos == s.size()) return true;
  if (accept(s, pos, 'Z')) return pos == s.size();
  if (!accept(s, pos, '+') && !accept(s, pos, '-')) return false;
  int hours = 0;
  int minutes = 0;
  if (!digits(s, pos, 2, hours) || hours > 23) return false;
  if (pos == s.size()) return true;
  accept(s, pos, ':');
  return digits(s, pos, 2, minutes) && minutes <= 59 && pos == s.size();
}

bool valid_time(std::string_view s, std::size_t pos) {
  int hour = 0;
  int minute = 0;
  int second = 0;
  if (!digits(s, pos, 2, hour) || hour > 24 || !accept(s, pos, ':') || !digits(s, pos, 2, minute) ||
      minute > 59) {
    return false;
  }
  if (accept(s, pos, ':')) {
    if (!digits(s, pos, 2, second) || second > 60) return false;
    if (accept(s, pos, '.') || accept(s, pos, ',')) {
      const std::size_t fraction = pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == fraction) return false;
    }
  }
  if (hour == 24 && (minute != 0 || second != 0)) return false;
  return valid_zone(s, pos);
}

void append_escaped_valid(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t plain = 0;  // start of the run of bytes that need no escape, appended in one go
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.substr(plain, i - plain));
    plain = i + 1;
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  out.append(text.substr(plain));
}

std::string error_line(std::string_view id_json, std::size_t line_number, std::string_view what) {
  std::string out = "{";
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out += ',';
  }
  out += "\"error\":";
  append_json_string("line " + std::to_string(line_number) + ": " + std::string(what), out);
  out += '}';
  return out;
}

}  // namespace

std::optional<temporal::Mode> parse_mode(std::string_view name) {
  if (name == "news") return temporal::Mode::kNews;
  if (name == "narrative") return temporal::Mode::kNarrative;
  if (name == "auto") return temporal::Mode::kAuto;
  return std::nullopt;
}

std::optional<temporal::DateOrder> parse_date_order(std::string_view name) {
  if (name == "mdy") return temporal::DateOrder::kMonthFirst;
  if (name == "dmy") return temporal::DateOrder::kDayFirst;
  return std::nullopt;
}

bool is_valid_dct(std::string_view dct) {
  std::size_t pos = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  if (!digits(dct, pos, 4, year)) return false;
  if (pos == dct.size()) return true;
  if (!accept(dct, pos, '-') || !digits(dct, pos, 2, month) || month < 1 || month > 12) return false;
  if (pos == dct.size()) return true;
  if (!accept(dct, pos, '-') || !digits(dct, pos, 2, day) || day < 1 || day > days_in_month(year, month)) {
    return false;
  }
  if (pos == dct.size()) return true;
  if (!accept(dct, pos, 'T') && !accept(dct, pos, ' ')) return false;
  return valid_time(dct, pos);
}

void append_json_string(std::string_view text, std::string& out) {
  out += '"';
  if (json_plain_run_end(text, 0) == text.size()) {  // most strings: nothing to check or escape
    out.append(text);
  } else if (text::is_valid_utf8(text)) {
    append_escaped_valid(text, out);
  } else {
    append_escaped_valid(text::repair_utf8(text).text, out);
  }
  out += '"';
}

std::string tag_result_json(std::string_view id_json, std::string_view dct,
                            const std::vector<temporal::Timex>& timexes) {
  std::string out;
  out.reserve(64 + id_json.size() + timexes.size() * 256);  // about one timex's JSON each: no regrowth
  out += '{';
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out += ',';
  }
  const auto append_number = [&out](std::size_t n) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    out.append(buffer, result.ptr);
  };
  const auto optional_string = [&out](std::string_view value) {
    if (value.empty()) {
      out += "null";
    } else {
      append_json_string(value, out);
    }
  };
  out += "\"dct\":";
  optional_string(dct);
  out += ",\"timexes\":[";
  for (std::size_t i = 0; i < timexes.size(); ++i) {
    const temporal::Timex& timex = timexes[i];
    out += i == 0 ? "{\"text\":" : ",{\"text\":";
    append_json_string(timex.text, out);
    out += ",\"begin\":";
    append_number(timex.begin);
    out += ",\"end\":";
    append_number(timex.end);
    out += ",\"type\":";
    append_json_string(timex.type, out);
    out += ",\"value\":";
    append_json_string(timex.value, out);
    out += ",\"mod\":";
    optional_string(timex.mod);
    out += ",\"granularity\":";
    optional_string(temporal::name_of(timex.granularity));
    out += ",\"written\":[";
    const char* separator = "";
    for (const auto& [wrote, field] : {std::pair{timex.written.year, "\"year\""}, {timex.written.month, "\"month\""},
                                       {timex.written.day, "\"day\""}, {timex.written.weekday, "\"weekday\""},
                                       {timex.written.time_of_day, "\"time_of_day\""}}) {
      if (!wrote) continue;
      out.append(separator).append(field);
      separator = ",";
    }
    out += ']';
    out += ",\"interval\":";
    if (timex.interval) {
      out += "{\"start\":";
      append_json_string(timex.interval->start, out);
      out += ",\"end\":";
      append_json_string(timex.interval->end, out);
      out += '}';
    } else {
      out += "null";
    }
    if (timex.range) {  // optional: only the ends of a range carry it
      const auto index_or_null = [&](const std::optional<std::size_t>& index) {
        if (index) {
          append_number(*index);
        } else {
          out += "null";
        }
      };
      out += ",\"range\":{\"start\":";
      index_or_null(timex.range->start);
      out += ",\"end\":";
      index_or_null(timex.range->end);
      out += ",\"via\":";
      append_json_string(timex.range->via, out);
      out += '}';
    }
    out += '}';
  }
  out += "]}";
  return out;
}

std::string tag_jsonl_line(std::string_view line, std::size_t line_number,
                           const temporal::TagOptions& defaults) {
  JsonlRequest request;
  const std::string problem = read_jsonl_request(line, request);
  if (!problem.empty()) return error_line("", line_number, problem);
  if (request.text.kind != JsonKind::kString) {
    return error_line(request.id_json, line_number, "\"text\" is missing or not a string");
  }
  temporal::TagOptions options = defaults;
  if (request.dct.kind == JsonKind::kString && is_valid_dct(request.dct.text)) {
    options.dct = request.dct.text;
  } else if (request.dct.kind == JsonKind::kString || request.dct.kind == JsonKind::kOther) {
    return error_line(request.id_json, line_number, "\"dct\" is not an ISO 8601 date or time");
  }
  if (request.mode.kind == JsonKind::kString && parse_mode(request.mode.text)) {
    options.mode = *parse_mode(request.mode.text);
  } else if (request.mode.kind == JsonKind::kString || request.mode.kind == JsonKind::kOther) {
    return error_line(request.id_json, line_number, "\"mode\" is not news, narrative or auto");
  }
  return tag_result_json(request.id_json, options.dct, temporal::tag(request.text.text, options));
}

}  // namespace chronicle::evaluation
