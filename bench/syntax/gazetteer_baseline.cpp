// gazetteer_baseline: the named-entity figures of the events room's own recognizer (capitalized
// spans, titles, the gazetteer), measured as `chronicle eval-syntax` measures the syntax model:
// exact word spans of person, place and organization names against a treebank's named entities.
//   gazetteer_baseline GOLD.conllu
// Each sentence is given to the recognizer as its words joined by spaces; every name it reports
// (and each alias) is found back as a run of the sentence's words.
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/events/entities.h"
#include "core/events/tokens.h"
#include "core/syntax/syntax.h"

namespace {

using Span = std::tuple<std::size_t, std::size_t, std::string>;

std::optional<std::string> kind_of(const std::string& kind) {
  if (kind == "person" || kind == "place" || kind == "organization") return kind;
  return std::nullopt;
}

// Where the words of `name` stand in `words`, as spans.
void find_name(const std::vector<std::string>& words, const std::string& name, const std::string& kind,
               std::set<Span>& out) {
  std::vector<std::string> parts;
  std::istringstream in(name);
  for (std::string part; in >> part;) parts.push_back(part);
  if (parts.empty()) return;
  for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
    bool match = true;
    for (std::size_t k = 0; k < parts.size() && match; ++k) match = words[i + k] == parts[k];
    if (match) out.insert({i, i + parts.size(), kind});
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: gazetteer_baseline GOLD.conllu\n");
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  std::vector<std::string> errors;
  std::size_t gold_count = 0, found_count = 0, right = 0;
  for (const auto& conllu : chronicle::syntax::read_conllu(buffer.str(), errors)) {
    const auto& s = conllu.sentence;
    if (!s.has_entities) continue;
    std::string text;
    for (const std::string& word : s.words) text += (text.empty() ? "" : " ") + word;
    const std::string lowered = chronicle::events::ascii_lower(text);
    std::vector<chronicle::events::Token> tokens = chronicle::events::tokenize(text, lowered, 0, text.size());
    if (!tokens.empty()) tokens[0].sentence_start = true;
    const chronicle::events::ArticleEntities entities(tokens);
    std::set<Span> found, gold;
    for (const auto& entity : entities.all()) {
      const auto kind = kind_of(entity.kind);
      if (!kind) continue;
      find_name(s.words, entity.name, *kind, found);
      for (const std::string& alias : entity.aliases) find_name(s.words, alias, *kind, found);
    }
    for (const auto& span : s.entities) {
      gold.insert({span.begin, span.end, std::string(chronicle::syntax::entity_kind_name(span.kind))});
    }
    gold_count += gold.size();
    found_count += found.size();
    for (const Span& span : found) right += gold.count(span);
  }
  const double p = found_count ? static_cast<double>(right) / static_cast<double>(found_count) : 0;
  const double r = gold_count ? static_cast<double>(right) / static_cast<double>(gold_count) : 0;
  std::printf("gazetteer baseline: entities P %.3f R %.3f F1 %.3f (gold %zu, found %zu)\n", p, r,
              p + r > 0 ? 2 * p * r / (p + r) : 0.0, gold_count, found_count);
  return 0;
}
