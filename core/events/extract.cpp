// events::extract: one mention per temporal expression that dates something in the article body.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <date/date.h>

#include "core/events/clauses.h"
#include "core/events/confidence.h"
#include "core/events/entities.h"
#include "core/events/events.h"
#include "core/events/lexicon.h"
#include "core/events/predicate.h"
#include "core/events/similarity.h"
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
  return timex.interval->start_second < timex.interval->end_second;
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


// ---- The sentence's own day ----------------------------------------------------------------------
// "In a press conference at 16:15 UTC, June 1st, Fritz Henderson, CEO of General Motors, which filed
// for bankruptcy earlier today, outlined a plan" (published June 4): the tagger rightly resolves
// "earlier today" and "16:15 UTC" against the publication day, as TimeML does, but the sentence
// speaks from June 1st. An expression that points at the publication day only through the moment
// of writing ("today", "earlier today", "tonight", "this morning", a bare clock time) takes the
// calendar day that the same sentence writes out, when the sentence writes exactly one day other
// than the publication day. Its date moves by whole days, keeping its time of day, and its
// anchoring confidence drops (confidence.h). Weekdays ("Monday") are not deictic here: they name a
// day of their own.

using temporal::day_number;
using temporal::kSecondsPerDay;

bool is_day_or_finer(temporal::Granularity g) { return g != temporal::Granularity::kNone && g <= temporal::Granularity::kDay; }

// "June 1st", "7/8/07", "March 27, 2016": the words themselves fix a calendar day.
bool writes_a_calendar_day(const temporal::Timex& timex) {
  return is_day_or_finer(timex.granularity) && timex.written.month && timex.written.day;
}

// "today", "earlier today", "tonight", "this morning", "16:15 UTC": the publication day, reached
// only through the moment of writing.
bool points_at_publication_day(const temporal::Timex& timex, std::int64_t publication_day) {
  const temporal::Written& w = timex.written;
  return is_day_or_finer(timex.granularity) && day_number(timex.interval->start_second) == publication_day &&
         !w.year && !w.month && !w.day && !w.weekday;
}

// The day (counted from 1970-01-01) of the publication time "2016-03-29T16:27:03+01:00", as its
// writer's calendar has it; none when unknown.
std::optional<std::int64_t> publication_day_of(const article::Article& article) {
  int y = 0;
  unsigned m = 0, d = 0;
  const std::string& iso = article.published;
  if (iso.size() < 10 || std::sscanf(iso.substr(0, 10).c_str(), "%d-%u-%u", &y, &m, &d) != 3) return {};
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return {};
  return date::sys_days{ymd}.time_since_epoch().count();
}

