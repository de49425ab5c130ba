// A treebank small enough to read: what the syntax tests train on, and checks they share.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/syntax/syntax.h"

namespace chronicle::syntax::test {

// Seven sentences: subjects and verbs, an object, an adverb, a prepositional phrase; GUM-style
// entity brackets on the names.
inline std::vector<TreebankSentence> tiny_treebank() {
  static const std::string kText =
      "1\tDogs\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tbark\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tCats\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tsleep\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tBirds\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tsing\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tloudly\t_\tADV\t_\t_\t2\tadvmod\t_\t_\n4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tJohn\t_\tPROPN\t_\t_\t2\tnsubj\t_\tEntity=(1-person-new-x)\n2\tsaw\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tMary\t_\tPROPN\t_\t_\t2\tobj\t_\tEntity=(2-person-new-x)\n4\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tMary\t_\tPROPN\t_\t_\t2\tnsubj\t_\tEntity=(2-person-giv-x)\n2\tmet\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tJohn\t_\tPROPN\t_\t_\t2\tobj\t_\tEntity=(1-person-giv-x)\n4\tin\t_\tADP\t_\t_\t5\tcase\t_\t_\n"
      "5\tParis\t_\tPROPN\t_\t_\t2\tobl\t_\tEntity=(3-place-new-x)\n6\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tMary\t_\tPROPN\t_\t_\t2\tnsubj\t_\tEntity=(2-person-giv-x)\n2\tslept\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tin\t_\tADP\t_\t_\t4\tcase\t_\t_\n4\tRome\t_\tPROPN\t_\t_\t2\tobl\t_\tEntity=(4-place-new-x)\n"
      "5\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
      "1\tJohn\t_\tPROPN\t_\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x)\n2\tsang\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3\tin\t_\tADP\t_\t_\t4\tcase\t_\t_\n4\tParis\t_\tPROPN\t_\t_\t2\tobl\t_\tEntity=(3-place-giv-x)\n"
      "5\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
  std::vector<std::string> errors;
  std::vector<TreebankSentence> sentences;
  for (ConlluSentence& s : read_conllu(kText, errors)) sentences.push_back(std::move(s.sentence));
  return sentences;
}

inline TrainOptions tiny_options() {
  TrainOptions options;
  options.tagger_epochs = 8;
  options.parser_epochs = 8;
  options.entity_epochs = 8;
  options.jackknife_folds = 1;  // seven sentences are too few to hold any out
  options.description = "tiny treebank of the tests";
  return options;
}

inline std::unique_ptr<Model> tiny_model() {
  std::string error;
  return Model::load(train(tiny_treebank(), tiny_options()), error);
}

// True when `head` (1-based, 0 = root) gives every word a head in range, exactly one word the root,
// and no cycle.
inline bool is_one_rooted_tree(const std::vector<std::size_t>& head) {
  std::size_t roots = 0;
  for (const std::size_t h : head) {
    if (h > head.size()) return false;
    roots += h == 0;
  }
  if (!head.empty() && roots != 1) return false;
  for (std::size_t start = 1; start <= head.size(); ++start) {
    std::size_t at = start;
    for (std::size_t steps = 0; at != 0; ++steps) {
      if (steps > head.size()) return false;
      at = head[at - 1];
    }
  }
  return true;
}

}  // namespace chronicle::syntax::test
