// chronicle serve: the timeline in the browser and the JSON API.
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "web/server.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle serve [OPTIONS]

Serves the timeline app at / and the JSON API under /api/ (see docs/api.md) until interrupted
(Ctrl-C or SIGTERM). Prints "Serving http://HOST:PORT" once it is listening.

Options:
  --db FILE        database file (default: chronicle.db; created if missing)
  --host ADDRESS   address to listen on (default: 127.0.0.1, this machine only)
  --port N         port to listen on, 0 for any free one (default: 8080)
  --static DIR     folder of the browser app (default: the app built into this Chronicle)
  --max-body MB    largest POST /api/articles body accepted (default: 20)
  --allow-host NAMES   host names (comma-separated) this server also answers for, besides its
                   address and localhost: the name clients use when it serves a network
  --allow-embed ORIGINS  origins (comma-separated, like https://intranet.example) whose pages may
                   show the app in a frame; by default only its own pages may
  -h, --help       show this help

Exit status: 0 after a clean shutdown, 1 when the database cannot be opened or the port taken,
2 on bad usage.
)";

int usage_error(const std::string& message) {
  std::cerr << "chronicle serve: " << message << "\n\n" << kUsage;
  return 2;
}

// "a,b,,c" -> {"a", "b", "c"}.
std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find(',', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) items.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return items;
}

// An origin as a browser sends it: scheme://host[:port], nothing after; only characters that need
// no quoting in a header.
bool is_origin(const std::string& text) {
  const std::size_t scheme_end = text.find("://");
  if (scheme_end == std::string::npos || scheme_end == 0 || scheme_end + 3 >= text.size()) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '.' || c == ':' || c == '/' || c == '[' || c == ']';
    if (!ok) return false;
  }
  return text.find('/', scheme_end + 3) == std::string::npos;
}

// A whole number in [low, high], or nullopt.
std::optional<long> whole_number(const std::string& text, long low, long high) {
  std::size_t used = 0;
  long value = 0;
  try {
    value = std::stol(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (used != text.size() || value < low || value > high) return std::nullopt;
  return value;
}

}  // namespace

int run_serve(const Args& args) {
  const ParsedArgs parsed = parse_args(
      args, {"--db", "--host", "--port", "--static", "--max-body", "--allow-host", "--allow-embed"}, {});
  if (!parsed.error.empty()) return usage_error(parsed.error);
  if (parsed.has("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (!parsed.positional.empty()) return usage_error("unexpected argument '" + parsed.positional.front() + "'");

  web::ServeOptions options;
  options.db_path = parsed.value_or("--db", "chronicle.db");
  options.host = parsed.value_or("--host", "127.0.0.1");
  options.static_root = parsed.value_or("--static", "");
  const auto port = whole_number(parsed.value_or("--port", "8080"), 0, 65535);
  if (!port) return usage_error("--port takes a number from 0 to 65535");
  options.port = static_cast<int>(*port);
  const auto megabytes = whole_number(parsed.value_or("--max-body", "20"), 1, 4096);
  if (!megabytes) return usage_error("--max-body takes a number of megabytes from 1 to 4096");
  options.max_body_bytes = static_cast<std::size_t>(*megabytes) << 20;
  options.allowed_hosts = comma_list(parsed.value_or("--allow-host", ""));
  for (const std::string& name : options.allowed_hosts) {
    if (name.find_first_of(" \t/:;'\"") != std::string::npos)
      return usage_error("--allow-host takes host names");
  }
  options.embed_origins = comma_list(parsed.value_or("--allow-embed", ""));
  for (const std::string& origin : options.embed_origins) {
    if (!is_origin(origin))
      return usage_error("--allow-embed takes origins such as https://intranet.example");
  }
  return web::serve(options);
}

}  // namespace chronicle::cli
