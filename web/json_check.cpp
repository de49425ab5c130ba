#include "web/json_check.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace chronicle::web {
namespace {

// Whether any of the eight bytes of `word` is a quote, a backslash or a control byte: the only
// bytes inside a string that need a look. Stored events are mostly string content, and skipping it
// eight bytes at a time is what keeps this check cheap on every page. (The zero-byte tests are
// exact about whether there is such a byte, which is all that is asked; byte order does not matter.)
bool has_string_special(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighs;
  return (has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\')) | below_space) != 0;
}

class Checker {
 public:
  explicit Checker(std::string_view text) : text_(text) {}

  // One value, then only whitespace. Containers are tracked on an explicit stack, so the depth of
  // the input never deepens the C++ stack.
  bool run() {
    skip_space();
    while (true) {
      if (at_ >= text_.size()) return false;
      const char first = text_[at_];
      if (first == '{' || first == '[') {
        ++at_;
        skip_space();
        const char close = first == '{' ? '}' : ']';
        if (at_ < text_.size() && text_[at_] == close) {
          ++at_;  // an empty container is a whole value
        } else {
          open_.push_back(first);
          if (first == '{' && !key()) return false;
          continue;  // its first value
        }
      } else if (!scalar()) {
        return false;
      }
      // After a value: close containers, or move on to the next member.
      while (true) {
        skip_space();
        if (open_.empty()) return at_ == text_.size();
        if (at_ >= text_.size()) return false;
        const char inside = open_.back();
        const char c = text_[at_++];
        if (c == ',') {
          skip_space();
          if (inside == '{' && !key()) return false;
          break;
        }
        if ((inside == '{' && c != '}') || (inside == '[' && c != ']')) return false;
        open_.pop_back();
      }
    }
  }

 private:
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) {
      ++at_;
    }
  }

  // A member's key and its colon, then the cursor is on the value.
  bool key() {
    if (at_ >= text_.size() || text_[at_] != '"' || !string()) return false;
    skip_space();
    if (at_ >= text_.size() || text_[at_] != ':') return false;
    ++at_;
    skip_space();
    return true;
  }

  bool scalar() {
    switch (text_[at_]) {
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }

  bool word(std::string_view expected) {
    if (text_.substr(at_, expected.size()) != expected) return false;
    at_ += expected.size();
    return true;
  }

  bool digits() {
    const std::size_t start = at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
    return at_ > start;
  }

  bool number() {
    if (at_ < text_.size() && text_[at_] == '-') ++at_;
    if (at_ < text_.size() && text_[at_] == '0') {
      ++at_;
    } else if (!digits()) {
      return false;
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      if (!digits()) return false;
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      if (!digits()) return false;
    }
    return true;
  }

  static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // The cursor is on the opening quote.
  bool string() {
    ++at_;
    while (true) {
      for (std::uint64_t word = 0; at_ + 8 <= text_.size(); at_ += 8) {
        std::memcpy(&word, text_.data() + at_, 8);
        if (has_string_special(word)) break;
      }
      if (at_ >= text_.size()) return false;
      const unsigned char c = static_cast<unsigned char>(text_[at_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c != '\\') continue;
      if (at_ >= text_.size()) return false;
      const char escaped = text_[at_++];
      if (escaped == 'u') {
        if (at_ + 4 > text_.size()) return false;
        for (int i = 0; i < 4; ++i) {
          if (!is_hex(text_[at_++])) return false;
        }
      } else if (std::string_view("\"\\/bfnrt").find(escaped) == std::string_view::npos) {
        return false;
      }
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::string open_;  // "{" and "[" of the containers open; short ones stay inside the string (no allocation)
};

}  // namespace

bool is_well_formed_json(std::string_view text) { return Checker(text).run(); }

}  // namespace chronicle::web
