// The human-readable report of `chronicle eval`.
#include <cstdio>
#include <string>

#include "core/evaluation/evaluation.h"

namespace chronicle::evaluation {
namespace {

std::string fixed(double number) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", number);
  return buffer;
}

std::string padded(std::string text, std::size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

// A span's text on one line, quoted, with its byte offset so it can be found in the document.
std::string quoted(const temporal::Timex& timex) {
  std::string out = "\"";
  for (const char c : timex.text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  out += "\" @" + std::to_string(timex.begin);
  return out;
}

std::string annotation(const temporal::Timex& timex) {
  std::string out = timex.type + " " + timex.value;
  if (!timex.mod.empty()) out += " mod=" + timex.mod;
  return out;
}

void append_row(std::string& out, const std::string& label, const PrecisionRecall& scores) {
  out += padded(label, 16) + padded(fixed(scores.precision), 8) + padded(fixed(scores.recall), 8) +
         fixed(scores.f1) + "\n";
}

void append_errors(std::string& out, const DocumentResult& document) {
  const DocumentMatch& match = document.match;
  std::string lines;
  for (const std::size_t g : match.missed) {
    lines += "  miss        " + quoted(document.gold[g]) + "  gold " + annotation(document.gold[g]) + "\n";
  }
  for (const std::size_t s : match.spurious) {
    lines +=
        "  false pos   " + quoted(document.system[s]) + "  system " + annotation(document.system[s]) + "\n";
  }
  for (const MatchedPair& pair : match.pairs) {
    const temporal::Timex& gold = document.gold[pair.gold];
    const temporal::Timex& system = document.system[pair.system];
    if (gold.value == system.value) continue;
    lines += "  wrong value " + quoted(gold) + " gold " + annotation(gold) + "  |  " + quoted(system) +
             " system " + annotation(system) + "\n";
  }
  if (!lines.empty()) out += document.name + "\n" + lines;
}

}  // namespace

std::string format_report(const CorpusResult& result, bool errors) {
  std::string out;
  if (errors) {
    for (const DocumentResult& document : result.documents) append_errors(out, document);
    out += "\n";
  }
  const Scores& scores = result.scores;
  out += padded("documents", 16) + std::to_string(result.documents.size()) + "\n";
  out += padded("gold timexes", 16) + std::to_string(result.totals.gold) + "\n";
  out += padded("system timexes", 16) + std::to_string(result.totals.system) + "\n";
  out += padded("", 16) + padded("P", 8) + padded("R", 8) + "F1\n";
  append_row(out, "strict", scores.strict);
  append_row(out, "relaxed", scores.relaxed);
  out += padded("value F1", 16) + padded(fixed(scores.value_f1), 8) + "(value accuracy " +
         fixed(scores.value_accuracy) + ")\n";
  out += padded("type F1", 16) + padded(fixed(scores.type_f1), 8) + "(type accuracy " +
         fixed(scores.type_accuracy) + ")\n";
  return out;
}

}  // namespace chronicle::evaluation
