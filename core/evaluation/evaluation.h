// core/evaluation: scores the temporal tagger on TimeML gold files (TempEval-3 Task A) and reads
// and writes TimeML. The pieces are in scoring.h (matching and scores, pure functions), timeml.h
// (TimeML documents) and tag_io.h (the JSON shapes of `chronicle tag`); this header runs a corpus.
// Nothing here throws: errors come back as values with a message a user can act on.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation/scoring.h"
#include "core/temporal/temporal.h"

namespace chronicle::evaluation {

struct DocumentResult {
  std::string name;  // file name within the gold folder
  std::vector<temporal::Timex> gold;
  std::vector<temporal::Timex> system;
  DocumentMatch match;
};

struct CorpusResult {
  std::vector<DocumentResult> documents;  // in natural order of file name ("t2" before "t10")
  MatchCounts totals;
  Scores scores;
  std::string error;  // "" on success, else "FILE: what is wrong"
};

// What is scored: temporal::tag, or a stand-in in tests.
using Tagger = std::function<std::vector<temporal::Timex>(std::string_view, const temporal::TagOptions&)>;

// The gold spans of a TimeML document and the tagger's spans on its text (tagged with the
// document's DCT and `mode`), matched. On a malformed document, sets `error` to "NAME: ...".
DocumentResult evaluate_document(std::string name, std::string_view timeml, temporal::Mode mode,
                                 const Tagger& tagger, std::string& error);

// Tags the text of every *.tml file directly in `folder` with its DCT and scores it against the
// file's TIMEX3 tags. Fails on an unreadable folder, a folder without .tml files or a malformed file.
CorpusResult evaluate_folder(const std::filesystem::path& folder, temporal::Mode mode,
                             const Tagger& tagger = temporal::tag);

// The scores as a small table; with `errors`, each document's misses, false positives and wrong
// values follow.
std::string format_report(const CorpusResult& result, bool errors);

}  // namespace chronicle::evaluation
