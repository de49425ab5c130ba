// HTML pages: title from og:title, <h1> or <title>; publication time from article metadata,
// JSON-LD or <time>; body from the article's paragraphs with page furniture dropped.
#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "core/article/cleaning.h"
#include "core/article/formats.h"
#include "core/article/markup.h"
#include "core/article/publication_time.h"

namespace chronicle::article::detail {
namespace {

// Elements whose content is never article text. Counted, not stacked: badly nested pages cannot
// make the count grow without bound or recurse.
constexpr std::array<std::string_view, 17> kDropped = {
    "script", "style",  "noscript", "nav",      "header", "footer", "aside",  "form",  "button",
    "svg",    "iframe", "select",   "template", "menu",   "dialog", "figure", "object"};

constexpr std::array<std::string_view, 24> kBlocks = {
    "p",  "div",   "h1",  "h2",         "h3",      "h4",         "h5",      "h6",
    "li", "ul",    "ol",  "blockquote", "section", "article",    "main",    "tr",
    "td", "table", "pre", "dd",         "dt",      "figcaption", "address", "body"};

// Blocks that hold running text; text from other blocks must look like prose to be kept.
bool is_text_block(std::string_view name) {
  return name == "p" || name == "blockquote" || name == "pre" || name == "li" ||
         (name.size() == 2 && name[0] == 'h' && name[1] >= '2' && name[1] <= '6');
}

template <std::size_t N>
std::optional<std::size_t> index_in(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t k = 0; k < N; ++k) {
    if (names[k] == name) return k;
  }
  return std::nullopt;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (!is_space(c) && !in_word) ++words;
    in_word = !is_space(c);
  }
  return words;
}

struct Block {
  std::string text;
  bool in_article = false;
  bool text_block = false;
};

struct TimeCandidate {
  int rank = 0;  // lower wins
  std::string value;
  std::string from;
};

class PageScanner {
 public:
  void scan(Tokenizer& tokenizer) {
    Token token;
    while (tokenizer.next(token)) {
      switch (token.kind) {
        case TokenKind::kStartTag:
          start_tag(token);
          break;
        case TokenKind::kEndTag:
          end_tag(token.name);
          break;
        case TokenKind::kText:
          text(token.text);
          break;
        case TokenKind::kCData:
          text(token.text);
          break;
        default:
          break;
      }
    }
    flush();
  }

  std::string og_title, title_element, h1, url, site;
  std::vector<TimeCandidate> times;
  std::vector<std::string> json_ld;
  std::vector<Block> blocks;

 private:
  void start_tag(const Token& token) {
    const std::string& name = token.name;
    if (name == "meta") return meta(token);
    if (name == "link") {
      const std::string* rel = find_attribute(token, "rel");
      const std::string* href = find_attribute(token, "href");
      if (rel && href && *rel == "canonical" && url.empty()) url = *href;
      return;
    }
    if (const std::string* itemprop = find_attribute(token, "itemprop");
        itemprop && *itemprop == "datePublished") {
      const std::string* value = find_attribute(token, "datetime");
      if (!value) value = find_attribute(token, "content");
      if (value) times.push_back({1, *value, "meta:datePublished"});
    }
    if (name == "time") {
      if (const std::string* datetime = find_attribute(token, "datetime")) {
        const bool pubdate = find_attribute(token, "pubdate") != nullptr;
        times.push_back({pubdate ? 3 : 4, *datetime, "time-element"});
      }
    }
    if (name == "script") {
      const std::string* type = find_attribute(token, "type");
      capture_json_ld_ = type && *type == "application/ld+json";
    }
    if (name == "title") capture_title_ = title_element.empty();
    if (name == "h1" && h1.empty()) capture_h1_ = true;
    if (name == "br" || name == "hr") {  // a break inside a block: a new paragraph of the same kind
      const std::string enclosing = block_name_;
      flush();
      block_name_ = enclosing;
      return;
    }
    if (token.self_closing) return;
    if (name == "article" || name == "main") ++article_depth_;
    if (const auto dropped = index_in(kDropped, name)) ++dropped_open_[*dropped];
    if (index_in(kBlocks, name)) {
      flush();
      block_name_ = name;
    }
  }

