// The seed article: every date in its body worked out by hand from its dateline, Tuesday
// 2016-03-29; and on the raw scraped file, none of the junk trailer is a date.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "tests/temporal/examples.h"

using namespace chronicle::temporal;
using namespace chronicle::temporal::testing;

namespace {

std::string read_seed() {
  std::ifstream in(std::string(CHRONICLE_SOURCE_DIR) + "/sample_data/000_a4e3cdde688320d9.txt", std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const std::string kDct = "2016-03-29T16:27:03";

}  // namespace

TEST_CASE("the seed article's dates resolve as worked out by hand", "[temporal][seed]") {
  const std::string text = read_seed();
  REQUIRE_FALSE(text.empty());
  const auto found = tag_news(text, kDct);
  INFO(texts(found));
  const auto value_of = [&](const std::string& expression) {
    const auto timex = find(found, expression);
    return timex ? timex->value : std::string("(missing)");
  };
  CHECK(value_of("Sunday") == "2016-03-27");      // "On Sunday, Syrian armed forces ... established"
  CHECK(value_of("last May") == "2015-05");       // the most recent May before March 2016
  CHECK(value_of("On Monday") == "(missing)");    // the extent is the weekday alone
  CHECK(value_of("Monday") == "2016-03-28");      // "On Monday, ... Shamkhani hailed"
  CHECK(value_of("Tuesday") == "2016-03-29");     // "reported on Tuesday": the dateline's own day
  CHECK(value_of("currently") == "PRESENT_REF");
  CHECK(value_of("the future") == "FUTURE_REF");
}

TEST_CASE("the seed's junk trailer, ids and verbs are not dates", "[temporal][seed]") {
  const std::string text = read_seed();
  const auto found = tag_news(text, kDct);
  for (const Timex& t : found) {
    INFO(t.text);
    CHECK(t.text.find("1938") == std::string::npos);
    CHECK(t.text.find("11") == std::string::npos);
    CHECK(t.text != "march");
    CHECK(t.text.find("18024") == std::string::npos);
    CHECK(t.text.find("3520") == std::string::npos);
  }
  // Every expression's offsets point at its text.
  for (const Timex& t : found) CHECK(text.substr(t.begin, t.end - t.begin) == t.text);
}
