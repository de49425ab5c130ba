#include "web/json_check.h"

#include <cstddef>
#include <vector>

namespace chronicle::web {
namespace {

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
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) {
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
      case '"': return string();
      case 't': return word("true");
      case 'f': return word("false");
      case 'n': return word("null");
      default: return number();
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

  static bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

  // The cursor is on the opening quote.
  bool string() {
    ++at_;
    while (at_ < text_.size()) {
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
    return false;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::vector<char> open_;
};

}  // namespace

bool is_well_formed_json(std::string_view text) { return Checker(text).run(); }

}  // namespace chronicle::web
