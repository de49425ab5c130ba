// Hostile input through article::load_buffer: truncated and deeply nested JSON, deeply nested HTML
// and XML, billion-laughs entities, NUL bytes, invalid UTF-8, a 100 MB single line and impossible
// publication dates. Each gives a clear error or a sane article, never a crash or a hang.
#include <catch2/catch.hpp>

#include <string>

#include "core/article/article.h"
#include "tests/hostile/contract_checks.h"

using chronicle::article::LoadOptions;
using chronicle::article::LoadResult;
using chronicle::article::load_buffer;
using chronicle::checks::article_problems;
using chronicle::checks::load_error_problems;

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

LoadResult load_as(const std::string& bytes, const std::string& format) {
  LoadOptions options;
  options.format = format;
  return load_buffer(bytes, "hostile", options);
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// The promises every result keeps, whatever the input.
void check_promises(const LoadResult& result) {
  for (const auto& article : result.articles) CHECK(article_problems(article) == "");
  CHECK(load_error_problems(result.errors) == "");
  CHECK((result.articles.size() + result.errors.size()) > 0);
}

const std::string kSentence = "On Sunday, Syrian armed forces established full control over Palmyra.";

}  // namespace

TEST_CASE("truncated JSON is an error naming the line and column where the input ends", "[hostile][json]") {
  const std::string truncated = "{\n  \"title\": \"Palmyra\",\n  \"text\": \"On Sunday, Syrian";
  const LoadResult result = load_as(truncated, "json");
  check_promises(result);
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 3);
  CHECK(result.errors[0].column >= 1);
  CHECK(result.errors[0].file == "hostile");
}

TEST_CASE("a JSON line that is cut short fails alone and names its line", "[hostile][jsonl]") {
  const std::string lines = "{\"title\": \"One\", \"text\": \"" + kSentence + "\"}\n"
                            "{\"title\": \"Two\", \"text\": \"cut\n"
                            "{\"title\": \"Three\", \"text\": \"" + kSentence + "\"}\n";
  const LoadResult result = load_as(lines, "jsonl");
  check_promises(result);
  CHECK(result.articles.size() == 2);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 2);
}

TEST_CASE("JSON nested 100,000 levels deep is refused with the nesting limit, closed or not", "[hostile][json][nesting]") {
  for (const std::string& deep : {repeat("[", 100000) + repeat("]", 100000), repeat("{\"a\":", 100000)}) {
    const LoadResult result = load_as(deep, "json");
    check_promises(result);
    CHECK(result.articles.empty());
    REQUIRE_FALSE(result.errors.empty());
    CHECK(contains(result.errors[0].message, "nested deeper"));
    CHECK(result.errors[0].line == 1);
  }
}

TEST_CASE("a JSON line nested 100,000 levels deep fails alone", "[hostile][jsonl][nesting]") {
  const std::string lines = repeat("[", 100000) + "\n{\"title\": \"Ok\", \"text\": \"" + kSentence + "\"}\n";
  const LoadResult result = load_as(lines, "jsonl");
  check_promises(result);
  CHECK(result.articles.size() == 1);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].line == 1);
}

TEST_CASE("HTML nested 100,000 levels deep still gives its text", "[hostile][html][nesting]") {
  const std::string deep = "<html><head><title>Deep</title></head><body>" + repeat("<div>", 100000) + "<p>" +
                           kSentence + "</p>" + repeat("</div>", 100000) + "</body></html>";
  const LoadResult result = load_as(deep, "html");
  check_promises(result);
  REQUIRE(result.articles.size() == 1);
  CHECK(contains(result.articles[0].text, kSentence));
}

TEST_CASE("HTML with 100,000 unclosed tags still gives its text", "[hostile][html][nesting]") {
  const std::string unclosed = "<title>Open</title>" + repeat("<b><i><span>", 33334) + kSentence;
  const LoadResult result = load_as(unclosed, "html");
  check_promises(result);
  REQUIRE(result.articles.size() == 1);
  CHECK(contains(result.articles[0].text, kSentence));
}

TEST_CASE("feeds and TimeML nested 100,000 levels deep are refused, naming the line", "[hostile][xml][nesting]") {
  const std::string deep_feed = "<?xml version=\"1.0\"?>\n<rss><channel><item><title>Deep</title><description>" +
                                repeat("<x>", 100000) + repeat("</x>", 100000) + "</description></item></channel></rss>";
  const std::string deep_timeml = "<TimeML>\n<TEXT>" + repeat("<s>", 100000) + repeat("</s>", 100000) + "</TEXT></TimeML>";
  for (const auto& [document, format] : {std::pair{deep_feed, "rss"}, std::pair{deep_timeml, "timeml"}}) {
    const LoadResult result = load_as(document, format);
    check_promises(result);
    CHECK(result.articles.empty());
    REQUIRE_FALSE(result.errors.empty());
    CHECK(result.errors[0].line == 2);
  }
}

