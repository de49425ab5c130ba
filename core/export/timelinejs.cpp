#include <nlohmann/json.hpp>

#include "core/export/export.h"
#include "core/store/time_window.h"

namespace chronicle::exporting {
namespace {

using nlohmann::json;

enum class Precision { kYear, kMonth, kDay, kMinute };

Precision precision_of(temporal::Granularity granularity) {
  using temporal::Granularity;
  if (granularity == Granularity::kNone) return Precision::kDay;
  if (granularity >= Granularity::kYear) return Precision::kYear;
  if (granularity >= Granularity::kMonth) return Precision::kMonth;
  if (granularity <= Granularity::kHour) return Precision::kMinute;
  return Precision::kDay;
}

// "YYYY-MM-DDTHH:MM:SS" cut to `precision`, as TimelineJS date fields.
json date_fields(const std::string& iso, Precision precision) {
  const auto number = [&](std::size_t at, std::size_t length) { return std::stoi(iso.substr(at, length)); };
  json date = {{"year", number(0, 4)}};
  if (precision >= Precision::kMonth) date["month"] = number(5, 2);
  if (precision >= Precision::kDay) date["day"] = number(8, 2);
  if (precision >= Precision::kMinute) {
    date["hour"] = number(11, 2);
    date["minute"] = number(14, 2);
    // TimelineJS picks its date format from the finest non-zero field, so 00:00 would be shown as a
    // bare day: name the time in its own English style ("12:00 AM March 29, 2016").
    if (date["hour"] == 0 && date["minute"] == 0) {
      static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};
      date["display_date"] = "12:00 AM " + std::string(kMonths[number(5, 2) - 1]) + " " +
                             std::to_string(number(8, 2)) + ", " + std::to_string(number(0, 4));
    }
  }
  return date;
}

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_web_link(const std::string& url) { return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0; }

std::string source_html(const events::Mention& source, const store::ArticleRefs& articles) {
  const auto found = articles.find(source.article_id);
  const store::ArticleRef article = found == articles.end() ? store::ArticleRef{} : found->second;
  const std::string title = escape_html(article.title.empty() ? article.url : article.title);
  if (!is_web_link(article.url)) return title;
  return "<a href=\"" + escape_html(article.url) + "\">" + title + "</a>";
}

// The full-length date fields are only valid on dates of the stored form; anything else is skipped.
bool well_formed(const std::string& iso) {
  return iso.size() == 19 && store::parse_iso_bound(iso, true).has_value();
}

// The slide TimelineJS opens on: how many events, over which years ("From 2005 to 2011.").
json title_slide(std::size_t count, const std::string& first_year, const std::string& last_year) {
  const std::string when =
      first_year == last_year ? "In " + first_year : "From " + first_year + " to " + last_year;
  return {{"text", {{"headline", "Chronicle: " + std::to_string(count) + (count == 1 ? " event" : " events")},
                    {"text", "<p>" + when + ".</p>"}}}};
}

}  // namespace

std::string to_timelinejs(const std::vector<events::Event>& events, const store::ArticleRefs& articles) {
  json list = json::array();
  std::string first_year;
  std::string last_year;
  for (const events::Event& event : events) {
    if (!well_formed(event.date.start) || !well_formed(event.date.end)) continue;
    const std::string year = event.date.start.substr(0, 4);
    if (first_year.empty() || year < first_year) first_year = year;
    if (last_year.empty() || year > last_year) last_year = year;
    const Precision precision = precision_of(event.date.granularity);
    json item = {{"start_date", date_fields(event.date.start, precision)}};
    // The last second inside the interval, cut to the same precision, tells whether it spans more than one unit.
    const std::string last = store::format_seconds(*store::parse_iso_bound(event.date.end, true) - 1);
    json end_date = date_fields(last, precision);
    if (end_date != item["start_date"]) item["end_date"] = std::move(end_date);

    std::string text = "<p>" + escape_html(event.summary) + "</p>";
    if (!event.sources.empty()) {
      text += "<p>Sources: ";
      for (std::size_t i = 0; i < event.sources.size(); ++i) {
        if (i > 0) text += ", ";
        text += source_html(event.sources[i], articles);
      }
      text += "</p>";
    }
    item["text"] = {{"headline", escape_html(event.headline)}, {"text", std::move(text)}};
    item["unique_id"] = "event-" + std::to_string(event.id);
    list.push_back(std::move(item));
  }
  json document = {{"events", std::move(list)}};
  const std::size_t count = document["events"].size();
  if (count > 0) document["title"] = title_slide(count, first_year, last_year);
  return document.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace chronicle::exporting
