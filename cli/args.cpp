#include "cli/args.h"

#include <algorithm>

namespace chronicle::cli {

ParsedArgs parse_args(const Args& args, const std::vector<std::string_view>& with_value,
                      const std::vector<std::string_view>& flags) {
  ParsedArgs parsed;
  const auto listed = [](const std::vector<std::string_view>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      parsed.positional.insert(parsed.positional.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    const std::size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    if (name == "--help" || name == "-h") {
      parsed.flags.insert("--help");
    } else if (listed(flags, name) && equals == std::string::npos) {
      parsed.flags.insert(name);
    } else if (listed(with_value, name)) {
      if (equals != std::string::npos) {
        parsed.values[name] = arg.substr(equals + 1);
      } else if (i + 1 < args.size()) {
        parsed.values[name] = args[++i];
      } else {
        parsed.error = "option " + name + " needs a value";
        return parsed;
      }
    } else {
      parsed.error = "unknown option '" + arg + "'";
      return parsed;
    }
  }
  return parsed;
}

}  // namespace chronicle::cli
