// The tense of the clause around an expression, from nearby cue words: "will", "to be", modals
// lean forward; "was", "said", regular past forms lean back. News reporting uses it to place
// "on Sunday" or "in May" before or after the document's time.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "core/temporal/matcher.h"
#include "core/temporal/resolver.h"

namespace chronicle::temporal {

// Tense of the clause around tokens [first, end): the nearest cue within the clause (at most 12
// tokens away) wins, the one before the expression on a tie; kNone without any cue. `reported`, when
// given, tells whether a past cue was a verb of saying ("said", "declared", "announced").
Tense tense_around(const Input& input, std::size_t first, std::size_t end, bool* reported = nullptr);

// The words (lower-case) tense_around reads, with the tense each gives by itself (kNone for the
// words that cue only in context: "may", "be", "going", "due", "set").
std::vector<std::pair<std::string_view, Tense>> tense_cue_words();

}  // namespace chronicle::temporal
