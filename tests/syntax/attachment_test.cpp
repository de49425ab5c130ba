// The temporal attachment ranker's bookkeeping, on a hand-made tree: which words it looks at again,
// which heads it may choose, and how a move changes the relation.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/syntax/models.h"

using namespace chronicle::syntax::detail;

namespace {

// "Forces took Palmyra on Sunday ." with "Sunday" (5) wrongly under "Palmyra" (3) as nmod.
struct Fixture {
  std::vector<std::string> tag_names{"ADP", "NOUN", "PROPN", "PUNCT", "VERB"};
  std::vector<std::string> label_names{"case", "nmod", "nmod:tmod", "nsubj", "obj", "obl", "obl:tmod", "punct", "root"};
  std::vector<std::string_view> words{"Forces", "took", "Palmyra", "on", "Sunday", "."};
  std::vector<WordAtoms> atoms = atoms_of(words);
  std::vector<int> tags{1, 4, 2, 0, 2, 3};
  std::vector<std::size_t> heads{2, 0, 2, 5, 3, 2};
  std::vector<std::uint32_t> labels{3, 8, 4, 0, 1, 7};
  ParsedSentence sentence{atoms, tags, tag_names, heads, labels};
  LabelNames names{label_names};
};

}  // namespace

TEST_CASE("relations pair obl with nmod, subtype kept, for moves between predicates and nouns", "[attachment]") {
  Fixture f;
  CHECK(f.names.eligible[1]);   // nmod
  CHECK(f.names.eligible[6]);   // obl:tmod
  CHECK_FALSE(f.names.eligible[4]);  // obj
  CHECK(f.names.as_clause[1] == 5);  // nmod -> obl
  CHECK(f.names.as_clause[2] == 6);  // nmod:tmod -> obl:tmod
  CHECK(f.names.as_noun[5] == 1);    // obl -> nmod
  CHECK(f.names.as_noun[4] == 4);    // obj stays obj
}

TEST_CASE("only calendar words with an eligible relation get a second look", "[attachment]") {
  Fixture f;
  const TemporalAttachment attachment(f.sentence, f.names);
  CHECK(attachment.needs_second_look(4));         // Sunday, nmod
  CHECK_FALSE(attachment.needs_second_look(2));   // Palmyra: not a calendar word
  CHECK_FALSE(attachment.needs_second_look(3));   // on: not a calendar word
}

TEST_CASE("a calendar word's candidates are the words around it, its own head first, never its dependents",
          "[attachment]") {
  Fixture f;
  const TemporalAttachment attachment(f.sentence, f.names);
  const std::vector<std::size_t> candidates = attachment.candidates(4);
  REQUIRE_FALSE(candidates.empty());
  CHECK(candidates.front() == 3);  // Palmyra, the parser's choice
  CHECK(std::find(candidates.begin(), candidates.end(), 2) != candidates.end());  // took
  CHECK(std::find(candidates.begin(), candidates.end(), 4) == candidates.end());  // on hangs under Sunday
  CHECK(std::find(candidates.begin(), candidates.end(), 5) == candidates.end());  // Sunday itself
}

TEST_CASE("moving a calendar word under a verb makes its nmod an obl", "[attachment]") {
  Fixture f;
  const TemporalAttachment attachment(f.sentence, f.names);
  attachment.attach(4, 2, f.sentence);
  CHECK(f.heads[4] == 2);
  CHECK(f.label_names[f.labels[4]] == "obl");
  attachment.attach(4, 3, f.sentence);
  CHECK(f.heads[4] == 3);
  CHECK(f.label_names[f.labels[4]] == "nmod");
}
