// Helpers for the example tables: tag a sentence against a reference time and look up the
// expression by its text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/temporal/temporal.h"

namespace chronicle::temporal::testing {

// A sentence, its reference time, the expression in it and the TIMEX3 value worked out by hand.
struct Example {
  std::string sentence;
  std::string expression;
  std::string value;
  std::string type = "DATE";
};

inline std::vector<Timex> tag_news(const std::string& text, const std::string& dct,
                                   DateOrder order = DateOrder::kMonthFirst) {
  TagOptions options;
  options.dct = dct;
  options.mode = Mode::kNews;
  options.date_order = order;
  return tag(text, options);
}

inline std::optional<Timex> find(const std::vector<Timex>& timexes, const std::string& text) {
  for (const Timex& t : timexes) {
    if (t.text == text) return t;
  }
  return std::nullopt;
}

inline std::string texts(const std::vector<Timex>& timexes) {
  std::string out;
  for (const Timex& t : timexes) out += "[" + t.text + " = " + t.value + "] ";
  return out;
}

}  // namespace chronicle::temporal::testing

// Checks every example of a table against the reference time `dct` (news mode).
#define CHECK_EXAMPLES(table, dct)                                                      \
  for (const auto& example : table) {                                                   \
    const auto found = chronicle::temporal::testing::tag_news(example.sentence, dct);   \
    INFO(example.sentence << "  ->  " << chronicle::temporal::testing::texts(found));   \
    const auto timex = chronicle::temporal::testing::find(found, example.expression);   \
    REQUIRE(timex.has_value());                                                         \
    CHECK(timex->value == example.value);                                               \
    CHECK(timex->type == example.type);                                                 \
  }
