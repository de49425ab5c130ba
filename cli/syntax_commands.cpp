// `chronicle parse`, `chronicle eval-syntax` and `chronicle train-syntax`: the syntax model from the
// command line.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "core/syntax/syntax.h"
#include "core/text/text.h"

namespace chronicle::cli {
namespace {

constexpr std::string_view kParseUsage = R"(Usage: chronicle parse [--format conllu|json] [--input auto|text|conllu]
                       [--model FILE] [FILE|-]

Tags parts of speech (Universal Dependencies UPOS), parses each sentence into a dependency tree
and finds named entities (person, place, organization).

Input is plain text (cut into sentences and words here) or CoNLL-U, whose sentences and words are
kept as given and whose other columns are ignored (as a scorer needs). --input auto (the default)
takes CoNLL-U when the first line that is not a comment starts with a word number and a tab.

Output, --format conllu (default): ID FORM _ UPOS _ _ HEAD DEPREL _ MISC, with entities in MISC as
NE=B-person / NE=I-person; comments and multiword-token lines as they were read.
--format json: {"sentences": [{"text", "words": [{"form", "upos", "head", "deprel"}],
"entities": [{"begin", "end", "kind", "text"}]}]}, begin/end counting words from 0, end excluded.

Options:
  --model FILE    a model written by 'chronicle train-syntax' instead of the built-in one
  -h, --help      this help
)";

constexpr std::string_view kEvalUsage = R"(Usage: chronicle eval-syntax GOLD.conllu [--errors] [--model FILE]

Runs the syntax model on the words of GOLD.conllu (gold tokens) and prints
  UPOS      part-of-speech accuracy
  UAS, LAS  attachment scores over every word, punctuation included; LAS compares the universal
            relation (the part before ':')
  temporal heads  head accuracy over temporal dependents: obl:tmod / nmod:tmod, or obl, nmod or
            advmod on a weekday, month, year, or day word (where a date attaches decides which
            happening it dates)
  entities  exact-span precision, recall and F1 of person, place and organization names, where the
            gold file annotates entities (GUM's Entity= in MISC; the named ones: spans whose head
            is a proper noun, the outermost where they nest)

Options:
  --errors        list every wrong temporal head and every missed or spurious entity, with its sentence
  --model FILE    a model written by 'chronicle train-syntax' instead of the built-in one
  -h, --help      this help
)";

constexpr std::string_view kTrainUsage = R"(Usage: chronicle train-syntax --out FILE [options] TRAIN.conllu...

Trains the tagger, the parser and the entity tagger on CoNLL-U treebanks and writes the model to
FILE. The same files and options give the same bytes on every run. The built-in model was made by
  chronicle train-syntax --out core/syntax/model/english.model \
      en_ewt-train.conllu en_gum-train.conllu en_ewt-dev.conllu en_gum-dev.conllu
(see core/syntax/model/README.md for where the treebanks come from and what the model scores).

Options:
  --out FILE              where the model goes (required)
  --tagger-epochs N       passes over the data for the tagger (default 10)
  --parser-epochs N       for the parser (default 15)
  --entity-epochs N       for the entity tagger (default 12)
  --prune W               leave out the parser's averaged weights smaller than W (default 1.5)
  --fine-tags N           tagger classes UPOS|XPOS for pairs seen at least N times, read by the
                          parser (default 0: UPOS only; see core/syntax/model/README.md)
  --seed N                shuffling and exploration seed (default 1)
  -h, --help              this help
)";

int usage_error(std::string_view command, std::string_view usage, const std::string& message) {
  std::cerr << "chronicle " << command << ": " << message << "\n\n" << usage;
  return 2;
}

bool read_input(const std::string& path, std::string& out, std::string& error) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      error = "cannot open " + path;
      return false;
    }
    buffer << file.rdbuf();
  }
  out = std::move(buffer).str();
  return true;
}

const syntax::Model* choose_model(const ParsedArgs& parsed, std::unique_ptr<syntax::Model>& owned,
                                  std::string& error) {
  const std::string path = parsed.value_or("--model", "");
  if (path.empty()) return syntax::Model::builtin(&error);
  std::string bytes;
  if (!read_input(path, bytes, error)) return nullptr;
  owned = syntax::Model::load(bytes, error);
  if (!owned) error = path + ": " + error;
  return owned.get();
}

bool looks_like_conllu(std::string_view input) {
  std::size_t at = 0;
  while (at < input.size()) {
    const std::size_t end = std::min(input.find('\n', at), input.size());
    const std::string_view line = input.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line == "\r" || line.front() == '#') continue;
    std::size_t digits = 0;
    while (digits < line.size() && ((line[digits] >= '0' && line[digits] <= '9') || line[digits] == '-' ||
                                    line[digits] == '.')) {
      ++digits;
    }
    return digits > 0 && digits < line.size() && line[digits] == '\t';
  }
  return false;
}

