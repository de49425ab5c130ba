// Training: the tagger (with jackknifed tags for the parser), the parser with a dynamic oracle and
// error exploration, and the entity tagger over predicted tags and trees. Deterministic: every
// random choice comes from one seeded generator, every table is built in key order.
#include <algorithm>
#include <map>
#include <set>

#include "core/syntax/models.h"

namespace chronicle::syntax {
namespace {

using detail::PerceptronTrainer;
using detail::ScoreTable;
using detail::WordAtoms;

// splitmix64: small, fast and the same on every platform (std's distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  template <class T>
  void shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[next() % i]);
  }

 private:
  std::uint64_t state_;
};

struct Prepared {
  std::vector<std::vector<WordAtoms>> atoms;
  std::vector<std::vector<int>> gold_tags;        // empty where the sentence has no tags
  std::vector<std::vector<std::uint32_t>> gold_labels;
  std::vector<std::vector<std::size_t>> projective_heads;  // empty where there is no usable tree
  std::vector<std::vector<int>> predicted_tags;   // from a tagger that did not see the sentence
  std::vector<std::vector<int>> predicted_upos;   // the same, as UPOS
};

// The tagger's class for each word: "UPOS|XPOS" where that pair is frequent in the treebank; a
// rare pair (mostly an annotation slip, too thin to learn) takes its UPOS's most frequent pair, or
// the UPOS alone. A weight table holds at most 63 classes a feature, so the threshold doubles until
// the classes fit. A threshold of 0 or less: the UPOS alone.
std::vector<std::vector<std::string>> tag_names_of(const std::vector<TreebankSentence>& sentences, int min_count) {
  constexpr std::size_t kMaxTags = 63;
  const auto pair = [min_count](const TreebankSentence& s, std::size_t i) {
    return min_count > 0 && s.xpos.size() == s.upos.size() && s.xpos[i] != "_" ? s.upos[i] + "|" + s.xpos[i]
                                                                                : s.upos[i];
  };
  std::map<std::string, int> counts;
  for (const TreebankSentence& s : sentences) {
    for (std::size_t i = 0; i < s.upos.size(); ++i) ++counts[pair(s, i)];
  }
  std::map<std::string, std::string> name_of;  // pair -> class
  for (int threshold = std::max(1, min_count);; threshold *= 2) {
    std::map<std::string, std::pair<int, std::string>> most_frequent;  // UPOS -> (count, pair)
    for (const auto& [name, count] : counts) {
      auto& best = most_frequent[name.substr(0, name.find('|'))];
      if (count >= threshold && count > best.first) best = {count, name};
    }
    name_of.clear();
    std::set<std::string> classes;
    for (const auto& [name, count] : counts) {
      const std::string upos = name.substr(0, name.find('|'));
      const std::string& fallback = most_frequent[upos].second;
      name_of[name] = count >= threshold ? name : fallback.empty() ? upos : fallback;
      classes.insert(name_of[name]);
    }
    if (classes.size() <= kMaxTags || threshold > 1 << 28) break;
  }
  std::vector<std::vector<std::string>> names(sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    for (std::size_t i = 0; i < sentences[k].upos.size(); ++i) names[k].push_back(name_of[pair(sentences[k], i)]);
  }
  return names;
}

// True when every word between the ends of word d's arc descends from d's head.
bool arc_is_projective(const std::vector<std::size_t>& head, std::size_t d) {
  const std::size_t h = head[d - 1];
  const std::size_t low = std::min(h, d), high = std::max(h, d);
  for (std::size_t k = low + 1; k < high; ++k) {
    std::size_t at = k;
    std::size_t steps = 0;
    while (at != 0 && at != h && steps++ <= head.size()) at = head[at - 1];
    if (at != h) return false;
  }
  return true;
}

