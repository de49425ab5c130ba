#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {
int run_export(const Args&) {
  std::cerr << "chronicle export: not built yet\n";
  return 1;
}
}  // namespace chronicle::cli