// Plain text as CoNLL-U sentences: sentences, then words, each sentence with its text as a comment.
std::vector<syntax::ConlluSentence> sentences_of_text(std::string_view input) {
  std::vector<syntax::ConlluSentence> out;
  const text::Utf8Repair repaired = text::repair_utf8(input);
  const std::string_view source = repaired.text;
  for (const text::Span sentence : text::split_sentences(source)) {
    const std::string_view sentence_text = source.substr(sentence.begin, sentence.size());
    syntax::ConlluSentence conllu;
    std::string flat(sentence_text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::replace(flat.begin(), flat.end(), '\r', ' ');
    conllu.comments.push_back("# text = " + flat);
    for (const text::Span word : syntax::split_words(sentence_text)) {
      conllu.sentence.words.emplace_back(sentence_text.substr(word.begin, word.size()));
    }
    if (!conllu.sentence.words.empty()) out.push_back(std::move(conllu));
  }
  return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

nlohmann::json sentence_json(const syntax::ConlluSentence& conllu, const syntax::Analysis& analysis) {
  const auto& words = conllu.sentence.words;
  nlohmann::json out = nlohmann::json::object();
  std::string sentence_text;
  for (const std::string& comment : conllu.comments) {
    if (comment.starts_with("# text = ")) sentence_text = comment.substr(9);
  }
  out["text"] = sentence_text;
  out["words"] = nlohmann::json::array();
  for (std::size_t i = 0; i < words.size(); ++i) {
    out["words"].push_back({{"form", words[i]}, {"upos", analysis.upos[i]}, {"head", analysis.head[i]},
                            {"deprel", analysis.deprel[i]}});
  }
  out["entities"] = nlohmann::json::array();
  for (const syntax::EntitySpan& span : analysis.entities) {
    std::string name;
    for (std::size_t i = span.begin; i < span.end; ++i) name += (i > span.begin ? " " : "") + words[i];
    out["entities"].push_back(
        {{"begin", span.begin}, {"end", span.end}, {"kind", syntax::entity_kind_name(span.kind)}, {"text", name}});
  }
  return out;
}

// Temporal dependents, as the treebank scorer counts them.
bool is_temporal_dependent(const std::string& word, const std::string& deprel) {
  static const std::vector<std::string> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today",
      "yesterday", "tomorrow", "tonight", "week", "month", "year", "weekend", "morning", "afternoon",
      "evening", "night", "decade", "century"};
  if (deprel == "obl:tmod" || deprel == "nmod:tmod") return true;
  const std::string universal = deprel.substr(0, deprel.find(':'));
  if (universal != "obl" && universal != "nmod" && universal != "advmod") return false;
  std::string lower = word;
  for (char& c : lower) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  if (std::find(kWords.begin(), kWords.end(), lower) != kWords.end()) return true;
  return lower.size() == 4 && std::all_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (lower[0] == '1' || (lower[0] == '2' && lower[1] == '0'));
}

std::string percent(std::size_t part, std::size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buffer;
}

std::string ratio(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string sentence_text(const syntax::TreebankSentence& s) {
  std::string text;
  for (const std::string& word : s.words) text += (text.empty() ? "" : " ") + word;
  return text;
}

std::string span_text(const syntax::TreebankSentence& s, const syntax::EntitySpan& span) {
  std::string text = "[";
  for (std::size_t i = span.begin; i < span.end; ++i) text += (i > span.begin ? " " : "") + s.words[i];
  return text + "] " + std::string(syntax::entity_kind_name(span.kind));
}

struct SpanCounts {
  std::size_t gold = 0, found = 0, right = 0;
  std::string line(const std::string& name) const {
    const double p = found == 0 ? 0 : static_cast<double>(right) / static_cast<double>(found);
    const double r = gold == 0 ? 0 : static_cast<double>(right) / static_cast<double>(gold);
    const double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return name + " P " + ratio(p) + " R " + ratio(r) + " F1 " + ratio(f) + " (gold " + std::to_string(gold) +
           ", found " + std::to_string(found) + ")\n";
  }
};

}  // namespace

int run_parse(const Args& args) {
  const ParsedArgs parsed = parse_args(args, {"--format", "--input", "--model"}, {});
  if (!parsed.error.empty()) return usage_error("parse", kParseUsage, parsed.error);
  if (parsed.has("--help")) {
    std::cout << kParseUsage;
    return 0;
  }
  const std::string format = parsed.value_or("--format", "conllu");
  const std::string input_kind = parsed.value_or("--input", "auto");
  if (format != "conllu" && format != "json") return usage_error("parse", kParseUsage, "--format must be conllu or json");
  if (input_kind != "auto" && input_kind != "text" && input_kind != "conllu") {
    return usage_error("parse", kParseUsage, "--input must be auto, text or conllu");
  }
  if (parsed.positional.size() > 1) return usage_error("parse", kParseUsage, "expected at most one FILE");
  const std::string path = parsed.positional.empty() ? "-" : parsed.positional[0];
  std::string error, input;
  std::unique_ptr<syntax::Model> owned;
  const syntax::Model* model = choose_model(parsed, owned, error);
  if (model == nullptr) {
    std::cerr << "chronicle parse: " << error << "\n";
    return 1;
  }
  if (!read_input(path, input, error)) {
    std::cerr << "chronicle parse: " << error << "\n";
    return 1;
  }
  std::vector<std::string> problems;
  const bool conllu = input_kind == "conllu" || (input_kind == "auto" && looks_like_conllu(input));
  const std::vector<syntax::ConlluSentence> sentences =
      conllu ? syntax::read_conllu(input, problems) : sentences_of_text(input);
  for (const std::string& problem : problems) std::cerr << "chronicle parse: " << path << ": " << problem << "\n";
  nlohmann::json json_sentences = nlohmann::json::array();
  std::string out;
  for (const syntax::ConlluSentence& sentence : sentences) {
    const syntax::Analysis analysis = model->analyze(views(sentence.sentence.words));
    if (format == "json") {
      json_sentences.push_back(sentence_json(sentence, analysis));
    } else {
      out += syntax::write_conllu(sentence, analysis);
      if (out.size() > (1 << 16)) std::cout << out, out.clear();
    }
  }
  if (format == "json") out = nlohmann::json{{"sentences", json_sentences}}.dump(1) + "\n";
  std::cout << out;
  return problems.empty() ? 0 : 1;
}

int run_eval_syntax(const Args& args) {
  const ParsedArgs parsed = parse_args(args, {"--model"}, {"--errors"});
  if (!parsed.error.empty()) return usage_error("eval-syntax", kEvalUsage, parsed.error);
  const bool list_errors = parsed.has("--errors");
  if (parsed.has("--help")) {
    std::cout << kEvalUsage;
    return 0;
  }
  if (parsed.positional.size() != 1) return usage_error("eval-syntax", kEvalUsage, "expected one GOLD.conllu");
  std::string error, input;
  std::unique_ptr<syntax::Model> owned;
  const syntax::Model* model = choose_model(parsed, owned, error);
  if (model == nullptr || !read_input(parsed.positional[0], input, error)) {
    std::cerr << "chronicle eval-syntax: " << error << "\n";
    return 1;
  }
  std::vector<std::string> problems;
  const std::vector<syntax::ConlluSentence> gold = syntax::read_conllu(input, problems);
  for (const std::string& problem : problems) std::cerr << "chronicle eval-syntax: " << problem << "\n";
  std::size_t words = 0, tagged = 0, upos = 0, scored = 0, uas = 0, las = 0, temporal = 0, temporal_right = 0;
  std::map<std::string, SpanCounts> by_kind;
  SpanCounts all;
  for (const syntax::ConlluSentence& conllu : gold) {
    const syntax::TreebankSentence& s = conllu.sentence;
    const syntax::Analysis a = model->analyze(views(s.words));
    words += s.words.size();
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      if (!s.upos.empty()) ++tagged, upos += s.upos[i] == a.upos[i];
      if (s.head.empty()) continue;
      ++scored;
      const bool head_right = s.head[i] == a.head[i];
      uas += head_right;
      const std::string_view gold_universal = std::string_view(s.deprel[i]).substr(0, s.deprel[i].find(':'));
      las += head_right && gold_universal == a.deprel[i].substr(0, a.deprel[i].find(':'));
      if (!is_temporal_dependent(s.words[i], s.deprel[i])) continue;
      ++temporal, temporal_right += head_right;
      if (list_errors && !head_right) {
        const auto word_at = [&](std::size_t h) { return h == 0 ? std::string("ROOT") : s.words[h - 1]; };
        std::cout << "temporal head: '" << s.words[i] << "' (" << s.deprel[i] << ") under '" << word_at(a.head[i])
                  << "', gold '" << word_at(s.head[i]) << "' | " << sentence_text(s) << "\n";
      }
    }
    if (!s.has_entities) continue;
    for (const syntax::EntitySpan& span : s.entities) {
      ++all.gold, ++by_kind[std::string(syntax::entity_kind_name(span.kind))].gold;
    }
    if (list_errors) {
      for (const syntax::EntitySpan& span : s.entities) {
        if (std::find(a.entities.begin(), a.entities.end(), span) != a.entities.end()) continue;
        std::cout << "entity missed: " << span_text(s, span) << " | " << sentence_text(s) << "\n";
      }
    }
    for (const syntax::EntitySpan& span : a.entities) {
      const bool right = std::find(s.entities.begin(), s.entities.end(), span) != s.entities.end();
      if (list_errors && !right) std::cout << "entity spurious: " << span_text(s, span) << " | " << sentence_text(s) << "\n";
      SpanCounts& kind = by_kind[std::string(syntax::entity_kind_name(span.kind))];
      ++all.found, ++kind.found, all.right += right, kind.right += right;
    }
  }
  std::cout << "sentences " << gold.size() << " words " << words << "\n";
  std::cout << "UPOS " << percent(upos, tagged) << "\n";
  std::cout << "UAS " << percent(uas, scored) << "\nLAS " << percent(las, scored) << "\n";
  std::cout << "temporal heads " << percent(temporal_right, temporal) << " of " << temporal << "\n";
  if (all.gold > 0 || all.found > 0) {
    std::cout << all.line("entities");
    for (const auto& [kind, counts] : by_kind) std::cout << counts.line("  " + kind);
  }
  return 0;
}

