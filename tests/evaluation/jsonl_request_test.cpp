#include "core/evaluation/jsonl_request.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

using chronicle::evaluation::JsonKind;
using chronicle::evaluation::JsonlRequest;
using chronicle::evaluation::read_jsonl_request;

std::string problem(std::string_view line) {
  JsonlRequest request;
  return read_jsonl_request(line, request);
}

}  // namespace

TEST_CASE("a request's members are read and other members skipped") {
  JsonlRequest request;
  const std::string line =
      R"( {"meta": {"a": [1, -2.5e+3, true, false, null, {"b": "c"}]}, "id": {"k": [1, "x"]},)"
      R"( "text": "Caf\u00e9 \"on\" Sunday\n\ud83d\ude00", "dct": "2016-03-29", "mode": null} )";
  REQUIRE(read_jsonl_request(line, request).empty());
  CHECK(request.id_json == R"({"k": [1, "x"]})");
  CHECK(request.text.kind == JsonKind::kString);
  CHECK(request.text.text == "Caf\xC3\xA9 \"on\" Sunday\n\xF0\x9F\x98\x80");
  CHECK(request.dct.kind == JsonKind::kString);
  CHECK(request.dct.text == "2016-03-29");
  CHECK(request.mode.kind == JsonKind::kNull);
}

TEST_CASE("members that are absent or not strings are told apart") {
  JsonlRequest request;
  REQUIRE(read_jsonl_request(R"({"text": 12, "id": "a\"b"})", request).empty());
  CHECK(request.text.kind == JsonKind::kOther);
  CHECK(request.dct.kind == JsonKind::kAbsent);
  CHECK(request.id_json == R"("a\"b")");
}

TEST_CASE("a later duplicate member wins") {
  JsonlRequest request;
  REQUIRE(read_jsonl_request(R"({"text": "one", "text": "two"})", request).empty());
  CHECK(request.text.text == "two");
}

TEST_CASE("malformed requests are refused at the byte where they go wrong") {
  CHECK(problem("") == "not a JSON object");
  CHECK(problem("[1]") == "not a JSON object");
  CHECK(problem(R"({"text": "a")") == "invalid JSON at byte 12");
  CHECK(problem(R"({"text": "a"} x)") == "invalid JSON at byte 14");
  CHECK(problem(R"({"text" "a"})") == "invalid JSON at byte 8");
  CHECK(problem(R"({"n": 012})") == "invalid JSON at byte 7");
  CHECK(problem(R"({"t": "\q"})") == "invalid JSON at byte 8");
  CHECK(problem(R"({"t": "\udc00"})") == "invalid JSON at byte 13");
  CHECK(problem("{\"t\": \"a\tb\"}") == "invalid JSON at byte 8");
  CHECK(problem("{\"t\": \"\xC3\x28\"}") == "invalid UTF-8 at byte 7");
  CHECK(problem("{\"t\": \"\xED\xA0\x80\"}") == "invalid UTF-8 at byte 7");  // an encoded surrogate
  CHECK(problem(R"({"a": [1, 2,]})") == "invalid JSON at byte 12");
  CHECK(problem(R"({"a": tru})") == "invalid JSON at byte 6");
}

TEST_CASE("deep nesting in a skipped member is read without recursion") {
  const std::size_t depth = 1000000;
  const std::string nested = std::string(depth, '[') + std::string(depth, ']');
  CHECK(problem(R"({"a": )" + nested + R"(, "text": "x"})").empty());
  CHECK(problem(R"({"a": )" + std::string(depth, '[') + "}") ==
        "invalid JSON at byte " + std::to_string(6 + depth));
}

TEST_CASE("requests are accepted exactly when a full JSON parser accepts them as objects") {
  // Mutations of a valid request: each byte replaced, dropped or doubled, checked against nlohmann.
  const std::string base =
      R"({"id": [1, {"x": -0.5e2}], "text": "a\u00e9\n\ud83d\ude00 b", "dct": "2016", "z": [true, null]})";
  const std::string replacements = "{}[]\",:\\u0e-+. \x01\xC3\xA9\xff";
  std::size_t checked = 0;
  for (std::size_t i = 0; i < base.size(); ++i) {
    std::vector<std::string> variants = {base.substr(0, i) + base.substr(i + 1),
                                         base.substr(0, i + 1) + base.substr(i)};
    for (const char c : replacements) variants.push_back(base.substr(0, i) + c + base.substr(i + 1));
    for (const std::string& line : variants) {
      const nlohmann::json parsed = nlohmann::json::parse(line, nullptr, false);
      const bool expected = !parsed.is_discarded() && parsed.is_object();
      INFO(line);
      CHECK(problem(line).empty() == expected);
      ++checked;
    }
  }
  CHECK(checked == base.size() * (2 + replacements.size()));
}
