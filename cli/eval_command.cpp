#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {
int run_eval(const Args&) {
  std::cerr << "chronicle eval: not built yet\n";
  return 1;
}
}  // namespace chronicle::cli
