// events::dated_predicate: from a temporal expression to the predicate it modifies in the tree, the
// headline made of that predicate's own arguments, and the happening's state (predicate.h).
#include "core/events/predicate.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <map>
#include <memory>
#include <span>

#include "core/events/lexicon.h"
#include "core/events/tokens.h"
#include "core/temporal/lexicon.h"

namespace chronicle::events {
namespace {

using namespace std::string_view_literals;

// A sentence of more words than this is parsed in its first part only.
constexpr std::size_t kMaxParsedWords = 300;
// A noun phrase kept whole in a headline has at most this many words; longer ones keep their core.
constexpr std::size_t kMaxPhraseWords = 9;
// A prepositional phrase joins a headline only when it is this short ("to his father").
constexpr std::size_t kMaxObliqueWords = 5;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

using lexicon::is_any;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

class Tree {
 public:
  Tree(std::string_view text, const ParsedSentence& s) : text_(text), s_(s) {}

  std::size_t size() const { return s_.words.size(); }
  std::size_t head(std::size_t i) const { return s_.tree.head[i] == 0 ? kNone : s_.tree.head[i] - 1; }
  std::string_view rel(std::size_t i) const { return s_.tree.deprel[i]; }
  std::string_view pos(std::size_t i) const { return s_.tree.upos[i]; }
  std::string_view lower(std::size_t i) const { return s_.lower[i]; }
  const std::vector<std::size_t>& children(std::size_t i) const { return s_.children[i]; }
  text::Span span(std::size_t i) const { return s_.words[i]; }

  bool is_verb(std::size_t i) const { return pos(i) == "VERB"sv; }
  bool is_nominal(std::size_t i) const { return pos(i) == "NOUN"sv || pos(i) == "PROPN"sv || pos(i) == "NUM"sv; }
  bool has_child(std::size_t i, std::string_view relation) const { return child(i, relation) != kNone; }

  // The first child of `i` whose relation is `relation` or one of its subtypes ("nsubj" finds
  // "nsubj:pass").
  std::size_t child(std::size_t i, std::string_view relation) const {
    for (std::size_t c : children(i)) {
      const std::string_view r = rel(c);
      if (r == relation || (starts_with(r, relation) && r.size() > relation.size() && r[relation.size()] == ':')) return c;
    }
    return kNone;
  }

  bool is_event_noun(std::size_t i) const {
    if (pos(i) != "NOUN"sv) return false;
    const std::string_view w = lower(i);
    return lexicon::is_event_noun(w) ||
           (w.size() > 6 && (w.ends_with("tion") || w.ends_with("sion") || w.ends_with("ment")) &&
            !is_any(w, {"government", "department", "nation", "station", "position", "population", "region",
                        "section", "option", "question", "tension", "equipment", "apartment", "parliament",
                        "environment", "condition", "pension", "television", "division", "version",
                        "commission", "administration", "organization", "organisation", "institution",
                        "coalition", "opposition", "mission", "foundation", "corporation", "association",
                        "federation", "delegation", "generation", "portion", "location", "moment",
                        "document", "statement", "instrument", "segment", "element", "amount"}));
  }

 private:
  std::string_view text_;
  const ParsedSentence& s_;
};

// Words that name a quantity of something: "all of the shares", "most of its assets".
bool is_quantity_word(std::string_view w) {
  return is_any(w, {"all", "some", "most", "many", "much", "half", "part", "none", "each", "both", "any", "one",
                    "majority", "rest", "remainder", "portion", "share", "stake"});
}

// Relations never kept in a headline: side remarks, other clauses, punctuation.
bool is_side_relation(std::string_view r) {
  return is_any(r, {"acl:relcl", "appos", "parataxis", "advcl", "dep", "discourse", "vocative", "reparandum",
                    "orphan", "list", "punct", "obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod", "goeswith",
                    "dislocated", "advcl:relcl", "csubj", "obl:unmarked", "nmod:unmarked"});
}

class HeadlineBuilder {
 public:
  HeadlineBuilder(std::string_view text, const Tree& tree, std::span<const bool> in_timex,
                  const ArticleEntities& entities)
      : text_(text), tree_(tree), in_timex_(in_timex), entities_(entities), kept_(tree.size(), false) {}

  // A noun phrase: the head with its determiners, modifiers, compounds, possessors and short
  // prepositional or clausal modifiers; a long one keeps its core (determiners, adjectives,
  // compounds, names) only.
  void phrase(std::size_t head) {
    std::vector<std::size_t> words;
    collect(head, words, Depth::kAll);
    if (word_count(words) > kMaxPhraseWords) {
      words.clear();
      collect(head, words, Depth::kNoPrepositions);  // "a plan to build new roads and bridges"
    }
    if (word_count(words) > kMaxPhraseWords) {
      words.clear();
      collect(head, words, Depth::kCore);
    }
    for (std::size_t w : words) kept_[w] = true;
  }

