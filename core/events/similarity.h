// When two mentions tell the same happening. Everything here is computed from what a stored
// mention keeps (headline, entities, reporting flag), so the store can reload mentions and merge
// them again.
//
// Two mentions with compatible dates tell the same happening when
//  - both report speech or neither does (but in one article, "Apple announced on Friday that ..."
//    and "The announcement came on Friday morning" tell one announcement);
//  - they are not dated to different clock times of the day (12:00 UTC and 16:00 UTC);
//  - their headline verbs are of the same class, or one has none ("retook" ~ "recaptured" ~
//    "established control": class capture; "hailed" is class praise, so a retaking and its praise
//    stay apart);
//  - no kind of participant named in both headlines disagrees completely (forces that took Palmyra
//    and forces that took Ramadi on the same day are two happenings; a name of no known kind
//    counts as a company's: Upjohn's and Intelogic's shares rising are two happenings);
//  - and their headline words (content words, verbs by class, demonyms as countries) overlap:
//    Jaccard >= 0.5, or >= 0.25 when they share a participant.
// Within one article, a verbless mention ("Sunday's win over ISIS") that shares a participant with
// a clause dated by the same interval refers to the happening that clause tells; and two mentions
// dated by the same interval that name the same happening noun ("the 1991 settlement reached ...",
// "the 1991 agreement was that ...") tell that one happening, whatever their verbs.
// Nouns of one happening count as one word: agreement ~ settlement ~ accord, recapture ~
// liberation ~ capture, ...
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/events/events.h"

namespace chronicle::events {

// Words and names are kept as 64-bit hashes of their lower-case form: comparing two mentions is
// then a merge of short sorted integer lists.
using WordId = std::uint64_t;

struct MentionFeatures {
  std::vector<WordId> participants;  // names and aliases of every participant, sorted
  std::vector<WordId> words;         // headline content words by class, sorted, unique
  std::vector<WordId> headline_places, headline_people, headline_organizations;  // sorted
  std::vector<WordId> happening_nouns;  // classes of the headline's happening nouns ("settlement" -> agreement)
  bool event_noun = false;           // the headline has a noun that names a happening ("win", "attack")
  WordId verb_class = 0;             // of the headline's verb; 0 when none was found
  WordId article = 0;                // of Mention::article_hash
  WordId interval = 0;               // of the date's start and end
  bool clock_time = false;           // dated to the hour or finer
  bool reporting = false;
};

WordId word_id(std::string_view lower);

// Is `form` (lower case) written in `lower_headline` as whole words?
bool names_in(std::string_view lower_headline, std::string_view form);

MentionFeatures features_of(const Mention& mention);

// Jaccard overlap of the headline words, in [0, 1].
double word_overlap(const MentionFeatures& a, const MentionFeatures& b);

bool same_happening(const MentionFeatures& a, const MentionFeatures& b);

}  // namespace chronicle::events
