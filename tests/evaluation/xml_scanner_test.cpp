#include "core/evaluation/xml_scanner.h"

#include <catch2/catch.hpp>

namespace {

using chronicle::evaluation::XmlKind;
using chronicle::evaluation::XmlScanner;
using chronicle::evaluation::XmlToken;

std::vector<XmlToken> scan(std::string_view source, std::string* error = nullptr) {
  XmlScanner scanner(source);
  std::vector<XmlToken> tokens;
  XmlToken token;
  while (scanner.next(token)) tokens.push_back(token);
  if (error) *error = scanner.error();
  return tokens;
}

std::string unescape(std::string_view raw) {
  std::string out;
  chronicle::evaluation::append_unescaped(raw, out);
  return out;
}

}  // namespace

TEST_CASE("tags, attributes in either quote and text runs come out with their byte ranges") {
  const std::string source = "<a x=\"1\" y='two'>hi<b/></a>";
  std::string error;
  const auto tokens = scan(source, &error);
  CHECK(error.empty());
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].kind == XmlKind::kStartTag);
  CHECK(tokens[0].name == "a");
  CHECK(tokens[0].attribute("x") == "1");
  CHECK(tokens[0].attribute("y") == "two");
  CHECK(tokens[0].attribute("z").empty());
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 17);
  CHECK(tokens[1].kind == XmlKind::kText);
  CHECK(tokens[1].content == "hi");
  CHECK(tokens[2].kind == XmlKind::kEmptyTag);
  CHECK(tokens[3].kind == XmlKind::kEndTag);
  CHECK(tokens[3].end == source.size());
}

TEST_CASE("comments, CDATA, processing instructions and doctypes are single tokens") {
  const auto tokens =
      scan("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"v\">]><!-- a<b --><![CDATA[x<y]]>");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].kind == XmlKind::kInstruction);
  CHECK(tokens[1].kind == XmlKind::kInstruction);
  CHECK(tokens[2].kind == XmlKind::kComment);
  CHECK(tokens[3].kind == XmlKind::kCData);
  CHECK(tokens[3].content == "x<y");
}

TEST_CASE("malformed markup stops the scan with an error naming its line") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a\n<b", "line 2: tag <b> is never closed"},
      {"a\nb\n< c", "line 3: '<' that does not start a tag"},
      {"<a x=1>", "line 1: value of attribute x is not quoted"},
      {"<a x>", "line 1: attribute x has no value"},
      {"<a x=\"1>", "line 1: value of attribute x is never closed"},
      {"\n<!-- open", "line 2: markup opened here is never closed"},
      {"</a b=\"1\">", "line 1: unexpected character in tag <a>"},
  };
  for (const auto& [source, expected] : cases) {
    std::string error;
    scan(source, &error);
    CHECK(error == expected);
  }
}

TEST_CASE("the five entities and numeric references become characters") {
  CHECK(unescape("R&amp;D &lt;b&gt; &quot;q&quot; &apos;s") == "R&D <b> \"q\" 's");
  CHECK(unescape("caf&#233; &#xE9;") == "caf\xC3\xA9 \xC3\xA9");
  CHECK(unescape("&#x1F600;") == "\xF0\x9F\x98\x80");
}

TEST_CASE("anything that is not a well-formed reference is kept as written") {
  CHECK(unescape("AT&T") == "AT&T");
  CHECK(unescape("&nbsp; &#xD800; &#0; &#12a; &") == "&nbsp; &#xD800; &#0; &#12a; &");
  CHECK(unescape("&amp") == "&amp");
}

TEST_CASE("escaping text leaves quotes alone while escaping attributes does not") {
  std::string text;
  chronicle::evaluation::append_escaped_text("a<b & \"c\">", text);
  CHECK(text == "a&lt;b &amp; \"c\"&gt;");
  std::string attribute;
  chronicle::evaluation::append_escaped_attribute("\"x\"&", attribute);
  CHECK(attribute == "&quot;x&quot;&amp;");
}

TEST_CASE("many declarations in a row are scanned one after the other") {
  // Each "<!x>" must be found without looking through the rest of the input.
  std::string source;
  for (int i = 0; i < 200000; ++i) source += "<!x>";
  std::string error;
  CHECK(scan(source, &error).size() == 200000);
  CHECK(error.empty());
}
