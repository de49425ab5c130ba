// `chronicle eval`: TempEval-3 Task A scores of the tagger on a folder of TimeML gold files.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/evaluation/evaluation.h"
#include "core/evaluation/tag_io.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle eval GOLD_DIR [--errors] [--mode news|narrative|auto]

Tags the text of every .tml file in GOLD_DIR with its DCT and scores the result against the
file's TIMEX3 tags as TempEval-3 Task A does: strict (identical extent) and relaxed (overlapping)
precision, recall and F1 over counts summed across documents; value F1 = value accuracy x relaxed
F1; type F1 likewise. The DCT is not scored.

Options:
  --errors        list, per file, missed gold expressions, false positives and wrong values
  --mode MODE     news, narrative or auto (default)
  -h, --help      this help
)";

int usage_error(const std::string& message) {
  std::cerr << "chronicle eval: " << message << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int run_eval(const Args& args) {
  const ParsedArgs parsed = parse_args(args, {"--mode"}, {"--errors"});
  if (!parsed.error.empty()) return usage_error(parsed.error);
  if (parsed.has("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (parsed.positional.size() != 1) return usage_error("expected one GOLD_DIR");
  const auto mode = evaluation::parse_mode(parsed.value_or("--mode", "auto"));
  if (!mode) return usage_error("--mode must be news, narrative or auto");
  const evaluation::CorpusResult result = evaluation::evaluate_folder(parsed.positional[0], *mode);
  if (!result.error.empty()) {
    std::cerr << "chronicle eval: " << result.error << "\n";
    return 1;
  }
  std::cout << evaluation::format_report(result, parsed.has("--errors"));
  return 0;
}

}  // namespace chronicle::cli
