// Runs programs from tests: to completion with captured output, or in the background (a server)
// with its stdout read line by line. Test-only code.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace chronicle::testing {

struct RunResult {
  int exit_code = -1;  // -1 when the program did not exit normally
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is a path) with `input` on stdin and waits for it.
RunResult run(const std::vector<std::string>& argv, const std::string& input = "");

// A program running in the background; killed (SIGTERM, then SIGKILL) when destroyed.
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& argv);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  // The next line the program writes on stdout, waiting at most `timeout_ms`; "" on timeout or EOF.
  std::string read_line(int timeout_ms);
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string buffered_;
};

}  // namespace chronicle::testing
