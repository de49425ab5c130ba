#include "core/evaluation/evaluation.h"

#include <catch2/catch.hpp>

namespace {

using chronicle::evaluation::evaluate_folder;
using chronicle::temporal::Mode;
using chronicle::temporal::TagOptions;
using chronicle::temporal::Timex;

const std::string kFixtures = std::string(CHRONICLE_SOURCE_DIR) + "/tests/evaluation/fixtures";

Timex span(std::size_t begin, std::size_t end, std::string type, std::string value) {
  Timex timex;
  timex.begin = begin;
  timex.end = end;
  timex.type = std::move(type);
  timex.value = std::move(value);
  return timex;
}

// Stands in for the tagger on the two fixture documents, by their DCTs, and records what it saw.
struct ScriptedTagger {
  std::vector<std::string>* texts;
  std::vector<Timex> operator()(std::string_view text, const TagOptions& options) const {
    texts->emplace_back(text);
    std::vector<Timex> found;
    if (options.dct == "2016-03-29") {
      // a.tml: "On Sunday, R&D staff met for three days; on Monday..." Gold: "Sunday" [3,9)
      // 2016-03-27, "three days" [29,39) P3D, "Monday" [44,50) 2016-03-28.
      // Ours: "On Sunday" [0,9) right value, "three days" exact, "Monday" with a wrong value.
      found = {span(0, 9, "DATE", "2016-03-27"), span(29, 39, "DURATION", "P3D"),
               span(44, 50, "DATE", "2016-04-04")};
    } else {
      // b.tml: "In 1999 and in May." Gold: "1999" [3,7), "May" [15,18). Ours: a spurious "In" and "1999".
      found = {span(0, 2, "DATE", "PRESENT_REF"), span(3, 7, "DATE", "1999")};
    }
    for (Timex& timex : found) timex.text = std::string(text.substr(timex.begin, timex.end - timex.begin));
    return found;
  }
};

}  // namespace

TEST_CASE("a folder of TimeML files is scored on counts summed over its documents") {
  std::vector<std::string> texts;
  const auto result = evaluate_folder(kFixtures + "/good", Mode::kNews, ScriptedTagger{&texts});
  REQUIRE(result.error.empty());
  REQUIRE(result.documents.size() == 2);
  CHECK(result.documents[0].name == "a.tml");
  CHECK(texts[0] == "On Sunday, R&D staff met for three days; on Monday they left.\n");
  CHECK(texts[1] == "In 1999 and in May.\n");
  // Gold 3 + 2 = 5; system 3 + 2 = 5; strict: "three days", "Monday", "1999" = 3; relaxed: those and
  // "On Sunday" = 4; values right: "On Sunday", "three days", "1999" = 3; types right: 4.
  CHECK(result.totals == chronicle::evaluation::MatchCounts{5, 5, 3, 4, 3, 4});
  CHECK(result.scores.strict.f1 == Approx(0.6));
  CHECK(result.scores.relaxed.precision == Approx(0.8));
  CHECK(result.scores.relaxed.recall == Approx(0.8));
  CHECK(result.scores.relaxed.f1 == Approx(0.8));
  CHECK(result.scores.value_accuracy == Approx(0.75));
  CHECK(result.scores.value_f1 == Approx(0.6));
  CHECK(result.scores.type_f1 == Approx(0.8));
}

TEST_CASE("the report shows the table and, on request, each document's errors") {
  std::vector<std::string> texts;
  const auto result = evaluate_folder(kFixtures + "/good", Mode::kNews, ScriptedTagger{&texts});
  const std::string table = chronicle::evaluation::format_report(result, false);
  CHECK(table ==
        "documents       2\n"
        "gold timexes    5\n"
        "system timexes  5\n"
        "                P       R       F1\n"
        "strict          0.600   0.600   0.600\n"
        "relaxed         0.800   0.800   0.800\n"
        "value F1        0.600   (value accuracy 0.750)\n"
        "type F1         0.800   (type accuracy 1.000)\n");
  const std::string errors = chronicle::evaluation::format_report(result, true);
  CHECK(errors.find("a.tml\n  wrong value \"Monday\" @44 gold DATE 2016-03-28  |  \"Monday\" @44 system DATE "
                    "2016-04-04\n") != std::string::npos);
  CHECK(errors.find("b.tml\n  miss        \"May\" @15  gold DATE 2016-05\n"
                    "  false pos   \"In\" @0  system DATE PRESENT_REF\n") != std::string::npos);
  CHECK(errors.size() > table.size());
}

TEST_CASE("a malformed gold file stops the evaluation with its name and line") {
  std::vector<std::string> texts;
  const auto result = evaluate_folder(kFixtures + "/broken", Mode::kNews, ScriptedTagger{&texts});
  CHECK(result.error == "bad.tml: line 3: <TIMEX3> inside another <TIMEX3>");
}

TEST_CASE("a missing folder or one without .tml files is an error") {
  CHECK_FALSE(evaluate_folder(kFixtures + "/nowhere", Mode::kNews).error.empty());
  CHECK(evaluate_folder(kFixtures + "/empty", Mode::kNews).error == kFixtures + "/empty: no .tml files");
}

TEST_CASE("documents are taken in natural order of their file names") {
  const auto result = evaluate_folder(kFixtures + "/ordered", Mode::kNews);
  REQUIRE(result.error.empty());
  REQUIRE(result.documents.size() == 3);
  CHECK(result.documents[0].name == "doc_1.tml");
  CHECK(result.documents[1].name == "doc_2.tml");
  CHECK(result.documents[2].name == "doc_10.tml");
}
