// CoNLL-U reading and writing, and the named entities of GUM's `Entity=` annotation.
#include <algorithm>
#include <charconv>
#include <string>

#include "core/syntax/syntax.h"

namespace chronicle::syntax {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool parse_index(std::string_view field, std::size_t& value) {
  if (field.empty()) return false;
  const auto [end, problem] = std::from_chars(field.data(), field.data() + field.size(), value);
  return problem == std::errc() && end == field.data() + field.size();
}

// One entity bracket of GUM's MISC: "(12-person-new-...)" opens (and, with ')', closes) entity 12;
// "12)" closes it.
struct Bracket {
  bool opens = false;
  bool closes = false;
  std::string id;
  std::string type;
};

std::vector<Bracket> entity_brackets(std::string_view misc) {
  std::vector<Bracket> brackets;
  std::size_t at = 0;
  while (at < misc.size()) {
    const std::size_t bar = misc.find('|', at);
    const std::string_view item = misc.substr(at, bar == std::string_view::npos ? bar : bar - at);
    at = bar == std::string_view::npos ? misc.size() : bar + 1;
    if (!item.starts_with("Entity=")) continue;
    std::string_view rest = item.substr(7);
    while (!rest.empty()) {
      Bracket bracket;
      if (rest.front() == '(') {
        const std::size_t stop = rest.find_first_of("()", 1);
        const std::string_view content = rest.substr(1, stop == std::string_view::npos ? stop : stop - 1);
        bracket.opens = true;
        const std::size_t dash = content.find('-');
        bracket.id = std::string(content.substr(0, dash));
        if (dash != std::string_view::npos) {
          const std::string_view after = content.substr(dash + 1);
          bracket.type = std::string(after.substr(0, after.find('-')));
        }
        rest = stop == std::string_view::npos ? std::string_view() : rest.substr(stop);
        if (!rest.empty() && rest.front() == ')') {
          bracket.closes = true;
          rest.remove_prefix(1);
        }
      } else {
        const std::size_t close = rest.find(')');
        if (close == std::string_view::npos) break;
        bracket.closes = true;
        bracket.id = std::string(rest.substr(0, close));
        rest.remove_prefix(close + 1);
      }
      brackets.push_back(std::move(bracket));
    }
  }
  return brackets;
}

std::optional<EntityKind> named_kind(std::string_view type) {
  if (type == "person") return EntityKind::kPerson;
  if (type == "place") return EntityKind::kPlace;
  if (type == "organization") return EntityKind::kOrganization;
  return std::nullopt;
}

// The word of [begin, end) whose head lies outside it: the span's head (the first such word).
std::size_t span_head(const TreebankSentence& s, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    const std::size_t h = s.head[i];
    if (h == 0 || h - 1 < begin || h - 1 >= end) return i;
  }
  return begin;
}

// The name itself of a named mention [begin, end): GUM's mention spans run on through appositions,
// brackets and relative clauses ("Mary Chaworth , whom he met while at school"); a name ends at
// the first punctuation mark or clause after its head, and a closing possessive is not part of it.
std::size_t name_end(const TreebankSentence& s, std::size_t begin, std::size_t end) {
  const std::size_t head = span_head(s, begin, end);
  for (std::size_t k = head + 1; k < end; ++k) {
    const std::string_view relation = std::string_view(s.deprel[k]).substr(0, s.deprel[k].find(':'));
    const bool mark = s.upos[k] == "PUNCT" && s.words[k] != "." && s.words[k] != "&";
    if (mark || relation == "acl" || relation == "appos" || relation == "parataxis" || relation == "conj" ||
        relation == "cc" || relation == "advcl") {
      end = k;
      break;
    }
  }
  while (end - 1 > head && (s.words[end - 1] == "'s" || s.words[end - 1] == "'" ||
                            s.words[end - 1] == "\xE2\x80\x99s" || s.words[end - 1] == "\xE2\x80\x99")) {
    --end;
  }
  return end;
}

