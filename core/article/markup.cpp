// One forward pass over HTML or XML, producing tags, text, comments and CDATA.
#include "core/article/markup.h"

#include <algorithm>

namespace chronicle::article::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) {
  return is_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ignoring_case(std::string_view text, std::size_t at, std::string_view prefix) {
  if (at + prefix.size() > text.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (lower(text[at + k]) != lower(prefix[k])) return false;
  }
  return true;
}

// Elements whose content is text up to their end tag, never markup.
bool is_raw_text_element(std::string_view name) {
  return name == "script" || name == "style" || name == "title" || name == "textarea";
}

}  // namespace

const std::string* find_attribute(const Token& token, std::string_view name) {
  for (const Attribute& attribute : token.attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

Position position_of(std::string_view text, std::size_t offset) {
  Position position;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

Position LineIndex::position_of(std::size_t offset) const {
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - starts_.begin());  // >= 1: starts_[0] == 0
  return Position{line, offset - starts_[line - 1] + 1};
}

bool Tokenizer::fail(std::size_t offset, std::string message) {
  error_ = MarkupError{offset, std::move(message)};
  pos_ = input_.size();
  return false;
}

bool Tokenizer::next(Token& token) {
  if (error_ || pos_ >= input_.size()) return false;
  token = Token{};
  token.offset = pos_;
  if (!raw_text_element_.empty()) {
    read_raw_text(token, raw_text_element_ == "title" || raw_text_element_ == "textarea");
    return true;
  }
  if (input_[pos_] != '<') {
    read_text(token);
    return true;
  }
  if (input_.substr(pos_, 4) == "<!--") return read_until("-->", TokenKind::kComment, 4, token, "comment");
  if (input_.substr(pos_, 9) == "<![CDATA[")
    return read_until("]]>", TokenKind::kCData, 9, token, "CDATA section");
  if (input_.substr(pos_, 2) == "<!" || input_.substr(pos_, 2) == "<?") {
    return read_until(input_[pos_ + 1] == '?' && dialect_ == Dialect::kXml ? "?>" : ">", TokenKind::kOther, 2,
                      token, "declaration");
  }
  const char after = pos_ + 1 < input_.size() ? input_[pos_ + 1] : '\0';
  if (is_letter(after) || after == '_' ||
      (after == '/' && pos_ + 2 < input_.size() && is_letter(input_[pos_ + 2]))) {
    return read_tag(token);
  }
  if (dialect_ == Dialect::kXml) return fail(pos_, "'<' is not followed by a tag name");
  read_text(token);  // HTML: a lone '<' is text
  return true;
}

bool Tokenizer::read_until(std::string_view terminator, TokenKind kind, std::size_t skip, Token& token,
                           const char* what) {
  const std::size_t end = input_.find(terminator, pos_ + skip);
  if (end == std::string_view::npos) return fail(pos_, std::string(what) + " is never closed");
  token.kind = kind;
  if (kind == TokenKind::kCData || kind == TokenKind::kComment)
    token.text = std::string(input_.substr(pos_ + skip, end - pos_ - skip));
  pos_ = end + terminator.size();
  return true;
}

void Tokenizer::read_text(Token& token) {
  std::size_t end = input_.find('<', pos_ + 1);
  if (end == std::string_view::npos) end = input_.size();
  token.kind = TokenKind::kText;
  token.text = decode_entities(input_.substr(pos_, end - pos_));
  pos_ = end;
}

void Tokenizer::read_raw_text(Token& token, bool decode) {
  std::size_t end = pos_;
  while (true) {
    end = input_.find("</", end);
    if (end == std::string_view::npos || starts_with_ignoring_case(input_, end + 2, raw_text_element_)) break;
    end += 2;
  }
  if (end == std::string_view::npos) end = input_.size();
  const std::string_view raw = input_.substr(pos_, end - pos_);
  token.kind = TokenKind::kText;
  token.text = decode ? decode_entities(raw) : std::string(raw);
  pos_ = end;
  raw_text_element_.clear();
}

bool Tokenizer::read_tag(Token& token) {
  const std::size_t start = pos_;
  ++pos_;
  token.kind = TokenKind::kStartTag;
  if (input_[pos_] == '/') {
    token.kind = TokenKind::kEndTag;
    ++pos_;
  }
  while (pos_ < input_.size() && is_name_char(input_[pos_])) {
    token.name += dialect_ == Dialect::kHtml ? lower(input_[pos_]) : input_[pos_];
    ++pos_;
  }
  if (!read_attributes(token)) return false;
  if (pos_ >= input_.size()) return fail(start, "tag <" + token.name + "> is never closed with '>'");
  ++pos_;  // '>'
  if (token.kind == TokenKind::kEndTag) token.attributes.clear();
  if (dialect_ == Dialect::kHtml && token.kind == TokenKind::kStartTag && !token.self_closing &&
      is_raw_text_element(token.name)) {
    raw_text_element_ = token.name;
  }
  return true;
}

// Reads attributes up to (not past) the closing '>'; pos_ is at '>' or at the end of input.
bool Tokenizer::read_attributes(Token& token) {
  while (pos_ < input_.size()) {
    const char c = input_[pos_];
    if (c == '>') return true;
    if (is_space(c)) {
      ++pos_;
      continue;
    }
    if (c == '/') {
      ++pos_;
      if (pos_ < input_.size() && input_[pos_] == '>') token.self_closing = true;
      continue;
    }
    if (c == '<' && dialect_ == Dialect::kXml) return fail(pos_, "'<' inside tag <" + token.name + ">");
    Attribute attribute;
    while (pos_ < input_.size() && !is_space(input_[pos_]) && input_[pos_] != '=' && input_[pos_] != '>' &&
           input_[pos_] != '/') {
      attribute.name += dialect_ == Dialect::kHtml ? lower(input_[pos_]) : input_[pos_];
      ++pos_;
    }
    while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
    if (pos_ < input_.size() && input_[pos_] == '=') {
      ++pos_;
      while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
      if (pos_ < input_.size() && (input_[pos_] == '"' || input_[pos_] == '\'')) {
        const char quote = input_[pos_];
        const std::size_t end = input_.find(quote, pos_ + 1);
        if (end == std::string_view::npos) {
          return fail(pos_, "value of attribute '" + attribute.name + "' is never closed with " + quote);
        }
        attribute.value = decode_entities(input_.substr(pos_ + 1, end - pos_ - 1));
        pos_ = end + 1;
      } else {
        const std::size_t begin = pos_;
        while (pos_ < input_.size() && !is_space(input_[pos_]) && input_[pos_] != '>') ++pos_;
        attribute.value = decode_entities(input_.substr(begin, pos_ - begin));
      }
    }
    if (!attribute.name.empty()) token.attributes.push_back(std::move(attribute));
  }
  return true;
}

}  // namespace chronicle::article::detail