// Lifts non-projective arcs (the shortest first) to their head's head until the tree is
// projective, the usual way to train a projective parser on trees that are not. Empty when the
// sentence is too long to be worth it.
std::vector<std::size_t> projectivize(std::vector<std::size_t> head) {
  constexpr std::size_t kMaxWords = 200;
  if (head.size() > kMaxWords) return {};
  while (true) {
    std::size_t worst = 0, worst_length = 0;
    for (std::size_t d = 1; d <= head.size(); ++d) {
      if (head[d - 1] == 0 || arc_is_projective(head, d)) continue;
      const std::size_t h = head[d - 1];
      const std::size_t length = h > d ? h - d : d - h;
      if (worst == 0 || length < worst_length) worst = d, worst_length = length;
    }
    if (worst == 0) return head;
    head[worst - 1] = head[head[worst - 1] - 1];
  }
}

template <class Names>
int index_of(const Names& names, const std::string& name) {
  return static_cast<int>(std::lower_bound(names.begin(), names.end(), name) - names.begin());
}

void report(const TrainOptions& options, const std::string& stage, std::size_t done, std::size_t total) {
  if (options.progress) options.progress(stage, done, total);
}

ScoreTable train_tagger(const Prepared& data, const std::vector<std::size_t>& sentences, int tags,
                        const TrainOptions& options, Random& random, const std::string& stage) {
  PerceptronTrainer trainer(tags);
  std::vector<std::size_t> order = sentences;
  std::uint64_t keys[detail::kMaxTaggerFeatures];
  std::vector<float> scores(tags);
  for (int epoch = 0; epoch < options.tagger_epochs; ++epoch) {
    report(options, stage, epoch, options.tagger_epochs);
    random.shuffle(order);
    for (const std::size_t s : order) {
      const auto& words = data.atoms[s];
      const auto& gold = data.gold_tags[s];
      int previous = -1, before_previous = -1;
      for (std::size_t i = 0; i < words.size(); ++i) {
        const std::size_t n = detail::tagger_features(words, i, previous, before_previous, keys);
        std::fill(scores.begin(), scores.end(), 0.0F);
        trainer.add_scores(keys, n, scores.data());
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.update(keys, n, gold[i], guess);
        trainer.tick();
        before_previous = previous;
        previous = gold[i];
      }
    }
  }
  return trainer.average(0);
}

struct ParserTables {
  ScoreTable transitions;
  ScoreTable labeler;
};

ParserTables train_parser(const Prepared& data, const std::vector<std::size_t>& sentences, std::uint32_t labels,
                          std::uint32_t root_label, int epochs, const std::string& stage,
                          const TrainOptions& options, Random& random) {
  using detail::Transition;
  PerceptronTrainer transitions(detail::kTransitions);
  PerceptronTrainer labeler(static_cast<int>(labels));
  std::vector<std::size_t> order = sentences;
  std::uint64_t keys[detail::kMaxTransitionFeatures];
  std::uint64_t label_keys[detail::kMaxLabelFeatures];
  std::vector<float> label_scores(labels);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    report(options, stage, epoch, epochs);
    random.shuffle(order);
    for (const std::size_t s : order) {
      const auto& words = data.atoms[s];
      const auto& gold = data.projective_heads[s];
      detail::ParseState state(words.size(), data.predicted_tags[s]);
      while (!state.done()) {
        float scores[detail::kTransitions] = {0, 0, 0};
        const std::size_t n = state.transition_features(words, keys);
        transitions.add_scores(keys, n, scores);
        int costs[detail::kTransitions];
        int cheapest = 1 << 30;
        for (const Transition t : {detail::kShift, detail::kLeft, detail::kRight}) {
          costs[t] = state.valid(t) ? state.cost(t, gold) : 1 << 30;
          cheapest = std::min(cheapest, costs[t]);
        }
        int guess = -1, best_correct = -1;
        for (const Transition t : {detail::kShift, detail::kLeft, detail::kRight}) {
          if (!state.valid(t)) continue;
          if (guess < 0 || scores[t] > scores[guess]) guess = t;
          if (costs[t] == cheapest && (best_correct < 0 || scores[t] > scores[best_correct])) best_correct = t;
        }
        transitions.update(keys, n, costs[guess] > cheapest ? best_correct : guess, guess);
        transitions.tick();
        const bool explore = epoch > 0 && random.unit() < 0.9;
        const auto next = static_cast<Transition>(explore ? guess : best_correct);
        std::uint32_t label = 0;
        if (next != detail::kShift) {
          const std::size_t d = state.dependent();
          const bool right_head = gold[d - 1] == (state.attaches_to_root(next) ? 0 : state.head_for(next));
          if (state.attaches_to_root(next)) {
            label = root_label;
          } else {
            const std::size_t k = state.label_features(words, next, label_keys);
            std::fill(label_scores.begin(), label_scores.end(), 0.0F);
            labeler.add_scores(label_keys, k, label_scores.data());
            label_scores[root_label] = -1e30F;
            const auto guessed = static_cast<std::uint32_t>(
                std::max_element(label_scores.begin(), label_scores.end()) - label_scores.begin());
            label = guessed;
            if (right_head && data.gold_labels[s][d - 1] != root_label) {
              labeler.update(label_keys, k, static_cast<int>(data.gold_labels[s][d - 1]), static_cast<int>(guessed));
              labeler.tick();
              label = data.gold_labels[s][d - 1];
            }
          }
        }
        state.apply(next, label);
      }
    }
  }
  return {transitions.average(options.prune_below), labeler.average(options.prune_below)};
}

