// A one-line progress bar on stderr with rate and ETA, drawn only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace chronicle::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string unit);  // unit: what is counted, e.g. "files"
  void update(std::size_t done, std::size_t total);
  void finish();  // clears the bar so the summary line starts clean
  double elapsed_seconds() const;

 private:
  std::string unit_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace chronicle::cli
