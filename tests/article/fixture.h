// Paths and bytes of the article tests' fixtures.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace chronicle::article::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(CHRONICLE_SOURCE_DIR) + "/" + relative;
}

inline std::string fixture(const std::string& relative) {
  return source_path("tests/article/fixtures/" + relative);
}

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace chronicle::article::testing
