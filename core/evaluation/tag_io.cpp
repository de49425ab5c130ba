#include "core/evaluation/tag_io.h"

#include <algorithm>

#include <nlohmann/json.hpp>

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
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
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
    } else {
      out += c;
    }
  }
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
  if (text::is_valid_utf8(text)) {
    append_escaped_valid(text, out);
  } else {
    append_escaped_valid(text::repair_utf8(text).text, out);
  }
  out += '"';
}

std::string tag_result_json(std::string_view id_json, std::string_view dct,
                            const std::vector<temporal::Timex>& timexes) {
  std::string out = "{";
  if (!id_json.empty()) {
    out += "\"id\":";
    out += id_json;
    out += ',';
  }
  out += "\"dct\":";
  if (dct.empty()) {
    out += "null";
  } else {
    append_json_string(dct, out);
  }
  out += ",\"timexes\":[";
  const auto optional_string = [&out](std::string_view value) {
    if (value.empty()) {
      out += "null";
    } else {
      append_json_string(value, out);
    }
  };
  for (std::size_t i = 0; i < timexes.size(); ++i) {
    const temporal::Timex& timex = timexes[i];
    out += i == 0 ? "{\"text\":" : ",{\"text\":";
    append_json_string(timex.text, out);
    out += ",\"begin\":" + std::to_string(timex.begin) + ",\"end\":" + std::to_string(timex.end);
    out += ",\"type\":";
    append_json_string(timex.type, out);
    out += ",\"value\":";
    append_json_string(timex.value, out);
    out += ",\"mod\":";
    optional_string(timex.mod);
    out += ",\"granularity\":";
    optional_string(timex.granularity);
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
    out += '}';
  }
  out += "]}";
  return out;
}

std::string tag_jsonl_line(std::string_view line, std::size_t line_number, const temporal::TagOptions& defaults) {
  nlohmann::json request;
  try {
    request = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& error) {
    // nlohmann counts bytes from 1; offsets elsewhere in our output count from 0.
    const std::size_t offset = std::min<std::size_t>(error.byte == 0 ? 0 : error.byte - 1, line.size());
    return error_line("", line_number, "invalid JSON at byte " + std::to_string(offset));
  }
  if (!request.is_object()) return error_line("", line_number, "not a JSON object");
  std::string id_json;
  if (const auto id = request.find("id"); id != request.end()) {
    id_json = id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) {
    return error_line(id_json, line_number, "\"text\" is missing or not a string");
  }
  temporal::TagOptions options = defaults;
  if (const auto dct = request.find("dct"); dct != request.end() && !dct->is_null()) {
    if (!dct->is_string() || !is_valid_dct(dct->get_ref<const std::string&>())) {
      return error_line(id_json, line_number, "\"dct\" is not an ISO 8601 date or time");
    }
    options.dct = dct->get<std::string>();
  }
  if (const auto mode = request.find("mode"); mode != request.end() && !mode->is_null()) {
    const auto parsed = mode->is_string() ? parse_mode(mode->get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) return error_line(id_json, line_number, "\"mode\" is not news, narrative or auto");
    options.mode = *parsed;
  }
  const std::string& body = text->get_ref<const std::string&>();
  return tag_result_json(id_json, options.dct, temporal::tag(body, options));
}

}  // namespace chronicle::evaluation
