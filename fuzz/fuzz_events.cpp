// Event extraction and merging on arbitrary text: the option line is the publication time, the
// document (repaired to UTF-8, as every loader does) is the article text. Mentions must point into
// the text, and merging must keep every mention once and not depend on the order of its input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/events/events.h"
#include "core/temporal/temporal.h"
#include "core/text/text.h"
#include "fuzz/fuzz_input.h"
#include "tests/hostile/contract_checks.h"

namespace {

// What identifies a merged event when the same mentions come in another order.
std::string shape(const std::vector<chronicle::events::Event>& events) {
  std::string out;
  for (const auto& event : events) {
    out += event.date.value + "|" + event.headline + "|" + std::to_string(event.sources.size()) + "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronicle;
  const fuzz::Input input = fuzz::split_input(data, size);
  article::Article article;
  article.text = text::repair_utf8(input.document).text;
  article.published = std::string(input.option);
  article.format = "text";
  article.content_hash = "fuzz";
  temporal::TagOptions options;
  options.dct = article.published;
  options.mode = (input.flags & 1) ? temporal::Mode::kNarrative : temporal::Mode::kNews;
  const auto timexes = temporal::tag(article.text, options);
  auto mentions = events::extract(article, timexes);
  fuzz::require_no_problem(checks::mention_problems(article, mentions), "events::extract");
  const std::size_t count = mentions.size();
  const auto merged = events::merge(mentions);
  fuzz::require_no_problem(checks::merge_problems(count, merged), "events::merge");
  std::reverse(mentions.begin(), mentions.end());
  if (shape(events::merge(mentions)) != shape(merged)) {
    fuzz::require_no_problem("merging the mentions in reverse order gave other events", "events::merge");
  }
  return 0;
}
