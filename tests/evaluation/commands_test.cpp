// `chronicle tag` and `chronicle eval` run as programs: usage, exit codes, output shapes, streaming.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/evaluation/timeml.h"
#include "tests/support/child_process.h"

namespace {

using chronicle::testing::run;
using nlohmann::json;

const std::string kChronicle = CHRONICLE_BINARY;
const std::string kFixtures = std::string(CHRONICLE_SOURCE_DIR) + "/tests/evaluation/fixtures";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string file_contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool one_line(const std::string& message) {
  return !message.empty() && message.find('\n') == message.size() - 1;
}

}  // namespace

TEST_CASE("tag and eval print their usage on --help and exit 0") {
  for (const char* command : {"tag", "eval"}) {
    const auto result = run({kChronicle, command, "--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind(std::string("Usage: chronicle ") + command, 0) == 0);
  }
}

TEST_CASE("bad usage of tag prints the usage and exits 2") {
  const std::vector<std::vector<std::string>> cases = {{"--bogus"},
                                                       {"--dct", "tomorrow"},
                                                       {"--dct", "2016-02-30"},
                                                       {"--mode", "poetry"},
                                                       {"--format", "xml"},
                                                       {"--date-order", "ymd"},
                                                       {"a.txt", "b.txt"},
                                                       {"--jsonl", "--format", "json"},
                                                       {"--dct"}};
  for (const auto& extra : cases) {
    std::vector<std::string> argv = {kChronicle, "tag"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    const auto result = run(argv, "");
    INFO(extra.front());
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("Usage: chronicle tag") != std::string::npos);
  }
}

TEST_CASE("bad usage of eval prints the usage and exits 2") {
  for (const std::vector<std::string>& extra : std::vector<std::vector<std::string>>{
           {}, {"--bogus", kFixtures}, {kFixtures, kFixtures}, {kFixtures, "--mode", "x"}}) {
    std::vector<std::string> argv = {kChronicle, "eval"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    const auto result = run(argv);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("Usage: chronicle eval") != std::string::npos);
  }
}

TEST_CASE("tag reads a text from standard input and writes one JSON result") {
  const auto result =
      run({kChronicle, "tag", "--dct", "2016-03-29T16:27:03", "--mode", "news"}, "It rained.\n");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.back() == '\n');
  const json output = json::parse(result.out);
  CHECK(output["dct"] == "2016-03-29T16:27:03");
  CHECK(output["timexes"].is_array());
  CHECK_FALSE(output.contains("id"));
}

TEST_CASE("tag writes the range of two linked ends in its JSON, and only on them") {
  const auto result = run({kChronicle, "tag", "--dct", "2016-03-29", "--mode", "news"},
                          "The fair runs from March 3 to 10. Prices rose on Monday.");
  REQUIRE(result.exit_code == 0);
  const json timexes = json::parse(result.out)["timexes"];
  REQUIRE(timexes.size() == 3);
  CHECK(timexes[0]["range"] == json({{"start", 0}, {"end", 1}, {"via", "from"}}));
  CHECK(timexes[1]["text"] == "10");
  CHECK(timexes[1]["range"] == json({{"start", 0}, {"end", 1}, {"via", "from"}}));
  CHECK_FALSE(timexes[2].contains("range"));
}

TEST_CASE("tag --explain names the rule behind each expression, one line each") {
  const auto result = run({kChronicle, "tag", "--explain", "--dct", "2016-03-29", "--mode", "news"},
                          "Prices rose on March 3, 2016 and fell since Monday.");
  REQUIRE(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "dct: 2016-03-29");
  CHECK(lines[1] == "15-28  \"March 3, 2016\"  DATE 2016-03-03  <- month day, year");
  CHECK(lines[2] == "44-50  \"Monday\"  DATE 2016-03-28  range(1..open, since)  <- weekday");
  const auto misuse = run({kChronicle, "tag", "--explain", "--jsonl"}, "");
  CHECK(misuse.exit_code == 2);
}

TEST_CASE("tag without a DCT writes it as null") {
  const auto result = run({kChronicle, "tag", "-"}, "x");
  REQUIRE(result.exit_code == 0);
  CHECK(json::parse(result.out)["dct"].is_null());
}

TEST_CASE("tag writes valid JSON whatever bytes it is given") {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes += static_cast<char>((i * 7919) % 256);
  bytes += "March 3, 2016 \xff\xfe 2016-03-29 \xC3";
  const auto result = run({kChronicle, "tag", "--dct", "2016-03-29"}, bytes);
  REQUIRE(result.exit_code == 0);
  CHECK(json::parse(result.out, nullptr, false).is_object());
}

TEST_CASE("tag names a missing input file on one line and exits 1") {
  const auto result = run({kChronicle, "tag", kFixtures + "/no-such-file.txt"});
  CHECK(result.exit_code == 1);
  CHECK(one_line(result.err));
  CHECK(result.err.find("no-such-file.txt") != std::string::npos);
}

TEST_CASE("tag --jsonl answers every request line in order and goes on after a malformed one") {
  const std::string input =
      "{\"id\": 1, \"text\": \"a\", \"dct\": \"2016-03-29\"}\n"
      "{\"id\": 2, \"text\": \n"
      "\n"
      "{\"id\": \"b\", \"text\": \"b\", \"mode\": \"narrative\"}\r\n"
      "{\"id\": 4, \"text\": \"c\", \"dct\": \"later\"}\n"
      "{\"text\": \"no newline at the end\"}";
  const auto result = run({kChronicle, "tag", "--jsonl", "--dct", "2001-09-11"}, input);
  REQUIRE(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 5);
  CHECK(json::parse(lines[0]) == json::parse(R"({"id": 1, "dct": "2016-03-29", "timexes": []})"));
  CHECK(json::parse(lines[1]) == json::parse(R"({"error": "line 2: invalid JSON at byte 18"})"));
  CHECK(json::parse(lines[2])["id"] == "b");
  CHECK(json::parse(lines[2])["dct"] == "2001-09-11");
  CHECK(json::parse(lines[3]) ==
        json::parse(R"({"id": 4, "error": "line 5: \"dct\" is not an ISO 8601 date or time"})"));
  CHECK(json::parse(lines[4])["timexes"].is_array());
}

TEST_CASE("tag --jsonl skips a byte order mark at the start of the input") {
  const auto result = run({kChronicle, "tag", "--jsonl"}, "\xEF\xBB\xBF{\"id\": 1, \"text\": \"x\"}\n");
  REQUIRE(result.exit_code == 0);
  CHECK(json::parse(result.out)["id"] == 1);
}

TEST_CASE("tag --jsonl answers every line of random bytes with one error line") {
  std::uint32_t state = 2024;
  std::string input;
  std::size_t requests = 0;
  for (int line = 0; line < 500; ++line) {
    std::string bytes;
    for (int i = 0; i < 200; ++i) {
      state = state * 1664525u + 1013904223u;
      const char c = static_cast<char>(state >> 24);
      bytes += c == '\n' ? ' ' : c;
    }
    bytes[0] = '{';  // most lines then get past the first check and fail deeper in
    input += bytes + "\n";
    ++requests;
  }
  const auto result = run({kChronicle, "tag", "--jsonl"}, input);
  REQUIRE(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  CHECK(lines.size() == requests);
  std::size_t errors = 0;
  for (const std::string& line : lines) {
    const json answer = json::parse(line, nullptr, false);
    errors += answer.is_object() && answer.contains("error") ? 1 : 0;
  }
  CHECK(errors == requests);
}

TEST_CASE("tag --jsonl answers each line before the next one arrives") {
  // The second request comes 20 seconds after the first: its answer must not wait for it.
  chronicle::testing::BackgroundProcess process(
      {"/bin/sh", "-c",
       "(echo '{\"id\": 1, \"text\": \"x\"}'; sleep 20; echo '{\"id\": 2, \"text\": \"y\"}') | '" +
           kChronicle + "' tag --jsonl"});
  const std::string first = process.read_line(10000);
  REQUIRE_FALSE(first.empty());
  CHECK(json::parse(first)["id"] == 1);
}

TEST_CASE("tag --jsonl handles a 4 MB request line") {
  std::string text;
  while (text.size() < 4'000'000)
    text += "Shares fell 3% on Monday, March 28, 2016, after two weeks of gains. ";
  const auto result =
      run({kChronicle, "tag", "--jsonl"}, R"({"id": "big", "dct": "2016-03-29", "text": ")" + text + "\"}\n");
  REQUIRE(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 1);
  const json output = json::parse(lines[0]);
  CHECK(output["id"] == "big");
  bool inside = true;
  for (const auto& timex : output["timexes"])
    inside = inside && timex["end"].get<std::size_t>() <= text.size();
  CHECK(inside);
}

TEST_CASE("tag --format timeml writes the document back with the text unchanged") {
  const std::string source = file_contents(kFixtures + "/good/a.tml");
  const auto result = run({kChronicle, "tag", "--format", "timeml", kFixtures + "/good/a.tml"});
  REQUIRE(result.exit_code == 0);
  const auto before = chronicle::evaluation::read_timeml(source);
  const auto after = chronicle::evaluation::read_timeml(result.out);
  REQUIRE(after.error.empty());
  CHECK(after.document.text == before.document.text);
  CHECK(after.document.dct == "2016-03-29");
  // Everything before TEXT is as it was.
  const std::size_t text_start = source.find("<TEXT>");
  CHECK(result.out.substr(0, text_start) == source.substr(0, text_start));
  for (const auto& timex : after.document.timexes) CHECK(!timex.value.empty());
}

TEST_CASE("tag --format timeml refuses a broken document on one line") {
  const auto result = run({kChronicle, "tag", "--format", "timeml"}, "<TimeML><TEXT>a <b</TEXT>");
  CHECK(result.exit_code == 1);
  CHECK(one_line(result.err));
  CHECK(result.err.find("line 1") != std::string::npos);
}

TEST_CASE("eval prints the score table for a folder of gold files") {
  const auto result = run({kChronicle, "eval", kFixtures + "/good"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.rfind("documents       2\ngold timexes    5\n", 0) == 0);
  CHECK(result.out.find("value F1") != std::string::npos);
}

TEST_CASE("eval fails on one line for a missing folder or a broken gold file") {
  for (const std::string& folder : {kFixtures + "/nowhere", kFixtures + "/broken", kFixtures + "/empty"}) {
    const auto result = run({kChronicle, "eval", folder});
    CHECK(result.exit_code == 1);
    CHECK(one_line(result.err));
  }
}