// The tree each sentence gets from the trained parser over its jackknifed tags, as at run time.
struct Trees {
  std::vector<std::vector<std::size_t>> heads;
  std::vector<std::vector<std::uint32_t>> labels;
};

Trees parse_all(const Prepared& data, const std::vector<std::size_t>& sentences, const ParserTables& parser,
                std::uint32_t labels, std::uint32_t root_label) {
  Trees trees{std::vector<std::vector<std::size_t>>(data.atoms.size()),
              std::vector<std::vector<std::uint32_t>>(data.atoms.size())};
  for (const std::size_t s : sentences) {
    detail::parse(parser.transitions, parser.labeler, data.atoms[s], data.predicted_tags[s], labels, root_label,
                  trees.heads[s], trees.labels[s]);
  }
  return trees;
}

// The temporal attachment ranker learns, on each predicted tree, to pick the gold head of every
// calendar word the parser gave an eligible relation, among the candidates it will meet at run time.
ScoreTable train_attachment(const Prepared& data, const std::vector<std::size_t>& sentences,
                            const std::vector<TreebankSentence>& source, const std::vector<std::string>& tag_names,
                            const detail::LabelNames& names, Trees& trees, const TrainOptions& options,
                            Random& random) {
  PerceptronTrainer trainer(1);
  std::vector<std::size_t> order = sentences;
  std::uint64_t keys[detail::kMaxAttachmentFeatures], best_keys[detail::kMaxAttachmentFeatures];
  for (int epoch = 0; epoch < options.parser_epochs; ++epoch) {
    report(options, "temporal attachment", epoch, options.parser_epochs);
    random.shuffle(order);
    for (const std::size_t s : order) {
      detail::ParsedSentence parsed{data.atoms[s], data.predicted_upos[s], tag_names, trees.heads[s], trees.labels[s]};
      const detail::TemporalAttachment attachment(parsed, names);
      for (std::size_t i = 0; i < data.atoms[s].size(); ++i) {
        if (!attachment.needs_second_look(i)) continue;
        const std::vector<std::size_t> candidates = attachment.candidates(i);
        const std::size_t gold = source[s].head[i];
        if (std::find(candidates.begin(), candidates.end(), gold) == candidates.end()) continue;
        std::size_t best = 0, best_count = 0;
        float best_score = 0;
        for (const std::size_t candidate : candidates) {
          float score[1] = {0};
          const std::size_t n = attachment.features(i, candidate, keys);
          trainer.add_scores(keys, n, score);
          if (best == 0 || score[0] > best_score) {
            best = candidate, best_score = score[0], best_count = n;
            std::copy(keys, keys + n, best_keys);
          }
        }
        if (best != gold) {
          trainer.add(keys, attachment.features(i, gold, keys), 0, 1.0F);
          trainer.add(best_keys, best_count, 0, -1.0F);
        }
        trainer.tick();
      }
    }
  }
  return trainer.average(0);
}

