// The HTML/XML tokenizer and entity decoding.
#include "core/article/markup.h"

#include <catch2/catch.hpp>

using namespace chronicle::article::detail;

TEST_CASE("named and numeric character references decode to UTF-8, unknown ones stay", "[article][markup]") {
  CHECK(decode_entities("Tom &amp; Jerry") == "Tom & Jerry");
  CHECK(decode_entities("&#8217;&#x2019;&rsquo;") == "\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99");
  CHECK(decode_entities("&eacute;t&eacute;") == "\xC3\xA9t\xC3\xA9");
  CHECK(decode_entities("&notanentity; & &#;") == "&notanentity; & &#;");
  CHECK(decode_entities("&#0;&#xD800;&#x110000;") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("tags, attributes in every quoting style and raw script text are tokenized", "[article][markup]") {
  Tokenizer tokenizer(R"(<P Class="a" data-x='b' hidden id=c><script>if (a<b) x="</p>";</script>text</p>)",
                      Dialect::kHtml);
  Token token;
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::kStartTag);
  CHECK(token.name == "p");
  REQUIRE(token.attributes.size() == 4);
  CHECK(*find_attribute(token, "class") == "a");
  CHECK(*find_attribute(token, "data-x") == "b");
  CHECK(find_attribute(token, "hidden")->empty());
  CHECK(*find_attribute(token, "id") == "c");
  REQUIRE(tokenizer.next(token));
  CHECK(token.name == "script");
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::kText);
  CHECK(token.text == "if (a<b) x=\"</p>\";");
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::kEndTag);
  CHECK(token.name == "script");
  REQUIRE(tokenizer.next(token));
  CHECK(token.text == "text");
  REQUIRE(tokenizer.next(token));
  CHECK(token.kind == TokenKind::kEndTag);
  CHECK_FALSE(tokenizer.next(token));
  CHECK_FALSE(tokenizer.error());
}

TEST_CASE("a lone '<' is text in HTML and an error in XML", "[article][markup]") {
  Token token;
  Tokenizer html("a < b", Dialect::kHtml);
  std::string text;
  while (html.next(token)) text += token.text;
  CHECK(text == "a < b");
  CHECK_FALSE(html.error());
  const auto xml = parse_xml("<a>1 < 2</a>");
  REQUIRE(std::holds_alternative<MarkupError>(xml));
  CHECK(std::get<MarkupError>(xml).offset == 5);
}

TEST_CASE("an XML tree gives children, attributes and text of subtrees", "[article][markup]") {
  const auto parsed = parse_xml("<?xml version='1.0'?><r><a k='v'>x<b>y</b></a><a/><![CDATA[<z>]]></r>");
  REQUIRE(std::holds_alternative<XmlDocument>(parsed));
  const XmlDocument& doc = std::get<XmlDocument>(parsed);
  CHECK(doc.children(0).size() == 2);
  CHECK(doc.text_of(0) == "xy<z>");
  CHECK(doc.text_of(1) == "xy");
  CHECK(*doc.attribute(1, "k") == "v");
  CHECK(doc.child(1, "b") == std::optional<std::size_t>{2});
}

TEST_CASE("position_of counts lines and columns from 1", "[article][markup]") {
  CHECK(position_of("ab\ncd", 0).line == 1);
  CHECK(position_of("ab\ncd", 4).line == 2);
  CHECK(position_of("ab\ncd", 4).column == 2);
}
