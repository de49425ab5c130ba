// One loader on arbitrary bytes: CHRONICLE_FUZZ_FORMAT is the format forced on load_buffer ("" lets
// it detect). Whatever comes back must be articles that keep article.h's promises and errors that
// say where and what; nothing may escape as an exception or a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/article/article.h"
#include "fuzz/fuzz_input.h"
#include "tests/hostile/contract_checks.h"

#ifndef CHRONICLE_FUZZ_FORMAT
#error "define CHRONICLE_FUZZ_FORMAT to the format to force, or \"\" to detect"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  article::LoadOptions options;
  options.format = CHRONICLE_FUZZ_FORMAT;
  options.max_bytes = 1u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const article::LoadResult result = article::load_buffer(bytes, "fuzz input", options);
  for (const article::Article& loaded : result.articles) {
    fuzz::require_no_problem(checks::article_problems(loaded), "article::load_buffer");
  }
  fuzz::require_no_problem(checks::load_error_problems(result.errors), "article::load_buffer errors");
  return 0;
}