  void end_tag(const std::string& name) {
    if (name == "h1") capture_h1_ = false;
    if (name == "title") capture_title_ = false;
    if (name == "script") capture_json_ld_ = false;
    if ((name == "article" || name == "main") && article_depth_ > 0) --article_depth_;
    if (const auto dropped = index_in(kDropped, name); dropped && dropped_open_[*dropped] > 0)
      --dropped_open_[*dropped];
    if (index_in(kBlocks, name)) flush();
  }

  void meta(const Token& token) {
    const std::string* content = find_attribute(token, "content");
    if (!content) return;
    std::string key;
    for (const char* attribute : {"property", "name", "itemprop"}) {
      if (const std::string* value = find_attribute(token, attribute)) {
        key = *value;
        break;
      }
    }
    for (char& c : key) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (key == "og:title" && og_title.empty())
      og_title = *content;
    else if (key == "og:url" && url.empty())
      url = *content;
    else if (key == "og:site_name" && site.empty())
      site = *content;
    else if (key == "article:published_time")
      times.push_back({0, *content, "meta:article:published_time"});
    else if (key == "datepublished")
      times.push_back({1, *content, "meta:datePublished"});
    else if (key == "pubdate" || key == "publishdate" || key == "date" || key == "dc.date" ||
             key == "dc.date.issued" || key == "dcterms.created" || key == "sailthru.date" ||
             key == "parsely-pub-date" || key == "article.published") {
      times.push_back({2, *content, "meta:" + key});
    }
  }

  void text(const std::string& content) {
    if (capture_json_ld_) {
      json_ld.push_back(content);
      return;
    }
    if (capture_title_) {
      title_element += content;
      return;
    }
    if (capture_h1_) h1 += content;
    if (dropped()) return;
    for (char c : content) {
      if (is_space(c)) {
        pending_space_ = !current_.empty();
        continue;
      }
      if (pending_space_) current_ += ' ';
      pending_space_ = false;
      current_ += c;
    }
  }

  void flush() {
    if (!current_.empty())
      blocks.push_back({std::move(current_), article_depth_ > 0, is_text_block(block_name_)});
    current_.clear();
    pending_space_ = false;
    block_name_.clear();
  }

  bool dropped() const {
    for (std::size_t open : dropped_open_) {
      if (open > 0) return true;
    }
    return false;
  }

  std::array<std::size_t, kDropped.size()> dropped_open_{};
  std::size_t article_depth_ = 0;
  std::string current_;
  std::string block_name_;
  bool pending_space_ = false;
  bool capture_title_ = false;
  bool capture_h1_ = false;
  bool capture_json_ld_ = false;
};

