// Times the tagging engine alone, the way chrono_bench.mjs times chrono-node: the `--jsonl`
// requests are read and decoded first, then only the temporal::tag() calls are timed (CPU time of
// this process, one thread). Prints {"text_bytes", "seconds", "found"} as JSON.
//   engine_bench IN.jsonl [ROUNDS]    ROUNDS > 1 repeats the timed part and keeps the fastest
#include <nlohmann/json.hpp>

#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/temporal/temporal.h"

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Request {
  std::string text;
  chronicle::temporal::TagOptions options;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: engine_bench IN.jsonl [ROUNDS]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "engine_bench: cannot open " << argv[1] << "\n";
    return 1;
  }
  const int rounds = argc == 3 ? std::max(1, std::atoi(argv[2])) : 1;

  std::vector<Request> requests;
  std::size_t bytes = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto request = nlohmann::json::parse(line, nullptr, false);
    if (!request.is_object() || !request.contains("text")) {
      std::cerr << "engine_bench: line " << requests.size() + 1 << " is not a request\n";
      return 1;
    }
    Request r;
    r.text = request["text"].get<std::string>();
    r.options.dct = request.value("dct", "");
    bytes += r.text.size();
    requests.push_back(std::move(r));
  }

  double best = 0;
  std::size_t found = 0;
  for (int round = 0; round < rounds; ++round) {
    found = 0;
    const double start = cpu_seconds();
    for (const Request& r : requests) found += chronicle::temporal::tag(r.text, r.options).size();
    const double used = cpu_seconds() - start;
    if (round == 0 || used < best) best = used;
  }
  std::cout << nlohmann::json{{"text_bytes", bytes}, {"seconds", best}, {"found", found}}.dump() << "\n";
  return 0;
}
