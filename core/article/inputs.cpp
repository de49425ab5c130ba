// Expanding the paths a user names into the files to load.
#include <algorithm>
#include <filesystem>

#include "core/article/article.h"
#include "core/article/formats.h"

namespace chronicle::article {
namespace {

bool is_hidden(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// A folder's README, LICENSE or ATTRIBUTION describes the articles; it is not one of them.
bool is_folder_documentation(const std::filesystem::path& path) {
  std::string stem = path.stem().string();
  for (char& c : stem) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  for (const char* name : {"README", "LICENSE", "LICENCE", "COPYING", "ATTRIBUTION", "NOTICE", "CHANGELOG"}) {
    if (stem == name) return true;
  }
  return false;
}

// Every regular file under `folder`, hidden files and folders skipped, sorted by path.
std::vector<std::string> files_under(const std::filesystem::path& folder, std::vector<LoadError>& errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    errors.push_back(detail::error_in(folder.string(), "cannot read folder: " + error.message()));
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      errors.push_back(detail::error_in(folder.string(), "cannot read folder: " + error.message()));
      break;
    }
    if (is_hidden(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && !is_folder_documentation(it->path()))
      files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& paths, std::vector<LoadError>& errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> inputs;
  for (const std::string& path : paths) {
    if (path == "-") {
      inputs.push_back(path);
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      errors.push_back(detail::error_in(path, "no such file or folder"));
    } else if (fs::is_directory(status)) {
      std::vector<std::string> files = files_under(path, errors);
      inputs.insert(inputs.end(), files.begin(), files.end());
    } else {
      inputs.push_back(path);
    }
  }
  return inputs;
}

}  // namespace chronicle::article
