// The stored-document check of /api/events against documents whose validity is known by hand,
// and against nlohmann::json's parser on the same inputs.
#include "web/json_check.h"
#include "web/stored_documents.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using chronicle::web::is_well_formed_json;

TEST_CASE("well-formed JSON documents pass the check", "[web][json]") {
  for (const char* text : {R"({"id":1,"headline":"Palmyra \"retaken\"","tags":[],"o":{},"n":null})", "[]",
                           "{}", "  [1, -0.5, 2e10, 3E-2, true, false, null, \"\\u00e9\\n\"]  ",
                           "\"just a string\"", "0", R"({"a":[{"b":[[]]},{}],"c":"\/"})"}) {
    INFO(text);
    CHECK(is_well_formed_json(text));
    CHECK(nlohmann::json::accept(text));
  }
}

TEST_CASE("damaged documents fail the check", "[web][json]") {
  for (const char* text : {R"({"id":1,"headline":"Palm)",
                           R"({"a":})",
                           R"({"a" 1})",
                           R"({"a":1,})",
                           "[1,]",
                           "[1 2]",
                           "{\"a\":1}}",
                           "",
                           "   ",
                           "01",
                           "1.",
                           "-",
                           "1e",
                           "tru",
                           "nul",
                           "[\"tab\there\"]",
                           R"(["\x"])",
                           R"(["\u12g4"])",
                           "{1:2}",
                           "[}",
                           "{]",
                           "{\"a\":1]",
                           "[1}",
                           "\"open"}) {
    INFO(text);
    CHECK_FALSE(is_well_formed_json(text));
    CHECK_FALSE(nlohmann::json::accept(text));
  }
}

TEST_CASE("a NUL byte ends no document: it is refused where nlohmann would stop reading", "[web][json]") {
  using namespace std::string_literals;
  CHECK_FALSE(is_well_formed_json("false\0[@"s));  // found by fuzz_json_check
  CHECK_FALSE(is_well_formed_json("{\"a\":\"\0\"}"s));
  CHECK(is_well_formed_json("{\"a\":\"\\u0000\"}"s));
}

TEST_CASE("nesting 100,000 deep is checked without recursion", "[web][json]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK(is_well_formed_json(deep));
  CHECK_FALSE(is_well_formed_json(deep.substr(0, deep.size() - 1)));
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(100000, '}');
  CHECK(is_well_formed_json(objects));
}

TEST_CASE("a page keeps its well-formed documents in order and drops damaged ones every time",
          "[web][json]") {
  chronicle::web::StoredDocuments stored;
  const std::string good = R"({"id":1,"headline":"Palmyra retaken"})";
  const std::string damaged = R"({"id":1,"headline":"Palmyra retaken")";  // the same bytes but the last
  for (int round = 0; round < 3; ++round) {  // the first round checks, the later ones remember
    INFO("round " << round);
    std::vector<std::string> page = {good, damaged, R"({"id":2})", R"({"id":3,)"};
    CHECK(stored.drop_malformed(page) == 2);
    CHECK(page == std::vector<std::string>{good, R"({"id":2})"});
  }
  CHECK(chronicle::web::document_hash(good) != chronicle::web::document_hash(damaged));
  CHECK(chronicle::web::document_hash("") != chronicle::web::document_hash(std::string(1, '\0')));
}
