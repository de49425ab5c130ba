// Internal to core/syntax: the three models (tagger, parser, entity tagger), what they share about
// each word, and how each makes its decisions, for both running and training.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/perceptron.h"
#include "core/syntax/syntax.h"

namespace chronicle::syntax::detail {

// What the features read of a word, hashed once per sentence.
struct WordAtoms {
  std::uint64_t form = 0;   // the word as written
  std::uint64_t lower = 0;  // ASCII lower case
  std::uint64_t shape = 0;  // "Xx", "dd,dd", "x.x.": letter, digit classes with runs collapsed
  std::uint64_t prefix1 = 0, prefix2 = 0, prefix3 = 0;
  std::uint64_t suffix1 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0;
  std::uint64_t word_class = 0;  // kTimeClass for calendar words ("Monday", "May", "week", "1998"), else lower
  bool capitalized = false;
};
std::vector<WordAtoms> atoms_of(const std::vector<std::string_view>& words);

// Atoms of positions outside the sentence, and of the parser's root.
inline constexpr std::uint64_t kNone = 0x6e6f6e65;   // no word there
inline constexpr std::uint64_t kRootWord = 0x726f6f74;
inline constexpr std::uint64_t kTimeClass = 0x74696d65;

// The bytes of a model: names of the classes and the four weight tables.
struct ModelData {
  std::string description;
  std::vector<std::string> tags;    // the tagger's classes: UPOS, or "UPOS|XPOS" for frequent pairs
  std::vector<std::string> labels;  // dependency relations, by class number
  std::uint32_t root_label = 0;
  ScoreTable tagger;
  ScoreTable transitions;
  ScoreTable labeler;
  ScoreTable attachment;
  ScoreTable entities;
  // Not stored: derived from `tags` by set_upos(). The parser reads the tagger's classes; the
  // temporal ranker, the entity tagger and the analysis read the UPOS.
  std::vector<std::string> upos;  // the distinct UPOS, sorted
  std::vector<int> upos_of;       // by tagger class: its UPOS in `upos`
};
void set_upos(ModelData& model);
std::vector<int> upos_tags(const ModelData& model, const std::vector<int>& tags);
std::string write_model(const ModelData& model);
bool read_model(std::string_view bytes, ModelData& model, std::string& error);

// Tagger: left to right, one decision a word over the words around it and the two tags before.
inline constexpr std::size_t kMaxTaggerFeatures = 32;
std::size_t tagger_features(const std::vector<WordAtoms>& words, std::size_t i, int previous, int before_previous,
                            std::uint64_t* out);
std::vector<int> tag(const Scorer& scorer, const std::vector<WordAtoms>& words, int tags);

inline constexpr std::size_t kNoWord = static_cast<std::size_t>(-1);

// Parser: arc-hybrid transitions over a stack (root at the bottom) and a buffer of words.
enum Transition : int { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kTransitions = 3;

class ParseState {
 public:
  ParseState(std::size_t words, const std::vector<int>& tags);

  bool done() const { return buffer_ > words_ && stack_.size() == 1; }
  bool valid(Transition t) const;
  // Applies t; a left or right arc takes `label` for the word it attaches.
  void apply(Transition t, std::uint32_t label);
  // The word an arc of t would attach and its head (1-based; 0 is the root).
  std::size_t dependent() const { return stack_.back(); }
  std::size_t head_for(Transition t) const { return t == kLeft ? buffer_ : stack_[stack_.size() - 2]; }
  bool attaches_to_root(Transition t) const { return t == kRight && stack_.size() == 2; }

  std::size_t transition_features(const std::vector<WordAtoms>& words, std::uint64_t* out) const;
  std::size_t label_features(const std::vector<WordAtoms>& words, Transition t, std::uint64_t* out) const;
  // Cost of t against a projective gold tree: how many gold arcs it makes unreachable.
  int cost(Transition t, const std::vector<std::size_t>& gold_head) const;

  const std::vector<std::size_t>& heads() const { return head_; }
  const std::vector<std::uint32_t>& labels() const { return label_; }

 private:
  struct Children {
    std::size_t left1 = kNoWord, left2 = kNoWord;    // leftmost child, the one after it
    std::size_t right1 = kNoWord, right2 = kNoWord;  // rightmost child, the one before it
    std::uint32_t left_count = 0, right_count = 0;
    std::uint64_t left_labels = 0, right_labels = 0;  // bit sets of the children's labels
  };
  // Position p (1-based word, 0 root, kNoWord none) helpers.
  std::uint64_t word_of(const std::vector<WordAtoms>& words, std::size_t p) const;
  std::uint64_t tag_of(std::size_t p) const;
  std::uint64_t label_of(std::size_t p) const;
  std::size_t stack_at(std::size_t depth) const;
  std::size_t buffer_at(std::size_t offset) const;