// "2016-03-27" for day number `day`: the value of a date or the start of a TIME value.
std::string iso_day(std::int64_t day) {
  const date::year_month_day ymd{date::sys_days{date::days{day}}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

// The one calendar day, other than the publication day, that the expressions of [from, to) write
// out; none when they write none or several.
std::optional<std::int64_t> written_day(const std::vector<const temporal::Timex*>& usable, std::size_t from,
                                        std::size_t to, std::int64_t publication_day) {
  std::optional<std::int64_t> found;
  for (std::size_t k = from; k < to; ++k) {
    const temporal::Timex& t = *usable[k];
    if (!writes_a_calendar_day(t)) continue;
    const std::int64_t day = day_number(t.interval->start_second);
    if (day == publication_day) continue;
    if (found && *found != day) return {};
    found = day;
  }
  return found;
}

EventDate date_of(const std::string& value, const temporal::Timex& timex, const temporal::Interval& interval) {
  return {value, timex.granularity, interval.start, interval.end, interval.start_second, interval.end_second};
}

// "Net income for the quarter ended Sept. 30 rose": the happening took place over the period the
// day ends (or begins), so the period dates it: "1989-07/1989-09" when it runs in whole months,
// else its first and last days ("1989-08-06/1989-11-04").
EventDate over_period(std::int64_t bound_day, const Predicate::Period& period) {
  using namespace date;
  const sys_days bound{days{bound_day}};
  sys_days first, past_end;
  if (period.begins) {
    first = bound;
    year_month_day end = year_month_day{first} + months{period.months};
    if (!end.ok()) end = end.year() / end.month() / last;
    past_end = sys_days{end} + days{period.days};
  } else {
    past_end = bound + days{1};
    year_month_day start = year_month_day{past_end} - months{period.months};
    if (!start.ok()) start = start.year() / start.month() / last;
    first = sys_days{start} - days{period.days};
  }
  const bool whole_months = year_month_day{first}.day() == day{1} && year_month_day{past_end}.day() == day{1};
  const auto first_day = first.time_since_epoch().count(), last_day = (past_end - days{1}).time_since_epoch().count();
  std::string value = whole_months ? iso_day(first_day).substr(0, 7) : iso_day(first_day);
  const std::string last_value = whole_months ? iso_day(last_day).substr(0, 7) : iso_day(last_day);
  if (last_value != value) value += "/" + last_value;
  const temporal::Interval interval =
      temporal::interval_of_seconds(first_day * kSecondsPerDay, (last_day + 1) * kSecondsPerDay);
  return {value, whole_months ? temporal::Granularity::kMonth : temporal::Granularity::kDay, interval.start,
          interval.end, interval.start_second, interval.end_second};
}

// ---- Ranges -------------------------------------------------------------------------------------
// "from March 3 to 10", "between 2009 and 2011", "1914-1918": the tagger gives two expressions
// linked as one range (temporal::RangeLink). A happening dated by a range spans it: one mention
// from the start's first moment to the end's last, its expression the words of both ends, its
// value the ISO 8601 interval of their values ("2016-03-03/2016-03-10"); the end makes no mention
// of its own. Open ranges ("since 2003", "until Friday") stay single expressions.

// The closed range's end whose start is timexes[index]; none when it is no such start.
const temporal::Timex* range_end_of(const std::vector<temporal::Timex>& timexes, std::size_t index) {
  const temporal::Timex& start = timexes[index];
  if (!start.range || start.range->start != index || !start.range->end || *start.range->end >= timexes.size()) {
    return nullptr;
  }
  const temporal::Timex& end = timexes[*start.range->end];
  if (end.type != start.type || end.begin < start.end || !start.interval || !end.interval ||
      end.interval->end_second <= start.interval->start_second) {
    return nullptr;
  }
  return &end;
}

// The expression from `start` through `end` as one span.
temporal::Timex spanning(std::string_view text, const temporal::Timex& start, const temporal::Timex& end) {
  temporal::Timex span = start;
  span.end = end.end;
  span.text = std::string(text.substr(start.begin, end.end - start.begin));
  span.value = start.value + "/" + end.value;
  span.interval = temporal::interval_of_seconds(start.interval->start_second, end.interval->end_second);
  span.written.year = start.written.year || end.written.year;
  span.written.month = start.written.month || end.written.month;
  return span;
}

// ---- The lead ---------------------------------------------------------------------------------
// A news story opens with its news: "Northrop Grumman and EADS have defeated Boeing for a US$40
// billion contract", published 2008-03-01, tells a happening of the publication day without
// writing a date. The first sentence of the body (or the second, when the first is a dateline
// such as "March 01, 2008") that writes no date of its own and tells a happening in the past makes
// one mention dated by the publication day, with a low confidence: the day is the reader's best
// estimate, not the writer's word. Its expression is empty, placed at the trigger.
constexpr double kLeadConfidence = 0.3;
constexpr std::size_t kLeadSentencesLooked = 2;

// The participants a headline names by a pronoun's referent ("It signed the deal" -> "Airbus
// signed the deal") take part too, first.
void add_named(std::vector<Entity>& participants, const std::vector<Entity>& named) {
  for (const Entity& entity : named) {
    const bool known = std::any_of(participants.begin(), participants.end(), [&](const Entity& e) { return e.name == entity.name; });
    if (!known) participants.insert(participants.begin(), entity);
  }
}

// ---- Whose happening -----------------------------------------------------------------------------
// One past "The company", "The computer maker", "The thrift holding company": "The", at most
// two lower-case words, then a word for a company; 0 when the headline opens otherwise.
std::size_t company_stand_in_end(std::string_view headline) {
  std::size_t at = headline.find(' ');
  for (int words = 0; at != std::string_view::npos && words < 3; ++words) {
    const std::size_t begin = at + 1;
    const std::size_t end = std::min(headline.find(' ', begin), headline.size());
    const std::string_view word = headline.substr(begin, end - begin);
    if (word.empty() || !(word.front() >= 'a' && word.front() <= 'z')) return 0;
    if (lexicon::is_company_word(word)) {
      // ... which ends its noun phrase: not "The luxury airline and casino company".
      const std::string_view next = headline.substr(std::min(end + 1, headline.size()));
      const bool continues = next.starts_with("and ") || next.starts_with("or ") || next.starts_with("of ");
      return continues ? 0 : end;
    }
    at = end < headline.size() ? end : std::string_view::npos;
  }
  return 0;
}

// A headline that opens with "It", "The company" or a bare measure ("Profit jumped 16%") does not
// say out of its article whose happening it is. It names the organization those words stand for
// when that is safe: the one named just before, alone in the few hundred bytes before (as the tree
// resolves "it"), and no stock exchange. "It is", "It was" often stand for no one. (Guessing the
// article's main company was tried: a reader judged its wrong guesses, "Prudential-Bache's
// earnings" for Anheuser's, worse than the unresolved "Earnings".)
// `sentence` is where the headline's words were written and `told` where its happening is (its
// trigger or expression): an organization named alone in the sentence before the stand-in is the
// one meant ("Cilcorp Inc., Peoria, Ill., said it agreed").
std::string with_actor(std::string headline, std::string_view text, text::Span sentence, std::size_t told,
                       const ArticleEntities& entities, std::vector<Entity>& participants) {
  // The first two words as written; the stand-ins are matched as written ("It", "The company").
  const std::size_t first_end = headline.find(' ');
  if (first_end == std::string::npos) return headline;
  const std::size_t second_end = headline.find(' ', first_end + 1);
  const std::string_view first = std::string_view(headline).substr(0, first_end);
  const std::string_view second = std::string_view(headline).substr(first_end + 1, second_end - first_end - 1);
  std::size_t replaced = 0;  // bytes of the stand-in at the start
  bool possessive = false;
  if (first == "It") {
    if (lexicon::is_any(ascii_lower(second), {"is", "was", "seems", "appears", "remains"})) return headline;
    replaced = first_end;
  } else if (first == "Its") {
    replaced = first_end;
    possessive = true;
  } else if (first == "The" && (replaced = company_stand_in_end(headline)) > 0) {
  } else if (lexicon::is_any(ascii_lower(first), {"profit", "profits", "earnings", "revenue", "revenues", "sales", "net"})) {
    possessive = true;
  } else {
    return headline;
  }
  // Where the sentence wrote the stand-in: its last occurrence before the happening.
  std::size_t written_at = std::string::npos;
  if (told > sentence.begin && told <= sentence.end) {
    const std::string lowered = ascii_lower(text.substr(sentence.begin, told - sentence.begin));
    written_at = lowered.rfind(ascii_lower(headline.substr(0, std::max(replaced, first_end))) + " ");
  }
  std::vector<Entity> before;  // the organizations the sentence names before the stand-in
  if (written_at != std::string::npos && written_at > 0) {
    for (Entity& e : entities.in_span(sentence.begin, sentence.begin + written_at)) {
      if (e.kind == "organization" && !is_market(e)) before.push_back(std::move(e));
    }
  }
  const Entity* who = before.size() == 1 ? &before.front() : entities.last_named_before(sentence.begin, "organization");
  if (who == nullptr || is_market(*who)) return headline;
  add_named(participants, {*who});
  if (replaced == 0) {  // "Profit jumped" -> "EDS's profit jumped"
    headline[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(headline[0])));
    return who->name + "'s " + headline;
  }
  return who->name + (possessive ? "'s" : "") + headline.substr(replaced);
}

struct Lead {
  text::Span sentence;
  Predicate predicate;  // the sentence's main happening (main_predicate)
  bool self_dated = false;
};

// The lead: the first body sentence that writes a date of its own or tells a happening in the past.
// `trees`: the sentences already parsed, by where they begin (the lead is often a dated sentence,
// parsed once for its expression).
std::optional<Lead> find_lead(const article::Article& article, const std::vector<text::Span>& sentences,
                              const std::vector<Mention>& dated, const std::vector<text::Span>& background,
                              const syntax::Model& model, const ArticleEntities& entities,
                              const std::map<std::size_t, ParsedSentence>& trees) {
  std::size_t looked = 0;
  for (const text::Span& sentence : sentences) {
    if (sentence.begin < article.body_begin) continue;
    if (looked++ == kLeadSentencesLooked) break;
    const auto tree = trees.find(sentence.begin);
    std::optional<ParsedSentence> own;
    const ParsedSentence& parsed = tree != trees.end() && tree->second.span.end == sentence.end
                                       ? tree->second
                                       : own.emplace(parse_sentence(article.text, sentence, model));
    Lead lead{sentence, main_predicate(article.text, parsed, entities), false};
    // The lead dates itself when it writes a date, unless the date sits in a side remark
    // ("Coleco, whose stock peaked in the early 1980s, filed a plan"): then the main happening
    // is still undated.
    // A lead that states a running total or a past season's sum ("Last year, the company earned
    // $480 million") is background, not the day's news.
    lead.self_dated = std::any_of(dated.begin(), dated.end(), [&](const Mention& m) {
      return m.timex.begin >= sentence.begin && m.timex.end <= sentence.end &&
             !in_side_remark(parsed, {m.timex.begin, m.timex.end});
    }) || std::any_of(background.begin(), background.end(), [&](const text::Span& b) {
      return b.begin >= sentence.begin && b.end <= sentence.end;
    });
    if (lead.self_dated || lead.predicate.found) return lead;
  }
  return std::nullopt;
}

std::optional<Mention> lead_mention(const article::Article& article, const Lead& lead, const ArticleEntities& entities) {
  const auto day = publication_day_of(article);
  if (!day || lead.self_dated) return std::nullopt;
  const Predicate& predicate = lead.predicate;
  Mention mention;
  mention.article_hash = article.content_hash;
  mention.timex.type = "DATE";
  mention.timex.value = iso_day(*day);
  mention.timex.granularity = temporal::Granularity::kDay;
  mention.timex.interval = temporal::interval_of_seconds(*day * kSecondsPerDay, (*day + 1) * kSecondsPerDay);
  mention.date = date_of(mention.timex.value, mention.timex, *mention.timex.interval);
  mention.timex.begin = mention.timex.end = predicate.trigger.begin;
  mention.trigger = predicate.trigger;
  mention.state = predicate.state;
  mention.reporting = predicate.reporting;
  mention.headline = valid_utf8(clipped(predicate.headline, kMaxHeadlineBytes));
  mention.sentence = narrowed(article.text, lead.sentence, predicate.trigger.begin, predicate.trigger.end, kMaxSummaryBytes);
  mention.summary = valid_utf8(article.text.substr(mention.sentence.begin, mention.sentence.size()));
  mention.entities = entities.in_span(mention.sentence.begin, mention.sentence.end);
  add_named(mention.entities, predicate.named);
  mention.headline = valid_utf8(clipped(
      with_actor(mention.headline, article.text, mention.sentence, predicate.trigger.begin, entities, mention.entities),
      kMaxHeadlineBytes));
  mention.confidence = kLeadConfidence;
  return mention;
}

// A quarter, half or year that ended more than a season before publication, placed there by the
// expression's own words: it writes the year ("1988", "the 1988 quarter") or counts back ("last
// year", "a year earlier"). A sum stated for it ("had sales of $154 million last year", "in the
// 1988 third quarter, the company posted a loss of $876,706") is background or the figure compared
// with; the news is the latest period's. A quarter without its year ("the fiscal first quarter")
// may be a fiscal one, which the calendar value misplaces.
bool is_past_season(const temporal::Timex& timex, std::int64_t publication_day) {
  constexpr std::int64_t kSeasonDays = 92;
  using temporal::Granularity;
  const bool period = timex.granularity == Granularity::kQuarter || timex.granularity == Granularity::kHalf ||
                      timex.granularity == Granularity::kYear;
  const std::string words = ascii_lower(timex.text);
  const bool placed = timex.written.year || words.find("last") != std::string::npos ||
                      words.find("earlier") != std::string::npos || words.find("ago") != std::string::npos ||
                      words.find("previous") != std::string::npos || words.find("prior") != std::string::npos;
  return period && placed && timex.interval && day_number(timex.interval->end_second) + kSeasonDays < publication_day;
}

// A headline that cannot name who did what: it opens with a preposition, an auxiliary, a
// relative pronoun, a conjunction or a number ("Of the common to stock of record", "Is to resume
// trading", "Which was announced"), or it is one or two words.
bool is_fragment(std::string_view headline) {
  const std::string lower = ascii_lower(headline);
  const std::string_view first = std::string_view(lower).substr(0, lower.find(' '));
  if (first.empty() || first.size() == lower.size() || lower.find(' ', first.size() + 1) == std::string::npos) return true;
  return lexicon::is_preposition(first) || lexicon::is_auxiliary(first) || lexicon::is_relative_pronoun(first) ||
         lexicon::is_conjunction(first) || first == "to" || (first.front() >= '0' && first.front() <= '9') ||  // "67 cents a share"
         (first.front() == '$' && lower.ends_with(" a share"));  // a figure per share alone: "$2.14 a share"
}

// ---- The title ----------------------------------------------------------------------------------
// A news title tells the story's news in a few words ("Northrop Grumman and Airbus parent EADS
// defeat Boeing for $40 billion US airtanker contract"): the happening its lead tells. When the
// lead has a mention at its main happening, the title makes one too: the lead's date, state and
// expression, the title's own words, trigger and participants. Sharing the lead's expression, the
// two are one event (the merge links the mentions of one expression); a title that is no clause
// ("Bridges") or tells another state than the lead ("Airbus to cut jobs") makes none.
std::optional<Mention> title_mention(const article::Article& article, const Lead& lead, const std::vector<Mention>& mentions,
                                     const syntax::Model& model, const ArticleEntities& entities) {
  const std::string& text = article.text;
  std::string_view title = article.title;
  while (!title.empty() && (title.back() == '.' || title.back() == ' ')) title.remove_suffix(1);
  if (title.empty() || !lead.predicate.found || article.body_begin < title.size() || !text.starts_with(title)) {
    return std::nullopt;
  }
  const auto told = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.trigger.begin == lead.predicate.trigger.begin && m.trigger.end == lead.predicate.trigger.end &&
           m.sentence.begin >= lead.sentence.begin && m.sentence.end <= lead.sentence.end;
  });
  if (told == mentions.end() || is_fragment(title)) return std::nullopt;
  const text::Span span{0, title.size()};
  const Predicate predicate = title_predicate(text, parse_sentence(text, span, model), entities);
  const bool same_state =
      predicate.state == told->state || (predicate.state == State::happened && told->state == State::reported);
  if (!predicate.found || !same_state) return std::nullopt;
  Mention mention = *told;
  mention.sentence = span;
  mention.summary = valid_utf8(std::string(title));
  mention.headline = valid_utf8(clipped(std::string(title), kMaxHeadlineBytes));
  mention.trigger = predicate.trigger;
  mention.reporting = predicate.reporting;
  // The body's names, as the title writes them (its words are not read for names of their own).
  mention.entities.clear();
  const std::string lower_title = ascii_lower(title);
  for (const Entity& entity : entities.all()) {
    const bool named = names_in(lower_title, ascii_lower(entity.name)) ||
                       std::any_of(entity.aliases.begin(), entity.aliases.end(),
                                   [&](const std::string& alias) { return names_in(lower_title, ascii_lower(alias)); });
    if (named) mention.entities.push_back(entity);
  }
  return mention;
}

}  // namespace

