// `chronicle parse`, `eval-syntax` and `train-syntax` run as programs.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/child_process.h"

using chronicle::testing::run;

namespace {

const std::string kChronicle = CHRONICLE_BINARY;

// Two sentences in CoNLL-U with gold annotation, one of them with a multiword token.
const std::string kGold =
    "# text = Rain fell on Sunday.\n"
    "1\tRain\train\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tfell\tfall\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3\ton\ton\tADP\t_\t_\t4\tcase\t_\t_\n"
    "4\tSunday\tSunday\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n"
    "\n";

std::filesystem::path temp_file(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

TEST_CASE("parse keeps the words and sentences of CoNLL-U input and fills tags, heads and relations", "[commands]") {
  const auto result = run({kChronicle, "parse", "-"}, kGold);
  REQUIRE(result.exit_code == 0);
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = result.out.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(result.out.substr(start, end - start));
  }
  // Comment, five words, blank; multiword line, three words, blank.
  REQUIRE(lines.size() == 12);
  CHECK(lines[0] == "# text = Rain fell on Sunday.");
  CHECK(lines[7] == "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  for (const std::size_t at : {1, 2, 3, 4, 5, 8, 9, 10}) {
    std::vector<std::string> fields;
    std::size_t from = 0;
    for (std::size_t tab; (tab = lines[at].find('\t', from)) != std::string::npos; from = tab + 1) {
      fields.push_back(lines[at].substr(from, tab - from));
    }
    fields.push_back(lines[at].substr(from));
    REQUIRE(fields.size() == 10);
    CHECK_FALSE(fields[3].empty());
    CHECK(fields[3] != "_");
    CHECK(fields[7] != "_");
  }
  CHECK(lines[2].starts_with("2\tfell\t_\tVERB\t_\t_\t0\troot\t"));
}

TEST_CASE("parse reads plain text into sentences and words and writes JSON on request", "[commands]") {
  const auto result = run({kChronicle, "parse", "--format", "json", "-"},
                          "Syrian forces captured Palmyra on Sunday. They didn't stop.\n");
  REQUIRE(result.exit_code == 0);
  const auto json = nlohmann::json::parse(result.out);
  REQUIRE(json["sentences"].size() == 2);
  const auto& first = json["sentences"][0];
  CHECK(first["text"] == "Syrian forces captured Palmyra on Sunday.");
  REQUIRE(first["words"].size() == 7);
  CHECK(first["words"][6]["form"] == ".");
  const auto& second = json["sentences"][1]["words"];
  REQUIRE(second.size() == 5);  // They did n't stop .
  CHECK(second[1]["form"] == "did");
  CHECK(second[2]["form"] == "n't");
  std::size_t roots = 0;
  for (const auto& word : first["words"]) roots += word["head"] == 0;
  CHECK(roots == 1);
}

TEST_CASE("eval-syntax prints UPOS, UAS, LAS and temporal heads of a gold file", "[commands]") {
  const auto gold = temp_file("chronicle_eval_syntax_gold.conllu", kGold);
  const auto result = run({kChronicle, "eval-syntax", gold.string()});
  std::filesystem::remove(gold);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("sentences 2 words 8\n") != std::string::npos);
  CHECK(result.out.find("UPOS ") != std::string::npos);
  CHECK(result.out.find("\nUAS ") != std::string::npos);
  CHECK(result.out.find("\nLAS ") != std::string::npos);
  CHECK(result.out.find("temporal heads ") != std::string::npos);
  CHECK(result.out.find(" of 1\n") != std::string::npos);  // "Sunday" under "fell" as obl
}

TEST_CASE("train-syntax writes a model that parse then reads, the same bytes on every run", "[commands]") {
  const auto gold = temp_file("chronicle_train_syntax_gold.conllu", kGold);
  const auto first = std::filesystem::temp_directory_path() / "chronicle_train_1.model";
  const auto second = std::filesystem::temp_directory_path() / "chronicle_train_2.model";
  for (const auto& out : {first, second}) {
    const auto result = run({kChronicle, "train-syntax", "--out", out.string(), "--tagger-epochs", "3",
                             "--parser-epochs", "3", "--entity-epochs", "3", gold.string()});
    REQUIRE(result.exit_code == 0);
  }
  const auto read = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  CHECK(read(first) == read(second));
  const auto parsed = run({kChronicle, "parse", "--model", first.string(), "-"}, "Rain fell.\n");
  CHECK(parsed.exit_code == 0);
  CHECK(parsed.out.find("1\tRain\t") != std::string::npos);
  for (const auto& p : {gold, first, second}) std::filesystem::remove(p);
}

TEST_CASE("the syntax commands refuse bad usage and a damaged model with a message", "[commands]") {
  CHECK(run({kChronicle, "parse", "--format", "xml"}).exit_code == 2);
  CHECK(run({kChronicle, "train-syntax", "x.conllu"}).exit_code == 2);  // no --out
  CHECK(run({kChronicle, "eval-syntax"}).exit_code == 2);
  const auto junk = temp_file("chronicle_junk.model", "not a model at all");
  const auto result = run({kChronicle, "parse", "--model", junk.string(), "-"}, "Rain fell.\n");
  std::filesystem::remove(junk);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("not a Chronicle syntax model") != std::string::npos);
}
