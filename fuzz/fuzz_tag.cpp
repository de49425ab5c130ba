// The tokenizer and tagger on arbitrary bytes. The flags byte picks the mode and the date order, the
// option line is the DCT (so hostile DCTs are fuzzed too). Every result must keep temporal.h's
// promises for the text it was given, checked by contract_checks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/temporal/temporal.h"
#include "fuzz/fuzz_input.h"
#include "tests/hostile/contract_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  const fuzz::Input input = fuzz::split_input(data, size);
  temporal::TagOptions options;
  options.dct = std::string(input.option);
  switch (input.flags % 3) {
    case 0: options.mode = temporal::Mode::kNews; break;
    case 1: options.mode = temporal::Mode::kNarrative; break;
    default: options.mode = temporal::Mode::kAuto; break;
  }
  options.date_order = (input.flags & 0x10) ? temporal::DateOrder::kDayFirst : temporal::DateOrder::kMonthFirst;
  const auto timexes = temporal::tag(input.document, options);
  fuzz::require_no_problem(checks::timex_problems(input.document, timexes), "temporal::tag");
  return 0;
}