  // The predicate `v` with its subject (or `borrowed` when it has none), auxiliaries, negation,
  // particle, objects, a controlled clause, a passive agent and one short prepositional phrase.
  // `nested`: the clause is part of another's headline ("said that ..."), so its "that" stays.
  void clause(std::size_t v, std::size_t borrowed, bool nested = false) {
    kept_[v] = true;
    std::size_t subject = tree_.child(v, "nsubj");
    if (subject == kNone) subject = tree_.child(v, "expl");
    if (subject != kNone && in_timex_[subject]) subject = kNone;  // "Last April, ...": a misread subject
    if (subject == kNone) subject = borrowed;
    if (subject != kNone) {
      has_subject_ = true;
      subject_phrase(subject, nested);
      if (!nested) named_subject_ = tree_.pos(subject) == "PROPN"sv;
    }
    // "Steve Jobs, born in San Francisco on Sunday": a participle set off after its noun tells
    // what the noun was.
    // Set off on both sides by commas, with no object or clause of its own.
    const std::size_t after = last_of_subtree(v) + 1;
    const bool set_off = subject != kNone && subject < v && v > 0 && tree_.lower(v - 1) == ","sv &&
                         after < tree_.size() && tree_.lower(after) == ","sv && !tree_.has_child(v, "obj") &&
                         !tree_.has_child(v, "ccomp") && !tree_.has_child(v, "xcomp");
    if (set_off) {
      if (!tree_.has_child(v, "aux") && !tree_.has_child(v, "aux:pass") && is_participle(v)) {
        inserted_before_[v] = tree_.lower(subject).ends_with("s") && tree_.pos(subject) == "NOUN"sv ? "were" : "was";
      }
    }
    bool oblique_taken = false;
    for (std::size_t c : tree_.children(v)) {
      if (in_timex_[c]) continue;
      const std::string_view r = tree_.rel(c);
      if (is_any(r, {"aux", "aux:pass", "cop", "compound:prt"})) {
        kept_[c] = true;
      } else if (r == "mark"sv) {
        if (tree_.lower(c) == "to"sv || (nested && tree_.lower(c) == "that"sv)) kept_[c] = true;
      } else if (r == "advmod"sv && is_negation(c)) {
        kept_[c] = true;
      } else if (is_duration(c) && (r == "obj"sv || is_side_relation(r))) {
        phrase(c);
      } else if (is_any(r, {"obj", "iobj", "obl:agent"}) || (r == "nsubj"sv && c != subject)) {
        if (is_relative_pronoun(c)) {
          moved_after_[v] = antecedent(c);  // "Palmyra, which ISIS had held": ISIS had held Palmyra
        } else {
          phrase(c);
        }
      } else if (r == "xcomp"sv || (r == "advcl"sv && tree_.child(c, "mark") != kNone &&
                                    tree_.lower(tree_.child(c, "mark")) == "to"sv && !tree_.has_child(c, "nsubj"))) {
        clause(c, kNone, true);
      } else if (r == "ccomp"sv && lexicon::is_reporting_lemma(lemma(v))) {
        clause(c, kNone, true);
      } else if (r == "obl"sv && !oblique_taken && c > v && subtree_size(c) <= kMaxObliqueWords) {
        phrase(c);
        oblique_taken = true;
      }
    }
  }

  bool has_subject() const { return has_subject_; }
  const std::vector<const Entity*>& named() const { return named_; }

  // An event noun's phrase without its own evaluative adjectives ("Sunday's admirable win over
  // ISIS" -> "win over ISIS"); names and nationalities stay ("Syrian").
  void event_phrase(std::size_t noun) {
    phrase(noun);
    for (std::size_t c : tree_.children(noun)) {
      const char first = text_[tree_.span(c).begin];
      const std::string_view r = tree_.rel(c);
      if ((r == "amod"sv && tree_.pos(c) == "ADJ"sv && first >= 'a' && first <= 'z') || r == "case"sv || r == "det"sv) unkeep(c);
    }
  }

  // What the kept words say, in their order, with the text's own spacing between neighbours.
  std::string text() const {
    std::string out;
    std::size_t previous = kNone;
    for (std::size_t i = 0; i < tree_.size(); ++i) {
      if (!kept_[i]) continue;
      const text::Span w = tree_.span(i);
      if (tree_.rel(i) == "punct"sv) continue;
      if (previous != kNone) {
        const bool adjacent = previous + 1 == i || only_punctuation_between(previous, i);
        const std::string_view gap = text_.substr(tree_.span(previous).end, w.begin - tree_.span(previous).end);
        if (adjacent && gap.empty()) {
        } else if (adjacent && gap.find_first_not_of(" \t\r\n") != std::string_view::npos && gap.size() <= 2) {
          out += gap;  // "long-term", "U.S.-led"
        } else if (!(gap.empty() && adjacent)) {
          out += ' ';
        }
      }
      if (const auto before = inserted_before_.find(i); before != inserted_before_.end()) {
        out += before->second;
        out += ' ';
      }
      out += replacement(i);
      if (const auto after = moved_after_.find(i); after != moved_after_.end() && !after->second.empty()) {
        out += ' ';
        out += after->second;
      }
      previous = i;
    }
    return out;
  }

  std::size_t kept_words() const { return static_cast<std::size_t>(std::count(kept_.begin(), kept_.end(), true)); }

  std::string_view lemma(std::size_t i) const {
    const std::string_view l = lexicon::verb_lemma(tree_.lower(i));
    return l.empty() ? tree_.lower(i) : l;
  }

  bool is_negation(std::size_t i) const { return is_any(tree_.lower(i), {"not", "n't", "never"}); }

 private:
  enum class Depth { kAll, kNoPrepositions, kCore };

  void collect(std::size_t i, std::vector<std::size_t>& words, Depth depth) const {
    words.push_back(i);
    for (std::size_t c : tree_.children(i)) {
      const std::string_view r = tree_.rel(c);
      if ((is_side_relation(r) && !is_duration(c)) || in_timex_[c]) continue;
      // "all of the publicly held shares": a quantity keeps what it is a quantity of.
      const bool quantity_of = r == "nmod"sv && is_quantity_word(tree_.lower(i)) && tree_.child(c, "case") != kNone &&
                               tree_.lower(tree_.child(c, "case")) == "of"sv;
      if (depth == Depth::kNoPrepositions && (starts_with(r, "nmod") || starts_with(r, "obl")) && r != "nmod:poss"sv &&
          !quantity_of) {
        continue;
      }
      // "Fritz Henderson, the chief executive of General Motors": an apposition misread as a
      // conjunct (no "and" or "or" of its own, a determiner) is a side remark.
      if (r == "conj"sv && !tree_.has_child(c, "cc") && tree_.has_child(c, "det")) continue;
      if (depth == Depth::kCore && !is_any(r, {"det", "amod", "compound", "flat", "flat:name", "nummod", "nmod:poss", "case",
                                   "det:poss", "fixed"})) {
        continue;
      }
      if (r == "conj"sv && tree_.is_verb(c)) continue;
      if ((r == "acl"sv && subtree_size(c) > 6) || (r == "advmod"sv && subtree_size(c) > 4)) continue;
      // "earnings for its fourth quarter ended Sept. 30": the end of a period says when, not what.
      if (r == "acl"sv && is_any(tree_.lower(c), {"ended", "ending", "beginning"})) continue;
      collect(c, words, depth);
    }
  }

