// The seed article: a scraped agency page with a dateline, an agency code and a PHP dump trailer.
#include <catch2/catch.hpp>
#include <map>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::read_bytes;
using chronicle::article::testing::source_path;

namespace {

const std::string kSeedPath = source_path("sample_data/000_a4e3cdde688320d9.txt");

Article load_seed() {
  LoadResult result = load_file(kSeedPath, LoadOptions{});
  REQUIRE(result.errors.empty());
  REQUIRE(result.articles.size() == 1);
  return result.articles.front();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the seed loads with its headline as title and its dateline as publication time",
          "[article][seed]") {
  const Article article = load_seed();
  CHECK(article.format == "text");
  CHECK(article.title == "Iran Defense Minister Calls on Syria to Intensify Fight against ISIS");
  CHECK(article.published == "2016-03-29T16:27:03");
  CHECK(article.published_from == "dateline");
}

TEST_CASE("the seed's stored text is the original up to the Ansari quote, so offsets point into the file",
          "[article][seed]") {
  const Article article = load_seed();
  const std::string original = read_bytes(kSeedPath);
  const std::string last_words = "won't have a place in the future of the region,\" he added.";
  const std::size_t end = original.find(last_words);
  REQUIRE(end != std::string::npos);
  CHECK(article.text == original.substr(0, end + last_words.size()));
  CHECK_FALSE(contains(article.text, "S/SH 11"));
  CHECK_FALSE(contains(article.text, "string(1938)"));
  CHECK_FALSE(contains(article.text, "contenttypeid"));
}

TEST_CASE("the seed's body starts after the dateline", "[article][seed]") {
  const Article article = load_seed();
  CHECK(article.text.substr(article.body_begin).starts_with("Iran\xE2\x80\x99s defense minister has called"));
  const std::string before_body = article.text.substr(0, article.body_begin);
  CHECK(contains(before_body, "Tue Mar 29, 2016 16:27:03"));
}

TEST_CASE("the seed's junk removal is reported as warnings", "[article][seed]") {
  const Article article = load_seed();
  std::string warnings;
  for (const std::string& warning : article.warnings) warnings += warning + "\n";
  CHECK(contains(warnings, "PHP dump"));
  CHECK(contains(warnings, "S/SH 11"));
}

TEST_CASE("the seed's trailer gives ten related headlines dated by their image paths", "[article][seed]") {
  const Article article = load_seed();
  REQUIRE(article.related.size() == 10);
  CHECK(article.related[0].title ==
        "Hezbollah, Syrian Army Liberate Al-Amariyah in Northern Syria's Palmyra");
  CHECK(article.related[0].date == "2016-03-26");
  CHECK(article.related[3].title ==
        "VIDEO: Syrian Army Troops Regain Entire Palmyra City from ISIS Terrorists");
  CHECK(article.related[3].date == "2016-03-27");
  CHECK(article.related[5].title == "UN Chief Praises Syrian Army Victory in Palmyra against ISIS");
  CHECK(article.related[5].date == "2016-03-28");
  CHECK(article.related[9].title ==
        "After Palmyra Victory Syrian Army Plans to Break ISIS Siege on Deir Ezzor");
  CHECK(article.related[9].date == "2016-03-29");
  // Image paths: two on /2016/03/26/, three on /27/, four on /28/, one on /29/.
  std::map<std::string, int> per_day;
  for (const RelatedHeadline& headline : article.related) ++per_day[headline.date];
  CHECK(per_day == std::map<std::string, int>{
                       {"2016-03-26", 2}, {"2016-03-27", 3}, {"2016-03-28", 4}, {"2016-03-29", 1}});
}

TEST_CASE("the seed re-saved with CRLF line ends and other spacing keeps its content hash",
          "[article][seed]") {
  const Article article = load_seed();
  CHECK(article.content_hash.size() == 64);
  std::string resaved;
  for (char c : read_bytes(kSeedPath)) {
    if (c == '\n')
      resaved += "  \r\n";
    else if (c == ' ')
      resaved += "   ";
    else
      resaved += c;
  }
  const LoadResult again = load_buffer(resaved, "resaved.txt", LoadOptions{});
  REQUIRE(again.articles.size() == 1);
  CHECK(again.articles[0].content_hash == article.content_hash);
  CHECK(again.articles[0].title == article.title);
}

TEST_CASE("the seed with a publication time override takes the override", "[article][seed]") {
  LoadOptions options;
  options.dct_override = "2016-03-30";
  const LoadResult result = load_file(kSeedPath, options);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].published == "2016-03-30");
  CHECK(result.articles[0].published_from == "override");
}
