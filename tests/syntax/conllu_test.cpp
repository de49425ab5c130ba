#include <catch2/catch.hpp>

#include "core/syntax/syntax.h"

using chronicle::syntax::ConlluSentence;
using chronicle::syntax::EntityKind;
using chronicle::syntax::EntitySpan;
using chronicle::syntax::read_conllu;

namespace {

std::vector<ConlluSentence> read(const std::string& text, std::vector<std::string>& errors) {
  return read_conllu(text, errors);
}

// "The mayor of Chicago met Barack Obama in the White House ." in GUM's notation: "The mayor of
// Chicago" is a person headed by a common noun (not a name), "Chicago" a place inside it, "Barack
// Obama" a person, "the White House" a place holding the organization-less word "White House".
const std::string kGum =
    "# text = The mayor of Chicago met Barack Obama in the White House .\n"
    "1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\tEntity=(1-person-new-x\n"
    "2\tmayor\tmayor\tNOUN\t_\t_\t5\tnsubj\t_\t_\n"
    "3\tof\tof\tADP\t_\t_\t4\tcase\t_\t_\n"
    "4\tChicago\tChicago\tPROPN\t_\t_\t2\tnmod\t_\tEntity=(2-place-new-x)1)\n"
    "5\tmet\tmeet\tVERB\t_\t_\t0\troot\t_\t_\n"
    "6\tBarack\tBarack\tPROPN\t_\t_\t5\tobj\t_\tEntity=(3-person-new-x\n"
    "7\tObama\tObama\tPROPN\t_\t_\t6\tflat\t_\tEntity=3)\n"
    "8\tin\tin\tADP\t_\t_\t11\tcase\t_\t_\n"
    "9\tthe\tthe\tDET\t_\t_\t11\tdet\t_\tEntity=(4-place-new-x\n"
    "10\tWhite\tWhite\tPROPN\t_\t_\t11\tcompound\t_\tEntity=(5-organization-new-x\n"
    "11\tHouse\tHouse\tPROPN\t_\t_\t5\tobl\t_\tEntity=5)4)\n"
    "12\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("a CoNLL-U sentence is read with its words, tags, heads and relations", "[conllu]") {
  std::vector<std::string> errors;
  const auto sentences = read(kGum, errors);
  CHECK(errors.empty());
  REQUIRE(sentences.size() == 1);
  const auto& s = sentences[0].sentence;
  CHECK(s.words.size() == 12);
  CHECK(s.words[3] == "Chicago");
  CHECK(s.upos[4] == "VERB");
  CHECK(s.head == std::vector<std::size_t>{2, 5, 4, 2, 0, 5, 6, 11, 11, 11, 5, 5});
  CHECK(s.deprel[10] == "obl");
  CHECK(sentences[0].comments == std::vector<std::string>{"# text = The mayor of Chicago met Barack Obama in the White House ."});
}

TEST_CASE("named entities are the outermost person, place or organization spans headed by a proper noun",
          "[conllu]") {
  std::vector<std::string> errors;
  const auto sentences = read(kGum, errors);
  REQUIRE(sentences.size() == 1);
  const auto& s = sentences[0].sentence;
  CHECK(s.has_entities);
  // "The mayor of Chicago" is headed by "mayor" (a noun): not a name, so "Chicago" inside it counts;
  // "the White House" (a place headed by "House") holds the organization "White House", left out.
  CHECK(s.entities == std::vector<EntitySpan>{{3, 4, EntityKind::kPlace},
                                              {5, 7, EntityKind::kPerson},
                                              {8, 11, EntityKind::kPlace}});
}

TEST_CASE("multiword-token lines are kept for writing back and empty nodes are not words", "[conllu]") {
  const std::string text =
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n"
      "2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n"
      "3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n"
      "3.1\tgo\tgo\tVERB\t_\t_\t_\t_\t3:conj\t_\n";
  std::vector<std::string> errors;
  const auto sentences = read(text, errors);
  CHECK(errors.empty());
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].sentence.words == std::vector<std::string>{"do", "n't", "go"});
  REQUIRE(sentences[0].multiword_lines.size() == 1);
  CHECK(sentences[0].multiword_lines[0].first == 0);

  chronicle::syntax::Analysis analysis;
  analysis.upos = {"AUX", "PART", "VERB"};
  analysis.head = {3, 3, 0};
  analysis.deprel = {"aux", "advmod", "root"};
  CHECK(chronicle::syntax::write_conllu(sentences[0], analysis) ==
        "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tdo\t_\tAUX\t_\t_\t3\taux\t_\t_\n"
        "2\tn't\t_\tPART\t_\t_\t3\tadvmod\t_\t_\n"
        "3\tgo\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n");
}

