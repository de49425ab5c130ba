#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {
int run_serve(const Args&) {
  std::cerr << "chronicle serve: not built yet\n";
  return 1;
}
}  // namespace chronicle::cli
