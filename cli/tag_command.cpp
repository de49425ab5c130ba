// `chronicle tag`: temporal expressions of one text as JSON or TimeML, or of a stream of JSON Lines.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/evaluation/tag_io.h"
#include "core/evaluation/timeml.h"
#include "core/temporal/temporal.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle tag [OPTIONS] [FILE|-]
       chronicle tag --jsonl [OPTIONS] [FILE|-]

Finds temporal expressions in a text (FILE, or standard input when FILE is "-" or missing) and
normalizes them to TIMEX3 values.

Options:
  --dct ISO8601         document creation time the expressions resolve against, e.g. 2016-03-29
                        or 2016-03-29T16:27:03 (default: none, or the DCT of a TimeML input)
  --mode MODE           news (anchor on the DCT), narrative (anchor on the last date mentioned)
                        or auto (default)
  --format FORMAT       json (default): {"dct", "timexes": [...]} with byte offsets;
                        timeml: read a TimeML document and write it back with our TIMEX3 tags
  --date-order ORDER    how 03/04/2016 reads: mdy (default, March 4) or dmy (April 3)
  --explain             instead of JSON, one line per expression: its offsets, text, type, value
                        and the rule that matched (for reading why the tagger said what it said)
  --jsonl               one request {"id"?, "text", "dct"?, "mode"?} per line in, one result per
                        line out, in order; a malformed line gives {"id"?, "error"} and the rest
                        goes on; blank lines are skipped. --dct/--mode/--date-order are defaults.
  -h, --help            this help
)";

int usage_error(const std::string& message) {
  std::cerr << "chronicle tag: " << message << "\n\n" << kUsage;
  return 2;
}

int failure(const std::string& message) {
  std::cerr << "chronicle tag: " << message << "\n";
  return 1;
}

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return !in.bad();
}

// Streams requests to responses, one line at a time: memory depends on the longest line only.
int run_jsonl(std::istream& in, const temporal::TagOptions& defaults) {
  std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);  // before any output, as setvbuf requires
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    // Editors on some systems start a UTF-8 file with a byte order mark; it is not part of the JSON.
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string response = evaluation::tag_jsonl_line(line, number, defaults);
    std::fwrite(response.data(), 1, response.size(), stdout);
    std::fputc('\n', stdout);
    // Flush only when the next read may wait for more input: a client that writes one request and
    // waits still gets its answer at once, and a big input is written in large blocks.
    if (in.rdbuf()->in_avail() <= 0) std::fflush(stdout);
  }
  std::fflush(stdout);
  if (in.bad()) return failure("reading the input failed");
  return std::ferror(stdout) ? failure("writing the output failed") : 0;
}

// "--explain": one readable line per expression, with the rule behind it.
std::string explanation(const std::string& dct, const std::vector<temporal::Timex>& timexes) {
  std::string out = "dct: " + (dct.empty() ? std::string("none") : dct) + "\n";
  for (std::size_t i = 0; i < timexes.size(); ++i) {
    const temporal::Timex& t = timexes[i];
    out += std::to_string(t.begin) + "-" + std::to_string(t.end) + "  \"" + t.text + "\"  " + t.type + " " + t.value;
    if (!t.mod.empty()) out += " mod=" + t.mod;
    if (t.range) {
      out += "  range(" + (t.range->start ? std::to_string(*t.range->start) : std::string("open")) + ".." +
             (t.range->end ? std::to_string(*t.range->end) : std::string("open")) + ", " + t.range->via + ")";
    }
    out += "  <- " + (t.rule.empty() ? std::string("?") : std::string(t.rule)) + "\n";
  }
  return out;
}

int run_document(const std::string& input, bool timeml, temporal::TagOptions options, bool dct_given,
                 bool explain) {
  std::string out;
  if (timeml) {
    const evaluation::TimemlReadResult read = evaluation::read_timeml(input);
    if (!read.error.empty()) return failure("not a TimeML document: " + read.error);
    if (!dct_given && !read.document.dct.empty()) {
      if (!evaluation::is_valid_dct(read.document.dct)) {
        return failure("the document's DCT '" + read.document.dct + "' is not an ISO 8601 date; give --dct");
      }
      options.dct = read.document.dct;
    }
    out = evaluation::write_timeml(input, read.document, temporal::tag(read.document.text, options));
  } else if (explain) {
    out = explanation(options.dct, temporal::tag(input, options));
  } else {
    out = evaluation::tag_result_json("", options.dct, temporal::tag(input, options));
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return std::ferror(stdout) ? failure("writing the output failed") : 0;
}

}  // namespace

int run_tag(const Args& args) {
  const ParsedArgs parsed = parse_args(args, {"--dct", "--mode", "--format", "--date-order"}, {"--jsonl", "--explain"});
  if (!parsed.error.empty()) return usage_error(parsed.error);
  if (parsed.has("--help")) {
    std::cout << kUsage;
    return 0;
  }
  if (parsed.positional.size() > 1) return usage_error("at most one input file");
  temporal::TagOptions options;
  options.dct = parsed.value_or("--dct", "");
  if (!options.dct.empty() && !evaluation::is_valid_dct(options.dct)) {
    return usage_error("--dct '" + options.dct + "' is not an ISO 8601 date or time");
  }
  const auto mode = evaluation::parse_mode(parsed.value_or("--mode", "auto"));
  if (!mode) return usage_error("--mode must be news, narrative or auto");
  options.mode = *mode;
  const auto order = evaluation::parse_date_order(parsed.value_or("--date-order", "mdy"));
  if (!order) return usage_error("--date-order must be mdy or dmy");
  options.date_order = *order;
  const std::string format = parsed.value_or("--format", "json");
  if (format != "json" && format != "timeml") return usage_error("--format must be json or timeml");
  if (parsed.has("--jsonl") && parsed.values.count("--format")) {
    return usage_error("--jsonl writes JSON Lines; it takes no --format");
  }

  if (parsed.has("--explain") && (parsed.has("--jsonl") || parsed.values.count("--format"))) {
    return usage_error("--explain writes its own lines; it takes neither --jsonl nor --format");
  }

  const std::string path = parsed.positional.empty() ? "-" : parsed.positional[0];
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return failure("cannot open " + path);
  }
  std::ios::sync_with_stdio(false);
  std::istream& in = path == "-" ? std::cin : file;
  if (parsed.has("--jsonl")) return run_jsonl(in, options);
  std::string input;
  if (!read_all(in, input)) return failure("cannot read " + path);
  return run_document(input, format == "timeml", options, parsed.values.count("--dct") > 0, parsed.has("--explain"));
}

}  // namespace chronicle::cli
