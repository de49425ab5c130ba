// chronicle export: the stored events as JSON, TimelineJS JSON or CSV.
#include <fstream>
#include <iostream>
#include <string_view>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/export/export.h"
#include "core/store/store.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle export [OPTIONS]

Writes the stored events matching the filters, ordered by date then confidence.

Formats:
  json         {"events": [Event...]}, the form of the API (schema: docs/event.schema.json)
  timelinejs   a TimelineJS 3 document; dates only as precise as each event's date
  csv          RFC 4180, a header line and one row per event

Options:
  --db FILE              database file (default: chronicle.db)
  --format NAME          json|timelinejs|csv (default: json)
  --from D, --to D       only events overlapping this window; ISO dates such as 2016, 2016-03 or
                         2016-03-27; --to covers its whole unit (2016-03 runs to the end of March)
  --q TEXT               only events whose headline, summary or source titles have these words
  --entity NAME          only events with this participant (name or alias, any case)
  --min-confidence X     only events with a confidence of at least X (0 to 1)
  -o FILE                write to FILE instead of standard output
  -h, --help             show this help

Exit status: 0 on success, 1 when the database cannot be read or FILE written, 2 on bad usage.
)";

int usage_error(const std::string& message) {
  std::cerr << "chronicle export: " << message << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int run_export(const Args& args) {
  const ParsedArgs parsed = parse_args(
      args, {"--db", "--format", "--from", "--to", "--q", "--entity", "--min-confidence", "-o", "--output"}, {});
  if (!parsed.error.empty()) return usage_error(parsed.error);
  if (parsed.has("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (!parsed.positional.empty()) return usage_error("unexpected argument '" + parsed.positional.front() + "'");
  const auto format = exporting::parse_format(parsed.value_or("--format", "json"));
  if (!format) return usage_error("--format takes json, timelinejs or csv");

  store::EventQuery query;
  query.from = parsed.value_or("--from", "");
  query.to = parsed.value_or("--to", "");
  query.text = parsed.value_or("--q", "");
  query.entity = parsed.value_or("--entity", "");
  const std::string confidence = parsed.value_or("--min-confidence", "0");
  try {
    std::size_t used = 0;
    query.min_confidence = std::stod(confidence, &used);
    if (used != confidence.size() || !(query.min_confidence >= 0 && query.min_confidence <= 1)) {
      throw std::out_of_range("confidence");
    }
  } catch (const std::exception&) {
    return usage_error("--min-confidence takes a number from 0 to 1");
  }

  const std::string db_path = parsed.value_or("--db", "chronicle.db");
  store::StoreError open_error;
  const auto store = store::Store::open(db_path, open_error);
  if (!store) {
    std::cerr << "chronicle export: " << db_path << ": " << open_error.message << "\n";
    return 1;
  }
  std::vector<events::Event> events;
  store::ArticleRefs articles;
  if (auto error = exporting::gather(*store, query, SIZE_MAX, events, articles)) {
    std::cerr << "chronicle export: " << error->message << "\n";
    return error->bad_input ? 2 : 1;
  }
  const std::string document = exporting::render(*format, events, articles);

  const std::string output = parsed.value_or("-o", parsed.value_or("--output", ""));
  if (output.empty() || output == "-") {
    std::cout << document << std::flush;
    return std::cout ? 0 : 1;
  }
  std::ofstream file(output, std::ios::binary);
  file << document;
  file.close();
  if (!file) {
    std::cerr << "chronicle export: cannot write " << output << "\n";
    return 1;
  }
  return 0;
}

}  // namespace chronicle::cli
