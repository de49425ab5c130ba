// The syntax room on arbitrary bytes: CoNLL-U reading, word splitting, the built-in model's analysis
// and model loading. Flags byte: 0 reads the document as CoNLL-U, 1 as a sentence of plain text,
// 2 as a model file. Every analysis must be one tree over the words, with entities in order inside it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/syntax.h"
#include "fuzz/fuzz_input.h"

namespace {

using namespace chronicle;

std::string tree_problem(const syntax::Analysis& a, std::size_t words) {
  if (a.head.size() != words || a.upos.size() != words || a.deprel.size() != words) return "sizes differ";
  std::size_t roots = 0;
  for (const std::size_t h : a.head) {
    if (h > words) return "a head out of range";
    roots += h == 0;
  }
  if (words > 0 && roots != 1) return "not exactly one root";
  for (std::size_t start = 1; start <= words; ++start) {
    std::size_t at = start;
    for (std::size_t steps = 0; at != 0; ++steps) {
      if (steps > words) return "a cycle";
      at = a.head[at - 1];
    }
  }
  std::size_t last_end = 0;
  for (const auto& span : a.entities) {
    if (span.begin < last_end || span.begin >= span.end || span.end > words) return "entity spans out of order";
    last_end = span.end;
  }
  return "";
}

void analyze(const syntax::Model& model, const std::vector<std::string_view>& words) {
  fuzz::require_no_problem(tree_problem(model.analyze(words), words.size()), "Model::analyze");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::Input input = fuzz::split_input(data, size);
  const syntax::Model* model = syntax::Model::builtin();
  switch (input.flags % 3) {
    case 0: {
      std::vector<std::string> errors;
      for (const syntax::ConlluSentence& s : syntax::read_conllu(input.document, errors)) {
        if (model) analyze(*model, std::vector<std::string_view>(s.sentence.words.begin(), s.sentence.words.end()));
      }
      break;
    }
    case 1: {
      std::vector<std::string_view> words;
      for (const text::Span span : syntax::split_words(input.document)) {
        if (span.begin >= span.end || span.end > input.document.size()) {
          fuzz::require_no_problem("a word span outside the sentence", "split_words");
        }
        words.push_back(input.document.substr(span.begin, span.size()));
      }
      if (model) analyze(*model, words);
      break;
    }
    default: {
      std::string error;
      const auto loaded = syntax::Model::load(input.document, error);
      if (loaded) analyze(*loaded, {"John", "met", "Mary", "."});
      else if (error.empty()) fuzz::require_no_problem("refused without a reason", "Model::load");
    }
  }
  return 0;
}