TEST_CASE("entities are written to MISC as begin and inside marks", "[conllu]") {
  ConlluSentence sentence;
  sentence.sentence.words = {"Barack", "Obama", "spoke"};
  chronicle::syntax::Analysis analysis;
  analysis.upos = {"PROPN", "PROPN", "VERB"};
  analysis.head = {3, 1, 0};
  analysis.deprel = {"nsubj", "flat", "root"};
  analysis.entities = {{0, 2, EntityKind::kPerson}};
  CHECK(chronicle::syntax::write_conllu(sentence, analysis) ==
        "1\tBarack\t_\tPROPN\t_\t_\t3\tnsubj\t_\tNE=B-person\n"
        "2\tObama\t_\tPROPN\t_\t_\t1\tflat\t_\tNE=I-person\n"
        "3\tspoke\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n");
}

TEST_CASE("a malformed line is reported by number and the rest is still read", "[conllu]") {
  const std::string text =
      "1\tHello\thello\tINTJ\t_\t_\t0\troot\t_\t_\n"
      "this line has no tabs\n"
      "\n"
      "1\tBye\tbye\tINTJ\t_\t_\t0\troot\t_\t_\n";
  std::vector<std::string> errors;
  const auto sentences = read(text, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].starts_with("line 2: "));
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].sentence.words == std::vector<std::string>{"Bye"});
}

TEST_CASE("heads that do not form a tree leave the words without a tree", "[conllu]") {
  const std::string cycle =
      "1\tA\ta\tNOUN\t_\t_\t2\tdep\t_\t_\n"
      "2\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n";
  const std::string out_of_range = "1\tA\ta\tNOUN\t_\t_\t7\tdep\t_\t_\n";
  for (const std::string& text : {cycle, out_of_range}) {
    std::vector<std::string> errors;
    const auto sentences = read(text, errors);
    REQUIRE(sentences.size() == 1);
    CHECK_FALSE(sentences[0].sentence.words.empty());
    CHECK(sentences[0].sentence.head.empty());
    CHECK(errors.size() == 1);
  }
}

TEST_CASE("word lines without annotation give words only, as a scorer's input has them", "[conllu]") {
  const std::string text = "1\tRain\t_\t_\t_\t_\t_\t_\t_\t_\n2\tfell\t_\t_\t_\t_\t_\t_\t_\t_\n";
  std::vector<std::string> errors;
  const auto sentences = read(text, errors);
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].sentence.words == std::vector<std::string>{"Rain", "fell"});
  CHECK(sentences[0].sentence.upos.empty());
  CHECK(sentences[0].sentence.head.empty());
}

TEST_CASE("a name ends before the apposition, bracket or clause its mention runs on into, and before 's",
          "[conllu]") {
  // GUM's mention "Mary Chaworth , whom he met" is the name "Mary Chaworth"; "Byron 's" is "Byron".
  const std::string text =
      "1\tByron\t_\tPROPN\t_\t_\t3\tnmod:poss\t_\tEntity=(1-person-giv-x\n"
      "2\t's\t_\tPART\t_\t_\t1\tcase\t_\tEntity=1)\n"
      "3\tfriend\t_\tNOUN\t_\t_\t4\tnsubj\t_\t_\n"
      "4\tloved\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
      "5\tMary\t_\tPROPN\t_\t_\t4\tobj\t_\tEntity=(2-person-new-x\n"
      "6\tChaworth\t_\tPROPN\t_\t_\t5\tflat\t_\t_\n"
      "7\t,\t_\tPUNCT\t_\t_\t10\tpunct\t_\t_\n"
      "8\twhom\t_\tPRON\t_\t_\t10\tobj\t_\t_\n"
      "9\the\t_\tPRON\t_\t_\t10\tnsubj\t_\t_\n"
      "10\tmet\t_\tVERB\t_\t_\t5\tacl:relcl\t_\tEntity=2)\n";
  std::vector<std::string> errors;
  const auto sentences = read(text, errors);
  REQUIRE(sentences.size() == 1);
  CHECK(sentences[0].sentence.entities == std::vector<EntitySpan>{{0, 1, EntityKind::kPerson},
                                                                   {4, 6, EntityKind::kPerson}});
}

TEST_CASE("the XPOS column is read where a treebank gives it, and left empty where it is all '_'", "[conllu]") {
  std::vector<std::string> errors;
  const auto with = read("1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbarked\tbark\tVERB\tVBD\t_\t0\troot\t_\t_\n\n", errors);
  REQUIRE(with.size() == 1);
  CHECK(with[0].sentence.xpos == std::vector<std::string>{"NNS", "VBD"});
  const auto without = read("1\tDogs\tdog\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tbarked\tbark\tVERB\t_\t_\t0\troot\t_\t_\n\n", errors);
  REQUIRE(without.size() == 1);
  CHECK(without[0].sentence.xpos.empty());
  CHECK(errors.empty());
}
