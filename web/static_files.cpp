#include "web/static_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "web/embedded_static.h"

namespace chronicle::web {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxStaticFile = 64u << 20;

std::string lowercase(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

std::string media_type_of(const fs::path& file) {
  const std::string extension = lowercase(file.extension().string());
  if (extension == ".html" || extension == ".htm") return "text/html; charset=utf-8";
  if (extension == ".js" || extension == ".mjs") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".json" || extension == ".map") return "application/json";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".jpg" || extension == ".jpeg") return "image/jpeg";
  if (extension == ".gif") return "image/gif";
  if (extension == ".ico") return "image/x-icon";
  if (extension == ".woff2") return "font/woff2";
  if (extension == ".woff") return "font/woff";
  if (extension == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// True when the path, decoded or as sent, tries to climb out or to name something other than a
// plain relative file: "..", "%2e%2e" in any case, backslashes, NUL bytes, empty segments ("//").
bool looks_hostile(const std::string& raw_target, const std::string& path) {
  const std::string raw = lowercase(raw_target);
  if (raw.find("%2e") != std::string::npos || raw.find("%2f") != std::string::npos ||
      raw.find("%5c") != std::string::npos || raw.find("%00") != std::string::npos) {
    return true;
  }
  if (path.find('\\') != std::string::npos || path.find('\0') != std::string::npos) return true;
  if (path.find("//") != std::string::npos) return true;
  std::size_t begin = 1;
  while (begin <= path.size()) {
    std::size_t end = path.find('/', begin);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(begin, end - begin);
    if (segment == ".." || segment == ".") return true;
    begin = end + 1;
  }
  return false;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  if (root.empty()) {
    built_in_ = true;
    for (const EmbeddedFile& file : embedded_static_files()) {
      const auto* bytes = reinterpret_cast<const char*>(file.data);
      built_in_files_.emplace(file.path, std::string_view(bytes, file.size));
    }
    return;
  }
  std::error_code error;
  root_ = fs::canonical(root, error);
  if (error) root_.clear();
}

StaticResult StaticFiles::find(const std::string& raw_target, const std::string& path, StaticFile& file) const {
  if ((!built_in_ && root_.empty()) || path.empty() || path[0] != '/') return StaticResult::kNotFound;
  if (looks_hostile(raw_target, path)) return StaticResult::kRefused;
  if (built_in_) {
    const std::string wanted = path == "/" ? "/index.html" : path;
    const auto found = built_in_files_.find(wanted);
    if (found == built_in_files_.end()) return StaticResult::kNotFound;
    file.content = std::string(found->second);
    file.media_type = media_type_of(fs::path(wanted));
    return StaticResult::kFound;
  }
  const std::string relative = path == "/" ? "index.html" : path.substr(1);
  std::error_code error;
  const fs::path real = fs::canonical(root_ / relative, error);
  if (error) return StaticResult::kNotFound;
  // Symlinks are resolved above: the real file must still be inside the root.
  const auto [root_end, unused] = std::mismatch(root_.begin(), root_.end(), real.begin(), real.end());
  if (root_end != root_.end()) return StaticResult::kRefused;
  if (!fs::is_regular_file(real, error) || fs::file_size(real, error) > kMaxStaticFile) return StaticResult::kNotFound;
  std::ifstream in(real, std::ios::binary);
  if (!in) return StaticResult::kNotFound;
  std::ostringstream content;
  content << in.rdbuf();
  file.content = content.str();
  file.media_type = media_type_of(real);
  return StaticResult::kFound;
}

}  // namespace chronicle::web
