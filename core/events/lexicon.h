// Word lists the event extractor reads clauses and names with. Every list is a sorted table of
// lower-case words compiled in, looked up by binary search: no state, no allocation.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace chronicle::events::lexicon {

// The tables below as bits, so a word can be looked up in all of them once (Token::classes) and
// asked about with a bit test afterwards.
enum WordClass : std::uint32_t {
  kDeterminer = 1u << 0,
  kPreposition = 1u << 1,
  kPronoun = 1u << 2,
  kRelativePronoun = 1u << 3,
  kConjunction = 1u << 4,
  kSubordinator = 1u << 5,
  kAuxiliary = 1u << 6,
  kFunctionWord = 1u << 7,
  kTitleWord = 1u << 8,
  kPersonCue = 1u << 9,
  kOrganizationHead = 1u << 10,
  kOrganizationCue = 1u << 11,
  kCalendarWord = 1u << 12,
  kNameParticle = 1u << 13,
  kGroupAdjective = 1u << 14,
  kAdverbException = 1u << 15,
  kNameStopword = 1u << 16,
};

// Every class `lower` belongs to, as WordClass bits.
std::uint32_t classes_of(std::string_view lower);

bool is_determiner(std::string_view lower);          // the, a, its, this, ...
bool is_event_noun(std::string_view lower);          // attack, election, visit: a noun that names a happening
bool is_preposition(std::string_view lower);         // on, in, over, ...
bool is_pronoun(std::string_view lower);             // he, they, it, ...
bool is_relative_pronoun(std::string_view lower);    // which, who, ...
bool is_conjunction(std::string_view lower);         // and, but, or
bool is_subordinator(std::string_view lower);        // after, because, while, ...
bool is_auxiliary(std::string_view lower);           // was, had, will, ...
bool is_function_word(std::string_view lower);       // any of the above, and other words with no content
bool is_title_word(std::string_view lower);          // president, minister, general, ...
bool is_person_cue(std::string_view lower);          // spokesman, counterpart: a person's name follows
bool is_organization_head(std::string_view lower);   // council, corps, ministry, ...
bool is_organization_cue(std::string_view lower);    // agency, television: the name before is an organization
bool is_calendar_word(std::string_view lower);       // month and weekday names
bool is_name_particle(std::string_view lower);       // al, bin, van, ... inside a name
bool is_group_adjective(std::string_view lower);     // arab, islamic, western: not a participant alone
bool is_adverb_exception(std::string_view lower);    // "-ly" words that are not adverbs: early, only, italy
bool is_name_stopword(std::string_view lower);       // the, on, after: capitalized at a sentence start, never a name
bool is_company_word(std::string_view lower);        // company, firm, bank: "the company" stands for one

// Is `word` one of `words`? For the short lists written where they are used.
inline bool is_any(std::string_view word, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

// The dictionary form of a known verb form ("took" -> "take", "hailed" -> "hail"), or "" when the
// word is not a form of a verb in the lexicon. The view is into the lexicon's own tables.
std::string_view verb_lemma(std::string_view lower);

// Is `lower` the form of `lemma` with `suffix` ("calls" of "call" with "s")?
inline bool is_form_of(std::string_view lower, std::string_view lemma, std::string_view suffix) {
  return lower.size() == lemma.size() + suffix.size() && lower.starts_with(lemma) && lower.ends_with(suffix);
}

// The happening class of a verb lemma ("retake", "recapture", "liberate" -> "capture"), or the
// lemma itself when it has no class. Two clauses with different classes tell different happenings.
std::string_view verb_class(std::string_view lemma);

// True for verbs that report speech: say, tell, report, announce, ...
bool is_reporting_lemma(std::string_view lemma);

}  // namespace chronicle::events::lexicon
