#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace chronicle::cli {

ProgressBar::ProgressBar(std::string unit)
    : unit_(std::move(unit)), enabled_(isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}

double ProgressBar::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  // Redrawing more than ~10 times a second only slows the work down.
  if (drawn_ && done < total && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(kWidth * done / total);
  const double seconds = elapsed_seconds();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  const long eta = rate > 0 ? static_cast<long>(static_cast<double>(total - done) / rate) : 0;
  std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu %s  %.1f %s/s  ETA %ld:%02ld ", filled,
               "==============================", kWidth - filled, "", done, total, unit_.c_str(), rate,
               unit_.c_str(), eta / 60, eta % 60);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (drawn_) std::fprintf(stderr, "\r%*s\r", 100, "");
  drawn_ = false;
}

}  // namespace chronicle::cli
