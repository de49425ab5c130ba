// The browser app's files, served only from inside the static root: request paths with "..",
// encoded or not, backslashes or NUL bytes are refused, and a file whose real path (symlinks
// resolved) leaves the root is refused too.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace chronicle::web {

struct StaticFile {
  std::string content;
  std::string media_type;
};

enum class StaticResult { kFound, kNotFound, kRefused };

class StaticFiles {
 public:
  // `root` must exist; it is resolved once here.
  explicit StaticFiles(const std::string& root);

  // `raw_target` is the request target as sent (before percent-decoding), `path` the decoded path.
  // "/" means "/index.html".
  StaticResult find(const std::string& raw_target, const std::string& path, StaticFile& file) const;

 private:
  std::filesystem::path root_;  // canonical; empty when the root does not exist
};

}  // namespace chronicle::web