TEST_CASE("billion-laughs entities are not expanded", "[hostile][xml][entities]") {
  std::string doctype = "<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
  for (int level = 1; level <= 9; ++level) {
    const std::string previous = level == 1 ? "&lol;" : "&lol" + std::to_string(level - 1) + ";";
    doctype += "<!ENTITY lol" + std::to_string(level) + " \"" + repeat(previous, 10) + "\">\n";
  }
  doctype += "]>\n";
  const std::string feed = "<?xml version=\"1.0\"?>\n" + doctype +
                           "<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>" + kSentence +
                           " &lol9;</description><pubDate>Tue, 29 Mar 2016 16:27:03 GMT</pubDate></item></channel></rss>";
  for (const std::string format : {"rss", ""}) {
    const LoadResult result = load_as(feed, format);
    check_promises(result);
    std::size_t produced = 0;
    for (const auto& article : result.articles) produced += article.text.size() + article.title.size();
    CHECK(produced < 10 * feed.size());  // a billion "lol"s would be 3 GB
  }
}

TEST_CASE("NUL bytes make a file binary and it is refused with the offset", "[hostile][nul]") {
  const std::string with_nul = "Palmyra\n\n" + std::string("On Sunday\0the army advanced.", 28);
  const LoadResult result = load_as(with_nul, "");
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(contains(result.errors[0].message, "offset 18"));
}

TEST_CASE("invalid UTF-8 is repaired with a warning that counts the repairs", "[hostile][utf8]") {
  const std::string broken = "Palmyra \xC0\xAF falls\n\nOn Sunday \xED\xA0\x80 the army \xFF advanced.\n";
  const LoadResult result = load_as(broken, "text");
  check_promises(result);
  REQUIRE(result.articles.size() == 1);
  CHECK(contains(result.articles[0].text, "\xEF\xBF\xBD"));
  bool warned = false;
  for (const auto& warning : result.articles[0].warnings) warned = warned || contains(warning, "invalid UTF-8");
  CHECK(warned);
}

TEST_CASE("a 100 MB single line is refused by the default size limit before any work", "[hostile][huge]") {
  const std::string line(100u << 20, 'a');
  const LoadResult result = load_as(line, "");
  CHECK(result.articles.empty());
  REQUIRE(result.errors.size() == 1);
  CHECK(contains(result.errors[0].message, "limit of 20971520 bytes"));
}

TEST_CASE("a 100 MB single line under a raised limit loads as one article", "[hostile][huge]") {
  const std::string sentence = "The army advanced on Sunday. ";
  const std::string line = repeat(sentence, (100u << 20) / sentence.size());
  LoadOptions options;
  options.format = "text";
  options.max_bytes = 128u << 20;
  const LoadResult result = load_buffer(line, "huge", options);
  check_promises(result);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].text.size() >= line.size() - sentence.size());
}

TEST_CASE("impossible publication dates are not taken as dates", "[hostile][dates]") {
  for (const std::string date : {"February 30, 2016", "2016-02-30", "32/13/2016", "0000-01-01", "99999-01-01",
                                 "-2016-03-29", "10^400"}) {
    const std::string json = "{\"title\": \"T\", \"text\": \"" + kSentence + "\", \"published\": \"" + date + "\"}";
    const LoadResult result = load_as(json, "json");
    check_promises(result);
    REQUIRE(result.articles.size() == 1);
    const std::string& published = result.articles[0].published;
    INFO(date << " -> " << published);
    CHECK((published.empty() || chronicle::checks::is_calendar_day(published)));
    CHECK_FALSE(published.starts_with("2016-02-30"));
  }
}

TEST_CASE("an impossible publication time override is refused", "[hostile][dates]") {
  for (const std::string date : {"2016-02-30", "32/13/2016", "99999", "yesterday-ish"}) {
    LoadOptions options;
    options.dct_override = date;
    const LoadResult result = load_buffer(kSentence, "override", options);
    INFO(date);
    CHECK(result.articles.empty());
    REQUIRE(result.errors.size() == 1);
    CHECK(contains(result.errors[0].message, "is not a date or time"));
  }
}

TEST_CASE("noise without NUL or control bytes gives articles or errors in every format", "[hostile][binary]") {
  std::string noise;
  std::uint32_t state = 2463534242u;  // xorshift: the same bytes on every run
  for (int i = 0; i < 1 << 16; ++i) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;
    noise += (state & 0x3F) == 0 ? '\n' : static_cast<char>(0x20 + state % 0xE0);  // printable ASCII and high bytes
  }
  for (const std::string format : {"", "text", "html", "json", "jsonl", "rss", "atom", "timeml"}) {
    const LoadResult result = load_as(noise, format);
    check_promises(result);
  }
}
