// A happening dated by a range ("from March 3 to 10", "between 2009 and 2011") spans it: one
// mention from the first end's start to the last end's end (extract.cpp, "Ranges").
#include <catch2/catch.hpp>

#include "tests/events/fixtures.h"

using namespace chronicle::events;
using namespace chronicle::events::testing;

namespace {

std::vector<Mention> mentions_of(const std::string& text) {
  chronicle::temporal::TagOptions options;
  options.dct = "2016-03-29T10:00:00";
  const auto article = article_of(text);
  return extract(article, chronicle::temporal::tag(article.text, options));
}

}  // namespace

TEST_CASE("a festival that ran from March 3 to 10 is one mention spanning eight days", "[events][ranges]") {
  const auto mentions = mentions_of("The Palmyra festival ran from March 3 to 10, organizers said.");
  REQUIRE(mentions.size() == 1);
  const Mention& ran = mentions.front();
  CHECK(ran.timex.text == "March 3 to 10");
  CHECK(ran.date.value == "2016-03-03/2016-03-10");
  CHECK(ran.date.granularity == chronicle::temporal::Granularity::kDay);
  CHECK(ran.date.start == "2016-03-03T00:00:00");
  CHECK(ran.date.end == "2016-03-11T00:00:00");  // the last day, March 10, is inside
  CHECK(ran.date.end_second - ran.date.start_second == 8 * 86400);
}

TEST_CASE("talks held between 2009 and 2011 span three years and the joining word leaves the headline",
          "[events][ranges]") {
  const auto mentions = mentions_of("Syria and Russia held talks between 2009 and 2011 in Geneva.");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions.front().date.value == "2009/2011");
  CHECK(mentions.front().date.start == "2009-01-01T00:00:00");
  CHECK(mentions.front().date.end == "2012-01-01T00:00:00");
  CHECK(mentions.front().headline == "Syria and Russia held talks in Geneva");
}

TEST_CASE("an open range dates only its one end: 'since 2003' is no span", "[events][ranges]") {
  const auto mentions = mentions_of("Prices have risen steadily since 2003, the bank said.");
  REQUIRE_FALSE(mentions.empty());
  for (const Mention& m : mentions) CHECK(m.date.value.find('/') == std::string::npos);
}

TEST_CASE("a span is merged only with the same span, not with a day inside it", "[events][ranges]") {
  auto mentions = mentions_of("The Palmyra festival ran from March 3 to 10, organizers said.");
  const auto article = article_of("The Palmyra festival opened on March 3 with a concert.", "another-article");
  chronicle::temporal::TagOptions options;
  options.dct = "2016-03-29T10:00:00";
  const auto opened = extract(article, chronicle::temporal::tag(article.text, options));
  REQUIRE(opened.size() == 1);
  mentions.insert(mentions.end(), opened.begin(), opened.end());
  CHECK(merge(mentions).size() == 2);
}
