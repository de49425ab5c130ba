// Reading and writing TimeML documents: the DCT, the plain text of TEXT, and the TIMEX3 spans in it.
// Malformed input gives an error value naming the line, never an exception or a crash.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/temporal/temporal.h"

namespace chronicle::evaluation {

// A piece of markup inside TEXT that is not a TIMEX3 tag (another element, a comment, ...),
// kept so that the document can be written back around new TIMEX3 tags.
struct KeptMarkup {
  std::size_t at = 0;  // byte offset in TimemlDocument::text where the markup sits
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
};

struct TimemlDocument {
  std::string dct;      // value of the creation-time TIMEX3 (in DCT), "" when there is none
  std::string dct_tid;  // its tid, so that new tids do not collide with it
  // Content of TEXT with all markup removed and entities replaced by their characters.
  std::string text;
  // The TIMEX3 tags of TEXT, with byte offsets into `text`; `granularity` and `interval` stay empty.
  std::vector<temporal::Timex> timexes;
  std::vector<KeptMarkup> kept;
  std::size_t text_source_begin = 0;  // byte range of TEXT's content in the source
  std::size_t text_source_end = 0;
};

struct TimemlReadResult {
  TimemlDocument document;
  std::string error;  // "" on success, else "line N: what is wrong"
};

// Parses a TimeML document (an empty TIMEX3 in TEXT marks no words and is left out). TEXT must
// exist once, TIMEX3 tags in it must not nest, and the elements in it must be balanced.
TimemlReadResult read_timeml(std::string_view source);

// `source` (the document `document` was read from) with the TIMEX3 tags of TEXT replaced by
// `timexes` (offsets into document.text): tid, type, value and mod if any. The text and everything
// outside TEXT stay as they were. A timex that would break the markup (overlapping a previous one,
// out of range, or containing other markup) is left out.
std::string write_timeml(std::string_view source, const TimemlDocument& document,
                         const std::vector<temporal::Timex>& timexes);

}  // namespace chronicle::evaluation