  // "took six months off": a stretch of time with its number is what happened, not when.
  bool is_duration(std::size_t i) const {
    return tree_.has_child(i, "nummod") &&
           is_any(tree_.lower(i), {"days", "weeks", "months", "years", "hours", "minutes", "decades"});
  }

  std::size_t word_count(const std::vector<std::size_t>& words) const {
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](std::size_t w) { return tree_.pos(w) != "PUNCT"sv; }));
  }

  void unkeep(std::size_t i) {
    kept_[i] = false;
    for (std::size_t c : tree_.children(i)) unkeep(c);
  }

  bool is_relative_pronoun(std::size_t i) const {
    return tree_.pos(i) == "PRON"sv && is_any(tree_.lower(i), {"which", "who", "whom", "that"});
  }

  bool is_participle(std::size_t v) const {
    const std::string_view w = tree_.lower(v);
    const std::string_view l = lemma(v);
    return w.ends_with("ed") || w.ends_with("en") || (l != w && !w.ends_with("ing") && !w.ends_with("s"));
  }

  // The noun a relative pronoun stands for: the nearest noun or name before it, in its core words.
  std::string antecedent(std::size_t pronoun) const {
    for (std::size_t k = pronoun; k-- > 0;) {
      if (tree_.pos(k) == "PUNCT"sv) continue;
      if (!tree_.is_nominal(k) || tree_.pos(k) == "NUM"sv) return "";
      HeadlineBuilder core(text_, tree_, in_timex_, entities_);
      std::vector<std::size_t> words;
      core.collect(k, words, Depth::kCore);
      words.erase(std::remove_if(words.begin(), words.end(), [&](std::size_t w) { return tree_.rel(w) == "case"sv; }),
                  words.end());
      for (std::size_t w : words) core.kept_[w] = true;
      return core.text();
    }
    return "";
  }

  // `nested`: the subject of a clause inside another's headline ("Cilcorp Inc. said it agreed").
  void subject_phrase(std::size_t subject, bool nested = false) {
    if (is_relative_pronoun(subject)) {
      std::string noun = antecedent(subject);  // "Qaryatain, which fell": Qaryatain fell
      if (noun.empty()) {
        has_subject_ = false;
      } else {
        kept_[subject] = true;
        pronoun_.emplace_back(subject, std::move(noun));
      }
      return;
    }
    if (is_any(tree_.lower(subject), {"he", "she", "him", "her"})) {
      if (const Entity* person = entities_.last_person_before(tree_.span(subject).begin)) {
        kept_[subject] = true;
        pronoun_.emplace_back(subject, person->name);
        named_.push_back(person);
        return;
      }
    }
    const bool company_word = lexicon::is_company_word(tree_.lower(subject)) && tree_.child(subject, "det") != kNone &&
                              tree_.lower(tree_.child(subject, "det")) == "the"sv && tree_.children(subject).size() == 1;
    // "Cilcorp Inc. said it agreed": "it" is the named speaker, and the headline reads as written.
    if (nested && named_subject_ && tree_.lower(subject) == "it"sv) {
      kept_[subject] = true;
      return;
    }
    if (tree_.lower(subject) == "it"sv || company_word) {
      if (const Entity* organization = entities_.last_named_before(tree_.span(subject).begin, "organization")) {
        for (std::size_t c : tree_.children(subject)) kept_[c] = false;
        kept_[subject] = true;
        pronoun_.emplace_back(subject, organization->name);
        named_.push_back(organization);
        return;
      }
    }
    phrase(subject);
    // "a toy maker whose stock peaked": the maker's stock peaked.
    for (std::size_t k = 0; k < tree_.size(); ++k) {
      if (kept_[k] && tree_.lower(k) == "whose"sv && in_subtree(k, subject)) {
        const std::string noun = antecedent(k);
        if (noun.empty()) {
          has_subject_ = false;
        } else {
          pronoun_.emplace_back(k, noun + "'s");
        }
      }
    }
    // "Jobs resigned": the article's full name for a name met alone ("Steve Jobs"), as the article
    // named the person or organization first.
    std::size_t first = tree_.size(), last = 0, words = 0;
    bool all_capitalized = true;
    for (std::size_t k = 0; k < tree_.size(); ++k) {
      if (!kept_[k] || !in_subtree(k, subject)) continue;
      first = std::min(first, k);
      last = std::max(last, k);
      ++words;
      const char c = text_[tree_.span(k).begin];
      all_capitalized = all_capitalized && c >= 'A' && c <= 'Z';
    }
    if (words == 0 || words > 2 || !all_capitalized) return;
    const Entity* named = entities_.named_at_end(tree_.span(first).begin, tree_.span(last).end);
    if (named == nullptr || (named->kind != "person" && named->kind != "organization")) return;
    for (std::size_t k = first; k <= last; ++k) kept_[k] = false;
    kept_[subject] = true;
    pronoun_.emplace_back(subject, named->name);
    named_.push_back(named);
  }

  std::size_t last_of_subtree(std::size_t i) const {
    std::size_t last = i;
    for (std::size_t c : tree_.children(i)) last = std::max(last, last_of_subtree(c));
    return last;
  }

  bool in_subtree(std::size_t k, std::size_t root) const {
    for (std::size_t up = k, steps = 0; up != kNone && steps <= tree_.size(); up = tree_.head(up), ++steps) {
      if (up == root) return true;
    }
    return false;
  }

  std::string replacement(std::size_t i) const {
    const auto found = std::find_if(pronoun_.begin(), pronoun_.end(), [&](const auto& p) { return p.first == i; });
    if (found != pronoun_.end()) return found->second;
    return std::string(text_.substr(tree_.span(i).begin, tree_.span(i).size()));
  }

  bool only_punctuation_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a + 1; k < b; ++k) {
      const bool between_names = tree_.lower(k) == ","sv && tree_.pos(a) == "PROPN"sv && tree_.pos(b) == "PROPN"sv;
      if (tree_.rel(k) != "punct"sv || !(is_any(tree_.lower(k), {"-", "'", "’"}) || between_names)) return false;
    }
    return true;
  }

  std::size_t subtree_size(std::size_t i) const {
    std::size_t n = 1;
    for (std::size_t c : tree_.children(i)) n += subtree_size(c);
    return n;
  }


  std::string_view text_;
  const Tree& tree_;
  std::span<const bool> in_timex_;
  const ArticleEntities& entities_;
  std::vector<bool> kept_;
  std::vector<std::pair<std::size_t, std::string>> pronoun_;  // words read as what they stand for
  std::vector<const Entity*> named_;  // the participants behind "he", "the company", "Jobs"
  std::map<std::size_t, std::string> inserted_before_;        // "was" before a set-off participle
  std::map<std::size_t, std::string> moved_after_;            // a relative object after its verb
  bool has_subject_ = false;
  bool named_subject_ = false;  // the outer clause's subject is a name
};

