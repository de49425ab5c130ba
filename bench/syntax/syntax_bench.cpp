// syntax_bench: how fast the syntax model loads and analyzes (tag + parse + entities), on one core.
//   syntax_bench [--model FILE] [--rounds N] TREEBANK.conllu...
// Reads the words of the treebanks (gold tokens, as the scores are measured), then analyzes every
// sentence N times (default 5) and reports the best round in words per second, with the time the
// model takes to load.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/syntax/syntax.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

}  // namespace

int main(int argc, char** argv) {
  std::string model_path;
  int rounds = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (arg == "--rounds" && i + 1 < argc) rounds = std::max(1, std::stoi(argv[++i]));
    else files.push_back(arg);
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: syntax_bench [--model FILE] [--rounds N] TREEBANK.conllu...\n");
    return 2;
  }
  std::vector<std::vector<std::string>> sentences;
  std::size_t words = 0;
  for (const std::string& file : files) {
    std::vector<std::string> errors;
    for (auto& s : chronicle::syntax::read_conllu(read_file(file), errors)) {
      words += s.sentence.words.size();
      sentences.push_back(std::move(s.sentence.words));
    }
  }
  const Clock::time_point load_start = Clock::now();
  std::string error;
  std::unique_ptr<chronicle::syntax::Model> owned;
  const chronicle::syntax::Model* model = nullptr;
  if (model_path.empty()) {
    model = chronicle::syntax::Model::builtin(&error);
  } else {
    owned = chronicle::syntax::Model::load(read_file(model_path), error);
    model = owned.get();
  }
  const double load_seconds = seconds_since(load_start);
  if (model == nullptr) {
    std::fprintf(stderr, "syntax_bench: %s\n", error.c_str());
    return 1;
  }
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : sentences) views.emplace_back(s.begin(), s.end());
  double best = 1e30;
  std::size_t checksum = 0;
  for (int round = 0; round < rounds; ++round) {
    const Clock::time_point start = Clock::now();
    for (const auto& s : views) checksum += model->analyze(s).entities.size();
    best = std::min(best, seconds_since(start));
  }
  std::printf("%zu sentences, %zu words; model load %.3f s; tag + parse + entities: best of %d rounds %.3f s, "
              "%.0f words/s (%zu entities)\n",
              sentences.size(), words, load_seconds, rounds, best, static_cast<double>(words) / best,
              checksum / static_cast<std::size_t>(rounds));
  return 0;
}