std::vector<Mention> extract(const article::Article& article, const std::vector<temporal::Timex>& timexes) {
  return extract(article, timexes, syntax::Model::builtin());
}

std::vector<Mention> extract(const article::Article& article, const std::vector<temporal::Timex>& timexes,
                             const syntax::Model* model) {
  const std::string& text = article.text;
  const std::size_t body = std::min(article.body_begin, text.size());

  std::vector<const temporal::Timex*> usable;
  std::unordered_map<const temporal::Timex*, const temporal::Timex*> range_ends;  // start -> end
  for (std::size_t k = 0; k < timexes.size(); ++k) {
    if (!dates_something(timexes[k], body, text.size())) continue;
    const temporal::Timex* end = range_end_of(timexes, k);
    if (end != nullptr && dates_something(*end, body, text.size())) range_ends.emplace(&timexes[k], end);
  }
  std::unordered_set<const temporal::Timex*> spanned;  // ends of the ranges above: part of their start's span
  for (const auto& [start, end] : range_ends) spanned.insert(end);
  for (const temporal::Timex& timex : timexes) {
    if (!spanned.contains(&timex) && dates_something(timex, body, text.size())) usable.push_back(&timex);
  }
  std::sort(usable.begin(), usable.end(), [](const temporal::Timex* a, const temporal::Timex* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });

  const std::string lowered = ascii_lower(text);
  std::vector<Token> tokens = tokenize(text, lowered, body, text.size());
  // Every expression's words are marked, dated or not: none names a participant or heads a clause.
  // A duration's words are what happened ("took six months off"), so headlines keep them.
  for (const temporal::Timex& timex : timexes) {
    if (timex.begin >= timex.end || timex.end > text.size()) continue;
    for (std::size_t k = first_token_at_or_after(tokens, timex.begin); k < tokens.size() && tokens[k].begin < timex.end; ++k) {
      tokens[k].in_timex = true;
      tokens[k].in_duration = timex.type == "DURATION";
    }
  }
  // So is the word joining a range's ends ("between 2009 and 2011").
  for (const auto& [start, end] : range_ends) {
    for (std::size_t k = first_token_at_or_after(tokens, start->end); k < tokens.size() && tokens[k].begin < end->begin; ++k) {
      tokens[k].in_timex = true;
    }
  }
  const std::vector<text::Span> sentences = text::split_sentences(text);
  for (const text::Span& sentence : sentences) {
    const std::size_t k = first_token_at_or_after(tokens, sentence.begin);
    if (k < tokens.size() && tokens[k].begin < sentence.end) tokens[k].sentence_start = true;
  }
  const ArticleEntities entities(tokens);

  const std::optional<std::int64_t> publication_day = publication_day_of(article);
  std::vector<Mention> mentions;
  std::size_t previous_end = 0;
  // The usable expressions of the current sentence, [sentence_from, sentence_to), and the day it
  // writes out: found once per sentence, so a long sentence is read once.
  std::size_t sentence_from = 0, sentence_to = 0;
  std::optional<std::int64_t> sentence_day;
  std::map<std::size_t, ParsedSentence> trees;  // the sentences parsed, by where they begin: each parsed once
  const ParsedSentence* parsed = nullptr;       // the current sentence's
  std::vector<text::Span> unsaid;      // the current sentence's words of expressions, which headlines leave out
  std::vector<text::Span> background;  // expressions of running totals and past seasons' sums: no news
  for (std::size_t u = 0; u < usable.size(); ++u) {
    const temporal::Timex* timex = usable[u];
    if (timex->begin < previous_end) continue;  // overlapping expressions: the first one wins
    const auto range_end = range_ends.find(timex);
    const temporal::Timex* span_end = range_end == range_ends.end() ? nullptr : range_end->second;
    previous_end = span_end ? span_end->end : timex->end;
    const auto sentence_it = std::upper_bound(sentences.begin(), sentences.end(), timex->begin,
                                              [](std::size_t at, const text::Span& s) { return at < s.begin; });
    if (sentence_it == sentences.begin()) continue;
    const text::Span sentence = *std::prev(sentence_it);
    if (timex->end > sentence.end) continue;  // an expression across sentences dates neither
    if (span_end && span_end->end > sentence.end) span_end = nullptr;
    if (u >= sentence_to) {
      sentence_from = u;
      sentence_to = u;
      while (sentence_to < usable.size() && usable[sentence_to]->end <= sentence.end) ++sentence_to;
      sentence_day = publication_day ? written_day(usable, sentence_from, sentence_to, *publication_day) : std::nullopt;
      unsaid.clear();
      for (std::size_t k = first_token_at_or_after(tokens, sentence.begin); k < tokens.size() && tokens[k].begin < sentence.end; ++k) {
        if (tokens[k].in_timex && !tokens[k].in_duration) unsaid.push_back({tokens[k].begin, tokens[k].end});
      }
    }

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
    Predicate predicate;
    if (model != nullptr) {
      if (!parsed || parsed->span.begin != sentence.begin) {
        parsed = &trees.try_emplace(sentence.begin, parse_sentence(text, sentence, *model)).first->second;
      }
      const bool future = publication_day && day_number(timex->interval->start_second) > *publication_day;
      predicate = dated_predicate(text, *parsed, {timex->begin, timex->end}, future, entities, unsaid);
      // A running total or a past season's sum is background: no event, and no lead of the day.
      if (predicate.running_total ||
          (!predicate.dates_nothing && predicate.states_figure && publication_day && is_past_season(*timex, *publication_day))) {
        background.push_back({timex->begin, timex->end});
        continue;
      }
      if (predicate.dates_nothing) continue;  // "the lowest level since 2003" dates nothing in 2003
    }
    // The clause heuristics' headline, tuned on news and tested sentence by sentence; the tree's
    // where the heuristics found no clause near the expression (their loose fallback gives
    // fragments such as "Its lowest level") and the tree gives a subject.
    // They also lose when the tree puts the expression in a clause inside another and their
    // headline tells another clause: "the mortar attack came days after Sinn Fein was expelled
    // on Feb. 20" dates the expulsion.
    const bool other_clause = predicate.found && predicate.subordinate;
    const bool heuristics_lost =
        clause.headline.empty() || clause.attachment == Attachment::kLoose || other_clause || is_fragment(clause.headline);
    const bool from_tree = predicate.found && heuristics_lost && (predicate.has_subject || clause.headline.empty());
    const std::string& headline = from_tree ? predicate.headline : clause.headline;
    // A headline that names no one ("Has extended Control Data up to $90 million", "14 Canadian
    // cents a share") tells a reader nothing usable: no mention.
    if (headline.empty() || (model != nullptr && is_fragment(headline))) continue;

    Mention mention;
    mention.article_hash = article.content_hash;
    const temporal::Timex dated = span_end ? spanning(text, *timex, *span_end) : *timex;
    mention.date = date_of(dated.value, dated, *dated.interval);
    const bool reanchored = !span_end && sentence_day && points_at_publication_day(*timex, *publication_day);
    if (reanchored) {  // the value and the interval move by whole days, keeping the time of day
      const std::int64_t shift = (*sentence_day - *publication_day) * kSecondsPerDay;
      std::string value = timex->value;
      if (value.compare(0, 10, iso_day(*publication_day)) == 0) value = iso_day(*sentence_day) + value.substr(10);
      mention.date = date_of(value, *timex,
                             temporal::interval_of_seconds(timex->interval->start_second + shift,
                                                           timex->interval->end_second + shift));
    }
    if (predicate.bounded_period && !span_end && timex->granularity == temporal::Granularity::kDay) {
      mention.date = over_period(day_number(timex->interval->start_second), *predicate.bounded_period);
    }
    mention.headline = valid_utf8(clipped(headline, kMaxHeadlineBytes));
    mention.trigger = predicate.trigger;
    mention.state = predicate.state;
    mention.sentence = narrowed(text, sentence, dated.begin, dated.end, kMaxSummaryBytes);
    mention.summary = valid_utf8(text.substr(mention.sentence.begin, mention.sentence.size()));
    mention.timex = dated;
    mention.entities = entities.in_span(mention.sentence.begin, mention.sentence.end);
    add_named(mention.entities, predicate.named);
    if (!clause.pronoun_means.empty() && !std::any_of(mention.entities.begin(), mention.entities.end(), [&](const Entity& e) {
          return e.name == clause.pronoun_means;
        })) {
      for (const Entity& e : entities.all()) {
        if (e.name == clause.pronoun_means) mention.entities.insert(mention.entities.begin(), e);
      }
    }
    const std::size_t told = mention.trigger.end > mention.trigger.begin ? mention.trigger.begin : timex->begin;
    mention.headline = valid_utf8(
        clipped(with_actor(mention.headline, text, mention.sentence, told, entities, mention.entities), kMaxHeadlineBytes));
    mention.reporting = predicate.found ? predicate.reporting : clause.reporting;
    mention.confidence = confidence_factors(*timex, clause, reanchored).product();
    mentions.push_back(std::move(mention));
  }
  if (model != nullptr && publication_day) {
    if (const std::optional<Lead> lead = find_lead(article, sentences, mentions, background, *model, entities, trees)) {
      if (auto mention = lead_mention(article, *lead, entities)) mentions.push_back(std::move(*mention));
      if (auto mention = title_mention(article, *lead, mentions, *model, entities)) mentions.push_back(std::move(*mention));
    }
  }
  return mentions;
}

}  // namespace chronicle::events
