#include "core/evaluation/jsonl_request.h"
#include "core/text/text.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace chronicle::evaluation {
namespace {

// Bytes a JSON string may hold as they are, ASCII only: one table lookup per byte of text.
constexpr std::array<bool, 256> kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// True when none of the eight bytes in `w` is a control character, '"', '\\' or non-ASCII (the
// classic "has a byte less than n" bit trick; a false alarm only sends the bytes to the slow loop).
bool all_plain(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  const auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  return ((w & kHigh) | control | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) == 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Length of the well-formed UTF-8 character at s[i] (lead byte >= 0x80), 0 when ill-formed.
// Ranges from the Unicode standard's table of well-formed byte sequences.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return 0;
  }
  return length;
}

class Reader {
 public:
  explicit Reader(std::string_view line) : s_(line) {}

  std::string read(JsonlRequest& request) {
    skip_space();
    if (pos_ >= s_.size() || s_[pos_] != '{') return "not a JSON object";
    ++pos_;
    skip_space();
    if (accept('}')) return finish();
    std::string key;
    while (true) {
      key.clear();
      if (!accept('"') || !string(&key)) return error();
      skip_space();
      if (!accept(':')) return error();
      skip_space();
      if (!member(key, request)) return error();
      skip_space();
      if (accept('}')) return finish();
      if (!accept(',')) return error();
      skip_space();
    }
  }

 private:
  std::string finish() {
    skip_space();
    if (pos_ != s_.size()) return error();
    return {};
  }

  std::string error() const {
    return std::string(utf8_error_ ? "invalid UTF-8" : "invalid JSON") + " at byte " + std::to_string(pos_);
  }

  void skip_space() {
    while (pos_ < s_.size() && is_space(s_[pos_])) ++pos_;
  }

  bool accept(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool member(const std::string& key, JsonlRequest& request) {
    const std::size_t begin = pos_;
    JsonMember* wanted = key == "text"   ? &request.text
                         : key == "dct"  ? &request.dct
                         : key == "mode" ? &request.mode
                                         : nullptr;
    if (wanted && pos_ < s_.size() && s_[pos_] == '"') {
      ++pos_;
      wanted->kind = JsonKind::kString;
      wanted->text.clear();
      return string(&wanted->text);
    }
    const bool null = s_.substr(pos_).starts_with("null");
    if (!value()) return false;
    if (wanted) wanted->kind = null ? JsonKind::kNull : JsonKind::kOther;
    if (key == "id") request.id_json.assign(s_.substr(begin, pos_ - begin));
    return true;
  }

  // The rest of a string after its opening quote; decoded into `out` unless it is null.
  bool string(std::string* out) {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      const auto u = static_cast<unsigned char>(c);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (u < 0x20) {
        return false;
      } else if (u < 0x80) {
        // Copy the run of plain ASCII in one go.
        const std::size_t end = json_plain_run_end(s_, pos_ + 1);
        if (out) out->append(s_.substr(pos_, end - pos_));
        pos_ = end;
      } else {
        const std::size_t length = utf8_length(s_, pos_);
        if (length == 0) {
          utf8_error_ = true;
          return false;
        }
        if (out) out->append(s_.substr(pos_, length));
        pos_ += length;
      }
    }
    return false;
  }

  bool escape(std::string* out) {
    if (pos_ + 1 >= s_.size()) return false;
    const char kind = s_[pos_ + 1];
    char simple = 0;
    switch (kind) {
      case '"':
        simple = '"';
        break;
      case '\\':
        simple = '\\';
        break;
      case '/':
        simple = '/';
        break;
      case 'b':
        simple = '\b';
        break;
      case 'f':
        simple = '\f';
        break;
      case 'n':
        simple = '\n';
        break;
      case 'r':
        simple = '\r';
        break;
      case 't':
        simple = '\t';
        break;
      case 'u':
        break;
      default:
        ++pos_;
        return false;
    }
    if (simple != 0) {
      if (out) *out += simple;
      pos_ += 2;
      return true;
    }
    pos_ += 2;
    std::uint32_t code = 0;
    if (!hex4(code)) return false;
    if (code >= 0xDC00 && code <= 0xDFFF) return false;  // a low surrogate alone
    if (code >= 0xD800 && code <= 0xDBFF) {
      std::uint32_t low = 0;
      if (!s_.substr(pos_).starts_with("\\u")) return false;
      pos_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    if (out) text::append_utf8(*out, code);
    return true;
  }

  bool hex4(std::uint32_t& code) {
    for (int i = 0; i < 4; ++i) {
      const int digit = pos_ < s_.size() ? hex_digit(s_[pos_]) : -1;
      if (digit < 0) return false;
      code = code * 16 + static_cast<std::uint32_t>(digit);
      ++pos_;
    }
    return true;
  }

  bool literal(std::string_view word) {
    if (!s_.substr(pos_).starts_with(word)) return false;
    pos_ += word.size();
    return true;
  }

  bool digits() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
    return pos_ > start;
  }

  bool number() {
    accept('-');
    if (accept('0')) {
      if (pos_ < s_.size() && is_digit(s_[pos_])) return false;  // no leading zeros
    } else if (!digits()) {
      return false;
    }
    if (accept('.') && !digits()) return false;
    if (accept('e') || accept('E')) {
      if (!accept('+')) accept('-');
      if (!digits()) return false;
    }
    return true;
  }

  bool scalar() {
    if (pos_ >= s_.size()) return false;
    switch (s_[pos_]) {
      case '"':
        ++pos_;
        return string(nullptr);
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'n':
        return literal("null");
      default:
        return number();
    }
  }

  // Any JSON value, checked and skipped. Open containers are kept on an explicit stack, so deep
  // nesting costs memory in proportion to the line and never stack frames.
  bool value() {
    std::vector<char> open;  // '}' or ']' for each container still open
    bool expect_value = true;
    while (true) {
      skip_space();
      if (expect_value) {
        if (accept('{')) {
          skip_space();
          if (accept('}')) {
            expect_value = false;
          } else {
            open.push_back('}');
            if (!key()) return false;
          }
        } else if (accept('[')) {
          skip_space();
          if (accept(']')) {
            expect_value = false;
          } else {
            open.push_back(']');
          }
        } else {
          if (!scalar()) return false;
          expect_value = false;
        }
        continue;
      }
      if (open.empty()) return true;
      if (accept(open.back())) {
        open.pop_back();
        continue;
      }
      if (!accept(',')) return false;
      if (open.back() == '}') {
        skip_space();
        if (!key()) return false;
      }
      expect_value = true;
    }
  }

  // A member name and its colon inside a skipped object.
  bool key() {
    if (!accept('"') || !string(nullptr)) return false;
    skip_space();
    return accept(':');
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  bool utf8_error_ = false;
};

}  // namespace

std::string read_jsonl_request(std::string_view line, JsonlRequest& request) {
  return Reader(line).read(request);
}

std::size_t json_plain_run_end(std::string_view s, std::size_t pos) {
  std::uint64_t w = 0;
  while (pos + 8 <= s.size()) {
    std::memcpy(&w, s.data() + pos, 8);
    if (!all_plain(w)) break;
    pos += 8;
  }
  while (pos < s.size() && kPlainAscii[static_cast<unsigned char>(s[pos])]) ++pos;
  return pos;
}

}  // namespace chronicle::evaluation