// Where a predicate without a subject of its own takes one: a controlled clause from its
// controller ("persuaded him to resign": him; "vowed to continue": the vower), a conjoined verb
// from its first conjunct.
std::size_t borrowed_subject(const Tree& tree, std::size_t v) {
  if (tree.has_child(v, "nsubj") || tree.head(v) == kNone) return kNone;
  const std::size_t h = tree.head(v);
  const std::string_view r = tree.rel(v);
  if (r == "xcomp"sv) {
    const std::size_t object = tree.child(h, "obj");
    return object != kNone ? object : tree.child(h, "nsubj");
  }
  // A finite adverbial clause ("after Sinn Fein was expelled") has a subject of its own, even
  // where the parse missed it; a participle ("after expelling ISIS") shares the main one.
  if (r == "advcl"sv && (tree.has_child(v, "aux") || tree.has_child(v, "aux:pass"))) return kNone;
  if (r == "conj"sv || r == "advcl"sv) return tree.child(h, "nsubj");
  if ((r == "amod"sv || r == "acl"sv) && tree.is_nominal(h)) return h;  // "notes due Nov. 1": the notes
  return kNone;
}

// "up from $1.43 billion a year ago", "versus net income of $5.3 million a year earlier",
// "last year's $2.34 billion": the expression dates the figure a result is compared with, not a
// happening. Seen as a comparison word before the expression, with an amount between them and no
// verb. ("Last year's $2.34 billion" is a date that describes a thing.)
bool compares_amounts(const Tree& tree, std::size_t first_word) {
  auto is_amount = [&](std::size_t i) {
    return tree.pos(i) == "NUM"sv || tree.pos(i) == "SYM"sv || is_any(tree.lower(i), {"%", "percent", "cents", "share"});
  };
  bool amount = false;
  for (std::size_t k = first_word, looked = 0; k-- > 0 && looked < 16; ++looked) {
    if (tree.is_verb(k) && !is_any(tree.lower(k), {"compared", "compare"})) return false;
    if (is_amount(k)) amount = true;
    if (is_any(tree.lower(k), {"from", "versus", "vs.", "vs", "against", "compared"})) return amount;
  }
  return false;
}

// What a company or an economy measures over a period: "third-quarter earnings".
bool is_measure_noun(std::string_view w) {
  return is_any(w, {"earnings", "income", "sales", "revenue", "revenues", "profit", "profits", "loss", "losses",
                    "results", "output", "production", "spending", "growth", "net", "exports", "imports"});
}

// Verbs that foresee: what they govern is expected, and a figure they govern is a forecast.
bool is_forecast_verb(std::string_view w) {
  return is_any(w, {"expect", "expects", "expected", "expecting", "forecast", "forecasts", "forecasted", "project",
                    "projects", "projected", "predict", "predicts", "predicted", "estimate", "estimates",
                    "estimated", "anticipate", "anticipates", "anticipated"});
}

// Verbs that tell a figure: "earn 35 cents", "rise 10%", "total $2 million", "be $1.50 a share".
bool is_figure_verb(std::string_view w) {
  return is_any(w, {"earn", "be", "total", "reach", "rise", "fall", "grow", "increase", "decline", "drop", "climb",
                    "exceed", "top", "post", "report", "show"});
}

// "lowest", "biggest", "first", "most": a record that a "since" measures, not a happening.
bool is_superlative(const Tree& tree, std::size_t i) {
  const std::string_view w = tree.lower(i);
  if (is_any(w, {"first", "most", "least", "best", "worst", "last"})) return true;
  return (tree.pos(i) == "ADJ"sv || tree.pos(i) == "ADV"sv) && w.size() > 5 && w.ends_with("est");
}

// Nouns that name a stretch of time: "the quarter ended Sept. 30" is one expression of time.
bool is_period_noun(std::string_view w) {
  return is_any(w, {"quarter", "period", "year", "month", "week", "half", "season", "term", "day", "session", "months",
                    "years", "weeks"});
}

// The period noun before verb `v` that it may end or begin: its head ("the quarter ended"), a
// word of its own before it, or the word just before it (the parse often hangs "the period ended
// June 30" on the main verb).
std::size_t period_noun_of(const Tree& tree, std::size_t v) {
  if (tree.head(v) != kNone && starts_with(tree.rel(v), "acl") && is_period_noun(tree.lower(tree.head(v)))) return tree.head(v);
  for (std::size_t c : tree.children(v)) {
    if (c < v && is_period_noun(tree.lower(c))) return c;
  }
  if (v > 0 && is_period_noun(tree.lower(v - 1))) return v - 1;
  return kNone;
}

// "the quarter ended Sept. 30", "the fiscal year ended Jan. 31": a verb that ends or begins a named
// period is part of one expression of time, not a happening.
bool ends_a_period(const Tree& tree, std::size_t v) {
  if (!tree.is_verb(v) || !is_any(tree.lower(v), {"ended", "ending", "ends", "began", "beginning", "begun", "started", "starting"})) {
    return false;
  }
  return period_noun_of(tree, v) != kNone;
}

