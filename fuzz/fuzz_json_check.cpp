// web::is_well_formed_json (the check that keeps a damaged stored event out of /api/events) against
// nlohmann::json::accept as the reference, on raw bytes without NUL (nlohmann reads a NUL byte as
// the end of its input; this check refuses it, as a JSON parser in the browser would). The
// promises: whatever nlohmann accepts is accepted (but for a leading byte order mark); on valid UTF-8 without
// \u escapes or a byte order mark (where nlohmann also checks encoding, which this check leaves alone) and
// without numbers nlohmann finds out of range, both agree.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/text/text.h"
#include "fuzz/fuzz_input.h"
#include "web/json_check.h"

namespace {

// Numbers nlohmann refuses as out of range (1e999, hundreds of digits) are JSON all the same.
bool may_be_out_of_range(std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    run = digit ? run + 1 : 0;
    if (run > 300 ||
        ((text[i] == 'e' || text[i] == 'E') && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')) {
      return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.find('\0') != std::string_view::npos) {
    // Never a document: a NUL outside a string is no JSON, and inside one it must be escaped.
    if (chronicle::web::is_well_formed_json(text)) {
      chronicle::fuzz::require_no_problem("accepted a NUL byte", "web::json_check");
    }
    return 0;
  }
  const bool ours = chronicle::web::is_well_formed_json(text);
  const bool reference = nlohmann::json::accept(text);
  // nlohmann skips a leading byte order mark; inside a page of events it would be no JSON.
  const bool bom = text.starts_with("\xEF\xBB\xBF");
  if (reference && !ours && !bom) {
    chronicle::fuzz::require_no_problem("refused a document nlohmann accepts", "web::json_check");
  }
  const bool comparable = chronicle::text::is_valid_utf8(text) &&
                          text.find("\\u") == std::string_view::npos && !bom && !may_be_out_of_range(text);
  if (comparable && ours != reference) {
    chronicle::fuzz::require_no_problem("accepted a document nlohmann refuses", "web::json_check");
  }
  return 0;
}
