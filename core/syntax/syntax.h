// core/syntax: the grammar of a sentence. Part-of-speech tags (Universal Dependencies UPOS), a
// dependency tree (UD relations) and named entities (person, place, organization) for a sentence
// given as words. Three fast linear models trained on UD English treebanks: an averaged-perceptron
// tagger, a greedy arc-hybrid parser trained with a dynamic oracle, and a perceptron entity tagger
// over the parse. The trained model ships inside the binary (`Model::builtin()`); `train()` makes a
// new one from CoNLL-U files, deterministically.
//
// Every call is linear in the sentence (two transitions a word, a bounded set of features each) and
// never throws on any input: empty words, binary bytes and a sentence of a million words all parse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/text.h"

namespace chronicle::syntax {

enum class EntityKind : std::uint8_t { kPerson, kPlace, kOrganization };
std::string_view entity_kind_name(EntityKind kind);  // "person", "place", "organization"

// A named entity: the words [begin, end) of the sentence ("the United States" -> 2 words).
struct EntitySpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  EntityKind kind = EntityKind::kPerson;
  bool operator==(const EntitySpan&) const = default;
};

// The analysis of one sentence of n words; every vector but `entities` has n entries.
struct Analysis {
  std::vector<std::string_view> upos;    // "PROPN", "VERB", ... (views into the model, live as long)
  std::vector<std::size_t> head;         // 1-based index of each word's head; 0 for the sentence root
  std::vector<std::string_view> deprel;  // "nsubj", "obl:tmod", "root", ...
  std::vector<EntitySpan> entities;      // in order, never overlapping
};

class ModelData;

class Model {
 public:
  // Reads a model from the bytes `train()` wrote. On malformed, truncated or foreign bytes returns
  // nullptr and says why in `error`; never reads outside `bytes`.
  static std::unique_ptr<Model> load(std::string_view bytes, std::string& error);
  // The model built into this binary, loaded once (thread-safe). nullptr when the binary was built
  // without one; `error` then says how to train one.
  static const Model* builtin(std::string* error = nullptr);

  ~Model();
  Analysis analyze(const std::vector<std::string_view>& words) const;
  // Where the model came from and what it scored, as `train()` recorded it.
  const std::string& description() const;

 private:
  explicit Model(std::unique_ptr<ModelData> data);
  std::unique_ptr<ModelData> data_;
};

// Words of a sentence as UD English cuts them: punctuation apart, clitics split ("don't" -> "do"
// "n't", "Syria's" -> "Syria" "'s"), hyphens between letters apart ("long-term" -> "long" "-"
// "term", but "e-mail", "co-op" kept), abbreviations, initials, decimals, URLs and e-mail addresses
// kept whole ("U.S.", "Mr.", "7,114.3"). Byte spans into `sentence`.
std::vector<text::Span> split_words(std::string_view sentence);

// One sentence of a treebank: words with their gold annotation (the `gold` parts may be empty when
// only words are known).
struct TreebankSentence {
  std::vector<std::string> words;
  std::vector<std::string> upos;
  std::vector<std::size_t> head;
  std::vector<std::string> deprel;
  std::vector<std::string> xpos;     // the treebank's finer tags (Penn Treebank in English), where given
  std::vector<EntitySpan> entities;  // named person / place / organization spans
  bool has_entities = false;         // the source annotates entities (GUM's Entity= in MISC)
};

// A CoNLL-U sentence as read, with what is needed to write it back: its comment lines and the
// multiword-token lines ("1-2\tdon't") before the word they start at. Empty nodes ("8.1") are dropped.
struct ConlluSentence {
  std::vector<std::string> comments;
  std::vector<std::pair<std::size_t, std::string>> multiword_lines;  // (index of the first word, line)
  TreebankSentence sentence;
};

// Reads CoNLL-U. Columns past FORM are read where present and well-formed (UPOS, HEAD, DEPREL, and
// named entities from GUM-style `Entity=` in MISC: spans of person, place or organization whose
// head is a proper noun, the outermost where they nest). A malformed line is skipped with an error
// "line N: ..." in `errors`; a sentence whose heads do not form a tree keeps its words, not its tree.
std::vector<ConlluSentence> read_conllu(std::string_view text, std::vector<std::string>& errors);

// Writes `sentence` with `analysis`: ID FORM _ UPOS _ _ HEAD DEPREL _ MISC, named entities in MISC as
// `NE=B-person` / `NE=I-person`, comments and multiword-token lines as they were read.
std::string write_conllu(const ConlluSentence& sentence, const Analysis& analysis);

struct TrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int entity_epochs = 12;
  int jackknife_folds = 4;  // the parser learns from tags of taggers not trained on them; < 2: gold tags
  std::uint64_t seed = 1;         // shuffling and exploration: the same seed gives the same bytes
  double prune_below = 0.0;  // drop the parser's averaged weights whose magnitude is below this
  // When > 0, the tagger learns a word's UPOS with its XPOS ("VERB|VBN", "NOUN|NNS") where that pair
  // occurs at least this often, so that the parser reads the finer tag; the analysis still gives
  // the UPOS. 0 (the default, as the shipped model was made): UPOS only.
  int fine_tag_min_count = 0;
  std::string description;        // stored in the model ("trained on ...")
  std::function<void(const std::string& stage, std::size_t done, std::size_t total)> progress;
};

// Trains the three models on `sentences` and returns the model's bytes (for `Model::load`). The
// same sentences and options give the same bytes on every run and machine.
std::string train(const std::vector<TreebankSentence>& sentences, const TrainOptions& options);

}  // namespace chronicle::syntax