// "9" or "nine"; -1 for what is no number.
int count_of(std::string_view w) {
  int value = 0;
  const auto [end, status] = std::from_chars(w.data(), w.data() + w.size(), value);
  if (status == std::errc() && end == w.data() + w.size()) return value;
  return temporal::lookup(w).number;
}


// How long the period `noun` names: "the quarter" 3 months, "the fiscal year" 12, "the nine
// months" 9, "the first half" 6, "the week" 7 days; none for a length the words do not fix
// ("the period", "the season").
std::optional<Predicate::Period> length_of_period(const Tree& tree, std::size_t noun) {
  if (noun == kNone) return std::nullopt;
  const std::string_view w = tree.lower(noun);
  int count = 1;
  if (const std::size_t number = tree.child(noun, "nummod"); number != kNone) {
    count = count_of(tree.lower(number));
    if (count <= 0 || count > 60) return std::nullopt;
  } else if (w.ends_with('s')) {
    return std::nullopt;  // "the months ended June 30": how many?
  }
  if (w == "quarter"sv) return Predicate::Period{3 * count, 0, false};
  if (w == "half"sv) return Predicate::Period{6 * count, 0, false};
  if (w == "year"sv || w == "years"sv) return Predicate::Period{12 * count, 0, false};
  if (w == "month"sv || w == "months"sv) return Predicate::Period{count, 0, false};
  if (w == "week"sv || w == "weeks"sv) return Predicate::Period{0, 7 * count, false};
  return std::nullopt;
}

// The word `i` with the words it is hyphenated to ("cease-fire", "buy-out"): the splitter cuts
// them apart, the reader sees one word.
text::Span hyphenated_word(const Tree& tree, std::size_t i) {
  std::size_t first = i, last = i;
  auto joined = [&](std::size_t a, std::size_t b) { return tree.span(a).end == tree.span(b).begin; };
  while (first >= 2 && tree.lower(first - 1) == "-"sv && joined(first - 1, first) && joined(first - 2, first - 1)) first -= 2;
  while (last + 2 < tree.size() && tree.lower(last + 1) == "-"sv && joined(last, last + 1) && joined(last + 1, last + 2)) last += 2;
  return {tree.span(first).begin, tree.span(last).end};
}

// Words whose clause is supposed, not asserted.
bool is_hypothetical_auxiliary(std::string_view w) { return is_any(w, {"would", "could", "might", "may", "should", "'d"}); }
bool is_future_auxiliary(std::string_view w) { return is_any(w, {"will", "'ll", "shall", "wo"}); }
// Verbs and adjectives whose complement is a plan: "plans to visit", "is scheduled to open".
bool is_plan_word(std::string_view lemma) {
  return is_any(lemma, {"plan", "schedule", "expect", "due", "set", "intend", "aim", "prepare", "propose",
                        "promise", "pledge", "vow", "hope", "want", "seek", "threaten", "likely", "going"});
}
// Adverbs that hand a claim to someone else.
bool is_hearsay_adverb(std::string_view w) { return is_any(w, {"reportedly", "allegedly", "purportedly", "supposedly"}); }

// The headline, trigger and state of the happening headed by word `p`.
// `unsaid`: the words of temporal expressions, which no headline repeats.
Predicate describe(std::string_view text, const Tree& tree, std::size_t p, std::span<const bool> unsaid, bool future,
                   const ArticleEntities& entities) {
  Predicate out;
  const std::size_t n = tree.size();
  HeadlineBuilder headline(text, tree, unsaid, entities);
  auto is_clause_head = [&](std::size_t i) { return tree.is_verb(i) || tree.has_child(i, "cop"); };
  const bool noun_trigger = !tree.is_verb(p) && tree.is_event_noun(p) && !tree.has_child(p, "cop");
  std::size_t clause_verb = p;
  if (noun_trigger) {
    // "X reported third-quarter earnings of $5 million": an event noun that is the subject or
    // object of a verb is told by that verb's clause, with the noun phrase whole (its date
    // included); elsewhere ("on Sunday's win over ISIS") by its own noun phrase when that says
    // enough, or else by the clause around it.
    std::size_t v = tree.head(p);
    while (v != kNone && !is_clause_head(v)) v = tree.head(v);
    const bool argument = is_any(tree.rel(p), {"nsubj", "nsubj:pass", "obj", "iobj"});
    // A measure ("revenue through the first nine months") says nothing alone.
    if (!argument && !is_measure_noun(tree.lower(p))) {
      headline.event_phrase(p);
      if (headline.kept_words() >= 3) out.headline = headline.text();
    }
    if (out.headline.empty() && v != kNone) {
      const std::unique_ptr<bool[]> nothing(new bool[n]());
      HeadlineBuilder around(text, tree, std::span<const bool>(nothing.get(), n), entities);
      around.clause(v, borrowed_subject(tree, v));
      around.phrase(p);
      out.headline = around.text();
      out.has_subject = around.has_subject();
      for (const Entity* e : around.named()) out.named.push_back(*e);
      clause_verb = v;
    }
  } else {
    // "It hopes to control 5% of the business by 1992": a controlled verb is told with the verbs
    // that control it, which say whose plan or hope it is.
    std::size_t top = p;
    while (tree.rel(top) == "xcomp"sv && tree.head(top) != kNone && is_clause_head(tree.head(top))) top = tree.head(top);
    headline.clause(top, borrowed_subject(tree, top));
    out.headline = headline.text();
    out.has_subject = headline.has_subject();
    for (const Entity* e : headline.named()) out.named.push_back(*e);
    // "Freij said ..., the Fars news agency reported on Tuesday": what the report says follows it.
    if (is_any(tree.rel(top), {"parataxis", "advcl"}) && !tree.has_child(top, "mark") && !tree.has_child(top, "ccomp") &&
        lexicon::is_reporting_lemma(headline.lemma(top)) && tree.head(top) != kNone && tree.head(top) < top &&
        is_clause_head(tree.head(top))) {
      HeadlineBuilder reported(text, tree, unsaid, entities);
      reported.clause(tree.head(top), borrowed_subject(tree, tree.head(top)));
      const std::string what = reported.text();
      if (!what.empty()) out.headline += " that " + what;
    }
  }
  const bool lower_first = out.headline.size() > 1 && out.headline[1] >= 'A' && out.headline[1] <= 'Z';  // "iPhone"
  if (!out.headline.empty() && out.headline[0] >= 'a' && out.headline[0] <= 'z' && !lower_first) {
    out.headline[0] = static_cast<char>(out.headline[0] - 'a' + 'A');
  }
  out.found = !out.headline.empty();
  out.trigger = hyphenated_word(tree, p);
  out.reporting = lexicon::is_reporting_lemma(headline.lemma(p));
  out.subordinate = tree.is_verb(p) && is_any(tree.rel(p), {"advcl", "acl:relcl", "ccomp"}) && !out.reporting;

  // The state: negation and supposition on the predicate (or the verb the event noun sits in),
  // then plans, then hearsay.
  const std::size_t v = clause_verb;
  bool negated = false, hypothetical = false, planned = false, reported = false;
  for (std::size_t c : tree.children(v)) {
    const std::string_view r = tree.rel(c);
    if (r == "advmod"sv && headline.is_negation(c)) negated = true;
    if (r == "aux"sv && is_hypothetical_auxiliary(tree.lower(c))) hypothetical = true;
    if (r == "aux"sv && is_future_auxiliary(tree.lower(c))) planned = true;
    if (r == "mark"sv && is_any(tree.lower(c), {"if", "unless"})) hypothetical = true;
    if (r == "advmod"sv && is_hearsay_adverb(tree.lower(c))) reported = true;
  }
  // "plans to visit", "is expected to open", "is due to arrive": the complement of a plan word.
  if (tree.rel(v) == "xcomp"sv && tree.head(v) != kNone && is_plan_word(headline.lemma(tree.head(v)))) planned = true;
  // "said the bomb exploded": the writer hands the claim to the speaker.
  for (std::size_t up = v, depth = 0; up != kNone && depth < 4; up = tree.head(up), ++depth) {
    if (tree.rel(up) == "ccomp"sv && tree.head(up) != kNone && lexicon::is_reporting_lemma(headline.lemma(tree.head(up)))) {
      reported = true;
      // "said he would visit on Monday": a reported plan, not a supposition.
      if (hypothetical && !tree.has_child(v, "mark")) {
        hypothetical = false;
        planned = true;
      }
      break;
    }
  }
  if (negated) {
    out.state = State::negated;
  } else if (hypothetical) {
    out.state = State::hypothetical;
  } else if (planned || future) {  // "said it would start producing chips next week": not yet happened
    out.state = State::planned;
  } else if (reported) {
    out.state = State::reported;
  }
  return out;
}

}  // namespace

