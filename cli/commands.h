// The `chronicle` subcommands. Each takes the arguments after its name and returns the exit code:
// 0 success, 1 failure of the work, 2 bad usage (after printing the usage).
#pragma once

#include <string>
#include <vector>

namespace chronicle::cli {

using Args = std::vector<std::string>;

int run_ingest(const Args& args);
int run_serve(const Args& args);
int run_export(const Args& args);
int run_tag(const Args& args);
int run_eval(const Args& args);
int run_parse(const Args& args);
int run_eval_syntax(const Args& args);
int run_train_syntax(const Args& args);

}  // namespace chronicle::cli
