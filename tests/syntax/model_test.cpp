#include <catch2/catch.hpp>

#include <string>

#include "core/syntax/syntax.h"
#include "tests/syntax/tiny_treebank.h"

using chronicle::syntax::Analysis;
using chronicle::syntax::EntityKind;
using chronicle::syntax::Model;
using chronicle::syntax::test::is_one_rooted_tree;

namespace {

void check_well_formed(const Analysis& a, std::size_t words) {
  CHECK(a.upos.size() == words);
  CHECK(a.deprel.size() == words);
  CHECK(is_one_rooted_tree(a.head));
  std::size_t last_end = 0;
  for (const auto& span : a.entities) {
    CHECK(span.begin >= last_end);
    CHECK(span.begin < span.end);
    CHECK(span.end <= words);
    last_end = span.end;
  }
  for (std::size_t i = 0; i < words; ++i) CHECK((a.deprel[i] == "root") == (a.head[i] == 0));
}

}  // namespace

TEST_CASE("every sentence gets one tree: empty, one word, junk bytes and very long sentences", "[model][hostile]") {
  const std::unique_ptr<Model> model = chronicle::syntax::test::tiny_model();
  REQUIRE(model);
  check_well_formed(model->analyze({}), 0);
  check_well_formed(model->analyze({"Paris"}), 1);
  check_well_formed(model->analyze({"", "\xFF\xFE", std::string_view("\0\0", 2), "."}), 4);
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i) words.push_back(i % 3 == 0 ? "John" : i % 3 == 1 ? "saw" : ".");
  check_well_formed(model->analyze(std::vector<std::string_view>(words.begin(), words.end())), words.size());
}

TEST_CASE("the built-in model is in the binary and describes its training data", "[model][builtin]") {
  std::string error;
  const Model* model = Model::builtin(&error);
  INFO(error);
  REQUIRE(model != nullptr);
  CHECK(model->description().find("en_ewt-train.conllu") != std::string::npos);
  CHECK(Model::builtin() == model);  // loaded once
}

TEST_CASE("the built-in model dates the verb a temporal phrase modifies and names the place", "[model][builtin]") {
  const Model* model = Model::builtin();
  REQUIRE(model != nullptr);
  // "Syrian forces captured Palmyra on Sunday ." : "Sunday" (5) hangs on "captured" (3), not on the
  // place; "forces" is the subject.
  const Analysis a = model->analyze({"Syrian", "forces", "captured", "Palmyra", "on", "Sunday", "."});
  check_well_formed(a, 7);
  CHECK(a.head[5] == 3);
  CHECK(a.deprel[5] == "obl");
  CHECK(a.head[1] == 3);
  CHECK(a.deprel[1] == "nsubj");
  CHECK(a.head[2] == 0);
  CHECK(a.upos[3] == "PROPN");
  const bool names_palmyra = std::find(a.entities.begin(), a.entities.end(),
                                       chronicle::syntax::EntitySpan{3, 4, EntityKind::kPlace}) != a.entities.end();
  CHECK(names_palmyra);
}

TEST_CASE("the built-in model names the people and the place of a meeting", "[model][builtin]") {
  const Model* model = Model::builtin();
  REQUIRE(model != nullptr);
  const Analysis a = model->analyze({"Barack", "Obama", "met", "Angela", "Merkel", "in", "Berlin", "."});
  check_well_formed(a, 8);
  CHECK(a.entities == std::vector<chronicle::syntax::EntitySpan>{{0, 2, EntityKind::kPerson},
                                                                 {3, 5, EntityKind::kPerson},
                                                                 {6, 7, EntityKind::kPlace}});
}

TEST_CASE("the built-in model reads a reported date on the verb of the report's clause", "[model][builtin]") {
  const Model* model = Model::builtin();
  REQUIRE(model != nullptr);
  // "The ministry said Tuesday that the talks ended ." : "Tuesday" (4) is the saying's (3).
  const Analysis a = model->analyze({"The", "ministry", "said", "Tuesday", "that", "the", "talks", "ended", "."});
  check_well_formed(a, 9);
  CHECK(a.head[3] == 3);
  CHECK(a.head[7] == 3);
  CHECK(a.deprel[7] == "ccomp");
}