ParsedSentence parse_sentence(std::string_view text, text::Span sentence, const syntax::Model& model) {
  ParsedSentence s;
  s.span = sentence;
  const std::string_view body = text.substr(sentence.begin, sentence.size());
  for (const text::Span& w : syntax::split_words(body)) {
    if (s.words.size() == kMaxParsedWords) break;
    s.words.push_back({sentence.begin + w.begin, sentence.begin + w.end});
  }
  std::vector<std::string_view> views;
  views.reserve(s.words.size());
  for (const text::Span& w : s.words) {
    views.push_back(text.substr(w.begin, w.size()));
    s.lower.push_back(ascii_lower(views.back()));
  }
  s.tree = model.analyze(views);
  s.children.assign(s.words.size(), {});
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const std::size_t h = s.tree.head[i];
    if (h >= 1 && h <= s.words.size()) s.children[h - 1].push_back(i);
  }
  return s;
}

Predicate dated_predicate(std::string_view text, const ParsedSentence& s, text::Span timex, bool future,
                          const ArticleEntities& entities, std::span<const text::Span> unsaid) {
  Predicate out;
  const Tree tree(text, s);
  const std::size_t n = tree.size();
  const auto overlaps = [&](std::size_t i, text::Span span) { return s.words[i].begin < span.end && s.words[i].end > span.begin; };
  const std::unique_ptr<bool[]> flags(new bool[n]);
  const std::unique_ptr<bool[]> unsaid_flags(new bool[n]);
  for (std::size_t i = 0, u = 0; i < n; ++i) {  // words and `unsaid` both run in text order
    while (u < unsaid.size() && unsaid[u].end <= s.words[i].begin) ++u;
    flags[i] = overlaps(i, timex);
    unsaid_flags[i] = flags[i] || (u < unsaid.size() && overlaps(i, unsaid[u]));
  }
  const std::span<const bool> in_timex(flags.get(), n);

  // The expression's own head: its word whose head lies outside it.
  std::size_t t = kNone;
  for (std::size_t i = 0; i < n && t == kNone; ++i) {
    if (in_timex[i] && (tree.head(i) == kNone || !in_timex[tree.head(i)])) t = i;
  }
  if (t == kNone) return out;

  // Comparison points: "than in 2005" compares; "since 2003" starts a period, which dates a
  // happening only when a verb is what began then ("has been fighting cancer since 2004"), not a
  // record ("the lowest level since 2003").
  std::size_t first_word = t;
  while (first_word > 0 && in_timex[first_word - 1]) --first_word;
  const std::string_view before = first_word > 0 ? tree.lower(first_word - 1) : std::string_view();
  const bool than_in = first_word > 1 && tree.pos(first_word - 1) == "ADP"sv && tree.lower(first_word - 2) == "than"sv;
  // "to stock of record Nov. 22": the day holders are counted.
  // "so far this year", "so far in 1989", "this year to date": a running total up to now.
  std::size_t last_word = t;
  while (last_word + 1 < n && in_timex[last_word + 1]) ++last_word;
  const auto word_at = [&](std::size_t i) { return i < n ? tree.lower(i) : std::string_view(); };
  const std::size_t far = first_word > 1 && tree.pos(first_word - 1) == "ADP"sv ? first_word - 2 : first_word - 1;
  const bool running_total = (far >= 1 && far < n && word_at(far) == "far"sv && word_at(far - 1) == "so"sv) ||
                             (word_at(last_word + 1) == "to"sv && word_at(last_word + 2) == "date"sv);
  if (before == "than"sv || than_in || before == "record"sv || running_total) {  // "than 2005", "than in 2005"
    out.dates_nothing = true;
    out.running_total = running_total;
    return out;
  }
  const bool since = before == "since"sv;

  // "A year earlier, net income was $2.1 million": the figure of the period a result is
  // compared with, not a happening.
  const bool looks_back = std::any_of(s.words.begin(), s.words.end(), [&](const text::Span& w) {
    const std::size_t i = static_cast<std::size_t>(&w - s.words.data());
    return in_timex[i] && (tree.lower(i) == "ago"sv || tree.lower(i) == "earlier"sv || tree.lower(i).ends_with("-ago") ||
                           tree.lower(i).ends_with("-earlier"));
  });
  // ... only a year back: "earlier this year, X rejected a $15 offer" is a happening.
  const bool year_back = looks_back && std::any_of(s.words.begin(), s.words.end(), [&](const text::Span& w) {
    const std::size_t i = static_cast<std::size_t>(&w - s.words.data());
    return in_timex[i] && (tree.lower(i) == "year"sv || tree.lower(i).starts_with("year-"));
  }) && std::none_of(s.words.begin(), s.words.end(), [&](const text::Span& w) {
    const std::size_t i = static_cast<std::size_t>(&w - s.words.data());
    return in_timex[i] && tree.lower(i) == "this"sv;
  });
  const auto is_measure = [&](std::size_t i) { return i != kNone && is_measure_noun(tree.lower(i)); };
  // "A year earlier, the tax credit was $3.3 million": a sum of money or a share
  // stated for the period looked back to is the figure compared with, whatever it measures.
  const auto is_money = [&](std::size_t i) {
    return i != kNone && (tree.lower(i).starts_with('$') || tree.lower(i).ends_with('%') ||
                          is_any(tree.lower(i), {"percent", "cents", "million", "billion", "yen", "dollars"}));
  };
  // Where the tree is too broken to climb ("year-earlier" read as the root), a sum anywhere in
  // the sentence is the figure compared with.
  bool sentence_money = false;
  for (std::size_t i = 0; i < n && !sentence_money; ++i) sentence_money = !in_timex[i] && is_money(i);
  const bool figure_a_year_back = year_back && sentence_money;

  // Climb from the expression to the predicate it modifies: a verb, an adjective ("due", "payable"),
  // a predicate with a copula, or an event noun. A date that describes a thing ("the 11th century
  // temple", "the 1992 law") dates no happening; "the quarter ended Sept. 30" is one period, so
  // the climb goes on from "quarter".
  std::size_t p = tree.head(t);
  if (p == kNone) {  // the expression is the sentence's root: nothing to date
    out.dates_nothing = figure_a_year_back;
    return out;
  }
  const bool describes_thing =
      is_any(tree.rel(t), {"compound", "amod", "nmod:poss", "nummod"}) && (tree.is_nominal(p) || tree.pos(p) == "SYM"sv) &&
      !tree.is_event_noun(p);
  // "to stock of record Nov. 22": the day the holders are counted, not a happening.
  if (describes_thing || tree.lower(p) == "record"sv || compares_amounts(tree, first_word)) {
    out.dates_nothing = true;
    return out;
  }
  for (int steps = 0; p != kNone && steps < 6; ++steps) {
    if (ends_a_period(tree, p)) {
      if (tree.head(p) == kNone) {  // "The second quarter ended June 30.": no happening
        out.dates_nothing = true;
        return out;
      }
      // What happened "in the quarter ended Sept. 30" happened over the quarter: the date is the
      // period's when its length is known, nothing when it is not ("the period ended June 30");
      // a session or a day ended is that day.
      const std::size_t period = period_noun_of(tree, p);
      out.bounded_period = length_of_period(tree, period);
      if (out.bounded_period) {
        out.bounded_period->begins = is_any(tree.lower(p), {"began", "beginning", "begun", "started", "starting"});
      } else if (period == kNone || !is_any(tree.lower(period), {"day", "session"})) {
        out.dates_nothing = true;
        return out;
      }
      p = tree.head(p);
      continue;
    }
    const bool modifier = tree.is_verb(p) && is_any(tree.rel(p), {"amod", "compound"});  // "holding company"
    if (!modifier && (tree.is_verb(p) || tree.pos(p) == "ADJ"sv || tree.has_child(p, "cop") || tree.is_event_noun(p))) {
      break;
    }
    p = tree.head(p);
  }
  if (p == kNone) {
    out.dates_nothing = figure_a_year_back;
    return out;
  }
  // A record near the predicate: the word, one of its own, or one of its object's or subject's
  // ("Facing its worst financial crisis since 1989": the record is the object's).
  auto near_superlative = [&](std::size_t i) {
    if (i == kNone) return false;
    const auto superlative = [&](std::size_t c) { return is_superlative(tree, c); };
    if (superlative(i) || std::any_of(tree.children(i).begin(), tree.children(i).end(), superlative)) return true;
    return std::any_of(tree.children(i).begin(), tree.children(i).end(), [&](std::size_t c) {
      return is_any(tree.rel(c), {"obj", "nsubj", "nsubj:pass"}) &&
             std::any_of(tree.children(c).begin(), tree.children(c).end(), superlative);
    });
  };
  // "Third-quarter earnings fell 5%": a measure over a period, told by what it did.
  if (is_measure_noun(tree.lower(p)) && is_any(tree.rel(p), {"nsubj", "nsubj:pass"}) && tree.head(p) != kNone &&
      tree.is_verb(tree.head(p))) {
    p = tree.head(p);
  }
  bool states_money = is_money(p);
  for (std::size_t c : tree.children(p)) {
    states_money = states_money || (is_any(tree.rel(c), {"obj", "nsubj", "obl"}) && (is_money(c) ||
                   std::any_of(tree.children(c).begin(), tree.children(c).end(), is_money)));
  }
  if (looks_back && ((year_back && states_money) || is_measure(p) || is_measure(tree.child(p, "nsubj")) || is_measure(tree.child(p, "obj")))) {
    out.dates_nothing = true;
    return out;
  }
  // "The company expects to earn 35 cents a share in the fourth quarter", "Analysts expect
  // earnings to rise 10% in 1990": a figure foreseen for a period is a forecast, not a happening.
  // A foreseen happening keeps its date ("expects to complete the $2 billion sale in March").
  bool foreseen = is_forecast_verb(tree.lower(p));
  for (std::size_t h = p, steps = 0; !foreseen && steps < 2 && tree.head(h) != kNone; ++steps) {
    if (!is_any(tree.rel(h), {"xcomp", "ccomp", "acl", "obj"})) break;  // "expect earnings to rise"
    h = tree.head(h);
    foreseen = is_forecast_verb(tree.lower(h));
  }
  const bool tells_a_figure = is_figure_verb(tree.lower(p)) || is_forecast_verb(tree.lower(p));
  if (foreseen && tells_a_figure && (states_money || is_measure(tree.child(p, "nsubj")) || is_measure(tree.child(p, "obj")))) {
    out.dates_nothing = true;
    return out;
  }
  if (since && (!tree.is_verb(p) || near_superlative(p) || near_superlative(tree.head(t)))) {
    out.dates_nothing = true;
    return out;
  }
  if (tree.lower(p) == "compared"sv || tree.lower(p) == "compare"sv) {
    out.dates_nothing = true;
    return out;
  }

  Predicate described = describe(text, tree, p, std::span<const bool>(unsaid_flags.get(), n), future, entities);
  described.bounded_period = out.bounded_period;
  const std::string_view verb = lexicon::verb_lemma(tree.lower(p));
  const std::string_view lemma = verb.empty() ? tree.lower(p) : verb;
  described.states_figure = states_money && (is_figure_verb(lemma) || lemma == "have"sv || tree.has_child(p, "cop") ||
                                             tree.pos(p) == "SYM"sv);
  return described;
}

