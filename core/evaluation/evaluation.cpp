#include "core/evaluation/evaluation.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/evaluation/timeml.h"

namespace chronicle::evaluation {
namespace {

bool read_file(const std::filesystem::path& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  contents = std::move(buffer).str();
  return !in.bad();
}

// File names in natural order, so that "test_2.tml" comes before "test_10.tml".
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  std::size_t j = 0;
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      const std::size_t a_start = i;
      const std::size_t b_start = j;
      while (i < a.size() && is_digit(a[i])) ++i;
      while (j < b.size() && is_digit(b[j])) ++j;
      std::string_view x = std::string_view(a).substr(a_start, i - a_start);
      std::string_view y = std::string_view(b).substr(b_start, j - b_start);
      while (x.size() > 1 && x[0] == '0') x.remove_prefix(1);
      while (y.size() > 1 && y[0] == '0') y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
  return a < b;
}

std::vector<std::filesystem::path> timeml_files(const std::filesystem::path& folder, std::string& error) {
  std::vector<std::filesystem::path> files;
  std::error_code code;
  std::filesystem::directory_iterator entries(folder, code);
  if (code) {
    error = folder.string() + ": " + code.message();
    return files;
  }
  for (const auto& entry : entries) {
    if (entry.path().extension() == ".tml" && entry.is_regular_file(code)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end(), [](const std::filesystem::path& a, const std::filesystem::path& b) {
    return natural_less(a.filename().string(), b.filename().string());
  });
  if (files.empty()) error = folder.string() + ": no .tml files";
  return files;
}

}  // namespace

DocumentResult evaluate_document(std::string name, std::string_view timeml, temporal::Mode mode,
                                 const Tagger& tagger, std::string& error) {
  DocumentResult result;
  result.name = std::move(name);
  TimemlReadResult read = read_timeml(timeml);
  if (!read.error.empty()) {
    error = result.name + ": " + read.error;
    return result;
  }
  temporal::TagOptions options;
  options.dct = read.document.dct;
  options.mode = mode;
  result.gold = std::move(read.document.timexes);
  result.system = tagger(read.document.text, options);
  result.match = match_timexes(result.gold, result.system);
  return result;
}

CorpusResult evaluate_folder(const std::filesystem::path& folder, temporal::Mode mode, const Tagger& tagger) {
  CorpusResult result;
  const std::vector<std::filesystem::path> files = timeml_files(folder, result.error);
  for (const std::filesystem::path& file : files) {
    std::string contents;
    if (!read_file(file, contents)) {
      result.error = file.string() + ": cannot be read";
      return result;
    }
    DocumentResult document =
        evaluate_document(file.filename().string(), contents, mode, tagger, result.error);
    if (!result.error.empty()) return result;
    result.totals += document.match.counts;
    result.documents.push_back(std::move(document));
  }
  result.scores = score(result.totals);
  return result;
}

}  // namespace chronicle::evaluation
