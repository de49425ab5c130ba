#include "core/evaluation/timeml.h"

#include <catch2/catch.hpp>

namespace {

using chronicle::evaluation::read_timeml;
using chronicle::evaluation::write_timeml;
using chronicle::temporal::Timex;

constexpr std::string_view kDocument =
    "<?xml version=\"1.0\" ?>\n"
    "<TimeML>\n"
    "<DOCID>x</DOCID>\n"
    "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" "
    "value=\"2016-03-29\">2016-03-29</TIMEX3></DCT>\n"
    "<TEXT>\nR&amp;D fell on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-03-27\">Sunday</TIMEX3>"
    " for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\" mod=\"MORE_THAN\">two weeks</TIMEX3>.\n</TEXT>\n"
    "</TimeML>\n";

Timex span(std::size_t begin, std::size_t end, std::string type, std::string value, std::string mod = "") {
  Timex result;
  result.begin = begin;
  result.end = end;
  result.type = std::move(type);
  result.value = std::move(value);
  result.mod = std::move(mod);
  return result;
}

std::string wrap(std::string_view text) {
  return "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2016-03-29\"/></DCT><TEXT>" + std::string(text) +
         "</TEXT></TimeML>";
}

}  // namespace

TEST_CASE("reading TimeML gives the DCT, the unescaped text and gold spans with offsets into it") {
  const auto read = read_timeml(kDocument);
  REQUIRE(read.error.empty());
  const auto& document = read.document;
  CHECK(document.dct == "2016-03-29");
  CHECK(document.dct_tid == "t0");
  CHECK(document.text == "\nR&D fell on Sunday for two weeks.\n");
  REQUIRE(document.timexes.size() == 2);
  // "\nR&D fell on " is 13 bytes: "Sunday" is [13, 19); " for " brings "two weeks" to [24, 33).
  CHECK(document.timexes[0].begin == 13);
  CHECK(document.timexes[0].end == 19);
  CHECK(document.timexes[0].text == "Sunday");
  CHECK(document.timexes[0].type == "DATE");
  CHECK(document.timexes[0].value == "2016-03-27");
  CHECK(document.timexes[1].begin == 24);
  CHECK(document.timexes[1].end == 33);
  CHECK(document.timexes[1].text == "two weeks");
  CHECK(document.timexes[1].mod == "MORE_THAN");
}

TEST_CASE("a creation-time TIMEX3 outside a DCT element gives the DCT too") {
  const auto read = read_timeml(
      "<TimeML><TIMEX3 tid=\"t9\" functionInDocument=\"CREATION_TIME\" value=\"2001-02-03\"/>"
      "<TEXT>x</TEXT></TimeML>");
  REQUIRE(read.error.empty());
  CHECK(read.document.dct == "2001-02-03");
}

TEST_CASE("a document without a DCT reads with an empty one") {
  const auto read = read_timeml("<TimeML><TEXT>x</TEXT></TimeML>");
  REQUIRE(read.error.empty());
  CHECK(read.document.dct.empty());
}

TEST_CASE("other markup in TEXT is dropped from the text but kept for writing") {
  const auto read = read_timeml(wrap("a <EVENT eid=\"e1\">rose</EVENT><!-- c --> <![CDATA[<b>]]>"));
  REQUIRE(read.error.empty());
  CHECK(read.document.text == "a rose <b>");
  CHECK(read.document.kept.size() == 3);
}

TEST_CASE("malformed TimeML gives an error naming what and where") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<TimeML></TimeML>", "no <TEXT> element"},
      {"\n<TEXT>a\nb", "line 2: <TEXT> is never closed"},
      {"<TEXT></TEXT><TEXT></TEXT>", "line 1: more than one <TEXT> element"},
      {"<TEXT><TIMEX3 tid=\"t1\">a\n<TIMEX3 tid=\"t2\">b</TIMEX3></TIMEX3></TEXT>",
       "line 2: <TIMEX3> inside another <TIMEX3>"},
      {"<TEXT><TIMEX3 tid=\"t1\">a</TEXT>", "line 1: </TEXT> where </TIMEX3> was expected"},
      {"<TEXT><s>a</TEXT>", "line 1: </TEXT> where </s> was expected"},
      {"<TEXT>a</s></TEXT>", "line 1: </s> where </TEXT> was expected"},
      {"<TEXT><s><TIMEX3>a</s></TIMEX3></s></TEXT>", "line 1: </s> where </TIMEX3> was expected"},
      {"<TEXT>a < b</TEXT>", "line 1: '<' that does not start a tag"},
  };
  for (const auto& [source, expected] : cases) {
    CHECK(read_timeml(source).error == expected);
  }
}

