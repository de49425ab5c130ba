// A flat XML tree: elements in document order, each subtree a contiguous range.
#include "core/article/markup.h"

namespace chronicle::article::detail {
namespace {

constexpr std::size_t kMaxDepth = 256;

std::string line_of(std::string_view input, std::size_t offset) {
  return std::to_string(position_of(input, offset).line);
}

}  // namespace

std::string XmlDocument::text_of(std::size_t element) const {
  std::string out;
  for (std::size_t t = elements[element].text_begin; t < elements[element].text_end; ++t) out += texts[t];
  return out;
}

std::vector<std::size_t> XmlDocument::children(std::size_t element) const {
  std::vector<std::size_t> out;
  for (std::size_t e = element + 1; e < elements[element].subtree_end; e = elements[e].subtree_end)
    out.push_back(e);
  return out;
}

std::optional<std::size_t> XmlDocument::child(std::size_t element, std::string_view name) const {
  for (std::size_t e = element + 1; e < elements[element].subtree_end; e = elements[e].subtree_end) {
    if (elements[e].name == name) return e;
  }
  return std::nullopt;
}

std::optional<std::size_t> XmlDocument::find(std::string_view name) const {
  for (std::size_t e = 0; e < elements.size(); ++e) {
    if (elements[e].name == name) return e;
  }
  return std::nullopt;
}

const std::string* XmlDocument::attribute(std::size_t element, std::string_view name) const {
  for (const Attribute& attribute : elements[element].attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

std::variant<XmlDocument, MarkupError> parse_xml(std::string_view input) {
  XmlDocument document;
  std::vector<std::size_t> open;
  Tokenizer tokenizer(input, Dialect::kXml);
  Token token;
  bool seen_root = false;
  while (tokenizer.next(token)) {
    switch (token.kind) {
      case TokenKind::kStartTag: {
        if (open.empty() && seen_root)
          return MarkupError{token.offset, "a second root element <" + token.name + ">"};
        if (open.size() >= kMaxDepth) {
          return MarkupError{token.offset, "elements nested deeper than " + std::to_string(kMaxDepth)};
        }
        seen_root = true;
        XmlElement element;
        element.name = token.name;
        element.attributes = std::move(token.attributes);
        element.offset = token.offset;
        element.text_begin = element.text_end = document.texts.size();
        document.elements.push_back(std::move(element));
        const std::size_t index = document.elements.size() - 1;
        if (token.self_closing) {
          document.elements[index].subtree_end = index + 1;
        } else {
          open.push_back(index);
        }
        break;
      }
      case TokenKind::kEndTag: {
        if (open.empty()) return MarkupError{token.offset, "</" + token.name + "> closes no open element"};
        XmlElement& element = document.elements[open.back()];
        if (element.name != token.name) {
          return MarkupError{token.offset, "</" + token.name + "> closes <" + element.name +
                                               "> opened on line " + line_of(input, element.offset)};
        }
        element.subtree_end = document.elements.size();
        element.text_end = document.texts.size();
        open.pop_back();
        break;
      }
      case TokenKind::kText:
      case TokenKind::kCData:
        if (open.empty()) {
          if (token.text.find_first_not_of(" \t\r\n") != std::string::npos) {
            return MarkupError{token.offset, "text outside the root element"};
          }
          break;
        }
        document.texts.push_back(std::move(token.text));
        break;
      case TokenKind::kComment:
      case TokenKind::kOther:
        break;
    }
  }
  if (tokenizer.error()) return *tokenizer.error();
  if (!open.empty()) {
    const XmlElement& element = document.elements[open.back()];
    return MarkupError{element.offset, "<" + element.name + "> is never closed"};
  }
  if (!seen_root) return MarkupError{0, "no root element"};
  return document;
}

}  // namespace chronicle::article::detail
