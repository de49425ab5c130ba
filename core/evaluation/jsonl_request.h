// Reads one `chronicle tag --jsonl` request line: a JSON object whose "id", "text", "dct" and "mode"
// members matter and whose other members are checked and skipped. A small strict JSON reader
// written for this one shape: it runs in one pass, copies only the strings it keeps, never
// recurses (nesting is tracked with a counter stack) and reports errors at 0-based byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle::evaluation {

enum class JsonKind { kAbsent, kNull, kString, kOther };

struct JsonMember {
  JsonKind kind = JsonKind::kAbsent;
  std::string text;  // the decoded string when kind is kString
};

struct JsonlRequest {
  std::string id_json;  // the id's JSON text as written in the request, "" when absent
  JsonMember text;
  JsonMember dct;
  JsonMember mode;
};

// Fills `request` from `line` (a later duplicate member wins). Returns "" on success, or what is
// wrong: "invalid JSON at byte N", "invalid UTF-8 at byte N", "not a JSON object".
std::string read_jsonl_request(std::string_view line, JsonlRequest& request);

// Where the run of bytes from `pos` that a JSON string holds as they are ends: printable ASCII
// other than '"' and '\\'. Eight bytes at a time: the text of a request is mostly such a run.
std::size_t json_plain_run_end(std::string_view s, std::size_t pos);

}  // namespace chronicle::evaluation
