#include "core/article/charset.h"

#include <array>
#include <cctype>
#include <cstdint>

namespace chronicle::article::detail {
namespace {

constexpr std::size_t kSniffBytes = 1024;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// What Windows-1252 puts at 0x80..0x9F (ISO-8859-1 has control codes there; 0 = unassigned).
constexpr std::array<std::uint16_t, 32> kHigh = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, kSniffBytes));
  for (char& c : head) c = lower(c);
  for (std::string_view key : {"charset=", "encoding="}) {
    std::size_t at = head.find(key);
    if (at == std::string::npos) continue;
    at += key.size();
    while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
    std::size_t end = at;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == '.' || head[end] == ':')) {
      ++end;
    }
    if (end > at) return head.substr(at, end - at);
  }
  return "";
}

bool is_windows_1252(std::string_view charset) {
  for (std::string_view label : {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp1252",
                                 "windows-1252", "x-cp1252", "us-ascii", "ascii", "cp819", "ibm819"}) {
    if (charset == label) return true;
  }
  return false;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 && byte <= 0x9F) {
      append_utf8(out, kHigh[byte - 0x80] != 0 ? kHigh[byte - 0x80] : 0xFFFD);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

}  // namespace chronicle::article::detail
