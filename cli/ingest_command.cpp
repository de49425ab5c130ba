#include <iostream>

#include "cli/commands.h"

namespace chronicle::cli {
int run_ingest(const Args&) {
  std::cerr << "chronicle ingest: not built yet\n";
  return 1;
}
}  // namespace chronicle::cli
