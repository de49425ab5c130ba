// The greedy arc-hybrid dependency parser: its state, features, dynamic-oracle costs and decoding.
//
// Arc-hybrid (Kuhlmann, Gomez-Rodriguez and Satta 2011): SHIFT moves the buffer's first word b0 onto
// the stack; LEFT makes b0 the head of the stack's top s0 and pops it; RIGHT makes the word under
// the top, s1, the head of s0 and pops it. A word is attached only once it has all its children, so
// its label can read them. The root sits at the bottom of the stack and takes exactly one word, the
// last one, when the buffer is empty. Its dynamic oracle (Goldberg and Nivre 2013) gives the cost of
// any transition from any state, so training can follow the model's own mistakes.
#include <algorithm>

#include "core/syntax/models.h"

namespace chronicle::syntax::detail {
namespace {

constexpr std::uint64_t kNoTag = 1000;
constexpr std::uint64_t kRootTag = 1001;
constexpr std::uint64_t kNoLabel = 2000;
constexpr std::uint64_t kUnattached = 2001;

std::uint64_t distance_bucket(std::size_t a, std::size_t b) {
  if (a == kNoWord || b == kNoWord) return 99;
  const std::size_t d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

std::uint64_t count_bucket(std::uint32_t count) { return std::min<std::uint32_t>(count, 4); }

// Feature keys are numbered in the order they are written: the running number is the template.
class KeyWriter {
 public:
  KeyWriter(std::uint64_t* out, std::uint32_t first_template) : out_(out), next_(first_template) {}
  void add(std::uint64_t a) { out_[n_++] = feature(next_++, a); }
  void add(std::uint64_t a, std::uint64_t b) { out_[n_++] = feature(next_++, a, b); }
  void add(std::uint64_t a, std::uint64_t b, std::uint64_t c) { out_[n_++] = feature(next_++, a, b, c); }
  std::size_t count() const { return n_; }

 private:
  std::uint64_t* out_;
  std::uint32_t next_;
  std::size_t n_ = 0;
};

}  // namespace

ParseState::ParseState(std::size_t words, const std::vector<int>& tags)
    : words_(words), tags_(tags), head_(words, kNoWord), label_(words, 0), children_(words + 1) {
  stack_.reserve(words + 1);
  stack_.push_back(0);
}

bool ParseState::valid(Transition t) const {
  switch (t) {
    case kShift: return buffer_ <= words_;
    case kLeft: return buffer_ <= words_ && stack_.size() >= 2;
    case kRight: return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ > words_);
  }
  return false;
}

void ParseState::apply(Transition t, std::uint32_t label) {
  if (t == kShift) {
    stack_.push_back(buffer_++);
    return;
  }
  const std::size_t d = stack_.back();
  const std::size_t h = head_for(t);
  stack_.pop_back();
  head_[d - 1] = h;
  label_[d - 1] = label;
  Children& c = children_[h];
  if (t == kLeft) {
    c.left2 = c.left1;
    c.left1 = d;
    ++c.left_count;
    c.left_labels |= 1ULL << (label & 63);
  } else {
    c.right2 = c.right1;
    c.right1 = d;
    ++c.right_count;
    c.right_labels |= 1ULL << (label & 63);
  }
}

std::size_t ParseState::stack_at(std::size_t depth) const {
  return depth < stack_.size() ? stack_[stack_.size() - 1 - depth] : kNoWord;
}

std::size_t ParseState::buffer_at(std::size_t offset) const {
  return buffer_ + offset <= words_ ? buffer_ + offset : kNoWord;
}

std::uint64_t ParseState::word_of(const std::vector<WordAtoms>& words, std::size_t p) const {
  return p == kNoWord ? kNone : p == 0 ? kRootWord : words[p - 1].lower;
}

std::uint64_t ParseState::tag_of(std::size_t p) const {
  return p == kNoWord ? kNoTag : p == 0 ? kRootTag : static_cast<std::uint64_t>(tags_[p - 1]);
}

std::uint64_t ParseState::label_of(std::size_t p) const {
  if (p == kNoWord || p == 0) return kNoLabel;
  return head_[p - 1] == kNoWord ? kUnattached : label_[p - 1];
}

std::size_t ParseState::transition_features(const std::vector<WordAtoms>& words, std::uint64_t* out) const {
  const std::size_t s0 = stack_at(0), s1 = stack_at(1), s2 = stack_at(2);
  const std::size_t b0 = buffer_at(0), b1 = buffer_at(1), b2 = buffer_at(2);
  static const Children kNone;
  const auto kids = [&](std::size_t p) -> const Children& { return p == kNoWord ? kNone : children_[p]; };
  const Children &c0 = kids(s0), &c1 = kids(s1), &cb = kids(b0);
  const auto w = [&](std::size_t p) { return word_of(words, p); };
  const auto t = [&](std::size_t p) { return tag_of(p); };
  const auto l = [&](std::size_t p) { return label_of(p); };
  const auto wt = [&](std::size_t p) { return combine(w(p), t(p)); };
  const auto cls = [&](std::size_t p) { return p == kNoWord || p == 0 ? word_of(words, p) : words[p - 1].word_class; };
  const std::uint64_t d = distance_bucket(s0, b0);
  const std::uint64_t d1 = distance_bucket(s1, s0);

  KeyWriter k(out, 100);
  // Single words.
  k.add(w(s0)), k.add(t(s0)), k.add(wt(s0));
  k.add(w(s1)), k.add(t(s1)), k.add(wt(s1));
  k.add(w(b0)), k.add(t(b0)), k.add(wt(b0));
  k.add(w(b1)), k.add(t(b1)), k.add(wt(b1));
  k.add(w(b2)), k.add(t(b2));
  // Pairs.
  k.add(wt(s0), wt(b0)), k.add(wt(s0), w(b0)), k.add(w(s0), wt(b0)), k.add(wt(s0), t(b0));
  k.add(t(s0), wt(b0)), k.add(w(s0), w(b0)), k.add(t(s0), t(b0)), k.add(t(b0), t(b1));
  k.add(w(b0), w(b1)), k.add(t(b0), w(b1)), k.add(w(b0), t(b1));
  k.add(t(s1), t(s0)), k.add(w(s1), w(s0)), k.add(t(s1), w(s0)), k.add(w(s1), t(s0));
  // Triples.
  k.add(t(b0), t(b1), t(b2)), k.add(t(s0), t(b0), t(b1)), k.add(t(s1), t(s0), t(b0));
  k.add(t(s0), t(c0.left1), t(b0)), k.add(t(s0), t(c0.right1), t(b0)), k.add(t(s0), t(b0), t(cb.left1));
  k.add(t(s2), t(s1), t(s0)), k.add(t(s1), t(c1.right1), t(s0)), k.add(t(s1), t(s0), t(c0.right1));
  k.add(w(s1), t(s0), t(b0)), k.add(t(s1), w(s0), t(b0)), k.add(t(s1), t(s0), w(b0));
  // Distance.
  k.add(w(s0), d), k.add(t(s0), d), k.add(w(b0), d), k.add(t(b0), d), k.add(combine(w(s0), w(b0)), d);
  k.add(t(s0), t(b0), d), k.add(t(s1), t(s0), d1), k.add(w(s1), w(s0), d1);
  // Valency.
  k.add(w(s0), count_bucket(c0.left_count)), k.add(t(s0), count_bucket(c0.left_count));
  k.add(w(s0), count_bucket(c0.right_count)), k.add(t(s0), count_bucket(c0.right_count));
  k.add(w(b0), count_bucket(cb.left_count)), k.add(t(b0), count_bucket(cb.left_count));
  k.add(t(s1), count_bucket(c1.right_count)), k.add(t(s1), count_bucket(c1.left_count));
  // Children.
  k.add(w(c0.left1)), k.add(t(c0.left1)), k.add(l(c0.left1));
  k.add(w(c0.right1)), k.add(t(c0.right1)), k.add(l(c0.right1));
  k.add(t(c0.left2)), k.add(l(c0.left2)), k.add(t(c0.right2)), k.add(l(c0.right2));
  k.add(w(cb.left1)), k.add(t(cb.left1)), k.add(l(cb.left1)), k.add(t(cb.left2)), k.add(l(cb.left2));
  k.add(t(c1.right1)), k.add(l(c1.right1)), k.add(l(c1.left1));
  k.add(t(s0), l(c0.left1), l(c0.left2)), k.add(t(s0), l(c0.right1), l(c0.right2));
  k.add(t(b0), l(cb.left1), l(cb.left2));
  // Label sets.
  k.add(t(s0), c0.left_labels), k.add(t(s0), c0.right_labels), k.add(t(b0), cb.left_labels);
  k.add(t(s1), c1.right_labels), k.add(w(s0), c0.left_labels);
  // Attachment of a phrase between two candidate heads: its class and its preposition.
  k.add(cls(s0), t(b0)), k.add(cls(s0), t(s1)), k.add(cls(s0), t(s1), t(b0));
  k.add(cls(s0), w(c0.left1), t(b0)), k.add(cls(s0), w(c0.left1), t(s1)), k.add(cls(b0), t(s0));
  k.add(t(s1), w(c0.left1), t(b0)), k.add(w(s1), w(c0.left1), t(b0)), k.add(t(s1), w(c0.left1), w(b0));
  // A calendar word coming up: whether to close the phrase on the stack before it arrives.
  k.add(cls(b0), t(s0), t(s1)), k.add(cls(b1), t(s0), t(b0)), k.add(cls(b1), w(b0), t(s0));
  k.add(cls(b2), t(b1), t(s0));
  return k.count();
}

std::size_t ParseState::label_features(const std::vector<WordAtoms>& words, Transition tr, std::uint64_t* out) const {
  const std::size_t d = dependent();
  const std::size_t h = head_for(tr);
  const std::size_t b0 = buffer_at(0);
  const Children& cd = children_[d];
  const Children& ch = children_[h];
  const auto w = [&](std::size_t p) { return word_of(words, p); };
  const auto t = [&](std::size_t p) { return tag_of(p); };
  const auto l = [&](std::size_t p) { return label_of(p); };
  const std::uint64_t dir = tr;
  const std::uint64_t td = combine(t(d), dir);
  const std::size_t before = d > 1 ? d - 1 : kNoWord;
  const std::size_t after = d < words_ ? d + 1 : kNoWord;
  const std::size_t sibling = tr == kLeft ? ch.left1 : ch.right1;  // the head's nearest child this side
  const std::uint64_t siblings = tr == kLeft ? ch.left_labels : ch.right_labels;

  KeyWriter k(out, 1000);
  k.add(dir), k.add(w(d), dir), k.add(td), k.add(w(d), td);
  k.add(w(h), dir), k.add(t(h), dir), k.add(w(h), t(h), dir);
  k.add(td, t(h)), k.add(w(d), t(h), dir), k.add(td, w(h)), k.add(w(d), w(h), dir);
  k.add(td, t(h), distance_bucket(d, h));
  k.add(l(cd.left1), td), k.add(l(cd.right1), td), k.add(t(cd.left1), td), k.add(t(cd.right1), td);
  k.add(w(cd.left1), td, t(h)), k.add(w(d), w(cd.left1)), k.add(w(cd.right1), td);
  k.add(cd.left_labels, td), k.add(cd.right_labels, td);
  k.add(count_bucket(cd.left_count), count_bucket(cd.right_count), td);
  k.add(t(before), td), k.add(t(after), td), k.add(w(before), td), k.add(w(after), td);
  k.add(l(sibling), t(h), td), k.add(siblings, t(h), td);
  k.add(t(b0), td), k.add(words[d - 1].suffix3, dir), k.add(words[d - 1].shape, td, t(h));
  k.add(words[d - 1].form, dir);
  k.add(words[d - 1].word_class, td, t(h)), k.add(words[d - 1].word_class, w(cd.left1), dir);
  return k.count();
}

int ParseState::cost(Transition t, const std::vector<std::size_t>& gold) const {
  // gold[i] is the head of word i + 1 (0 for the root). Arcs already lost are not counted again.
  const std::size_t s0 = stack_at(0);
  const std::size_t s1 = stack_at(1);
  const auto in_buffer = [&](std::size_t p) { return p != 0 && p >= buffer_ && p <= words_; };
  int c = 0;
  if (t == kShift) {
    const std::size_t b = buffer_;
    for (std::size_t i = 0; i + 1 < stack_.size(); ++i) c += gold[b - 1] == stack_[i];  // heads under s0
    for (const std::size_t p : stack_) c += p != 0 && gold[p - 1] == b;                   // dependents
    return c;
  }
  const std::size_t h = gold[s0 - 1];
  if (t == kLeft) {
    c += h != buffer_ && (h == s1 || (in_buffer(h) && h > buffer_));
  } else {
    c += h != s1 && in_buffer(h);
  }
  for (std::size_t p = buffer_; p <= words_; ++p) c += gold[p - 1] == s0;
  return c;
}

std::uint32_t best_label(const Scorer& labeler, const ParseState& state, const std::vector<WordAtoms>& words,
                         Transition t, std::uint32_t labels, std::uint32_t root_label) {
  if (state.attaches_to_root(t)) return root_label;
  std::uint64_t keys[kMaxLabelFeatures];
  const std::size_t n = state.label_features(words, t, keys);
  float scores[64] = {};  // a model has at most 63 relations
  labeler.add_scores(keys, n, scores);
  scores[root_label] = -1e30F;
  return static_cast<std::uint32_t>(std::max_element(scores, scores + labels) - scores);
}

void parse(const Scorer& transitions, const Scorer& labeler, const std::vector<WordAtoms>& words,
           const std::vector<int>& tags, std::uint32_t labels, std::uint32_t root_label,
           std::vector<std::size_t>& heads, std::vector<std::uint32_t>& deprels) {
  ParseState state(words.size(), tags);
  std::uint64_t keys[kMaxTransitionFeatures];
  while (!state.done()) {
    float scores[kTransitions] = {0, 0, 0};
    transitions.add_scores(keys, state.transition_features(words, keys), scores);
    Transition best = kShift;
    float best_score = -1e30F;
    for (const Transition t : {kShift, kLeft, kRight}) {
      if (state.valid(t) && scores[t] > best_score) best = t, best_score = scores[t];
    }
    const std::uint32_t label = best == kShift ? 0 : best_label(labeler, state, words, best, labels, root_label);
    state.apply(best, label);
  }
  heads = state.heads();
  deprels = state.labels();
}

}  // namespace chronicle::syntax::detail
