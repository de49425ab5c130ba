// The named-entity tagger: one BILOU class a word, left to right, reading the words, their tags and
// the tree ("the" in "the United States" is a determiner of a proper noun; "Salaam" in "Dar es
// Salaam" continues a name its head began).
#include <algorithm>
#include <string>

#include "core/names/names.h"
#include "core/syntax/models.h"

namespace chronicle::syntax::detail {
namespace {

constexpr int kOutside = 0;
int kind_of(int cls) { return (cls - 1) / 4; }
int part_of(int cls) { return (cls - 1) % 4; }  // 0 begin, 1 inside, 2 last, 3 unit
bool opens(int cls) { return cls != kOutside && part_of(cls) <= 1; }

}  // namespace

bool entity_class_allowed(int previous, int next, bool last_word) {
  if (previous >= 0 && opens(previous)) {
    if (next == kOutside || kind_of(next) != kind_of(previous)) return false;
    return last_word ? part_of(next) == 2 : part_of(next) == 1 || part_of(next) == 2;
  }
  if (next == kOutside) return true;
  return last_word ? part_of(next) == 3 : part_of(next) == 0 || part_of(next) == 3;
}

int entity_class_of(const std::vector<EntitySpan>& spans, std::size_t word) {
  for (const EntitySpan& span : spans) {
    if (word < span.begin || word >= span.end) continue;
    const int base = 1 + 4 * static_cast<int>(span.kind);
    if (span.end - span.begin == 1) return base + 3;
    return base + (word == span.begin ? 0 : word + 1 == span.end ? 2 : 1);
  }
  return kOutside;
}

std::vector<std::uint64_t> gazetteer_marks(const std::vector<std::string_view>& words) {
  constexpr std::size_t kLongestName = 4;
  constexpr std::uint64_t kDemonym = 99;
  std::vector<std::string> lower(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const char c : words[i]) lower[i] += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  std::vector<std::uint64_t> marks(words.size(), kNone);
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    for (std::size_t n = std::min(kLongestName, words.size() - i); n > 0 && matched == 0; --n) {
      std::string key = lower[i];
      for (std::size_t k = i + 1; k < i + n; ++k) key += ' ' + lower[k];
      const auto entry = names::gazetteer_lookup(key);
      if (!entry || entry->kind == names::EntityKind::kOther) continue;
      const auto kind = static_cast<std::uint64_t>(entry->kind) * 4;
      for (std::size_t k = i; k < i + n; ++k) {
        marks[k] = 1 + kind + (n == 1 ? 3 : k == i ? 0 : k + 1 == i + n ? 2 : 1);
      }
      matched = n;
    }
    if (matched == 0 && !names::country_of_demonym(lower[i]).empty()) marks[i] = kDemonym;
    i += std::max<std::size_t>(matched, 1);
  }
  return marks;
}

std::size_t entity_features(const std::vector<WordAtoms>& words, const TreeView& tree, std::size_t i,
                            int previous, std::uint64_t* out) {
  const auto in = [&](std::ptrdiff_t offset) {
    const std::ptrdiff_t p = static_cast<std::ptrdiff_t>(i) + offset;
    return p >= 0 && p < static_cast<std::ptrdiff_t>(words.size()) ? static_cast<std::size_t>(p) : kNoWord;
  };
  const auto lower = [&](std::ptrdiff_t o) { const std::size_t p = in(o); return p == kNoWord ? kNone : words[p].lower; };
  const auto shape = [&](std::ptrdiff_t o) { const std::size_t p = in(o); return p == kNoWord ? kNone : words[p].shape; };
  const auto tag = [&](std::ptrdiff_t o) -> std::uint64_t {
    const std::size_t p = in(o);
    return p == kNoWord ? 1000 : static_cast<std::uint64_t>(tree.tags[p]);
  };
  const WordAtoms& w = words[i];
  const std::size_t head = tree.heads[i];  // 1-based, 0 for the root
  const std::uint64_t head_word = head == 0 || head > words.size() ? kRootWord : words[head - 1].lower;
  const std::uint64_t head_tag = head == 0 || head > words.size() ? 1001 : static_cast<std::uint64_t>(tree.tags[head - 1]);
  const std::uint64_t head_shape = head == 0 || head > words.size() ? kRootWord : words[head - 1].shape;
  const std::uint64_t label = tree.labels[i];
  const std::uint64_t prev = static_cast<std::uint64_t>(previous + 1);

  std::size_t n = 0;
  std::uint32_t id = 5000;
  const auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { out[n++] = feature(id++, a, b, c); };
  add(0), add(w.form), add(w.lower), add(w.shape), add(w.prefix3), add(w.suffix3), add(w.form, tag(0));
  add(tag(0)), add(tag(-1)), add(tag(1)), add(tag(0), tag(1)), add(tag(-1), tag(0));
  add(lower(-1)), add(lower(1)), add(lower(-2)), add(lower(2));
  add(shape(-1), w.shape), add(w.shape, shape(1)), add(shape(1)), add(shape(-1));
  add(prev), add(prev, tag(0)), add(prev, w.shape), add(prev, w.lower);
  add(label), add(label, tag(0)), add(head_word), add(head_tag), add(label, head_word), add(label, head_tag, head_shape);
  add(i == 0, w.shape), add(lower(-1), w.shape), add(w.shape, lower(1));
  const auto mark = [&](std::ptrdiff_t o) { const std::size_t p = in(o); return p == kNoWord ? kNone : tree.gazetteer[p]; };
  add(mark(0)), add(mark(0), tag(0)), add(mark(0), prev), add(mark(-1), mark(0)), add(mark(0), mark(1));
  return n;
}

std::vector<EntitySpan> find_entities(const Scorer& scorer, const std::vector<WordAtoms>& words,
                                      const TreeView& tree) {
  std::vector<EntitySpan> spans;
  std::uint64_t keys[kMaxEntityFeatures];
  int previous = -1;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    float scores[kEntityClasses] = {};
    scorer.add_scores(keys, entity_features(words, tree, i, previous, keys), scores);
    const bool last = i + 1 == words.size();
    int best = -1;
    for (int c = 0; c < kEntityClasses; ++c) {
      if (entity_class_allowed(previous, c, last) && (best < 0 || scores[c] > scores[best])) best = c;
    }
    if (best != kOutside && (part_of(best) == 0 || part_of(best) == 3)) begin = i;
    if (best != kOutside && part_of(best) >= 2) {
      spans.push_back({begin, i + 1, static_cast<EntityKind>(kind_of(best))});
    }
    previous = best;
  }
  return spans;
}

}  // namespace chronicle::syntax::detail