std::string collapsed(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

bool is_news_type(const nlohmann::json& type) {
  const auto matches = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s == "NewsArticle" || s == "Article" || s == "ReportageNews" || s == "BlogPosting" ||
           s == "AnalysisNewsArticle" || s == "WebPage";
  };
  if (type.is_array()) {
    for (const nlohmann::json& t : type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(type);
}

// datePublished (and headline) of the first article object in a JSON-LD block: the block itself,
// an array of objects, or an "@graph" list. Deliberately not a deep search.
void read_json_ld(const std::string& block, std::vector<TimeCandidate>& times, std::string& headline) {
  const nlohmann::json root = nlohmann::json::parse(block, nullptr, false);
  if (root.is_discarded()) return;
  std::vector<const nlohmann::json*> objects;
  const auto add_all = [&objects](const nlohmann::json& list) {
    for (const nlohmann::json& item : list) objects.push_back(&item);
  };
  if (root.is_array()) add_all(root);
  if (root.is_object()) {
    objects.push_back(&root);
    if (const auto graph = root.find("@graph"); graph != root.end() && graph->is_array()) add_all(*graph);
  }
  for (const nlohmann::json* object : objects) {
    if (!object->is_object() || !is_news_type(object->value("@type", nlohmann::json()))) continue;
    if (const auto date = object->find("datePublished"); date != object->end() && date->is_string()) {
      times.push_back({1, date->get<std::string>(), "json-ld"});
    }
    if (const auto title = object->find("headline");
        title != object->end() && title->is_string() && headline.empty()) {
      headline = title->get<std::string>();
    }
  }
}

// "Headline | Site", "Headline - Site": the headline alone when the tail names the site.
std::string without_site_suffix(const std::string& title, const std::string& site) {
  for (std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
    const std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = title.substr(at + separator.size());
    if (site.empty() ? tail.size() < 40 : tail == site) return title.substr(0, at);
  }
  return title;
}

// og:title, then the JSON-LD headline, then <h1> when <title> repeats it (an <h1> alone may be the
// site's logo), then <title> without the site's name, then <h1>.
std::string choose_title(const PageScanner& page, const std::string& json_ld_headline) {
  const std::string og = collapsed(page.og_title);
  const std::string h1 = collapsed(page.h1);
  const std::string title = collapsed(page.title_element);
  if (!og.empty()) return og;
  if (!json_ld_headline.empty()) return collapsed(json_ld_headline);
  const std::string headline = without_site_suffix(title, collapsed(page.site));
  if (!h1.empty() && headline.find(h1) != std::string::npos) return h1;
  return headline.empty() ? h1 : headline;
}

// The paragraphs worth keeping: inside <article> when the page has one; running text, or prose
// long enough not to be a menu; never page furniture or the title again.
std::vector<std::string> body_paragraphs(const PageScanner& page, const std::string& title) {
  constexpr std::size_t kProseWords = 8;
  const bool any_in_article = [&page] {
    for (const Block& block : page.blocks) {
      if (block.in_article) return true;
    }
    return false;
  }();
  std::vector<std::string> paragraphs;
  for (const Block& block : page.blocks) {
    if (any_in_article && !block.in_article) continue;
    if (block.text == title || is_boilerplate(block.text)) continue;
    if (!block.text_block && count_words(block.text) < kProseWords) continue;
    paragraphs.push_back(block.text);
  }
  return paragraphs;
}

}  // namespace

std::vector<std::string> html_paragraphs(std::string_view html) {
  Tokenizer tokenizer(html, Dialect::kHtml);
  PageScanner page;
  page.scan(tokenizer);
  std::vector<std::string> paragraphs;
  for (Block& block : page.blocks) {
    if (!is_boilerplate(block.text)) paragraphs.push_back(std::move(block.text));
  }
  return paragraphs;
}

bool looks_like_html(std::string_view text) {
  for (std::string_view tag : {"<p>", "<p ", "</p>", "<br", "<div", "<a href", "<P>", "<BR"}) {
    if (text.find(tag) != std::string_view::npos) return true;
  }
  return false;
}

void load_html(std::string_view text, const std::string& name, LoadResult& out) {
  Tokenizer tokenizer(text, Dialect::kHtml);
  PageScanner page;
  page.scan(tokenizer);
  if (tokenizer.error()) {
    out.errors.push_back(
        error_at(name, text, tokenizer.error()->offset, "malformed HTML: " + tokenizer.error()->message));
    return;
  }
  std::string headline;
  for (const std::string& block : page.json_ld) read_json_ld(block, page.times, headline);
  Article article;
  article.title = choose_title(page, headline);
  article.url = page.url;
  article.source = collapsed(page.site);
  std::vector<std::string> paragraphs = body_paragraphs(page, article.title);
  if (paragraphs.empty()) {
    out.errors.push_back(error_in(name, "no article text found in this HTML page"));
    return;
  }
  if (article.title.empty()) {
    out.errors.push_back(error_in(name, "no title found in this HTML page (no og:title, <title> or <h1>)"));
    return;
  }
  std::stable_sort(page.times.begin(), page.times.end(),
                   [](const TimeCandidate& a, const TimeCandidate& b) { return a.rank < b.rank; });
  for (const TimeCandidate& candidate : page.times) {
    if (set_published(article, candidate.value, candidate.from)) break;
    article.warnings.push_back(candidate.from + " \"" + candidate.value + "\" is not a date or time");
  }
  std::string dateline;
  if (take_dateline(article, paragraphs) || (paragraphs.size() > 1 && parse_dateline(paragraphs.front()))) {
    dateline = std::move(paragraphs.front());
    paragraphs.erase(paragraphs.begin());
  }
  compose_text(article, paragraphs, dateline);
  out.articles.push_back(std::move(article));
}

}  // namespace chronicle::article::detail