ScoreTable train_entities(const Prepared& data, const std::vector<std::size_t>& sentences,
                          const std::vector<TreebankSentence>& source, const Trees& trees,
                          const TrainOptions& options, Random& random) {
  const auto& heads = trees.heads;
  // What the gazetteer says of each sentence's words does not change from one epoch to the next.
  std::vector<std::vector<std::uint64_t>> marks(data.atoms.size());
  for (const std::size_t s : sentences) {
    marks[s] = detail::gazetteer_marks(std::vector<std::string_view>(source[s].words.begin(), source[s].words.end()));
  }
  const auto& deprels = trees.labels;
  PerceptronTrainer trainer(detail::kEntityClasses);
  std::vector<std::size_t> order = sentences;
  std::uint64_t keys[detail::kMaxEntityFeatures];
  for (int epoch = 0; epoch < options.entity_epochs; ++epoch) {
    report(options, "entities", epoch, options.entity_epochs);
    random.shuffle(order);
    for (const std::size_t s : order) {
      const auto& words = data.atoms[s];
      const detail::TreeView tree{data.predicted_upos[s], heads[s], deprels[s], marks[s]};
      int previous = -1;
      for (std::size_t i = 0; i < words.size(); ++i) {
        const int gold = detail::entity_class_of(source[s].entities, i);
        float scores[detail::kEntityClasses] = {};
        const std::size_t n = detail::entity_features(words, tree, i, previous, keys);
        trainer.add_scores(keys, n, scores);
        const bool last = i + 1 == words.size();
        int guess = -1;
        for (int c = 0; c < detail::kEntityClasses; ++c) {
          if (detail::entity_class_allowed(previous, c, last) && (guess < 0 || scores[c] > scores[guess])) guess = c;
        }
        trainer.update(keys, n, gold, guess);
        trainer.tick();
        previous = gold;
      }
    }
  }
  return trainer.average(0);
}

}  // namespace

