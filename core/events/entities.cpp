#include "core/events/entities.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include "core/events/gazetteer.h"
#include "core/events/lexicon.h"

namespace chronicle::events {
namespace {

// Words are compared as string views: the length first, then the bytes.
using namespace std::string_view_literals;

// A sentence names a handful of participants; a run-on "sentence" of thousands of names (a list,
// hostile input) must not make every mention in it carry them all.
constexpr std::size_t kMaxEntitiesPerSpan = 16;
// How far before a "he" or "she" another person's name makes the pronoun unsafe to resolve.
constexpr std::size_t kPronounReach = 400;
// An entity has a few other names; a chain of parentheses in hostile text must not give it hundreds.
constexpr std::size_t kMaxAliases = 8;
// A capitalized run longer than this is no one name (a title-case line, a list of names run
// together): it is not stored as an entity, which keeps every stored name short.
constexpr std::size_t kMaxNameWords = 16;

// One name as written at one place in the article, before names are grouped into entities.
struct Candidate {
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  std::string name;       // the name to show
  std::string key;        // lower case: what groups sightings of the same name
  std::string alias;      // a demonym seen for a country ("Syrian"), kept as an alias
  EntityKind kind = EntityKind::kOther;
  std::size_t words = 0;
  bool confirmed = true;  // false for a lone capitalized word opening a sentence: maybe not a name
  std::size_t first_token = 0;
  std::size_t last_token = 0;  // one past the last
};

bool is_particle_joined_name(const Token& t) {
  // Particles are at most four letters: the dash, if any, is among the first five bytes.
  const std::size_t dash = t.text.substr(0, 5).find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= t.text.size()) return false;
  const char next = t.text[dash + 1];
  return lexicon::is_name_particle(t.lower.substr(0, dash)) && next >= 'A' && next <= 'Z';
}

// "New York-based", "U.S.-led", "British-born": a name made into an adjective describes something
// else ("the New York-based company"); the run it ends names no one.
bool describes_by_name(const Token& t) {
  const std::string_view w = t.lower;
  return w.ends_with("-based") || w.ends_with("-born") || w.ends_with("-led") || w.ends_with("-owned") ||
         w.ends_with("-backed") || w.ends_with("-controlled") || w.ends_with("-made");
}

bool is_name_word(const Token& t) {
  if (!t.is_word || t.in_timex || !(t.capitalized() || is_particle_joined_name(t))) return false;
  return !t.is(lexicon::kCalendarWord);
}

// A model number in a product's name: "787" in "Boeing 787 Dreamliner", "777-200LR". Three digits
// only, so that a year or an amount never joins a name ("Boeing 2005 results", "Apple 10,000").
bool is_model_number(const Token& t) {
  if (!t.is_word || t.in_timex || t.text.size() < 3) return false;
  const std::string_view digits = t.text.substr(0, 3);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return t.text.size() == 3 || (t.text[3] == '-' && t.text.size() > 4);
}

// Does the name, lower case, hold a model number or code ("airbus a380", "boeing 787 dreamliner")?
bool names_a_model(std::string_view key) { return key.find_first_of("0123456789") != std::string_view::npos; }

// Lower-case words that may sit inside a name: "Command of the Army", "Rio de Janeiro".
bool is_connector(const Token& t, bool after_of) {
  if (!t.is_word || t.capitalized()) return false;
  if (after_of) return t.lower == "the"sv;
  return t.lower == "of"sv || t.lower == "for"sv || t.is(lexicon::kNameParticle);
}

std::string surname_key(std::string_view lower_word) {
  const std::size_t dash = lower_word.find('-');
  if (dash != std::string_view::npos && lexicon::is_name_particle(lower_word.substr(0, dash))) {
    return std::string(lower_word.substr(dash + 1));
  }
  return std::string(lower_word);
}

class CandidateFinder {
 public:
  explicit CandidateFinder(const std::vector<Token>& tokens) : tokens_(tokens) {
    found_.reserve(tokens.size() / 8 + 1);  // about one name per eight tokens of news text
  }

  std::vector<Candidate> run() {
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (is_model_number(tokens_[i])) {
        // "the 787": a name only when the article names the product in full (see the short forms).
        const std::size_t before = found_.size();
        classify(i, i + 1);
        if (found_.size() > before) found_.back().confirmed = false;
        ++i;
        continue;
      }
      if (!is_name_word(tokens_[i])) {
        ++i;
        continue;
      }
      const std::size_t end = run_end(i);
      if (!describes_by_name(tokens_[end - 1])) split(i, end);
      i = end;
    }
    return std::move(found_);
  }