int run_train_syntax(const Args& args) {
  const ParsedArgs parsed =
      parse_args(args, {"--out", "--tagger-epochs", "--parser-epochs", "--entity-epochs", "--prune", "--seed", "--fine-tags"}, {});
  if (!parsed.error.empty()) return usage_error("train-syntax", kTrainUsage, parsed.error);
  if (parsed.has("--help")) {
    std::cout << kTrainUsage;
    return 0;
  }
  const std::string out_path = parsed.value_or("--out", "");
  if (out_path.empty()) return usage_error("train-syntax", kTrainUsage, "--out FILE is required");
  if (parsed.positional.empty()) return usage_error("train-syntax", kTrainUsage, "expected TRAIN.conllu files");
  syntax::TrainOptions options;
  try {
    options.tagger_epochs = std::stoi(parsed.value_or("--tagger-epochs", "10"));
    options.parser_epochs = std::stoi(parsed.value_or("--parser-epochs", "15"));
    options.entity_epochs = std::stoi(parsed.value_or("--entity-epochs", "12"));
    options.prune_below = std::stod(parsed.value_or("--prune", "1.5"));
    options.seed = std::stoull(parsed.value_or("--seed", "1"));
    options.fine_tag_min_count = std::stoi(parsed.value_or("--fine-tags", "0"));
  } catch (const std::exception&) {
    return usage_error("train-syntax", kTrainUsage, "epochs, --prune, --seed and --fine-tags take numbers");
  }
  for (const int epochs : {options.tagger_epochs, options.parser_epochs, options.entity_epochs}) {
    if (epochs < 1 || epochs > 100) return usage_error("train-syntax", kTrainUsage, "epochs must be 1 to 100");
  }
  std::vector<syntax::TreebankSentence> sentences;
  std::string files;
  for (const std::string& path : parsed.positional) {
    std::string input, error;
    if (!read_input(path, input, error)) {
      std::cerr << "chronicle train-syntax: " << error << "\n";
      return 1;
    }
    std::vector<std::string> problems;
    for (syntax::ConlluSentence& s : syntax::read_conllu(input, problems)) sentences.push_back(std::move(s.sentence));
    for (const std::string& problem : problems) std::cerr << "chronicle train-syntax: " << path << ": " << problem << "\n";
    const std::size_t slash = path.find_last_of('/');
    files += (files.empty() ? "" : ", ") + (slash == std::string::npos ? path : path.substr(slash + 1));
  }
  options.description = "trained on " + files + " (" + std::to_string(sentences.size()) + " sentences)";
  std::unique_ptr<ProgressBar> bar;
  std::string stage;
  options.progress = [&](const std::string& now, std::size_t done, std::size_t total) {
    if (now != stage) {
      if (bar) bar->finish();
      std::cerr << "training " << now << "\n";
      bar = std::make_unique<ProgressBar>("epochs");
      stage = now;
    }
    bar->update(done, total);
  };
  const std::string model = syntax::train(sentences, options);
  if (bar) bar->finish();
  std::ofstream out(out_path, std::ios::binary);
  out.write(model.data(), static_cast<std::streamsize>(model.size()));
  if (!out.flush()) {
    std::cerr << "chronicle train-syntax: cannot write " << out_path << "\n";
    return 1;
  }
  std::cerr << "wrote " << out_path << " (" << model.size() / 1024 << " KiB): " << options.description << "\n";
  return 0;
}

}  // namespace chronicle::cli