// Named entities from the brackets of each word: names (see name_end) of persons, places or
// organizations whose head is a proper noun; where such names nest, the outermost.
std::vector<EntitySpan> named_entities(const TreebankSentence& s, const std::vector<std::string>& misc) {
  struct Open {
    std::string id;
    std::string type;
    std::size_t begin;
  };
  std::vector<Open> open;
  std::vector<EntitySpan> named;
  const bool has_tree = s.head.size() == s.words.size();
  const auto consider = [&](const std::string& type, std::size_t begin, std::size_t end) {
    const auto kind = named_kind(type);
    if (!kind || !has_tree || s.upos.size() != s.words.size()) return;
    if (s.upos[span_head(s, begin, end)] != "PROPN") return;
    named.push_back({begin, name_end(s, begin, end), *kind});
  };
  for (std::size_t i = 0; i < misc.size(); ++i) {
    for (const Bracket& bracket : entity_brackets(misc[i])) {
      if (bracket.opens && bracket.closes) {
        consider(bracket.type, i, i + 1);
      } else if (bracket.opens) {
        open.push_back({bracket.id, bracket.type, i});
      } else {
        const auto found = std::find_if(open.rbegin(), open.rend(), [&](const Open& o) { return o.id == bracket.id; });
        if (found == open.rend()) continue;
        consider(found->type, found->begin, i + 1);
        open.erase(std::next(found).base());
      }
    }
  }
  std::sort(named.begin(), named.end(), [](const EntitySpan& a, const EntitySpan& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<EntitySpan> outermost;
  for (const EntitySpan& span : named) {
    if (!outermost.empty() && span.begin < outermost.back().end) continue;
    outermost.push_back(span);
  }
  return outermost;
}

// True when every head is in range and following heads from any word reaches the root.
bool is_tree(const std::vector<std::size_t>& head) {
  const std::size_t n = head.size();
  std::vector<std::uint8_t> state(n + 1, 0);  // 0 unseen, 1 on the current path, 2 reaches the root
  state[0] = 2;
  for (std::size_t start = 1; start <= n; ++start) {
    std::size_t at = start;
    std::vector<std::size_t> path;
    while (state[at] == 0) {
      if (head[at - 1] > n) return false;
      state[at] = 1;
      path.push_back(at);
      at = head[at - 1];
    }
    if (state[at] == 1) return false;
    for (std::size_t p : path) state[p] = 2;
  }
  return true;
}

void finish_sentence(ConlluSentence& sentence, std::vector<std::string>& misc, bool tree_ok, bool any_entity,
                     std::size_t line_number, std::vector<std::string>& errors, std::vector<ConlluSentence>& out) {
  TreebankSentence& s = sentence.sentence;
  if (s.words.empty()) return;
  if (tree_ok && !is_tree(s.head)) {
    errors.push_back("line " + std::to_string(line_number) + ": the sentence's heads do not form a tree");
    tree_ok = false;
  }
  if (!tree_ok) {
    s.head.clear();
    s.deprel.clear();
  }
  if (s.upos.size() != s.words.size()) s.upos.clear();
  const bool any_xpos = std::any_of(s.xpos.begin(), s.xpos.end(), [](const std::string& x) { return x != "_"; });
  if (s.xpos.size() != s.words.size() || !any_xpos) s.xpos.clear();
  s.has_entities = any_entity;
  if (any_entity) s.entities = named_entities(s, misc);
  out.push_back(std::move(sentence));
  sentence = ConlluSentence();
  misc.clear();
}

}  // namespace

std::vector<ConlluSentence> read_conllu(std::string_view text, std::vector<std::string>& errors) {
  std::vector<ConlluSentence> out;
  ConlluSentence current;
  std::vector<std::string> misc;
  bool tree_ok = true;
  bool any_entity = false;
  std::size_t line_number = 0;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t newline = text.find('\n', at);
    std::string_view line = text.substr(at, newline == std::string_view::npos ? std::string_view::npos : newline - at);
    at = newline == std::string_view::npos ? text.size() + 1 : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish_sentence(current, misc, tree_ok, any_entity, line_number, errors, out);
      tree_ok = true;
      any_entity = false;
      continue;
    }
    if (line.front() == '#') {
      current.comments.emplace_back(line);
      continue;
    }
    const auto fields = split_tabs(line);
    const std::string where = "line " + std::to_string(line_number) + ": ";
    if (fields.size() != 10 && fields.size() != 2) {
      errors.push_back(where + "expected 10 tab-separated columns, found " + std::to_string(fields.size()));
      continue;
    }
    const std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) continue;  // an empty node: not a word
    if (id.find('-') != std::string_view::npos) {
      current.multiword_lines.emplace_back(current.sentence.words.size(), std::string(line));
      continue;
    }
    std::size_t index = 0;
    TreebankSentence& s = current.sentence;
    if (!parse_index(id, index) || index != s.words.size() + 1) {
      errors.push_back(where + "word id '" + std::string(id.substr(0, 20)) + "' is not " +
                       std::to_string(s.words.size() + 1));
      tree_ok = false;
    }
    s.words.emplace_back(fields[1]);
    if (fields.size() != 10) {
      tree_ok = false;
      continue;
    }
    if (fields[3] != "_") s.upos.emplace_back(fields[3]);
    s.xpos.emplace_back(fields[4]);
    std::size_t head = 0;
    if (parse_index(fields[6], head) && fields[7] != "_") {
      s.head.push_back(head);
      s.deprel.emplace_back(fields[7]);
    } else {
      tree_ok = false;
    }
    misc.emplace_back(fields[9]);
    if (fields[9].find("Entity=") != std::string_view::npos) any_entity = true;
  }
  finish_sentence(current, misc, tree_ok, any_entity, line_number, errors, out);
  return out;
}

std::string write_conllu(const ConlluSentence& sentence, const Analysis& analysis) {
  std::string out;
  for (const std::string& comment : sentence.comments) out += comment + '\n';
  const auto& words = sentence.sentence.words;
  std::vector<std::string> entity_tags(words.size(), "_");
  for (const EntitySpan& span : analysis.entities) {
    for (std::size_t i = span.begin; i < span.end && i < words.size(); ++i) {
      entity_tags[i] = std::string("NE=") + (i == span.begin ? "B-" : "I-") + std::string(entity_kind_name(span.kind));
    }
  }
  std::size_t next_multiword = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    while (next_multiword < sentence.multiword_lines.size() && sentence.multiword_lines[next_multiword].first == i) {
      out += sentence.multiword_lines[next_multiword++].second + '\n';
    }
    out += std::to_string(i + 1) + '\t' + words[i] + "\t_\t" + std::string(analysis.upos[i]) + "\t_\t_\t" +
           std::to_string(analysis.head[i]) + '\t' + std::string(analysis.deprel[i]) + "\t_\t" + entity_tags[i] + '\n';
  }
  return out + '\n';
}

}  // namespace chronicle::syntax