 private:
  // One past the last token of the capitalized run starting at `start`; a possessive ends it.
  std::size_t run_end(std::size_t start) const {
    std::size_t last = start + 1;
    if (tokens_[start].possessive) return last;
    std::size_t j = last;
    while (j < tokens_.size()) {
      if (is_name_word(tokens_[j]) || is_model_number(tokens_[j])) {
        last = ++j;
        if (tokens_[last - 1].possessive) break;
        continue;
      }
      // "St. Louis", "Mt. Everest": the period of an abbreviation inside a name.
      if (tokens_[j].punct == '.' && tokens_[j].begin == tokens_[j - 1].end &&
          lexicon::is_any(tokens_[j - 1].lower, {"st", "mt", "ft"}) && j + 1 < tokens_.size() && is_name_word(tokens_[j + 1])) {
        ++j;
        continue;
      }
      std::size_t k = j;
      while (k < tokens_.size() && k - j < 2 && is_connector(tokens_[k], k > j && tokens_[k - 1].lower == "of"sv)) ++k;
      if (k > j && k < tokens_.size() && is_name_word(tokens_[k])) {
        j = k;
        continue;
      }
      break;
    }
    return last;
  }

  bool connector_at(std::size_t k) const { return is_connector(tokens_[k], false) || tokens_[k].lower == "the"sv; }

