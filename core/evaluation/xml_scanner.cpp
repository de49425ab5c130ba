#include "core/evaluation/xml_scanner.h"
#include "core/text/text.h"

#include <algorithm>
#include <cstdint>

namespace chronicle::evaluation {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Name characters as XML allows them, with every non-ASCII byte accepted (UTF-8 names).
bool is_name_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || u >= 0x80;
}
bool is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

// The code point of a numeric reference body ("#38", "#x26"), or 0 when it is not a valid one.
std::uint32_t numeric_reference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return 0;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return 0;
  std::uint32_t code = 0;
  for (const char c : digits) {
    std::uint32_t digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return 0;
    }
    code = code * (hex ? 16 : 10) + digit;
  }
  const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  return (code == 0 || surrogate || code > 0x10FFFF) ? 0 : code;
}

}  // namespace

std::string_view XmlToken::attribute(std::string_view wanted) const {
  for (const XmlAttribute& attribute : attributes) {
    if (attribute.name == wanted) return attribute.value;
  }
  return {};
}

bool XmlScanner::fail(std::size_t at, std::string_view what) {
  error_ = "line " + std::to_string(line_of(source_, at)) + ": " + std::string(what);
  pos_ = source_.size();
  return false;
}

bool XmlScanner::next(XmlToken& token) {
  if (pos_ >= source_.size()) return false;
  token.attributes.clear();
  token.name = {};
  token.content = {};
  token.begin = pos_;
  if (source_[pos_] == '<') return scan_markup(token);
  const std::size_t stop = std::min(source_.find('<', pos_), source_.size());
  token.kind = XmlKind::kText;
  token.content = source_.substr(pos_, stop - pos_);
  pos_ = token.end = stop;
  return true;
}

bool XmlScanner::scan_markup(XmlToken& token) {
  const std::string_view rest = source_.substr(pos_);
  if (rest.starts_with("<!--")) return scan_until(token, XmlKind::kComment, "<!--", "-->");
  if (rest.starts_with("<![CDATA[")) return scan_until(token, XmlKind::kCData, "<![CDATA[", "]]>");
  if (rest.starts_with("<?")) return scan_until(token, XmlKind::kInstruction, "<?", "?>");
  if (rest.starts_with("<!")) {
    // A doctype; an internal subset in brackets may hold '>' characters. The bracket is looked
    // for only before the first '>', which keeps the scan linear over many such tokens.
    const std::size_t close = rest.find('>');
    if (rest.substr(0, close).find('[') != std::string_view::npos) {
      return scan_until(token, XmlKind::kInstruction, "<!", "]>");
    }
    return scan_until(token, XmlKind::kInstruction, "<!", ">");
  }
  return scan_tag(token);
}

bool XmlScanner::scan_until(XmlToken& token, XmlKind kind, std::string_view opener, std::string_view closer) {
  const std::size_t body = pos_ + opener.size();
  const std::size_t close = source_.find(closer, body);
  if (close == std::string_view::npos) return fail(pos_, "markup opened here is never closed");
  token.kind = kind;
  token.content = source_.substr(body, close - body);
  pos_ = token.end = close + closer.size();
  return true;
}

bool XmlScanner::scan_tag(XmlToken& token) {
  const std::size_t start = pos_;
  std::size_t i = pos_ + 1;
  const bool closing = i < source_.size() && source_[i] == '/';
  if (closing) ++i;
  if (i >= source_.size() || !is_name_start(source_[i])) return fail(start, "'<' that does not start a tag");
  const std::size_t name_begin = i;
  while (i < source_.size() && is_name_char(source_[i])) ++i;
  token.name = source_.substr(name_begin, i - name_begin);
  token.kind = closing ? XmlKind::kEndTag : XmlKind::kStartTag;
  while (true) {
    while (i < source_.size() && is_space(source_[i])) ++i;
    if (i >= source_.size()) return fail(start, "tag <" + std::string(token.name) + "> is never closed");
    if (source_[i] == '>') break;
    if (!closing && source_[i] == '/' && i + 1 < source_.size() && source_[i + 1] == '>') {
      token.kind = XmlKind::kEmptyTag;
      ++i;
      break;
    }
    if (closing || !is_name_start(source_[i])) {
      return fail(i, "unexpected character in tag <" + std::string(token.name) + ">");
    }
    const std::size_t attribute_begin = i;
    while (i < source_.size() && is_name_char(source_[i])) ++i;
    const std::string_view name = source_.substr(attribute_begin, i - attribute_begin);
    while (i < source_.size() && is_space(source_[i])) ++i;
    if (i >= source_.size() || source_[i] != '=') {
      return fail(attribute_begin, "attribute " + std::string(name) + " has no value");
    }
    ++i;
    while (i < source_.size() && is_space(source_[i])) ++i;
    if (i >= source_.size() || (source_[i] != '"' && source_[i] != '\'')) {
      return fail(attribute_begin, "value of attribute " + std::string(name) + " is not quoted");
    }
    const char quote = source_[i];
    const std::size_t value_begin = i + 1;
    const std::size_t value_end = source_.find(quote, value_begin);
    if (value_end == std::string_view::npos) {
      return fail(attribute_begin, "value of attribute " + std::string(name) + " is never closed");
    }
    token.attributes.push_back({name, source_.substr(value_begin, value_end - value_begin)});
    i = value_end + 1;
  }
  pos_ = token.end = i + 1;
  return true;
}

void append_unescaped(std::string_view raw, std::string& out) {
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(raw.substr(i));
      return;
    }
    out.append(raw.substr(i, amp - i));
    // References are short; looking a few bytes ahead keeps the scan linear.
    const std::size_t semicolon = raw.substr(amp, 12).find(';');
    const std::string_view body =
        semicolon == std::string_view::npos ? std::string_view{} : raw.substr(amp + 1, semicolon - 1);
    std::uint32_t code = 0;
    if (body == "amp")
      code = '&';
    else if (body == "lt")
      code = '<';
    else if (body == "gt")
      code = '>';
    else if (body == "quot")
      code = '"';
    else if (body == "apos")
      code = '\'';
    else
      code = numeric_reference(body);
    if (code == 0) {
      out += '&';
      i = amp + 1;
    } else {
      text::append_utf8(out, code);
      i = amp + semicolon + 1;
    }
  }
}

namespace {
void append_escaped(std::string_view text, bool quotes, std::string& out) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += quotes ? "&quot;" : "\"";
        break;
      default:
        out += c;
    }
  }
}
}  // namespace

void append_escaped_text(std::string_view text, std::string& out) { append_escaped(text, false, out); }

void append_escaped_attribute(std::string_view text, std::string& out) { append_escaped(text, true, out); }

std::size_t line_of(std::string_view source, std::size_t offset) {
  const std::string_view before = source.substr(0, std::min(offset, source.size()));
  return 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
}

}  // namespace chronicle::evaluation