bool in_side_remark(const ParsedSentence& s, text::Span span) {
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].begin < span.begin || s.words[i].end > span.end) continue;
    // Up from the expression's first word: a relative clause or an apposition on the way?
    for (std::size_t up = i, steps = 0; steps <= s.words.size(); ++steps) {
      const std::string_view r = s.tree.deprel[up];
      if (r == "acl:relcl" || r == "appos") return true;
      if (s.tree.head[up] == 0 || s.tree.head[up] > s.words.size()) return false;
      up = s.tree.head[up] - 1;
    }
    return false;
  }
  return false;
}

namespace {

// The sentence's root when it is a verb with a subject of its own, else kNone.
std::size_t verb_root(const Tree& tree) {
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree.head(i) == kNone) return tree.is_verb(i) && tree.has_child(i, "nsubj") ? i : kNone;
  }
  return kNone;
}

// What the clause of verb `v` tells, with no expression inside it.
Predicate describe_clause(std::string_view text, const Tree& tree, std::size_t v, const ArticleEntities& entities) {
  const std::unique_ptr<bool[]> nothing(new bool[tree.size()]());
  return describe(text, tree, v, std::span<const bool>(nothing.get(), tree.size()), false, entities);
}

}  // namespace

Predicate main_predicate(std::string_view text, const ParsedSentence& s, const ArticleEntities& entities) {
  const Tree tree(text, s);
  // A happening told in the past: a past form ("defeated") or a perfect ("have defeated"), with
  // a subject of its own.
  const std::size_t root = verb_root(tree);
  if (root == kNone) return {};
  const std::string_view word = tree.lower(root);
  const std::string_view lemma = lexicon::verb_lemma(word);
  const bool past_form = lemma.empty() ? word.ends_with("ed")
                                       : word != lemma && !word.ends_with("ing") && !lexicon::is_form_of(word, lemma, "s") &&
                                             !lexicon::is_form_of(word, lemma, "es");
  const std::size_t aux = tree.child(root, "aux");
  const bool perfect = aux != kNone && is_any(tree.lower(aux), {"has", "have"});
  if (!past_form && !perfect) return {};
  Predicate out = describe_clause(text, tree, root, entities);
  if (!out.has_subject || (out.state != State::happened && out.state != State::reported)) return {};
  return out;
}