  bool has_organization_head(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k) {
      if (tokens_[k].is(lexicon::kOrganizationHead)) return true;
    }
    return false;
  }

  // Cuts a run where two names meet ("Security Council Ali Shamkhani", "Syrian President Assad")
  // and passes each part on.
  void split(std::size_t a, std::size_t b) {
    while (a < b && (tokens_[a].is(lexicon::kNameStopword) || connector_at(a))) ++a;
    while (b > a && connector_at(b - 1)) --b;
    if (a >= b) return;
    if (in_gazetteer(a, b)) {
      classify(a, b);
      return;
    }
    for (std::size_t k = a; k + 1 < b; ++k) {
      if (tokens_[k].is(lexicon::kOrganizationHead) && is_name_word(tokens_[k + 1]) &&
          !tokens_[k + 1].is(lexicon::kOrganizationHead)) {
        split(a, k + 1);
        split(k + 1, b);
        return;
      }
    }
    if (const std::size_t place_end = leading_place_end(a, b); place_end != a) {
      classify(a, place_end);  // "United States Barack Obama": a place, then a person
      split(place_end, b);
      return;
    }
    if (b - a > 1 && !country_of_demonym(tokens_[a].lower).empty() && tokens_[a + 1].is(lexicon::kTitleWord)) {
      classify(a, a + 1);
      split(a + 1, b);
      return;
    }
    for (std::size_t k = a + 1; k + 1 < b; ++k) {
      if (tokens_[k].is(lexicon::kTitleWord) && !tokens_[k - 1].is(lexicon::kTitleWord) &&
          !connector_at(k - 1) && !has_organization_head(k, b)) {
        split(a, k);
        split(k, b);
        return;
      }
    }
    classify(a, b);
  }

  // One past a gazetteer place opening the run when at least two more name words follow that do not
  // make an organization of it ("Singapore Airlines" stays whole), else `a`.
  std::size_t leading_place_end(std::size_t a, std::size_t b) const {
    for (std::size_t end = std::min(b, a + 4); end > a; --end) {
      if (b - end < 2 || has_organization_head(end, b) || connector_at(end)) continue;
      const auto entry = in_gazetteer(a, end);
      if (entry && entry->kind == EntityKind::kPlace) return end;
    }
    return a;
  }

  // The gazetteer entry named by tokens [a, b); a single word is looked up as it stands.
  std::optional<GazetteerEntry> in_gazetteer(std::size_t a, std::size_t b) const {
    return b - a == 1 ? gazetteer_lookup(tokens_[a].lower) : gazetteer_lookup(key_of(a, b));
  }

  // The words of tokens [a, b) with single spaces; an abbreviation's period sticks to its word.
  std::string words_of(std::size_t a, std::size_t b, bool lower) const {
    std::string words;
    for (std::size_t k = a; k < b; ++k) {
      if (!words.empty() && tokens_[k].punct != '.') words += ' ';
      words += lower ? tokens_[k].lower : tokens_[k].text;
    }
    return words;
  }
  std::string key_of(std::size_t a, std::size_t b) const { return words_of(a, b, true); }
  std::string name_of(std::size_t a, std::size_t b) const { return words_of(a, b, false); }

  bool preceded_by_person_cue(std::size_t a) const {
    if (a == 0 || !tokens_[a - 1].is_word || tokens_[a - 1].capitalized()) return false;
    return tokens_[a - 1].is(lexicon::kPersonCue) || tokens_[a - 1].is(lexicon::kTitleWord);
  }

  bool followed_by_organization_cue(std::size_t b) const {
    for (std::size_t k = b; k < tokens_.size() && k < b + 2; ++k) {
      if (!tokens_[k].is_word || tokens_[k].capitalized()) return false;
      if (tokens_[k].is(lexicon::kOrganizationCue)) return true;
    }
    return false;
  }

  void classify(std::size_t a, std::size_t b) {
    if (b - a > kMaxNameWords) return;
    Candidate c;
    c.first_token = a;
    c.last_token = b;
    c.begin = tokens_[a].begin;
    c.end = tokens_[b - 1].end;
    c.words = b - a;
    if (const auto entry = in_gazetteer(a, b)) {  // a known name: no need to spell it from the tokens
      c.name = std::string(entry->name);
      c.key = ascii_lower(entry->name);
      c.kind = entry->kind;
      c.confirmed = !(b - a == 1 && c.kind == EntityKind::kOther && tokens_[a].sentence_start);
      found_.push_back(std::move(c));
      return;
    }
    c.key = key_of(a, b);
    c.name = name_of(a, b);
    if (const std::string_view country = b - a == 1 ? country_of_demonym(c.key) : std::string_view{};
               !country.empty()) {
      c.alias = c.name;
      c.name = std::string(country);
      c.key = ascii_lower(country);
      c.kind = EntityKind::kPlace;
    } else if (b - a == 1 && lexicon::is_group_adjective(c.key)) {
      return;
    } else if (tokens_[a].is(lexicon::kTitleWord)) {
      std::size_t t = a;
      while (t < b && tokens_[t].is(lexicon::kTitleWord)) ++t;
      if (t == b) return;  // titles alone ("Defense Minister") name nobody in particular
      if (connector_at(t)) {
        split(t, b);  // "Secretary of Iran": the place, not a person
        return;
      }
      for (std::size_t k = t; k < b; ++k) {
        if (tokens_[k].lower == "of"sv) {
          split(k, b);  // "Chief Executive Officer of General Motors": the company
          return;
        }
      }
      if (has_organization_head(t, b)) {
        c.kind = EntityKind::kOrganization;
      } else {
        c.kind = EntityKind::kPerson;
        c.begin = tokens_[t].begin;
        c.words = b - t;
        c.key = key_of(t, b);
        c.name = name_of(t, b);
        c.first_token = t;
      }
    } else if (has_organization_head(a, b) || followed_by_organization_cue(b)) {
      c.kind = EntityKind::kOrganization;
    } else if (b - a == 1 && tokens_[a].all_caps() && tokens_[a].text.size() <= 6) {
      c.kind = EntityKind::kOrganization;
    } else if (preceded_by_person_cue(a)) {
      c.kind = EntityKind::kPerson;
    }
    c.confirmed = !(b - a == 1 && c.kind == EntityKind::kOther && tokens_[a].sentence_start);
    found_.push_back(std::move(c));
  }

  const std::vector<Token>& tokens_;
  std::vector<Candidate> found_;
};

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  // The smaller index stays the root, so results do not depend on the order of calls.
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// What the article says about one key: its sightings and how they are written.
struct NameGroup {
  std::string name;
  std::string key;
  EntityKind kind = EntityKind::kOther;
  std::size_t words = 0;
  std::size_t count = 0;
  bool confirmed = false;
  std::vector<std::string> aliases;
};

