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
  bool capitalized = false;
};
std::vector<WordAtoms> atoms_of(const std::vector<std::string_view>& words);

// Atoms of positions outside the sentence, and of the parser's root.
inline constexpr std::uint64_t kNone = 0x6e6f6e65;   // no word there
inline constexpr std::uint64_t kRootWord = 0x726f6f74;

// The bytes of a model: names of the classes and the four weight tables.
struct ModelData {
  std::string description;
  std::vector<std::string> tags;    // UPOS, by class number
  std::vector<std::string> labels;  // dependency relations, by class number
  std::uint32_t root_label = 0;
  ScoreTable tagger;
  ScoreTable transitions;
  ScoreTable labeler;
  ScoreTable entities;
};
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
inline constexpr std::size_t kMaxTransitionFeatures = 96;
inline constexpr std::size_t kMaxLabelFeatures = 40;

// The best label for the arc t would make, never "root" for a word under another word.
std::uint32_t best_label(const Scorer& labeler, const ParseState& state, const std::vector<WordAtoms>& words,
                         Transition t, std::uint32_t labels, std::uint32_t root_label);
void parse(const Scorer& transitions, const Scorer& labeler, const std::vector<WordAtoms>& words,
           const std::vector<int>& tags, std::uint32_t labels, std::uint32_t root_label,
           std::vector<std::size_t>& heads, std::vector<std::uint32_t>& deprels);

// Entity tagger: BILOU classes (0 = outside; then per kind begin, inside, last, unit), left to right
// over the words, their tags and their place in the tree.
inline constexpr int kEntityClasses = 13;
inline constexpr std::size_t kMaxEntityFeatures = 40;
struct TreeView {
  const std::vector<int>& tags;
  const std::vector<std::size_t>& heads;
  const std::vector<std::uint32_t>& labels;
};
std::size_t entity_features(const std::vector<WordAtoms>& words, const TreeView& tree, std::size_t i,
                            int previous, std::uint64_t* out);
bool entity_class_allowed(int previous, int next, bool last_word);
int entity_class_of(const std::vector<EntitySpan>& spans, std::size_t word);  // gold class of a word
std::vector<EntitySpan> find_entities(const Scorer& scorer, const std::vector<WordAtoms>& words,
                                      const TreeView& tree);

}  // namespace chronicle::syntax::detail
