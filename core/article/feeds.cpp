// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: every item or entry is an article.
#include "core/article/formats.h"
#include "core/article/markup.h"

namespace chronicle::article::detail {
namespace {

std::string collapsed(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

std::string child_text(const XmlDocument& doc, std::size_t element, std::string_view name) {
  const std::optional<std::size_t> child = doc.child(element, name);
  return child ? doc.text_of(*child) : "";
}

// The first of `names` the element has, as text; `which` says which one.
std::string first_child_text(const XmlDocument& doc, std::size_t element,
                             std::initializer_list<const char*> names, std::string* which = nullptr) {
  for (const char* name : names) {
    if (const std::optional<std::size_t> child = doc.child(element, name)) {
      if (which) *which = name;
      return doc.text_of(*child);
    }
  }
  return "";
}

// Atom: the href of the "alternate" link (a link without rel is one).
std::string atom_link(const XmlDocument& doc, std::size_t entry) {
  for (std::size_t child : doc.children(entry)) {
    if (doc.elements[child].name != "link") continue;
    const std::string* rel = doc.attribute(child, "rel");
    const std::string* href = doc.attribute(child, "href");
    if (href && (!rel || *rel == "alternate")) return *href;
  }
  return "";
}

std::vector<std::string> paragraphs_of(const std::string& content) {
  return looks_like_html(content) ? html_paragraphs(content) : split_paragraphs(content);
}

}  // namespace

void load_feed(std::string_view text, const std::string& name, LoadResult& out) {
  std::variant<XmlDocument, MarkupError> parsed = parse_xml(text);
  if (const MarkupError* error = std::get_if<MarkupError>(&parsed)) {
    out.errors.push_back(error_at(name, text, error->offset, "malformed XML feed: " + error->message));
    return;
  }
  const XmlDocument& doc = std::get<XmlDocument>(parsed);
  const bool atom = doc.elements[0].name == "feed";
  const std::string item_name = atom ? "entry" : "item";
  std::string source;
  if (atom) {
    source = collapsed(child_text(doc, 0, "title"));
  } else if (const std::optional<std::size_t> channel = doc.find("channel")) {
    source = collapsed(child_text(doc, *channel, "title"));
  }
  std::size_t items = 0;
  std::optional<LineIndex> lines;  // built at the first bad item, shared by all
  for (std::size_t e = 0; e < doc.elements.size(); ++e) {
    if (doc.elements[e].name != item_name) continue;
    ++items;
    Article article;
    article.format = atom ? "atom" : "rss";
    article.source = source;
    article.title = collapsed(child_text(doc, e, "title"));
    article.url = atom ? atom_link(doc, e) : collapsed(first_child_text(doc, e, {"link", "guid"}));
    const std::string content = atom ? first_child_text(doc, e, {"content", "summary"})
                                     : first_child_text(doc, e, {"content:encoded", "description"});
    std::vector<std::string> paragraphs = paragraphs_of(content);
    if (paragraphs.empty() && article.title.empty()) {
      if (!lines) lines.emplace(text);
      const Position position = lines->position_of(doc.elements[e].offset);
      out.errors.push_back(LoadError{name, position.line, position.column,
                                     "<" + item_name + "> has neither a title nor text"});
      continue;
    }
    if (article.title.empty()) article.title = paragraphs.front();
    std::string time_field;
    const std::string time = atom ? first_child_text(doc, e, {"published", "updated"}, &time_field)
                                  : first_child_text(doc, e, {"pubDate", "dc:date"}, &time_field);
    if (!time.empty() && !set_published(article, time, "field:" + time_field)) {
      article.warnings.push_back("<" + time_field + "> \"" + collapsed(time) + "\" is not a date or time");
    }
    compose_text(article, paragraphs);
    out.articles.push_back(std::move(article));
  }
  if (items == 0)
    out.errors.push_back(
        error_at(name, text, doc.elements[0].offset, "the feed has no <" + item_name + "> elements"));
}

}  // namespace chronicle::article::detail
