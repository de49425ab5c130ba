// A small command-line parser shared by the subcommands: "--name value", "--name=value", boolean
// flags, and positional arguments ("-" included). Anything else is an error for the usage message.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace chronicle::cli {

struct ParsedArgs {
  std::map<std::string, std::string, std::less<>> values;  // option name (with dashes) -> value
  std::set<std::string, std::less<>> flags;                 // boolean flags given
  std::vector<std::string> positional;
  std::string error;                                        // "" when the arguments are fine

  bool has(std::string_view flag) const { return flags.count(flag) > 0; }
  std::string value_or(std::string_view name, std::string fallback) const {
    const auto found = values.find(name);
    return found == values.end() ? fallback : found->second;
  }
};

// `with_value` lists options that take a value, `flags` the boolean ones; "--help"/"-h" is always a flag.
ParsedArgs parse_args(const Args& args, const std::vector<std::string_view>& with_value,
                      const std::vector<std::string_view>& flags);

}  // namespace chronicle::cli
