// One `chronicle tag --jsonl` request line on arbitrary bytes: the answer is always one line of
// valid JSON, a result or {"error": ...}, whatever the request (broken JSON, deep nesting, bad DCT).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/evaluation/tag_io.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  // `chronicle tag --jsonl` hands over what std::getline read: never a newline.
  std::string_view line(reinterpret_cast<const char*>(data), size);
  line = line.substr(0, line.find('\n'));
  temporal::TagOptions defaults;
  defaults.dct = "2016-03-29T16:27:03";
  const std::string answer = evaluation::tag_jsonl_line(line, 7, defaults);
  if (answer.find('\n') != std::string::npos) fuzz::require_no_problem("answer spans several lines", "tag_jsonl_line");
  // An id is echoed as written: a number past double's range ("1e9992") is JSON by the grammar but
  // refused by nlohmann, so the answer is only held to what the request was held to.
  if (nlohmann::json::accept(line) && !nlohmann::json::accept(answer)) fuzz::require_no_problem("answer is not JSON: " + answer, "tag_jsonl_line");
  return 0;
}
