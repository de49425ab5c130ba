// Tokens of article text with byte offsets.
#include <catch2/catch.hpp>

#include "core/events/lexicon.h"
#include "core/events/tokens.h"

using chronicle::events::Token;

namespace {

// The tokens of text[begin, end); `lowered` keeps the lower-case copy they view.
std::vector<Token> tokenize(const std::string& text, std::size_t begin, std::size_t end, std::string& lowered) {
  lowered = chronicle::events::ascii_lower(text);
  return chronicle::events::tokenize(text, lowered, begin, end);
}

}  // namespace

TEST_CASE("possessives, names with particles and abbreviations stay one word", "[events][tokens]") {
  const std::string text = "Sunday\xE2\x80\x99s win for al-Assad in the U.S. and Syria's army";
  std::string lowered;
  const auto tokens = tokenize(text, 0, text.size(), lowered);
  REQUIRE(tokens.size() == 10);
  CHECK(tokens[0].text == "Sunday");
  CHECK(tokens[0].possessive);
  CHECK(tokens[0].lower == "sunday");
  CHECK(tokens[0].end == 10);  // six letters, a three-byte curly apostrophe and the "s"
  CHECK(tokens[3].text == "al-Assad");
  CHECK(tokens[3].lower == "al-assad");
  CHECK(tokens[6].text == "U.S.");
  CHECK(tokens[8].text == "Syria");
  CHECK(tokens[8].possessive);
  CHECK(tokens[9].text == "army");
}

TEST_CASE("curly quotes and dashes are punctuation, not parts of words", "[events][tokens]") {
  const std::string text = "a \xE2\x80\x9Cmortal blow\xE2\x80\x9D \xE2\x80\x94 then";
  std::string lowered;
  const auto tokens = tokenize(text, 0, text.size(), lowered);
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[1].quote);
  CHECK(tokens[2].text == "mortal");
  CHECK(tokens[4].quote);
  CHECK(tokens[5].punct == '-');
}

TEST_CASE("capitalized and all-caps words are told apart", "[events][tokens]") {
  const std::string text = "ISIS Palmyra army X";
  std::string lowered;
  const auto tokens = tokenize(text, 0, text.size(), lowered);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].all_caps());
  CHECK(tokens[1].capitalized());
  CHECK_FALSE(tokens[1].all_caps());
  CHECK_FALSE(tokens[2].capitalized());
  CHECK_FALSE(tokens[3].all_caps());  // one letter is an initial, not an acronym
}

TEST_CASE("tokenizing a range stops at its end, even inside a multibyte character", "[events][tokens]") {
  const std::string text = "Caf\xC3\xA9 society";
  std::string lowered;
  const auto tokens = tokenize(text, 0, 4, lowered);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].end <= 4);
}

TEST_CASE("a word's classes, looked up once, agree with each table of the lexicon", "[events][tokens]") {
  using namespace chronicle::events::lexicon;
  for (const std::string_view word :
       {"the", "on", "he", "which", "and", "after", "was", "not", "president", "spokesman", "council", "agency",
        "sunday", "al", "arab", "early", "however", "palmyra", "recaptured", "", "a", "that", "whose"}) {
    INFO(word);
    const std::uint32_t classes = classes_of(word);
    CHECK(((classes & kDeterminer) != 0) == is_determiner(word));
    CHECK(((classes & kPreposition) != 0) == is_preposition(word));
    CHECK(((classes & kPronoun) != 0) == is_pronoun(word));
    CHECK(((classes & kRelativePronoun) != 0) == is_relative_pronoun(word));
    CHECK(((classes & kConjunction) != 0) == is_conjunction(word));
    CHECK(((classes & kSubordinator) != 0) == is_subordinator(word));
    CHECK(((classes & kAuxiliary) != 0) == is_auxiliary(word));
    CHECK(((classes & kFunctionWord) != 0) == is_function_word(word));
    CHECK(((classes & kTitleWord) != 0) == is_title_word(word));
    CHECK(((classes & kPersonCue) != 0) == is_person_cue(word));
    CHECK(((classes & kOrganizationHead) != 0) == is_organization_head(word));
    CHECK(((classes & kOrganizationCue) != 0) == is_organization_cue(word));
    CHECK(((classes & kCalendarWord) != 0) == is_calendar_word(word));
    CHECK(((classes & kNameParticle) != 0) == is_name_particle(word));
    CHECK(((classes & kGroupAdjective) != 0) == is_group_adjective(word));
    CHECK(((classes & kAdverbException) != 0) == is_adverb_exception(word));
    CHECK(((classes & kNameStopword) != 0) == is_name_stopword(word));
  }
  CHECK((classes_of("the") & kDeterminer) != 0);
  CHECK((classes_of("council") & kOrganizationHead) != 0);
  CHECK(classes_of("palmyra") == 0);
}

TEST_CASE("a lowered copy shorter than the text gives no tokens rather than views past its end",
          "[events][tokens]") {
  const std::string text = "Palmyra fell";
  CHECK(chronicle::events::tokenize(text, "palmyra", 0, text.size()).empty());
}
