#include "web/api.h"

#include <nlohmann/json.hpp>
#include <cctype>

#include "core/export/export.h"
#include "core/pipeline/pipeline.h"
#include "core/store/event_json.h"
#include "web/params.h"

namespace chronicle::web {

using nlohmann::json;

namespace {

constexpr std::int64_t kMaxPage = 1000;
constexpr std::int64_t kMaxExport = 100000;
constexpr std::int64_t kMaxBuckets = 2000;
constexpr std::int64_t kMaxHeaviest = 20;  // events per histogram bucket

}  // namespace

void send_json(httplib::Response& response, const json& document) {
  response.set_content(document.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

// Store errors: an unknown event 404, the caller's fault 400 with the store's message; anything
// else 500 with a message that gives nothing of the internals away (the detail goes to the log).
void send_store_error(httplib::Response& response, const store::StoreError& error) {
  if (error.not_found) {
    send_error(response, 404, error.message);
  } else if (error.bad_input) {
    send_error(response, 400, error.message);
  } else {
    std::fprintf(stderr, "chronicle serve: %s\n", error.message.c_str());
    send_error(response, 500, "the database could not answer; see the server log");
  }
}

namespace {

json summary_json(const store::ArticleSummary& article) {
  return {{"id", article.id}, {"title", article.title}, {"published", article.published}, {"url", article.url}};
}

json timex_json(const temporal::Timex& timex) {
  json interval = nullptr;
  if (timex.interval) interval = {{"start", timex.interval->start}, {"end", timex.interval->end}};
  return {{"text", timex.text},
          {"begin", timex.begin},
          {"end", timex.end},
          {"type", timex.type},
          {"value", timex.value},
          {"mod", timex.mod.empty() ? json(nullptr) : json(timex.mod)},
          {"granularity", temporal::name_of(timex.granularity)},
          {"interval", std::move(interval)}};
}

bool is_known_format(const std::string& format) {
  for (const char* known : {"", "text", "html", "json", "jsonl", "rss", "atom", "timeml"}) {
    if (format == known) return true;
  }
  return false;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}

// Is the name at [begin, end) of `sentence` joined to a number or an ampersand, as a piece of a
// longer name is ("Chapter 11", "Standard & Poor's", "AT&T")?
bool joined_to_longer_name(const std::string& sentence, std::size_t begin, std::size_t end) {
  std::size_t after = end;
  if (after < sentence.size() && sentence[after] == ' ') ++after;
  if (after < sentence.size() && (std::isdigit(static_cast<unsigned char>(sentence[after])) || sentence[after] == '&'))
    return true;
  std::size_t before = begin;
  if (before > 0 && sentence[before - 1] == ' ') --before;
  return before > 0 && sentence[before - 1] == '&';
}

// A one-word name of no known kind that the entity extractor cut out of a longer name: wherever
// the sentences of its first events show it, it is joined to a number or an ampersand. Such names
// ("Chapter", "Poor", "T") are left out of the entity list; a store error keeps the name.
bool is_piece_of_longer_name(store::Store& store, const store::EntityCount& entity) {
  if (entity.kind != "other" || entity.name.empty() || entity.name.find(' ') != std::string::npos) return false;
  store::EventQuery query;
  query.entity = entity.name;
  query.limit = 5;
  store::EventPage page;
  if (store.query_events(query, page)) return false;
  std::size_t seen = 0;
  for (const events::Event& event : page.events) {
    for (const events::Mention& mention : event.sources) {
      const std::string& sentence = mention.summary;
      for (std::size_t at = sentence.find(entity.name); at != std::string::npos; at = sentence.find(entity.name, at + 1)) {
        const std::size_t end = at + entity.name.size();
        if ((at > 0 && is_word_byte(sentence[at - 1])) || (end < sentence.size() && is_word_byte(sentence[end]))) continue;
        if (!joined_to_longer_name(sentence, at, end)) return false;
        ++seen;
      }
    }
  }
  return seen > 0;
}

// "/api/events/17" with prefix "/api/events/" gives "17".
bool tail_after(const std::string& path, const std::string& prefix, std::string& tail) {
  if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return false;
  tail = path.substr(prefix.size());
  return true;
}

}  // namespace

void send_error(httplib::Response& response, int status, const std::string& message) {
  response.status = status;
  response.set_content(json{{"error", message}}.dump(-1, ' ', false, json::error_handler_t::replace),
                       "application/json");
}

bool Api::handle_get(const httplib::Request& request, httplib::Response& response) {
  if (request.method != "GET" && request.method != "HEAD") return false;
  const std::string& path = request.path;
  std::string tail;
  if (path == "/api/events") {
    events(request, response);
  } else if (tail_after(path, "/api/events/", tail)) {
    event(tail, response);
  } else if (path == "/api/articles") {
    articles(request, response);
  } else if (tail_after(path, "/api/articles/", tail)) {
    article(tail, response);
  } else if (path == "/api/histogram") {
    histogram(request, response);
  } else if (path == "/api/entities") {
    entities(request, response);
  } else if (path == "/api/related") {
    related(request, response);
  } else if (path == "/api/export") {
    export_events(request, response);
  } else if (path == "/api/curation") {
    curation(request, response);
  } else if (path == "/api/views") {
    views("", response);
  } else if (tail_after(path, "/api/views/", tail)) {
    views(tail, response);
  } else if (path == "/api" || path.rfind("/api/", 0) == 0) {
    send_error(response, 404, "no such API endpoint");
  } else {
    static_file(request, response);
  }
  return true;
}

void Api::events(const httplib::Request& request, httplib::Response& response) {
  store::EventQuery query;
  std::string error;
  std::int64_t limit = 100;
  if (!read_event_filters(request, query, error) || !read_integer(request, "limit", 1, kMaxPage, limit, error)) {
    return send_error(response, 400, error);
  }
  query.limit = static_cast<std::size_t>(limit);
  if (request.has_param("cursor")) query.cursor = request.get_param_value("cursor");
  // The store gives each event as JSON text in the Event form: splice them in rather than parse
  // and write them again (the hot path of the timeline).
  std::vector<std::string> documents;
  std::string next_cursor;
  std::size_t left_out = 0;
  if (auto failed = store_.query_event_documents(query, documents, next_cursor, left_out)) {
    return send_store_error(response, *failed);
  }
  // A damaged event (a source row gone) is left out by the store; the server log says so.
  if (left_out > 0) {
    std::fprintf(stderr, "chronicle serve: %zu stored event(s) damaged (sources missing), left out of /api/events\n",
                 left_out);
  }
  // One damaged row must not break the page: it is left out and the server log says so.
  if (const std::size_t dropped = stored_documents_.drop_malformed(documents)) {
    std::fprintf(stderr, "chronicle serve: %zu stored event(s) not valid JSON, left out of /api/events\n",
                 dropped);
  }
  // A page of events told by a thousand sources is most of a megabyte: sized once, and handed to
  // the response without a copy (set_content would copy it).
  std::size_t size = 64 + next_cursor.size();
  for (const std::string& document : documents) size += document.size() + 1;
  std::string body;
  body.reserve(size);
  body += "{\"events\":[";
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (i > 0) body += ',';
    body += documents[i];
  }
  body += "],\"next_cursor\":" + (next_cursor.empty() ? std::string("null") : json(next_cursor).dump()) + "}";
  response.body = std::move(body);
  response.set_header("Content-Type", "application/json");
}

void Api::event(const std::string& id_text, httplib::Response& response) {
  std::int64_t id = 0;
  if (!parse_id(id_text, id)) return send_error(response, 400, "an event id is a positive whole number");
  std::optional<events::Event> event;
  store::ArticleRefs articles;
  if (auto failed = store_.get_event(id, event, articles)) return send_store_error(response, *failed);
  if (!event) return send_error(response, 404, "no event " + std::to_string(id));
  store::CurationMark mark;
  if (auto failed = store_.curation_mark(id, mark)) return send_store_error(response, *failed);
  send_json(response, store::event_to_json(*event, articles, mark));
}

void Api::articles(const httplib::Request& request, httplib::Response& response) {
  std::string error;
  std::int64_t limit = 100;
  if (!read_integer(request, "limit", 1, kMaxPage, limit, error)) return send_error(response, 400, error);
  const std::string cursor = request.has_param("cursor") ? request.get_param_value("cursor") : "";
  store::ArticlePage page;
  if (auto failed = store_.list_articles(static_cast<std::size_t>(limit), cursor, page)) {
    return send_store_error(response, *failed);
  }
  json list = json::array();
  for (const store::ArticleSummary& article : page.articles) list.push_back(summary_json(article));
  send_json(response, {{"articles", std::move(list)},
                       {"next_cursor", page.next_cursor.empty() ? json(nullptr) : json(page.next_cursor)}});
}

void Api::article(const std::string& id_text, httplib::Response& response) {
  std::int64_t id = 0;
  if (!parse_id(id_text, id)) return send_error(response, 400, "an article id is a positive whole number");
  std::optional<store::ArticleDetail> article;
  if (auto failed = store_.get_article(id, article)) return send_store_error(response, *failed);
  if (!article) return send_error(response, 404, "no article " + std::to_string(id));
  json document = summary_json(article->summary);
  document["source"] = article->source;
  document["text"] = article->text;
  json timexes = json::array();
  for (const temporal::Timex& timex : article->timexes) timexes.push_back(timex_json(timex));
  document["timexes"] = std::move(timexes);
  document["events"] = article->event_ids;
  document["reprint_of"] = article->reprint_of ? json(*article->reprint_of) : json(nullptr);
  document["reprints"] = article->reprints;
  json related = json::array();
  for (const article::RelatedHeadline& headline : article->related) {
    related.push_back({{"title", headline.title}, {"date", headline.date}, {"url", headline.url}});
  }
  document["related"] = std::move(related);
  send_json(response, document);
}

void Api::histogram(const httplib::Request& request, httplib::Response& response) {
  store::EventQuery query;
  std::string error;
  std::int64_t buckets = 100;
  std::int64_t heaviest = 0;
  if (!read_event_filters(request, query, error) || !read_integer(request, "buckets", 1, kMaxBuckets, buckets, error) ||
      !read_integer(request, "heaviest", 0, kMaxHeaviest, heaviest, error)) {
    return send_error(response, 400, error);
  }
  if (heaviest > 0 && buckets * heaviest > kMaxPage) {
    return send_error(response, 400, "buckets x heaviest is more than " + std::to_string(kMaxPage) + " events");
  }
  std::vector<store::HistogramBucket> result;
  if (auto failed = store_.histogram(query, static_cast<std::size_t>(buckets), result, static_cast<std::size_t>(heaviest))) {
    return send_store_error(response, *failed);
  }
  if (heaviest == 0) {
    json list = json::array();
    for (const store::HistogramBucket& bucket : result) {
      list.push_back({{"start", bucket.start}, {"end", bucket.end}, {"count", bucket.count}});
    }
    return send_json(response, {{"buckets", std::move(list)}});
  }
  // The events are JSON texts already (as on /api/events): spliced in, not parsed again.
  std::string body = "{\"buckets\":[";
  for (std::size_t i = 0; i < result.size(); ++i) {
    const store::HistogramBucket& bucket = result[i];
    if (i > 0) body += ',';
    body += "{\"start\":" + json(bucket.start).dump() + ",\"end\":" + json(bucket.end).dump() +
            ",\"count\":" + std::to_string(bucket.count) + ",\"heaviest\":[";
    for (std::size_t j = 0; j < bucket.heaviest.size(); ++j) {
      if (j > 0) body += ',';
      body += bucket.heaviest[j];
    }
    body += "]}";
  }
  body += "]}";
  response.set_content(std::move(body), "application/json");
}

void Api::entities(const httplib::Request& request, httplib::Response& response) {
  std::string error;
  std::int64_t limit = 50;
  if (!read_integer(request, "limit", 1, kMaxPage, limit, error)) return send_error(response, 400, error);
  const std::string prefix = request.has_param("q") ? request.get_param_value("q") : "";
  if (prefix.size() > 1000) return send_error(response, 400, "q is longer than 1000 bytes");
  // A few more than asked for, so that the list stays full when pieces of longer names drop out.
  constexpr std::int64_t kSpare = 10;
  std::vector<store::EntityCount> result;
  if (auto failed = store_.entities(prefix, static_cast<std::size_t>(limit + kSpare), result)) {
    return send_store_error(response, *failed);
  }
  json list = json::array();
  for (const store::EntityCount& entity : result) {
    if (list.size() == static_cast<std::size_t>(limit)) break;
    if (is_piece_of_longer_name(store_, entity)) continue;
    list.push_back({{"name", entity.name}, {"kind", entity.kind}, {"count", entity.count}});
  }
  send_json(response, {{"entities", std::move(list)}});
}

void Api::related(const httplib::Request& request, httplib::Response& response) {
  store::EventQuery window;
  std::string error;
  std::int64_t limit = 100;
  if (!read_event_filters(request, window, error) || !read_integer(request, "limit", 1, kMaxPage, limit, error)) {
    return send_error(response, 400, error);
  }
  std::vector<store::RelatedItem> result;
  if (auto failed = store_.related_headlines(window.from, window.to, static_cast<std::size_t>(limit), result)) {
    return send_store_error(response, *failed);
  }
  json list = json::array();
  for (const store::RelatedItem& item : result) {
    list.push_back({{"article_id", item.article_id},
                    {"title", item.headline.title},
                    {"date", item.headline.date},
                    {"url", item.headline.url}});
  }
  send_json(response, {{"related", std::move(list)}});
}

void Api::export_events(const httplib::Request& request, httplib::Response& response) {
  const std::string format_name = request.has_param("format") ? request.get_param_value("format") : "json";
  const auto format = exporting::parse_format(format_name);
  if (!format) return send_error(response, 400, "format must be json, timelinejs or csv");
  store::EventQuery query;
  std::string error;
  std::int64_t limit = kMaxExport;
  if (!read_event_filters(request, query, error) || !read_integer(request, "limit", 1, kMaxExport, limit, error)) {
    return send_error(response, 400, error);
  }
  std::vector<events::Event> events;
  store::ArticleRefs articles;
  if (auto failed = exporting::gather(store_, query, static_cast<std::size_t>(limit), events, articles)) {
    return send_store_error(response, *failed);
  }
  response.set_content(exporting::render(*format, events, articles), std::string(exporting::media_type(*format)));
}

void Api::static_file(const httplib::Request& request, httplib::Response& response) {
  StaticFile file;
  switch (static_files_.find(request.target, request.path, file)) {
    case StaticResult::kFound:
      response.set_content(std::move(file.content), file.media_type);
      return;
    case StaticResult::kRefused: return send_error(response, 403, "that path is outside the app");
    case StaticResult::kNotFound: return send_error(response, 404, "not found");
  }
}

void Api::post_article(const httplib::Request& request, httplib::Response& response) {
  pipeline::Options options;
  options.load.format = request.has_param("format") ? request.get_param_value("format") : "";
  if (!is_known_format(options.load.format)) {
    return send_error(response, 400, "format must be one of text, html, json, jsonl, rss, atom, timeml");
  }
  options.load.dct_override = request.has_param("dct") ? request.get_param_value("dct") : "";
  std::string name = request.has_param("name") ? request.get_param_value("name") : "request body";
  if (name.size() > 1000 || options.load.dct_override.size() > 100) {
    return send_error(response, 400, "name or dct is too long");
  }
  // The request gate lets only JSON and multipart bodies this far. A JSON body is one input of the
  // JSON loader (an article object, an array of them, ...); a multipart body carries one file in
  // its part named "file", in any format.
  std::string_view input = request.body;
  if (request.is_multipart_form_data()) {
    if (!request.has_file("file")) return send_error(response, 400, "the form has no part named \"file\"");
    const httplib::MultipartFormData& file = request.files.find("file")->second;
    input = file.content;
    if (!request.has_param("name") && !file.filename.empty() && file.filename.size() <= 1000)
      name = file.filename;
  } else if (options.load.format.empty()) {
    options.load.format = "json";
  } else if (options.load.format != "json" && options.load.format != "jsonl") {
    return send_error(response, 400, "a JSON body is read as json or jsonl; send other formats as a file");
  }
  if (input.empty()) return send_error(response, 400, "the request has no body; send one article");
  const pipeline::Summary summary = pipeline::ingest_buffer(store_, input, name, options);
  if (summary.storage_failed) {
    for (const std::string& error : summary.errors)
      std::fprintf(stderr, "chronicle serve: %s\n", error.c_str());
    return send_error(response, 500, "the database could not store the articles; see the server log");
  }
  if (summary.loaded == 0 && summary.failed > 0) response.status = 400;
  send_json(response, {{"loaded", summary.loaded},
                       {"skipped", summary.skipped},
                       {"failed", summary.failed},
                       {"articles", summary.articles},
                       {"errors", summary.errors},
                       {"warnings", summary.warnings}});
}

}  // namespace chronicle::web
