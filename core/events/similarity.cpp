#include "core/events/similarity.h"

#include <algorithm>

#include "core/events/gazetteer.h"
#include "core/events/lexicon.h"
#include "core/events/tokens.h"

namespace chronicle::events {
namespace {

// Words are compared as string views: the length first, then the bytes.
using namespace std::string_view_literals;

constexpr double kSameWording = 0.5;
constexpr double kSimilarWordingWithParticipant = 0.25;

void sort_unique(std::vector<WordId>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Nouns that name the same kind of happening.
struct NounClass {
  std::string_view noun;
  std::string_view happening;
};
constexpr NounClass kNounClasses[] = {
    {"accord", "agreement"},   {"accords", "agreement"},    {"agreement", "agreement"},    {"agreements", "agreement"}, {"deal", "agreement"},
    {"deals", "agreement"},    {"pact", "agreement"},       {"settlement", "agreement"}, {"settlements", "agreement"},
    {"treaty", "agreement"},   {"liberation", "capture"},   {"recapture", "capture"},    {"retaking", "capture"},
    {"takeover", "capture"},   {"troops", "force"},         {"army", "force"},           {"soldiers", "force"},
    {"victory", "win"},        {"death", "kill"},           {"killing", "kill"},         {"launch", "release"},
    {"unveiling", "release"},  {"bankruptcy", "bankruptcy"}, {"acquisition", "buy"},     {"merger", "buy"},
    {"purchase", "buy"},       {"resignation", "resign"},   {"election", "elect"},       {"attack", "attack"},
    {"attacks", "attack"},     {"strike", "attack"},        {"strikes", "attack"},       {"offensive", "attack"},
    {"announcement", "say"},   {"statement", "say"},
};

std::string_view noun_class(std::string_view lower) {
  for (const NounClass& c : kNounClasses) {
    if (c.noun == lower) return c.happening;
  }
  return {};
}

// "forces" -> "force", "recaptured" -> "capture" (its class), "syrian" -> "syria".
std::string word_class(const Token& t, std::string_view lemma) {
  if (const std::string_view country = country_of_demonym(t.lower); !country.empty()) return ascii_lower(country);
  if (const std::string_view happening = noun_class(t.lower); !happening.empty()) return std::string(happening);
  if (!lemma.empty()) return std::string(lexicon::verb_class(lemma));
  if (t.lower.size() > 3 && t.lower.back() == 's' && t.lower[t.lower.size() - 2] != 's') {
    return std::string(t.lower.substr(0, t.lower.size() - 1));
  }
  return std::string(t.lower);
}

bool is_modifier_position(const Token* prev) {
  return prev != nullptr && (prev->is(lexicon::kDeterminer) || prev->possessive ||
                             !country_of_demonym(prev->lower).empty() ||
                             (prev->is(lexicon::kPreposition) && prev->lower != "to"sv));
}

std::size_t shared_count(const std::vector<WordId>& a, const std::vector<WordId>& b) {
  std::size_t shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

bool disagree(const std::vector<WordId>& a, const std::vector<WordId>& b) {
  return !a.empty() && !b.empty() && shared_count(a, b) == 0;
}

}  // namespace

bool names_in(std::string_view lower_headline, std::string_view form) {
  if (form.empty()) return false;
  for (std::size_t at = lower_headline.find(form); at != std::string_view::npos; at = lower_headline.find(form, at + 1)) {
    const bool starts = at == 0 || !is_word_char(lower_headline[at - 1]);
    const std::size_t after = at + form.size();
    const bool ends = after >= lower_headline.size() || !is_word_char(lower_headline[after]);
    if (starts && ends) return true;
  }
  return false;
}

WordId word_id(std::string_view lower) {
  // FNV-1a: stable across runs and platforms, so merging never depends on the process.
  WordId hash = 1469598103934665603ull;
  for (const char c : lower) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash == 0 ? 1 : hash;
}

MentionFeatures features_of(const Mention& mention) {
  MentionFeatures f;
  f.reporting = mention.reporting;
  f.article = word_id(mention.article_hash);
  f.interval = word_id(std::to_string(mention.date.start_second) + '/' + std::to_string(mention.date.end_second));
  const temporal::Granularity unit = mention.date.granularity;
  f.clock_time = unit == temporal::Granularity::kHour || unit == temporal::Granularity::kMinute ||
                 unit == temporal::Granularity::kSecond;
  const std::string headline = ascii_lower(mention.headline);
  for (const Entity& entity : mention.entities) {
    const std::string name = ascii_lower(entity.name);
    // A model ("Airbus A380", "Boeing 787") names a kind of thing, not one participant: two A380s
    // flying on one day are two happenings.
    if (name.find_first_of("0123456789") != std::string::npos) continue;
    const WordId id = word_id(name);
    f.participants.push_back(id);
    bool in_headline = names_in(headline, name);
    for (const std::string& alias : entity.aliases) {
      const std::string lower = ascii_lower(alias);
      f.participants.push_back(word_id(lower));
      in_headline = in_headline || names_in(headline, lower);
    }
    if (!in_headline) continue;
    if (entity.kind == "place") f.headline_places.push_back(id);
    if (entity.kind == "person") f.headline_people.push_back(id);
    // A name of no known kind in a headline is most often a company's ("Upjohn's shares rose"):
    // two headlines naming different ones tell different companies' happenings.
    if (entity.kind == "organization" || entity.kind == "other") f.headline_organizations.push_back(id);
  }
  const std::vector<Token> tokens = tokenize(mention.headline, headline, 0, mention.headline.size());
  const Token* prev = nullptr;
  for (const Token& t : tokens) {
    if (!t.is_word) {
      prev = nullptr;
      continue;
    }
    if (!t.is(lexicon::kFunctionWord)) {
      const std::string_view lemma = lexicon::verb_lemma(t.lower);
      f.words.push_back(word_id(word_class(t, lemma)));
      if (const std::string_view happening = noun_class(t.lower); !happening.empty()) {
        f.happening_nouns.push_back(word_id(happening));
      }
      f.event_noun = f.event_noun || lexicon::is_event_noun(t.lower);
      const bool verb_like = !lemma.empty() || (t.lower.size() >= 5 && t.lower.ends_with("ed"));
      if (f.verb_class == 0 && verb_like && !t.capitalized() && !is_modifier_position(prev)) {
        f.verb_class = word_id(lemma.empty() ? std::string_view(t.lower) : lexicon::verb_class(lemma));
      }
    }
    prev = &t;
  }
  sort_unique(f.participants);
  sort_unique(f.words);
  sort_unique(f.headline_places);
  sort_unique(f.headline_people);
  sort_unique(f.headline_organizations);
  sort_unique(f.happening_nouns);
  return f;
}

double word_overlap(const MentionFeatures& a, const MentionFeatures& b) {
  const std::size_t shared = shared_count(a.words, b.words);
  const std::size_t all = a.words.size() + b.words.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

bool same_happening(const MentionFeatures& a, const MentionFeatures& b) {
  if (a.reporting != b.reporting) {
    // "Apple announced on Friday that ..." and "The announcement came on Friday morning": in one
    // article, what reports speech and what names that speech as a noun tell one happening.
    const MentionFeatures& other = a.reporting ? b : a;
    return a.article == b.article && std::binary_search(other.happening_nouns.begin(), other.happening_nouns.end(),
                                                        word_id("say"));
  }
  if (a.clock_time && b.clock_time && a.interval != b.interval) return false;
  if (a.article == b.article && a.interval == b.interval && shared_count(a.happening_nouns, b.happening_nouns) > 0) {
    return true;
  }
  if (a.verb_class != 0 && b.verb_class != 0 && a.verb_class != b.verb_class) return false;
  if (disagree(a.headline_places, b.headline_places) || disagree(a.headline_people, b.headline_people) ||
      disagree(a.headline_organizations, b.headline_organizations)) {
    return false;
  }
  const bool shared_participant = shared_count(a.participants, b.participants) > 0;
  // In one article on one date, a headline without a known verb joins another that shares a
  // participant: through the sentences when it names a happening ("Sunday's win over ISIS" and
  // "Syrian forces established full control over Palmyra"), else only when both headlines name it
  // ("at the Saudi border, today sought peace" and "In Saudi Arabia, today is the eighth day" stay
  // apart).
  const bool named_in_both = shared_count(a.headline_people, b.headline_people) > 0 ||
                             shared_count(a.headline_organizations, b.headline_organizations) > 0 ||
                             shared_count(a.headline_places, b.headline_places) > 0;
  const bool happening_noun = (a.verb_class == 0 && a.event_noun) || (b.verb_class == 0 && b.event_noun);
  if (a.article == b.article && a.interval == b.interval && (a.verb_class == 0 || b.verb_class == 0) &&
      (named_in_both || (happening_noun && shared_participant))) {
    return true;
  }
  const double overlap = word_overlap(a, b);
  if (overlap >= kSameWording) return true;
  return overlap >= kSimilarWordingWithParticipant && shared_participant;
}

}  // namespace chronicle::events
