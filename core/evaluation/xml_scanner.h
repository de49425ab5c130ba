// A small, non-validating XML tokenizer for TimeML files: text runs, tags with attributes, comments,
// CDATA sections, processing instructions and doctypes, each with its byte range in the source.
// It never recurses and never throws: on malformed markup it stops with an error that names the line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::evaluation {

enum class XmlKind {
  kText,         // character data between markup (still escaped)
  kStartTag,     // <NAME ...>
  kEndTag,       // </NAME>
  kEmptyTag,     // <NAME .../>
  kComment,      // <!-- ... -->
  kCData,        // <![CDATA[ ... ]]>; `content` is the raw character data
  kInstruction,  // <? ... ?> and <!DOCTYPE ...>
};

struct XmlAttribute {
  std::string_view name;
  std::string_view value;  // raw, still escaped
};

struct XmlToken {
  XmlKind kind = XmlKind::kText;
  std::size_t begin = 0;  // byte range of the whole token in the source
  std::size_t end = 0;
  std::string_view name;     // tag name for tags
  std::string_view content;  // text for kText and kCData
  std::vector<XmlAttribute> attributes;

  // The raw value of attribute `name`, or "" when absent.
  std::string_view attribute(std::string_view name) const;
};

class XmlScanner {
 public:
  explicit XmlScanner(std::string_view source) : source_(source) {}

  // Reads the next token into `token`. Returns false at the end of the input or on an error;
  // error() is "" in the first case and says what is wrong and on which line in the second.
  bool next(XmlToken& token);
  const std::string& error() const { return error_; }

 private:
  bool scan_markup(XmlToken& token);
  bool scan_tag(XmlToken& token);
  bool scan_until(XmlToken& token, XmlKind kind, std::string_view opener, std::string_view closer);
  bool fail(std::size_t at, std::string_view what);

  std::string_view source_;
  std::size_t pos_ = 0;
  std::string error_;
};

// Replaces the five predefined entities and numeric character references by their characters,
// appending to `out`. Anything that is not a well-formed reference is kept as it is.
void append_unescaped(std::string_view raw, std::string& out);

// Escapes text for element content (& < >).
void append_escaped_text(std::string_view text, std::string& out);

// Escapes text for a double-quoted attribute value (& < > ").
void append_escaped_attribute(std::string_view text, std::string& out);

// 1-based line number of byte `offset` in `source`.
std::size_t line_of(std::string_view source, std::size_t offset);

}  // namespace chronicle::evaluation
