// sample_data/ is what `chronicle run` loads by default: all of it must load, dated.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "core/article/article.h"
#include "tests/article/fixture.h"

using namespace chronicle::article;
using chronicle::article::testing::source_path;

namespace {

// "2009-06-01-u-s-manufacturer-...txt" -> "2009-06-01"; "" for files holding several articles.
std::string date_in_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  bool dated = name.size() > 11 && name[4] == '-' && name[7] == '-' && name[10] == '-';
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) dated = dated && name[k] >= '0' && name[k] <= '9';
  return dated ? name.substr(0, 10) : "";
}

}  // namespace

TEST_CASE("every file in sample_data loads without error and every article has a known publication time",
          "[article][sample_data]") {
  std::vector<LoadError> listing_errors;
  const std::vector<std::string> files = list_inputs({source_path("sample_data")}, listing_errors);
  CHECK(listing_errors.empty());
  REQUIRE(files.size() >= 30);
  std::size_t articles = 0;
  std::set<std::string> formats;
  std::set<std::string> hashes;
  for (const std::string& file : files) {
    INFO(file);
    const LoadResult result = load_file(file, LoadOptions{});
    for (const LoadError& error : result.errors) FAIL_CHECK(error.to_string());
    CHECK_FALSE(result.articles.empty());
    for (const Article& article : result.articles) {
      INFO(article.title);
      CHECK_FALSE(article.title.empty());
      CHECK_FALSE(article.published.empty());
      CHECK(article.published_from != "unknown");
      if (!date_in_name(file).empty()) CHECK(article.published.starts_with(date_in_name(file)));
      CHECK(article.body_begin < article.text.size());
      formats.insert(article.format);
      hashes.insert(article.content_hash);
      ++articles;
    }
  }
  CHECK(articles == 46);       // the seed and 45 Wikinews articles
  CHECK(hashes.size() == 46);  // no two are the same article
  CHECK(formats == std::set<std::string>{"text", "json", "jsonl", "html", "rss", "atom"});
}

TEST_CASE("the sample seed is byte for byte the seed with its junk trailer", "[article][sample_data]") {
  const std::string seed =
      chronicle::article::testing::read_bytes(source_path("sample_data/000_a4e3cdde688320d9.txt"));
  CHECK(seed.size() == 4937);
  CHECK(seed.ends_with("Deir Ezzor\"} ]\""));
  CHECK(seed.find("S/SH 11") != std::string::npos);
}