// Could this unclassified name be a person's? Not with digits ("Airbus A380") or a gazetteer word.
bool looks_personal(std::string_view key) {
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    const std::string_view word = key.substr(start, end - start);
    if (gazetteer_lookup(word) || word.find_first_of("0123456789") != std::string_view::npos) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

ArticleEntities::ArticleEntities(const std::vector<Token>& tokens) {
  std::vector<Candidate> candidates = CandidateFinder(tokens).run();

  std::unordered_map<std::string, std::size_t> group_of_key;
  std::vector<NameGroup> groups;
  std::vector<std::size_t> candidate_group(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    auto [it, inserted] = group_of_key.emplace(c.key, groups.size());
    if (inserted) groups.push_back({c.name, c.key, c.kind, c.words, 0, false, {}});
    NameGroup& g = groups[it->second];
    ++g.count;
    g.confirmed = g.confirmed || c.confirmed;
    if (g.kind == EntityKind::kOther) g.kind = c.kind;
    if (!c.alias.empty()) g.aliases.push_back(c.alias);
    candidate_group[i] = it->second;
  }

  UnionFind same(groups.size());
  // "Daesh (ISIS / ISIL)": the names in a parenthesis right after a name are other names for it.
  for (std::size_t i = 0; i + 1 < candidates.size(); ++i) {
    const std::size_t open = candidates[i].last_token;
    if (open >= tokens.size() || tokens[open].punct != '(') continue;
    for (std::size_t j = i + 1; j < candidates.size() && candidates[j].first_token < open + 8; ++j) {
      bool closed = false;
      for (std::size_t k = open + 1; k < candidates[j].first_token; ++k) closed = closed || tokens[k].punct == ')';
      if (closed) break;
      same.unite(candidate_group[i], candidate_group[j]);
      groups[candidate_group[i]].confirmed = groups[candidate_group[j]].confirmed = true;
    }
  }
  // A surname met alone names the person met in full; the first word of a company, the company;
  // a product's model or model name ("787", "Dreamliner", "A380"), the product.
  std::unordered_map<std::string, std::size_t> full_name_of_short_form;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const NameGroup& group = groups[g];
    if (group.words < 2 || !group.confirmed) continue;
    const std::string_view key = group.key;
    if (group.kind == EntityKind::kPerson || (group.kind == EntityKind::kOther && group.words <= 4 && looks_personal(group.key))) {
      full_name_of_short_form.emplace(surname_key(key.substr(key.rfind(' ') + 1)), g);
    } else if (group.kind == EntityKind::kOrganization) {
      full_name_of_short_form.emplace(std::string(key.substr(0, key.find(' '))), g);
    } else if (names_a_model(key)) {
      for (std::size_t space = key.find(' '); space != std::string_view::npos; space = key.find(' ', space + 1)) {
        const std::string_view word = key.substr(space + 1, key.find(' ', space + 1) - space - 1);
        full_name_of_short_form.emplace(std::string(word), g);
      }
    }
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    NameGroup& group = groups[g];
    if (group.words != 1 || gazetteer_lookup(group.key)) continue;
    const auto it = full_name_of_short_form.find(surname_key(group.key));
    if (it == full_name_of_short_form.end()) continue;
    same.unite(g, it->second);
    group.confirmed = true;
    NameGroup& full = groups[it->second];
    if (full.kind == EntityKind::kOther) full.kind = EntityKind::kPerson;
  }

  // The name of each entity is its most used form (the first met on a tie).
  // A person or a product goes by the fullest name the article gives ("Ali Shamkhani", not
  // "Shamkhani"; "Boeing 787 Dreamliner", not "787").
  std::vector<std::size_t> entity_of_root(groups.size(), SIZE_MAX);
  std::vector<std::size_t> canonical(groups.size(), SIZE_MAX);
  std::vector<bool> root_confirmed(groups.size(), false);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t root = same.find(g);
    root_confirmed[root] = root_confirmed[root] || groups[g].confirmed;
    if (canonical[root] == SIZE_MAX) {
      canonical[root] = g;
      continue;
    }
    const NameGroup& best = groups[canonical[root]];
    const bool person = groups[g].kind == EntityKind::kPerson || best.kind == EntityKind::kPerson ||
                        names_a_model(groups[g].key) || names_a_model(best.key);
    const bool better = person ? groups[g].words > best.words || (groups[g].words == best.words && groups[g].count > best.count)
                               : groups[g].count > best.count;
    if (better) canonical[root] = g;
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::size_t g = candidate_group[i];
    const std::size_t root = same.find(g);
    if (!root_confirmed[root]) continue;
    if (entity_of_root[root] == SIZE_MAX) {
      entity_of_root[root] = entities_.size();
      const NameGroup& main = groups[canonical[root]];
      Entity entity;
      entity.name = main.name;
      entity.kind = std::string(kind_name(main.kind));
      entities_.push_back(std::move(entity));
    }
    occurrences_.push_back({candidates[i].begin, candidates[i].end, entity_of_root[root]});
  }
  // Kinds and aliases, gathered over every group of an entity; the most used aliases are kept.
  std::vector<std::vector<std::pair<std::size_t, std::string>>> aliases(entities_.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t root = same.find(g);
    if (entity_of_root[root] == SIZE_MAX) continue;
    Entity& entity = entities_[entity_of_root[root]];
    if (entity.kind == "other") entity.kind = std::string(kind_name(groups[g].kind));
    auto& found = aliases[entity_of_root[root]];
    if (groups[g].name != entity.name) found.emplace_back(groups[g].count, groups[g].name);
    for (const std::string& alias : groups[g].aliases) found.emplace_back(groups[g].count, alias);
  }
  std::stable_sort(occurrences_.begin(), occurrences_.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    auto& found = aliases[e];
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<std::string>& kept = entities_[e].aliases;
    for (auto& [count, alias] : found) {
      if (kept.size() == kMaxAliases) break;
      if (std::find(kept.begin(), kept.end(), alias) == kept.end()) kept.push_back(std::move(alias));
    }
    std::sort(kept.begin(), kept.end());
  }
}

