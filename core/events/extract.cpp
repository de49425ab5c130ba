// events::extract: one mention per temporal expression that dates something in the article body.
#include <algorithm>

#include "core/events/clauses.h"
#include "core/events/confidence.h"
#include "core/events/entities.h"
#include "core/events/events.h"
#include "core/events/tokens.h"
#include "core/text/text.h"

namespace chronicle::events {
namespace {

// Tokens read on each side of an expression: a clause is local, and a run-on "sentence" of a
// megabyte must not make every expression in it read all of it.
constexpr std::size_t kTokenWindow = 60;
constexpr std::size_t kMaxSummaryBytes = 1200;
constexpr std::size_t kMaxHeadlineBytes = 200;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Only DATE and TIME expressions with an interval date a happening: durations, sets and the vague
// PRESENT_REF / PAST_REF / FUTURE_REF have no place on a timeline (see confidence.h).
bool dates_something(const temporal::Timex& timex, std::size_t body_begin, std::size_t text_size) {
  if (timex.begin >= timex.end || timex.end > text_size || timex.begin < body_begin) return false;
  if (timex.type != "DATE" && timex.type != "TIME") return false;
  if (ends_with(timex.value, "_REF") || !timex.interval) return false;
  return !timex.interval->start.empty() && timex.interval->start < timex.interval->end;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// text[begin, end) narrowed to at most `limit` bytes around [keep_begin, keep_end), on character
// boundaries.
text::Span narrowed(std::string_view text, text::Span span, std::size_t keep_begin, std::size_t keep_end,
                    std::size_t limit) {
  if (span.size() <= limit) return span;
  const std::size_t kept = std::min(limit, keep_end - keep_begin);
  const std::size_t margin = (limit - kept) / 2;
  text::Span out{std::max(span.begin, keep_begin > margin ? keep_begin - margin : 0),
                 std::min(span.end, keep_end + margin)};
  while (out.begin < keep_begin && is_continuation_byte(text[out.begin])) ++out.begin;
  while (out.end > keep_end && out.end < text.size() && is_continuation_byte(text[out.end])) --out.end;
  return out;
}

std::string clipped(std::string s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::size_t cut = limit;
  while (cut > 0 && is_continuation_byte(s[cut])) --cut;
  s.resize(cut);
  return s;
}

std::string valid_utf8(std::string s) { return text::is_valid_utf8(s) ? s : text::repair_utf8(s).text; }

std::size_t first_token_at_or_after(const std::vector<Token>& tokens, std::size_t offset) {
  return static_cast<std::size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token& t, std::size_t at) { return t.end <= at; }) -
      tokens.begin());
}

}  // namespace

std::vector<Mention> extract(const article::Article& article, const std::vector<temporal::Timex>& timexes) {
  const std::string& text = article.text;
  const std::size_t body = std::min(article.body_begin, text.size());

  std::vector<const temporal::Timex*> usable;
  for (const temporal::Timex& timex : timexes) {
    if (dates_something(timex, body, text.size())) usable.push_back(&timex);
  }
  std::sort(usable.begin(), usable.end(), [](const temporal::Timex* a, const temporal::Timex* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });

  std::vector<Token> tokens = tokenize(text, body, text.size());
  // Every expression's words are marked, dated or not: none names a participant or heads a clause.
  for (const temporal::Timex& timex : timexes) {
    if (timex.begin >= timex.end || timex.end > text.size()) continue;
    for (std::size_t k = first_token_at_or_after(tokens, timex.begin); k < tokens.size() && tokens[k].begin < timex.end; ++k) {
      tokens[k].in_timex = true;
    }
  }
  const std::vector<text::Span> sentences = text::split_sentences(text);
  for (const text::Span& sentence : sentences) {
    const std::size_t k = first_token_at_or_after(tokens, sentence.begin);
    if (k < tokens.size() && tokens[k].begin < sentence.end) tokens[k].sentence_start = true;
  }
  const ArticleEntities entities(tokens);

  std::vector<Mention> mentions;
  std::size_t previous_end = 0;
  for (const temporal::Timex* timex : usable) {
    if (timex->begin < previous_end) continue;  // overlapping expressions: the first one wins
    previous_end = timex->end;
    const auto sentence_it = std::upper_bound(sentences.begin(), sentences.end(), timex->begin,
                                              [](std::size_t at, const text::Span& s) { return at < s.begin; });
    if (sentence_it == sentences.begin()) continue;
    const text::Span sentence = *std::prev(sentence_it);
    if (timex->end > sentence.end) continue;  // an expression across sentences dates neither

    const std::size_t first = first_token_at_or_after(tokens, timex->begin);
    std::size_t last = first;
    while (last < tokens.size() && tokens[last].begin < timex->end) ++last;
    if (first == last) continue;
    const std::size_t sentence_first = first_token_at_or_after(tokens, sentence.begin);
    std::size_t sentence_last = last;
    while (sentence_last < tokens.size() && tokens[sentence_last].begin < sentence.end &&
           sentence_last < last + kTokenWindow) {
      ++sentence_last;
    }
    const std::size_t window_first = std::max(sentence_first, first > kTokenWindow ? first - kTokenWindow : 0);
    const std::span<const Token> window(tokens.data() + window_first, sentence_last - window_first);
    const Clause clause = dated_clause(text, window, first - window_first, last - window_first, entities);
    if (clause.headline.empty()) continue;

    Mention mention;
    mention.article_hash = article.content_hash;
    mention.date = {timex->value, timex->granularity, timex->interval->start, timex->interval->end};
    mention.headline = valid_utf8(clipped(clause.headline, kMaxHeadlineBytes));
    mention.sentence = narrowed(text, sentence, timex->begin, timex->end, kMaxSummaryBytes);
    mention.summary = valid_utf8(text.substr(mention.sentence.begin, mention.sentence.size()));
    mention.timex = *timex;
    mention.entities = entities.in_span(mention.sentence.begin, mention.sentence.end);
    if (!clause.pronoun_means.empty() && !std::any_of(mention.entities.begin(), mention.entities.end(), [&](const Entity& e) {
          return e.name == clause.pronoun_means;
        })) {
      for (const Entity& e : entities.all()) {
        if (e.name == clause.pronoun_means) mention.entities.insert(mention.entities.begin(), e);
      }
    }
    mention.reporting = clause.reporting;
    mention.confidence = confidence_factors(*timex, clause).product();
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

}  // namespace chronicle::events
