#include "core/article/detect.h"

#include <nlohmann/json.hpp>

namespace chronicle::article::detail {
namespace {

constexpr std::size_t kSniffBytes = 4096;

std::string lowered_prefix(std::string_view text) {
  std::string out(text.substr(0, kSniffBytes));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ends_with(std::string_view name, std::string_view suffix) {
  return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
}

// JSON Lines: more than one line, and the first line is a whole JSON value on its own.
bool looks_like_json_lines(std::string_view text) {
  const std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos) return false;
  if (text.find_first_not_of(" \t\r\n", first_end) == std::string_view::npos) return false;
  return nlohmann::json::accept(text.substr(0, first_end));
}

}  // namespace

std::string detect_format(std::string_view text, std::string_view name) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "text";
  const char first = text[start];
  if (first == '{' || first == '[') {
    if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) return "jsonl";
    if (first == '{' && looks_like_json_lines(text.substr(start))) return "jsonl";
    return "json";
  }
  if (first != '<') return "text";
  const std::string head = lowered_prefix(text.substr(start));
  if (head.starts_with("<!doctype html") || head.starts_with("<html")) return "html";
  if (head.find("<timeml") != std::string::npos || ends_with(name, ".tml")) return "timeml";
  if (head.find("<rss") != std::string::npos || head.find("<rdf:rdf") != std::string::npos) return "rss";
  if (head.find("<feed") != std::string::npos) return "atom";
  if (head.starts_with("<?xml") && head.find("<html") == std::string::npos) return "xml";
  return "html";
}

}  // namespace chronicle::article::detail
