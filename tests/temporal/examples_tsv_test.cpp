// Runs every example of core/temporal/examples/*.tsv: each row is a sentence, its reference time,
// the expression expected in it, its TIMEX3 type and value (worked out by hand or from the
// calendar) and the name of the rule that should find it. See core/temporal/examples/README.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {

struct Row {
  std::string where;  // "file.tsv:12"
  std::vector<std::string> fields;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

// Every row of every example file, in file-name order; '#' lines and blank lines are comments.
std::vector<Row> example_rows() {
  const std::filesystem::path dir = std::filesystem::path(CHRONICLE_SOURCE_DIR) / "core/temporal/examples";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Row> rows;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      rows.push_back({file.filename().string() + ":" + std::to_string(number), split_tabs(line)});
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("every example of the example files is found with its type, value and rule", "[temporal][examples]") {
  const std::vector<Row> rows = example_rows();
  REQUIRE(rows.size() >= 100);  // the files are there and were read
  for (const Row& row : rows) {
    INFO(row.where);
    REQUIRE(row.fields.size() == 6);  // sentence, reference, expression, type, value, rule
    const std::string& sentence = row.fields[0];
    const auto found = tag_news(sentence, row.fields[1]);
    INFO(sentence << "  ->  " << texts(found));
    const auto timex = find(found, row.fields[2]);
    REQUIRE(timex.has_value());
    CHECK(timex->type == row.fields[3]);
    CHECK(timex->value == row.fields[4]);
    CHECK(std::string(timex->rule) == row.fields[5]);
  }
}
