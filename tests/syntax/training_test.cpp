#include <catch2/catch.hpp>

#include "core/syntax/models.h"
#include "core/syntax/syntax.h"
#include "tests/syntax/tiny_treebank.h"

using chronicle::syntax::EntityKind;
using chronicle::syntax::EntitySpan;
using chronicle::syntax::Model;

TEST_CASE("a model trained on a handful of sentences tags, parses and names as it was taught", "[training]") {
  const std::unique_ptr<Model> model = chronicle::syntax::test::tiny_model();
  REQUIRE(model);

  // A sentence it never saw, made of words and a shape it did: subject, verb, full stop.
  const auto dogs = model->analyze({"Dogs", "sleep", "."});
  CHECK(dogs.upos == std::vector<std::string_view>{"NOUN", "VERB", "PUNCT"});
  CHECK(dogs.head == std::vector<std::size_t>{2, 0, 2});
  CHECK(dogs.deprel == std::vector<std::string_view>{"nsubj", "root", "punct"});

  const auto met = model->analyze({"John", "met", "Mary", "in", "Paris", "."});
  CHECK(met.upos == std::vector<std::string_view>{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"});
  CHECK(met.head == std::vector<std::size_t>{2, 0, 2, 5, 2, 2});
  CHECK(met.deprel == std::vector<std::string_view>{"nsubj", "root", "obj", "case", "obl", "punct"});
  CHECK(met.entities == std::vector<EntitySpan>{{0, 1, EntityKind::kPerson},
                                                {2, 3, EntityKind::kPerson},
                                                {4, 5, EntityKind::kPlace}});
}

TEST_CASE("training is deterministic: the same sentences and seed give the same bytes", "[training]") {
  const auto sentences = chronicle::syntax::test::tiny_treebank();
  chronicle::syntax::TrainOptions options = chronicle::syntax::test::tiny_options();
  options.jackknife_folds = 2;
  CHECK(chronicle::syntax::train(sentences, options) == chronicle::syntax::train(sentences, options));
}

TEST_CASE("the description given at training is kept in the model", "[training]") {
  const std::unique_ptr<Model> model = chronicle::syntax::test::tiny_model();
  REQUIRE(model);
  CHECK(model->description() == "tiny treebank of the tests");
}

TEST_CASE("a truncated model is refused with a reason, at every length", "[training][hostile]") {
  const std::string bytes = chronicle::syntax::train(chronicle::syntax::test::tiny_treebank(),
                                                     chronicle::syntax::test::tiny_options());
  std::string error;
  REQUIRE(Model::load(bytes, error));
  for (std::size_t length = 0; length < bytes.size(); length += length < 512 ? 1 : 97) {
    error.clear();
    CHECK_FALSE(Model::load(std::string_view(bytes).substr(0, length), error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("a model with damaged bytes is refused or still gives a tree for every sentence", "[training][hostile]") {
  const std::string bytes = chronicle::syntax::train(chronicle::syntax::test::tiny_treebank(),
                                                     chronicle::syntax::test::tiny_options());
  for (std::size_t at = 0; at < bytes.size(); at += 7) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    std::string error;
    const std::unique_ptr<Model> model = Model::load(damaged, error);
    if (!model) {
      CHECK_FALSE(error.empty());
      continue;
    }
    const auto analysis = model->analyze({"John", "met", "Mary", "."});
    CHECK(chronicle::syntax::test::is_one_rooted_tree(analysis.head));
  }
}

TEST_CASE("bytes that are not a model are refused and say so", "[training][hostile]") {
  std::string error;
  CHECK_FALSE(Model::load("", error));
  CHECK(error.find("not a Chronicle syntax model") != std::string::npos);
  CHECK_FALSE(Model::load(std::string(100, '\0'), error));
  CHECK_FALSE(Model::load(std::string("chronicle-syntax-model\x07\x00\x00\x00", 26), error));
  CHECK(error.find("retrain") != std::string::npos);
}

TEST_CASE("a frequent UPOS and XPOS pair becomes one tagger class, a rare pair joins it, and the analysis still gives the UPOS", "[training]") {
  // The tiny treebank with Penn tags: "saw", "met", "slept", "sang" are VERB|VBD, "bark", "sleep",
  // "sing" VERB|VBP (four and three of each).
  auto sentences = chronicle::syntax::test::tiny_treebank();
  for (auto& s : sentences) {
    s.xpos.clear();
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const std::string& w = s.words[i];
      const bool past = w == "saw" || w == "met" || w == "slept" || w == "sang";
      s.xpos.push_back(s.upos[i] == "VERB" ? (past ? "VBD" : "VBP") : "_");
    }
  }
  chronicle::syntax::TrainOptions options = chronicle::syntax::test::tiny_options();
  {  // by default the Penn tags are not learned: the classes are the UPOS
    chronicle::syntax::detail::ModelData upos_only;
    std::string error;
    REQUIRE(chronicle::syntax::detail::read_model(chronicle::syntax::train(sentences, options), upos_only, error));
    CHECK(upos_only.tags == std::vector<std::string>{"ADP", "ADV", "NOUN", "PROPN", "PUNCT", "VERB"});
  }
  options.fine_tag_min_count = 4;  // VERB|VBD (4) is a class; VERB|VBP (3) is too rare, so VERB|VBD too
  const std::string bytes = chronicle::syntax::train(sentences, options);
  chronicle::syntax::detail::ModelData data;
  std::string error;
  REQUIRE(chronicle::syntax::detail::read_model(bytes, data, error));
  CHECK(data.tags == std::vector<std::string>{"ADP", "ADV", "NOUN", "PROPN", "PUNCT", "VERB|VBD"});
  CHECK(data.upos == std::vector<std::string>{"ADP", "ADV", "NOUN", "PROPN", "PUNCT", "VERB"});
  CHECK(data.upos_of == std::vector<int>{0, 1, 2, 3, 4, 5});

  const std::unique_ptr<Model> model = Model::load(bytes, error);
  REQUIRE(model);
  const auto met = model->analyze({"John", "met", "Mary", "in", "Paris", "."});
  CHECK(met.upos == std::vector<std::string_view>{"PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"});
  CHECK(met.head == std::vector<std::size_t>{2, 0, 2, 5, 2, 2});
  CHECK(met.entities == std::vector<EntitySpan>{{0, 1, EntityKind::kPerson},
                                                {2, 3, EntityKind::kPerson},
                                                {4, 5, EntityKind::kPlace}});
}
