// TimeML reading on arbitrary bytes (what `chronicle eval` and `chronicle tag --format timeml` read).
// A malformed document gives an error naming a line; a document that reads gives TIMEX3 spans inside
// its text, and writing its own spans back and reading again gives the same text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/evaluation/timeml.h"
#include "fuzz/fuzz_input.h"
#include "tests/hostile/contract_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  const evaluation::TimemlReadResult read = evaluation::read_timeml(source);
  if (!read.error.empty()) return 0;
  const evaluation::TimemlDocument& document = read.document;
  std::vector<text::Span> spans;
  for (const auto& timex : document.timexes) spans.push_back({timex.begin, timex.end});
  fuzz::require_no_problem(checks::span_problems(document.text, spans), "evaluation::read_timeml");
  const std::string written = evaluation::write_timeml(source, document, document.timexes);
  const evaluation::TimemlReadResult again = evaluation::read_timeml(written);
  if (!again.error.empty()) fuzz::require_no_problem("its own output does not read: " + again.error, "write_timeml");
  if (again.document.text != document.text) fuzz::require_no_problem("writing changed the text", "write_timeml");
  return 0;
}
