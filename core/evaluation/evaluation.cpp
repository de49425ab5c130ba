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
  std::sort(files.begin(), files.end());
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
    DocumentResult document = evaluate_document(file.filename().string(), contents, mode, tagger, result.error);
    if (!result.error.empty()) return result;
    result.totals += document.match.counts;
    result.documents.push_back(std::move(document));
  }
  result.scores = score(result.totals);
  return result;
}

}  // namespace chronicle::evaluation
