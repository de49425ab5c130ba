// UTF-8 repair and sentence splitting on arbitrary bytes: repair gives valid UTF-8 and changes
// nothing in text that was valid and free of NULs; sentence spans stay in order inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/text/text.h"
#include "fuzz/fuzz_input.h"
#include "tests/hostile/contract_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const text::Utf8Repair repaired = text::repair_utf8(bytes);
  if (!text::is_valid_utf8(repaired.text)) fuzz::require_no_problem("repaired text is not valid UTF-8", "repair_utf8");
  // `replaced` counts NUL bytes turned into spaces as well as invalid sequences.
  const bool clean = text::is_valid_utf8(bytes) && bytes.find('\0') == std::string_view::npos;
  if (clean != (repaired.replaced == 0)) fuzz::require_no_problem("replaced count disagrees with is_valid_utf8", "repair_utf8");
  if (clean && repaired.text != bytes) fuzz::require_no_problem("clean text was changed", "repair_utf8");
  fuzz::require_no_problem(checks::span_problems(repaired.text, text::split_sentences(repaired.text)), "split_sentences");
  fuzz::require_no_problem(checks::span_problems(bytes, text::split_sentences(bytes)), "split_sentences on raw bytes");
  return 0;
}
