// chronicle: load articles, tag temporal expressions, build and serve the timeline.
#include <iostream>
#include <string>
#include <string_view>

#include "cli/commands.h"

namespace {

constexpr std::string_view kUsage = R"(Usage: chronicle COMMAND [OPTIONS]

Builds a timeline of events from news articles.

Commands:
  ingest PATH...   load articles (text, HTML, JSON, JSON Lines, RSS, Atom, TimeML) into the database
  serve            serve the timeline in the browser and the JSON API
  export           write events as JSON, TimelineJS JSON or CSV
  tag              find and normalize temporal expressions in text (JSON, TimeML, JSON Lines)
  eval GOLD_DIR    score the tagger against TimeML gold files (TempEval-3 Task A)
  parse            part-of-speech tags, dependency trees and named entities (CoNLL-U or JSON)
  eval-syntax GOLD score the syntax model against a CoNLL-U treebank (UPOS, UAS, LAS, entities)
  train-syntax     train the syntax model on CoNLL-U treebanks

Every command takes --db FILE (default: chronicle.db) where it uses the database,
and --help for its own options.
)";

struct Command {
  std::string_view name;
  int (*run)(const chronicle::cli::Args&);
};

constexpr Command kCommands[] = {
    {"ingest", chronicle::cli::run_ingest}, {"serve", chronicle::cli::run_serve},
    {"export", chronicle::cli::run_export}, {"tag", chronicle::cli::run_tag},
    {"eval", chronicle::cli::run_eval},     {"parse", chronicle::cli::run_parse},
    {"eval-syntax", chronicle::cli::run_eval_syntax}, {"train-syntax", chronicle::cli::run_train_syntax},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (name == "--version") {
    std::cout << "chronicle 0.1\n";
    return 0;
  }
  for (const Command& command : kCommands) {
    if (command.name == name) return command.run(chronicle::cli::Args(argv + 2, argv + argc));
  }
  std::cerr << "chronicle: unknown command '" << name << "'\n\n" << kUsage;
  return 2;
}
