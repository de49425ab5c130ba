#include "web/params.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace chronicle::web {
namespace {

// Parameters are bounded so that a hostile query string cannot make us do unbounded work.
constexpr std::size_t kMaxTextParameter = 1000;

bool read_text(const httplib::Request& request, const std::string& name, std::string& value, std::string& error) {
  if (!request.has_param(name)) return true;
  value = request.get_param_value(name);
  if (value.size() > kMaxTextParameter) {
    error = name + " is longer than " + std::to_string(kMaxTextParameter) + " bytes";
    return false;
  }
  return true;
}

}  // namespace

bool read_integer(const httplib::Request& request, const std::string& name, std::int64_t low, std::int64_t high,
                  std::int64_t& value, std::string& error) {
  if (!request.has_param(name)) return true;
  const std::string text = request.get_param_value(name);
  std::int64_t parsed = 0;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || status != std::errc() || end != text.data() + text.size() || parsed < low || parsed > high) {
    error = name + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    return false;
  }
  value = parsed;
  return true;
}

bool read_number(const httplib::Request& request, const std::string& name, double low, double high, double& value,
                 std::string& error) {
  if (!request.has_param(name)) return true;
  const std::string text = request.get_param_value(name);
  double parsed = 0;
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || status != std::errc() || end != text.data() + text.size() || !std::isfinite(parsed) ||
      parsed < low || parsed > high) {
    error = name + " must be a number from " + std::to_string(low) + " to " + std::to_string(high);
    return false;
  }
  value = parsed;
  return true;
}

bool read_event_filters(const httplib::Request& request, store::EventQuery& query, std::string& error) {
  if (!read_text(request, "from", query.from, error) || !read_text(request, "to", query.to, error) ||
      !read_text(request, "q", query.text, error) || !read_text(request, "entity", query.entity, error) ||
      !read_text(request, "source", query.source, error) ||
      !read_number(request, "min_confidence", 0, 1, query.min_confidence, error)) {
    return false;
  }
  // state=happened,planned: only events in one of these states.
  if (request.has_param("state")) {
    const std::string list = request.get_param_value("state");
    std::size_t begin = 0;
    while (begin <= list.size()) {
      const std::size_t comma = std::min(list.find(',', begin), list.size());
      const std::string name = list.substr(begin, comma - begin);
      if (name != "happened" && name != "planned" && name != "reported" && name != "negated" && name != "hypothetical") {
        error = "state takes happened, planned, reported, negated or hypothetical, separated by commas";
        return false;
      }
      query.states.push_back(name);
      begin = comma + 1;
    }
  }
    // hidden=1: the events the user hid are listed too (the app's "show hidden").
  std::int64_t hidden = 0;
  if (!read_integer(request, "hidden", 0, 1, hidden, error)) return false;
  query.include_hidden = hidden == 1;
  if (request.has_param("article")) {
    std::int64_t article = 0;
    if (!read_integer(request, "article", 1, INT64_MAX, article, error)) return false;
    query.article_id = article;
  }
  return true;
}

bool parse_id(const std::string& text, std::int64_t& id) {
  const auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), id);
  return !text.empty() && status == std::errc() && end == text.data() + text.size() && id > 0;
}

}  // namespace chronicle::web
