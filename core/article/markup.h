// A small tokenizer for HTML and XML, and a flat XML tree built on it. Internal to core/article.
// Nothing here recurses: tokens are read in one forward pass, the tree is built with an explicit
// stack and a depth limit, so hostile nesting or unclosed constructs cost linear time and end in
// an error value, never a crash.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace chronicle::article::detail {

struct Attribute {
  std::string name;   // lower-case in HTML, as written in XML
  std::string value;  // entities decoded
};

enum class TokenKind { kStartTag, kEndTag, kText, kCData, kComment, kOther /* doctype, <?...?> */ };

struct Token {
  TokenKind kind = TokenKind::kText;
  std::string name;  // tags only
  std::vector<Attribute> attributes;
  bool self_closing = false;
  std::string text;        // text: entities decoded (script and style content as is); CDATA: as is
  std::size_t offset = 0;  // byte offset of the token in the input
};

// The value of attribute `name` of `token`, or nullptr.
const std::string* find_attribute(const Token& token, std::string_view name);

struct MarkupError {
  std::size_t offset = 0;
  std::string message;
};

enum class Dialect { kHtml, kXml };

class Tokenizer {
 public:
  Tokenizer(std::string_view input, Dialect dialect) : input_(input), dialect_(dialect) {}

  // Reads the next token into `token`. False at the end of the input or at an error (see error()).
  bool next(Token& token);
  const std::optional<MarkupError>& error() const { return error_; }

 private:
  bool read_tag(Token& token);
  bool read_attributes(Token& token);
  bool read_until(std::string_view terminator, TokenKind kind, std::size_t skip, Token& token,
                  const char* what);
  void read_text(Token& token);
  void read_raw_text(Token& token, bool decode);
  bool fail(std::size_t offset, std::string message);

  std::string_view input_;
  Dialect dialect_;
  std::size_t pos_ = 0;
  std::string raw_text_element_;  // HTML: inside <script>, <style>, <title> or <textarea>
  std::optional<MarkupError> error_;
};

// Replaces character references (&amp; &#8217; &#x2019; &eacute; ...) by UTF-8; unknown ones stay.
std::string decode_entities(std::string_view text);

// 1-based line and column of byte `offset` in `text`.
struct Position {
  std::size_t line = 1;
  std::size_t column = 1;
};
Position position_of(std::string_view text, std::size_t offset);

// The same for many offsets into one text, without rescanning it for each.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position_of(std::size_t offset) const;

 private:
  std::vector<std::size_t> starts_;  // offset of the first byte of every line
};

// An XML document as a flat list of elements in document order. The elements of a subtree follow
// their root, up to `subtree_end`; their text is `texts[text_begin, text_end)`.
struct XmlElement {
  std::string name;
  std::vector<Attribute> attributes;
  std::size_t offset = 0;
  std::size_t subtree_end = 0;
  std::size_t text_begin = 0;
  std::size_t text_end = 0;
};

struct XmlDocument {
  std::vector<XmlElement> elements;
  std::vector<std::string> texts;

  std::string text_of(std::size_t element) const;  // all text inside, tags dropped
  std::vector<std::size_t> children(std::size_t element) const;
  std::optional<std::size_t> child(std::size_t element, std::string_view name) const;
  std::optional<std::size_t> find(std::string_view name) const;  // first element so named
  const std::string* attribute(std::size_t element, std::string_view name) const;
};

// Parses well-formed XML; the first structural error (unclosed or mismatched tags, nesting deeper
// than a limit, broken markup) ends it.
std::variant<XmlDocument, MarkupError> parse_xml(std::string_view input);

}  // namespace chronicle::article::detail