TEST_CASE("deeply nested markup is read without recursion") {
  const std::size_t depth = 200000;
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += "<s>";
  text += "x";
  for (std::size_t i = 0; i < depth; ++i) text += "</s>";
  const auto read = read_timeml(wrap(text));
  REQUIRE(read.error.empty());
  CHECK(read.document.text == "x");
}

TEST_CASE("writing replaces the TIMEX3 tags of TEXT and keeps the text and the rest as they were") {
  const auto read = read_timeml(kDocument);
  REQUIRE(read.error.empty());
  const std::vector<Timex> ours = {span(10, 19, "DATE", "2016-03-27"),
                                   span(28, 33, "DURATION", "P1W", "APPROX")};
  const std::string written = write_timeml(kDocument, read.document, ours);
  CHECK(
      written ==
      "<?xml version=\"1.0\" ?>\n"
      "<TimeML>\n"
      "<DOCID>x</DOCID>\n"
      "<DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" "
      "value=\"2016-03-29\">2016-03-29</TIMEX3></DCT>\n"
      "<TEXT>\nR&amp;D fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-03-27\">on Sunday</TIMEX3> for two "
      "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\" mod=\"APPROX\">weeks</TIMEX3>.\n</TEXT>\n"
      "</TimeML>\n");
  const auto reread = read_timeml(written);
  REQUIRE(reread.error.empty());
  CHECK(reread.document.text == read.document.text);
}

TEST_CASE("written tids skip the DCT's tid") {
  const std::string source =
      "<TimeML><DCT><TIMEX3 tid=\"t1\" value=\"2016-03-29\"/></DCT><TEXT>May</TEXT></TimeML>";
  const auto read = read_timeml(source);
  REQUIRE(read.error.empty());
  const std::string written = write_timeml(source, read.document, {span(0, 3, "DATE", "2016-05")});
  CHECK(written.find("<TEXT><TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2016-05\">May</TIMEX3></TEXT>") !=
        std::string::npos);
}

TEST_CASE("a written timex never breaks the markup around it") {
  const std::string source = wrap("a <EVENT>b c</EVENT> d e");
  const auto read = read_timeml(source);
  REQUIRE(read.error.empty());
  REQUIRE(read.document.text == "a b c d e");
  // [2,5) is exactly the EVENT's content, [0,3) would cross its start, [6,9) overlaps [7,9),
  // [8,20) runs past the text: only the first and the third can be written.
  const std::vector<Timex> ours = {span(2, 5, "DATE", "A"), span(0, 3, "DATE", "B"), span(6, 9, "DATE", "C"),
                                   span(7, 9, "DATE", "D"), span(8, 20, "DATE", "E")};
  const std::string written = write_timeml(source, read.document, ours);
  CHECK(written == wrap("a <EVENT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"A\">b c</TIMEX3></EVENT> "
                        "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"C\">d e</TIMEX3>"));
}

TEST_CASE("written attribute values and text are escaped") {
  const std::string source = wrap("&lt;now&gt;");
  const auto read = read_timeml(source);
  REQUIRE(read.error.empty());
  const std::string written = write_timeml(source, read.document, {span(0, 5, "DATE", "\"x\"&")});
  CHECK(written ==
        wrap("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"&quot;x&quot;&amp;\">&lt;now&gt;</TIMEX3>"));
}

TEST_CASE("random bytes are read without a crash") {
  std::uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string bytes;
    for (int i = 0; i < 2000; ++i) {
      state = state * 1664525u + 1013904223u;
      // Mostly markup characters, so that the reader goes deep into its states.
      static constexpr char kAlphabet[] = "<>/=\"' TEXT3IMXa&;#!-[]?\n\xff";
      bytes += kAlphabet[(state >> 16) % (sizeof kAlphabet - 1)];
    }
    const std::string source = "<TEXT>" + bytes + "</TEXT>";
    const auto read = read_timeml(source);
    // Either an error, or a text no longer than the input that writes back to a document.
    if (read.error.empty()) {
      CHECK(read.document.text.size() <= source.size());
      CHECK(!write_timeml(source, read.document, read.document.timexes).empty());
    } else {
      CHECK(read.error.rfind("line ", 0) == 0);
    }
  }
}

// Found by fuzz_timeml: an empty element gave a gold span of zero bytes, which no tagger can match.
TEST_CASE("an empty TIMEX3 in TEXT marks nothing and is left out of the gold spans") {
  const auto read = read_timeml(wrap("On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2016-03-27\"></TIMEX3>Sunday "
                                     "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2016-03-28\">Monday</TIMEX3>."));
  REQUIRE(read.error.empty());
  CHECK(read.document.text == "On Sunday Monday.");
  REQUIRE(read.document.timexes.size() == 1);
  CHECK(read.document.timexes[0].begin == 10);
  CHECK(read.document.timexes[0].end == 16);
  CHECK(read.document.timexes[0].value == "2016-03-28");
}