std::vector<Entity> ArticleEntities::in_span(std::size_t begin, std::size_t end) const {
  std::vector<Entity> found;
  std::vector<std::size_t> seen;
  auto it = std::lower_bound(occurrences_.begin(), occurrences_.end(), begin,
                             [](const Occurrence& o, std::size_t at) { return o.begin < at; });
  for (std::size_t looked = 0; it != occurrences_.end() && it->begin < end && found.size() < kMaxEntitiesPerSpan &&
                               looked < kMaxEntitiesPerSpan * 4;
       ++it, ++looked) {
    if (std::find(seen.begin(), seen.end(), it->entity) != seen.end()) continue;
    seen.push_back(it->entity);
    found.push_back(entities_[it->entity]);
  }
  return found;
}

const Entity* ArticleEntities::last_person_before(std::size_t offset) const { return last_named_before(offset, "person"); }

const Entity* ArticleEntities::last_named_before(std::size_t offset, std::string_view kind) const {
  auto it = std::lower_bound(occurrences_.begin(), occurrences_.end(), offset,
                             [](const Occurrence& o, std::size_t at) { return o.begin < at; });
  // Safe only when one person is named in the stretch before: "a friend of Yitzhak Rabin's
  // assassin ... She" names two, and guessing would make the wrong one the actor.
  const Entity* found = nullptr;
  for (std::size_t looked = 0; it != occurrences_.begin() && looked < kMaxEntitiesPerSpan * 4; ++looked) {
    --it;
    if (found != nullptr && it->begin + kPronounReach < offset) break;
    const Entity& entity = entities_[it->entity];
    if (entity.kind != kind) continue;
    if (found != nullptr && found != &entity) return nullptr;
    found = &entity;
  }
  return found;
}

bool is_market(const Entity& entity) {
  return entity.name.find("Exchange") != std::string::npos || entity.name.find("Market") != std::string::npos;
}

const Entity* ArticleEntities::named_at_end(std::size_t begin, std::size_t end) const {
  auto it = std::lower_bound(occurrences_.begin(), occurrences_.end(), begin,
                             [](const Occurrence& o, std::size_t at) { return o.begin < at; });
  const Entity* last = nullptr;
  for (std::size_t seen = 0; it != occurrences_.end() && it->begin < end && seen < kMaxEntitiesPerSpan * 4; ++it, ++seen) {
    if (it->end == end) last = &entities_[it->entity];
  }
  return last;
}

text::Span ArticleEntities::name_around(std::size_t offset) const {
  // Names do not nest, so the one that starts last at or before `offset` is the only candidate.
  auto it = std::upper_bound(occurrences_.begin(), occurrences_.end(), offset,
                             [](std::size_t at, const Occurrence& o) { return at < o.begin; });
  if (it == occurrences_.begin()) return {};
  --it;
  return offset < it->end ? text::Span{it->begin, it->end} : text::Span{};
}

}  // namespace chronicle::events
