// The browser app's files: by default the ones built into the binary (web/embedded_static.h), so the
// app travels with it; or, with a root folder (`chronicle serve --static DIR`, for working on the app
// without rebuilding), the files under it. Request paths with "..", encoded or not, backslashes or
// NUL bytes are refused, and a file whose real path (symlinks resolved) leaves the root is refused too.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle::web {

struct StaticFile {
  std::string content;
  std::string media_type;
};

enum class StaticResult { kFound, kNotFound, kRefused };

class StaticFiles {
 public:
  // `root` "": the files built into the binary. Otherwise a folder that must exist; it is resolved
  // once here.
  explicit StaticFiles(const std::string& root);

  // `raw_target` is the request target as sent (before percent-decoding), `path` the decoded path.
  // "/" means "/index.html".
  StaticResult find(const std::string& raw_target, const std::string& path, StaticFile& file) const;

 private:
  bool built_in_ = false;
  std::map<std::string_view, std::string_view> built_in_files_;  // URL path -> content
  std::filesystem::path root_;  // canonical; empty when the root does not exist
};

}  // namespace chronicle::web
