// Reading a fuzz input as a few options followed by the document, so that one input drives both.
// Layout: one byte of flags, then a line (up to its '\n') of option text, then the document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace chronicle::fuzz {

struct Input {
  std::uint8_t flags = 0;
  std::string_view option;    // the first line after the flags byte, at most 64 bytes
  std::string_view document;  // everything after it
};

inline Input split_input(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Input input;
  if (bytes.empty()) return input;
  input.flags = static_cast<std::uint8_t>(bytes[0]);
  bytes.remove_prefix(1);
  const std::size_t newline = bytes.substr(0, 65).find('\n');
  if (newline == std::string_view::npos) {
    input.document = bytes;
    return input;
  }
  input.option = bytes.substr(0, newline);
  input.document = bytes.substr(newline + 1);
  return input;
}

// A broken promise is a finding: print it and abort, so that libFuzzer saves the input.
inline void require_no_problem(const std::string& problem, const char* what) {
  if (problem.empty()) return;
  std::fprintf(stderr, "broken promise in %s: %s\n", what, problem.c_str());
  std::abort();
}

}  // namespace chronicle::fuzz