  std::size_t words_;
  const std::vector<int>& tags_;
  std::vector<std::size_t> stack_;
  std::size_t buffer_ = 1;  // the first word not yet shifted
  std::vector<std::size_t> head_;       // by word (0-based index), 1-based heads; kNoWord unattached
  std::vector<std::uint32_t> label_;
  std::vector<Children> children_;      // by position, root included
};
inline constexpr std::size_t kMaxTransitionFeatures = 112;
inline constexpr std::size_t kMaxLabelFeatures = 40;

// The best label for the arc t would make, never "root" for a word under another word.
std::uint32_t best_label(const Scorer& labeler, const ParseState& state, const std::vector<WordAtoms>& words,
                         Transition t, std::uint32_t labels, std::uint32_t root_label);
void parse(const Scorer& transitions, const Scorer& labeler, const std::vector<WordAtoms>& words,
           const std::vector<int>& tags, std::uint32_t labels, std::uint32_t root_label,
           std::vector<std::size_t>& heads, std::vector<std::uint32_t>& deprels);

// Temporal attachment: a second look at where each calendar word hangs ("on Tuesday", "last
// week", "in 1998"), since that decides which happening it dates. The greedy parser chose with only
// the stack in view; this ranker sees the whole sentence and its tree (the verbs and commas between,
// which verb is the main one) and picks the head among the words around it, one score a candidate.
// It weighs the parser's own choice among its features, so it learns on trees made by parsers that
// did not see the sentence (two halves, each parsed by a parser trained on the other).
inline constexpr std::size_t kMaxAttachmentFeatures = 32;
inline constexpr std::size_t kAttachmentWindow = 40;   // candidates this many words either side
inline constexpr std::size_t kMaxReattachments = 64;   // per sentence: a bound on hostile input

struct LabelNames {
  explicit LabelNames(const std::vector<std::string>& labels);
  std::vector<bool> eligible;            // by label: obl, nmod, advmod and their subtypes
  std::vector<bool> subject;             // by label: nsubj, csubj and their subtypes
  std::vector<std::uint32_t> as_clause;  // by label: nmod(:x) -> obl(:x) when the head is a predicate
  std::vector<std::uint32_t> as_noun;    // by label: obl(:x) -> nmod(:x) when the head is a noun
};
struct ParsedSentence {
  const std::vector<WordAtoms>& words;
  const std::vector<int>& tags;
  const std::vector<std::string>& tag_names;
  std::vector<std::size_t>& heads;        // 1-based, 0 root
  std::vector<std::uint32_t>& labels;
};
class TemporalAttachment {
 public:
  TemporalAttachment(const ParsedSentence& sentence, const LabelNames& names);
  // The words the ranker looks at again: calendar words whose predicted relation is eligible.
  bool needs_second_look(std::size_t i) const;
  // The candidate heads of word i (1-based positions), the parser's own first; never i's descendants.
  std::vector<std::size_t> candidates(std::size_t i) const;
  std::size_t features(std::size_t i, std::size_t candidate, std::uint64_t* out) const;
  // Moves word i under `head`, its relation following the head's kind (obl under a predicate, nmod
  // under a noun).
  void attach(std::size_t i, std::size_t head, ParsedSentence& sentence) const;

 private:
  bool is_under(std::size_t j, std::size_t i) const;
  const ParsedSentence& s_;
  const LabelNames& names_;
  std::vector<std::uint64_t> preposition_;  // by word: the preposition among its children before it
  std::vector<std::uint64_t> modifier_;     // by word: the determiner or adjective before it ("last")
  std::vector<bool> has_subject_;           // by word: it heads a clause
  std::uint64_t comma_;
  std::uint64_t open_bracket_;
  int verb_ = -1, aux_ = -1, adj_ = -1, adv_ = -1;
};
void reattach_temporal(const Scorer& ranker, const LabelNames& names, ParsedSentence& sentence);

// Entity tagger: BILOU classes (0 = outside; then per kind begin, inside, last, unit), left to right
// over the words, their tags and their place in the tree.
inline constexpr int kEntityClasses = 13;
inline constexpr std::size_t kMaxEntityFeatures = 40;
struct TreeView {
  const std::vector<int>& tags;
  const std::vector<std::size_t>& heads;
  const std::vector<std::uint32_t>& labels;
  const std::vector<std::uint64_t>& gazetteer;  // from gazetteer_marks()
};
// What the gazetteer of core/names says of each word: the kind of the longest name (up to four
// words) that covers it and the word's place in it, or that the word is a demonym ("Syrian").
std::vector<std::uint64_t> gazetteer_marks(const std::vector<std::string_view>& words);
std::size_t entity_features(const std::vector<WordAtoms>& words, const TreeView& tree, std::size_t i,
                            int previous, std::uint64_t* out);
bool entity_class_allowed(int previous, int next, bool last_word);
int entity_class_of(const std::vector<EntitySpan>& spans, std::size_t word);  // gold class of a word
std::vector<EntitySpan> find_entities(const Scorer& scorer, const std::vector<WordAtoms>& words,
                                      const TreeView& tree);

}  // namespace chronicle::syntax::detail
