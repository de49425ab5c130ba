#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {
int run_tag(const Args&) {
  std::cerr << "chronicle tag: not built yet\n";
  return 1;
}
}  // namespace chronicle::cli
