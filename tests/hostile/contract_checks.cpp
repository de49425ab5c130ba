#include "tests/hostile/contract_checks.h"

#include <array>

namespace chronicle::checks {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return !s.empty();
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "YYYY-MM-DDTHH:MM:SS" naming a real second.
bool is_local_time(std::string_view s) {
  if (s.size() != 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  if (!all_digits(s.substr(11, 2)) || !all_digits(s.substr(14, 2)) || !all_digits(s.substr(17, 2))) return false;
  return is_calendar_day(s) && number(s.substr(11, 2)) < 24 && number(s.substr(14, 2)) < 60 &&
         number(s.substr(17, 2)) < 60;
}

bool is_known_type(std::string_view type) {
  return type == "DATE" || type == "TIME" || type == "DURATION" || type == "SET";
}

bool is_known_format(std::string_view format) {
  for (std::string_view known : {"text", "html", "json", "jsonl", "rss", "atom", "timeml"}) {
    if (format == known) return true;
  }
  return false;
}

// Built by appends: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&& at -O3.
std::string at(std::size_t index, const std::string& problem) {
  std::string out = "#";
  out += std::to_string(index);
  out += ": ";
  out += problem;
  return out;
}

}  // namespace

bool is_calendar_day(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (!all_digits(iso.substr(0, 4)) || !all_digits(iso.substr(5, 2)) || !all_digits(iso.substr(8, 2))) return false;
  const int year = number(iso.substr(0, 4));
  const int month = number(iso.substr(5, 2));
  const int day = number(iso.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string timex_value_problem(std::string_view value) {
  if (value.empty()) return "empty value";
  // Only values of the shape "dddd-dd..." are dates; "P3Y", "XXXX-WXX-1", "PRESENT_REF", "2016-W12",
  // "2016-Q1" and "2016-03-29TMO" are other shapes and checked no further.
  if (value.size() < 7 || !all_digits(value.substr(0, 4)) || value[4] != '-' || !all_digits(value.substr(5, 2))) {
    return "";
  }
  const int month = number(value.substr(5, 2));
  if (month < 1 || month > 12) return "value " + std::string(value) + " has no such month";
  if (value.size() >= 8 && value[7] == '-' && value.size() >= 10 && all_digits(value.substr(8, 2)) &&
      !is_calendar_day(value)) {
    return "value " + std::string(value) + " has no such day";
  }
  return "";
}

std::string timex_problems(std::string_view text, const std::vector<temporal::Timex>& timexes) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < timexes.size(); ++i) {
    const temporal::Timex& t = timexes[i];
    if (t.begin >= t.end) return at(i, "empty or reversed span");
    if (t.end > text.size()) return at(i, "span ends past the text");
    if (t.begin < previous_end) return at(i, "overlaps or comes before the previous timex");
    previous_end = t.end;
    if (text.substr(t.begin, t.end - t.begin) != t.text) return at(i, "text differs from the bytes it covers");
    if (!is_known_type(t.type)) return at(i, "unknown type \"" + t.type + "\"");
    if (const std::string problem = timex_value_problem(t.value); !problem.empty()) return at(i, problem);
    if (t.interval) {
      if (!is_local_time(t.interval->start)) return at(i, "interval start \"" + t.interval->start + "\" is not a local time");
      if (!is_local_time(t.interval->end)) return at(i, "interval end \"" + t.interval->end + "\" is not a local time");
      if (!(t.interval->start < t.interval->end)) return at(i, "interval does not end after it starts");
    }
  }
  return "";
}

std::string span_problems(std::string_view text, const std::vector<text::Span>& spans) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].begin >= spans[i].end) return at(i, "empty or reversed span");
    if (spans[i].end > text.size()) return at(i, "span ends past the text");
    if (spans[i].begin < previous_end) return at(i, "overlaps or comes before the previous span");
    previous_end = spans[i].end;
  }
  return "";
}

std::string article_problems(const article::Article& article) {
  if (!text::is_valid_utf8(article.text)) return "text is not valid UTF-8";
  if (!text::is_valid_utf8(article.title)) return "title is not valid UTF-8";
  if (article.body_begin > article.text.size()) return "body_begin is past the end of the text";
  if (!is_known_format(article.format)) return "unknown format \"" + article.format + "\"";
  if (article.content_hash.empty()) return "no content hash";
  if (!article.published.empty() && !(article.published.size() >= 4 && all_digits(article.published.substr(0, 4)))) {
    return "published \"" + article.published + "\" does not start with a four-digit year";
  }
  return "";
}

std::string load_error_problems(const std::vector<article::LoadError>& errors) {
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (errors[i].message.empty()) return at(i, "error without a message");
    if (errors[i].column != 0 && errors[i].line == 0) return at(i, "error with a column but no line");
  }
  return "";
}

std::string mention_problems(const article::Article& article, const std::vector<events::Mention>& mentions) {
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const events::Mention& m = mentions[i];
    if (m.sentence.begin > m.sentence.end || m.sentence.end > article.text.size()) return at(i, "sentence outside the text");
    // A lead dated by the publication day has no expression: an empty one, placed at its trigger.
    // The title tells the lead's happening and carries the lead's expression, which lies in the body.
    const bool title = m.sentence.begin == 0 && m.sentence.end <= article.body_begin && m.timex.begin >= article.body_begin;
    const bool undated = m.timex.text.empty() && m.timex.begin == m.timex.end && (title || m.timex.begin == m.trigger.begin);
    if ((!undated && m.timex.begin >= m.timex.end) || m.timex.end > article.text.size()) return at(i, "timex outside the text");
    if (!title && (m.timex.begin < m.sentence.begin || m.timex.end > m.sentence.end)) return at(i, "timex outside its sentence");
    if (!(m.confidence >= 0 && m.confidence <= 1)) return at(i, "confidence outside [0, 1]");
    if (!m.date.start.empty() && !m.date.end.empty() && !(m.date.start < m.date.end)) {
      return at(i, "date interval does not end after it starts");
    }
    if (!text::is_valid_utf8(m.headline) || !text::is_valid_utf8(m.summary)) return at(i, "headline or summary not UTF-8");
  }
  return "";
}

std::string merge_problems(std::size_t mention_count, const std::vector<events::Event>& events) {
  std::size_t sources = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].sources.empty()) return at(i, "event without a source");
    if (!(events[i].confidence >= 0 && events[i].confidence <= 1)) return at(i, "confidence outside [0, 1]");
    sources += events[i].sources.size();
  }
  if (sources != mention_count) {
    return std::to_string(mention_count) + " mentions became " + std::to_string(sources) + " sources";
  }
  return "";
}

}  // namespace chronicle::checks
