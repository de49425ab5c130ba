#include "core/evaluation/tag_io.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

using chronicle::evaluation::is_valid_dct;
using chronicle::evaluation::tag_jsonl_line;
using chronicle::evaluation::tag_result_json;
using chronicle::temporal::Timex;
using nlohmann::json;

}  // namespace

TEST_CASE("DCTs in ISO 8601 date and time forms are accepted") {
  for (const char* dct :
       {"2016", "2016-03", "2016-03-29", "2016-02-29", "2000-02-29", "2016-03-29T16:27",
        "2016-03-29T16:27:03", "2016-03-29T16:27:03.250", "2016-03-29T16:27:03Z", "2016-03-29T16:27:03+02:00",
        "2016-03-29T16:27-0500", "2016-03-29 16:27:03", "2016-03-29T24:00:00"}) {
    CHECK(is_valid_dct(dct));
  }
}

TEST_CASE("DCTs that are not calendar dates are refused") {
  for (const char* dct :
       {"", "yesterday", "16-03-29", "2016-3-29", "2016-13-01", "2016-00-10", "2015-02-29", "1900-02-29",
        "2016-04-31", "2016-03-29T25:00", "2016-03-29T16:60", "2016-03-29T24:30", "2016-03-29T16:27:03.",
        "2016-03-29T16:27:03+2", "2016-03-29X", "2016-03-29T16:27:03Z junk"}) {
    CHECK_FALSE(is_valid_dct(dct));
  }
}

TEST_CASE("option names map to modes and date orders") {
  using chronicle::temporal::DateOrder;
  using chronicle::temporal::Mode;
  CHECK(chronicle::evaluation::parse_mode("news") == Mode::kNews);
  CHECK(chronicle::evaluation::parse_mode("narrative") == Mode::kNarrative);
  CHECK(chronicle::evaluation::parse_mode("auto") == Mode::kAuto);
  CHECK_FALSE(chronicle::evaluation::parse_mode("News"));
  CHECK(chronicle::evaluation::parse_date_order("dmy") == DateOrder::kDayFirst);
  CHECK(chronicle::evaluation::parse_date_order("mdy") == DateOrder::kMonthFirst);
  CHECK_FALSE(chronicle::evaluation::parse_date_order("ymd"));
}

TEST_CASE("a tagging result is written in the agreed JSON shape") {
  Timex dated;
  dated.text = "last May";
  dated.begin = 896;
  dated.end = 904;
  dated.type = "DATE";
  dated.value = "2015-05";
  dated.granularity = chronicle::temporal::Granularity::kMonth;
  dated.written.month = true;
  dated.interval = chronicle::temporal::Interval{"2015-05-01T00:00:00", "2015-06-01T00:00:00", 1430438400, 1433116800};
  Timex duration;
  duration.text = "two weeks";
  duration.begin = 910;
  duration.end = 919;
  duration.type = "DURATION";
  duration.value = "P2W";
  duration.mod = "MORE_THAN";
  CHECK(tag_result_json("7", "2016-03-29T16:27:03", {dated, duration}) ==
        R"({"id":7,"dct":"2016-03-29T16:27:03","timexes":[)"
        R"({"text":"last May","begin":896,"end":904,"type":"DATE","value":"2015-05","mod":null,)"
        R"("granularity":"month","written":["month"],"interval":{"start":"2015-05-01T00:00:00","end":"2015-06-01T00:00:00"}},)"
        R"({"text":"two weeks","begin":910,"end":919,"type":"DURATION","value":"P2W","mod":"MORE_THAN",)"
        R"("granularity":null,"written":[],"interval":null}]})");
}

TEST_CASE("a result without id leaves it out and an unknown DCT is null") {
  CHECK(tag_result_json("", "", {}) == R"({"dct":null,"timexes":[]})");
}

TEST_CASE("JSON strings are escaped and invalid UTF-8 becomes U+FFFD") {
  std::string out;
  chronicle::evaluation::append_json_string("a\"b\\c\nd\x01\xff", out);
  CHECK(out == "\"a\\\"b\\\\c\\nd\\u0001\xEF\xBF\xBD\"");
  CHECK(json::parse(out) == "a\"b\\c\nd\x01\xEF\xBF\xBD");
}

TEST_CASE("a JSON Lines request echoes its id and DCT") {
  const json response =
      json::parse(tag_jsonl_line(R"({"id": "a-1", "text": "It rained.", "dct": "2016-03-29"})", 1, {}));
  CHECK(response["id"] == "a-1");
  CHECK(response["dct"] == "2016-03-29");
  CHECK(response["timexes"].is_array());
  CHECK_FALSE(response.contains("error"));
}

TEST_CASE("a JSON Lines request without id or DCT takes the defaults") {
  chronicle::temporal::TagOptions defaults;
  defaults.dct = "2001-09-11";
  const json response = json::parse(tag_jsonl_line(R"({"text": "x"})", 1, defaults));
  CHECK_FALSE(response.contains("id"));
  CHECK(response["dct"] == "2001-09-11");
}

TEST_CASE("a null DCT or mode in a request means the defaults") {
  chronicle::temporal::TagOptions defaults;
  defaults.dct = "2001-09-11";
  const json response =
      json::parse(tag_jsonl_line(R"({"text": "x", "dct": null, "mode": null})", 1, defaults));
  CHECK(response["dct"] == "2001-09-11");
}

TEST_CASE("a malformed JSON Lines request gives an error line with its number and id") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"text\": \"a", R"({"error":"line 4: invalid JSON at byte 11"})"},
      {"[1, 2]", R"({"error":"line 4: not a JSON object"})"},
      {R"({"id": 3})", R"({"id":3,"error":"line 4: \"text\" is missing or not a string"})"},
      {R"({"id": 3, "text": 5})", R"({"id":3,"error":"line 4: \"text\" is missing or not a string"})"},
      {R"({"id": "x", "text": "a", "dct": "soon"})",
       R"({"id":"x","error":"line 4: \"dct\" is not an ISO 8601 date or time"})"},
      {R"({"text": "a", "dct": 2016})", R"({"error":"line 4: \"dct\" is not an ISO 8601 date or time"})"},
      {R"({"text": "a", "mode": "poetry"})",
       R"({"error":"line 4: \"mode\" is not news, narrative or auto"})"},
      {"{\"text\": \"\xff\"}", R"({"error":"line 4: invalid UTF-8 at byte 10"})"},
  };
  for (const auto& [line, expected] : cases) {
    CHECK(tag_jsonl_line(line, 4, {}) == expected);
  }
}