namespace {

// Titles are written in a grammar of their own that the model, trained on running text, often
// misreads ("Boeing" as a verb, "unveils" as a noun): a name, then a present or past verb form,
// then the rest ("Boeing unveils long-range 777", "First Airbus A380 delivered"). The verb is the
// first lower-case word ending in -s or -ed after a run of capitalized words and numbers.
std::size_t headline_verb(std::string_view text, const ParsedSentence& s) {
  for (std::size_t i = 1; i < s.words.size(); ++i) {
    const std::string_view previous = text.substr(s.words[i - 1].begin, s.words[i - 1].size());
    const bool name_before = std::isupper(static_cast<unsigned char>(previous.front())) ||
                             std::isdigit(static_cast<unsigned char>(previous.front()));
    if (!name_before) return kNone;
    const std::string_view word = s.lower[i];
    const bool lower_case = text[s.words[i].begin] == word.front();
    const bool letters = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    const bool verb_form = (word.ends_with("s") && !word.ends_with("ss") && !word.ends_with("us") && word.size() > 3) ||
                           (word.ends_with("ed") && word.size() > 4);
    if (lower_case && letters && verb_form) return i;
    if (lower_case) return kNone;
  }
  return kNone;
}

}  // namespace

Predicate title_predicate(std::string_view text, const ParsedSentence& s, const ArticleEntities& entities) {
  const Tree tree(text, s);
  const std::size_t root = verb_root(tree);
  if (root == kNone) {
    const std::size_t verb = headline_verb(text, s);
    if (verb == kNone) return {};
    Predicate out;
    out.found = true;
    out.trigger = s.words[verb];
    out.headline = std::string(text.substr(s.span.begin, s.span.size()));
    out.reporting = lexicon::is_reporting_lemma(lexicon::verb_lemma(s.lower[verb]));
    return out;
  }
  Predicate out = describe_clause(text, tree, root, entities);
  if (!out.has_subject) return {};
  return out;
}

}  // namespace chronicle::events
