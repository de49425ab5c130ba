// chronicle ingest: load articles into the database.
#include <algorithm>
#include <cstdio>
#include <thread>
#include <iostream>
#include <string_view>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "core/pipeline/pipeline.h"
#include "core/store/store.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle ingest [OPTIONS] PATH...

Loads articles from files, folders (recursively) or '-' (standard input, needs --format) into the
database: finds their temporal expressions, extracts dated events and merges them with the events
already stored. Loading an article again is reported as skipped, not duplicated.

Formats, detected by content: plain text (title, dateline, body), HTML, JSON, JSON Lines, RSS 2.0,
Atom, TimeML (.tml).

Options:
  --db FILE            database file (default: chronicle.db; created if missing)
  --format NAME        text|html|json|jsonl|rss|atom|timeml: skip detection (required for '-')
  --dct ISO8601        publication time for every article, overriding what the files say
  --mode MODE          news|narrative|auto: how relative dates are anchored (default: auto)
  --date-order ORDER   mdy|dmy: how 03/04/2016 reads (default: mdy)
  --max-size MB        refuse inputs larger than this (default: 20)
  --jobs N             threads tagging and extracting articles (default: all cores); one
                       writer stores them; the result is the same for any N
  --quiet              print only errors and the summary line
  -h, --help           show this help

Exit status: 0 when every input loaded, 1 when some failed (the others are stored), 2 on bad usage.
)";

bool parse_mode(const std::string& text, temporal::Mode& mode) {
  if (text == "news") mode = temporal::Mode::kNews;
  else if (text == "narrative") mode = temporal::Mode::kNarrative;
  else if (text == "auto") mode = temporal::Mode::kAuto;
  else return false;
  return true;
}

int usage_error(const std::string& message) {
  std::cerr << "chronicle ingest: " << message << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int run_ingest(const Args& args) {
  const ParsedArgs parsed =
      parse_args(args, {"--db", "--format", "--dct", "--mode", "--date-order", "--max-size", "--jobs"}, {"--quiet"});
  if (!parsed.error.empty()) return usage_error(parsed.error);
  if (parsed.has("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (parsed.positional.empty()) return usage_error("no PATH given");

  pipeline::Options options;
  options.load.format = parsed.value_or("--format", "");
  options.load.dct_override = parsed.value_or("--dct", "");
  if (!parse_mode(parsed.value_or("--mode", "auto"), options.mode)) return usage_error("--mode takes news, narrative or auto");
  const std::string order = parsed.value_or("--date-order", "mdy");
  if (order != "mdy" && order != "dmy") return usage_error("--date-order takes mdy or dmy");
  options.date_order = order == "dmy" ? temporal::DateOrder::kDayFirst : temporal::DateOrder::kMonthFirst;
  const std::string max_size = parsed.value_or("--max-size", "20");
  try {
    const double megabytes = std::stod(max_size);
    if (!(megabytes > 0 && megabytes <= 4096)) throw std::out_of_range("size");
    options.load.max_bytes = static_cast<std::size_t>(megabytes * 1024 * 1024);
  } catch (const std::exception&) {
    return usage_error("--max-size takes a number of megabytes between 0 and 4096");
  }
  const std::string jobs = parsed.value_or("--jobs", "");
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!jobs.empty()) {
    std::size_t used = 0;
    long value = 0;
    try {
      value = std::stol(jobs, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != jobs.size() || value < 1 || value > 256) return usage_error("--jobs takes a number from 1 to 256");
    options.jobs = static_cast<std::size_t>(value);
  }
  for (const std::string& path : parsed.positional) {
    if (path == "-" && options.load.format.empty()) return usage_error("reading '-' needs --format");
  }

  const std::string db_path = parsed.value_or("--db", "chronicle.db");
  store::StoreError open_error;
  const auto store = store::Store::open(db_path, open_error);
  if (!store) {
    std::cerr << "chronicle ingest: " << db_path << ": " << open_error.message << "\n";
    return 1;
  }

  ProgressBar bar("KB");
  const pipeline::Summary summary = pipeline::ingest_paths(
      *store, parsed.positional, options,
      [&](std::size_t done, std::size_t total) { bar.update(done / 1024, total / 1024); });
  bar.finish();

  for (const std::string& error : summary.errors) std::cerr << error << "\n";
  if (!parsed.has("--quiet")) {
    for (const std::string& warning : summary.warnings) std::cerr << "warning: " << warning << "\n";
  }
  std::fprintf(stderr, "Loaded %zu, skipped %zu already stored, failed %zu (%.1f s) into %s\n",
               summary.loaded, summary.skipped, summary.failed, bar.elapsed_seconds(), db_path.c_str());
  return summary.failed > 0 ? 1 : 0;
}

}  // namespace chronicle::cli