std::string train(const std::vector<TreebankSentence>& sentences, const TrainOptions& options) {
  detail::ModelData model;
  model.description = options.description;
  const std::vector<std::vector<std::string>> tag_names = tag_names_of(sentences, options.fine_tag_min_count);
  std::set<std::string> tag_set, label_set{"root"};
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    tag_set.insert(tag_names[s].begin(), tag_names[s].end());
    label_set.insert(sentences[s].deprel.begin(), sentences[s].deprel.end());
  }
  if (tag_set.empty()) tag_set.insert("X");
  model.tags.assign(tag_set.begin(), tag_set.end());
  detail::set_upos(model);
  // The features hold label sets as 64-bit masks: past 63 relations, the rest are left unlearned.
  while (label_set.size() > 63) label_set.erase(std::prev(label_set.end(), *std::prev(label_set.end()) == "root" ? 2 : 1));
  model.labels.assign(label_set.begin(), label_set.end());
  model.root_label = static_cast<std::uint32_t>(index_of(model.labels, "root"));
  const auto labels = static_cast<std::uint32_t>(model.labels.size());

  Prepared data;
  std::vector<std::size_t> tagged, parsed, with_entities;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const TreebankSentence& sentence = sentences[s];
    std::vector<std::string_view> words(sentence.words.begin(), sentence.words.end());
    data.atoms.push_back(detail::atoms_of(words));
    std::vector<int> tags;
    for (const std::string& t : tag_names[s]) tags.push_back(index_of(model.tags, t));
    std::vector<std::uint32_t> deprels;
    bool labels_known = true;
    for (const std::string& d : sentence.deprel) {
      const int label = index_of(model.labels, d);
      labels_known = labels_known && label < static_cast<int>(labels) && model.labels[label] == d;
      deprels.push_back(static_cast<std::uint32_t>(label));
    }
    const bool has_tags = !tags.empty() && tags.size() == words.size();
    const bool has_tree = has_tags && labels_known && sentence.head.size() == words.size();
    data.gold_tags.push_back(has_tags ? tags : std::vector<int>());
    data.gold_labels.push_back(deprels);
    data.projective_heads.push_back(has_tree ? projectivize(sentence.head) : std::vector<std::size_t>());
    if (has_tags) tagged.push_back(s);
    if (!data.projective_heads.back().empty()) parsed.push_back(s);
    if (has_tags && sentence.has_entities) with_entities.push_back(s);
  }

  Random random(options.seed);
  // Jackknifing: each fold's tags come from a tagger trained on the other folds, so the parser
  // learns from tags as wrong as they will be on new text.
  data.predicted_tags = data.gold_tags;
  const int folds = options.jackknife_folds;
  for (int fold = 0; folds >= 2 && fold < folds; ++fold) {
    std::vector<std::size_t> train_on, predict;
    for (std::size_t k = 0; k < tagged.size(); ++k) (static_cast<int>(k % folds) == fold ? predict : train_on).push_back(tagged[k]);
    const ScoreTable tagger = train_tagger(data, train_on, static_cast<int>(model.tags.size()), options, random,
                                           "tagger fold " + std::to_string(fold + 1) + "/" + std::to_string(folds));
    for (const std::size_t s : predict) data.predicted_tags[s] = detail::tag(tagger, data.atoms[s], tagger.classes());
  }
  model.tagger = train_tagger(data, tagged, static_cast<int>(model.tags.size()), options, random, "tagger");
  data.predicted_upos.resize(data.predicted_tags.size());
  for (const std::size_t s : tagged) data.predicted_upos[s] = detail::upos_tags(model, data.predicted_tags[s]);
  ParserTables parser =
      train_parser(data, parsed, labels, model.root_label, options.parser_epochs, "parser", options, random);
  // The temporal ranker weighs the parser's own choice, so it must learn from trees as wrong as the
  // parser's are on new text: each half of the treebank parsed by a parser trained on the other.
  Trees held_out{std::vector<std::vector<std::size_t>>(data.atoms.size()),
                 std::vector<std::vector<std::uint32_t>>(data.atoms.size())};
  for (std::size_t half = 0; half < 2; ++half) {
    std::vector<std::size_t> train_on, predict;
    for (std::size_t k = 0; k < parsed.size(); ++k) (k % 2 == half ? predict : train_on).push_back(parsed[k]);
    const ParserTables part = train_parser(data, train_on, labels, model.root_label,
                                           std::max(1, options.parser_epochs / 3),
                                           "parser half " + std::to_string(half + 1) + "/2", options, random);
    const Trees trees = parse_all(data, predict, part, labels, model.root_label);
    for (const std::size_t s : predict) held_out.heads[s] = trees.heads[s], held_out.labels[s] = trees.labels[s];
  }
  const detail::LabelNames names(model.labels);
  model.attachment = train_attachment(data, parsed, sentences, model.upos, names, held_out, options, random);
  Trees trees = parse_all(data, tagged, parser, labels, model.root_label);
  for (const std::size_t s : tagged) {
    detail::ParsedSentence sentence{data.atoms[s], data.predicted_upos[s], model.upos, trees.heads[s], trees.labels[s]};
    detail::reattach_temporal(model.attachment, names, sentence);
  }
  model.entities = train_entities(data, with_entities, sentences, trees, options, random);
  model.transitions = std::move(parser.transitions);
  model.labeler = std::move(parser.labeler);
  return detail::write_model(model);
}

}  // namespace chronicle::syntax
