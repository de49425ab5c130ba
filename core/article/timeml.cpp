// TimeML documents: the DCT is the publication time, TEXT (with any TIMEX3, EVENT or SIGNAL tags
// dropped) is the article, laid out like plain text: title line, dateline, body.
#include "core/article/formats.h"
#include "core/article/markup.h"

namespace chronicle::article::detail {

namespace {

// The text of TEXT. Where its sentences sit in <s> elements (as the SemEval and NewsReader corpora
// have them: title, date line and each sentence one <s>, with no white space between), each
// sentence stands on its own line, with a blank line after it, so that no two run together ("in 40
// states .The Northrop ...") and the title stays apart from the date line.
std::string text_of_sentences(const XmlDocument& doc, std::size_t text_element) {
  std::string out;
  bool has_sentences = false;
  for (const std::size_t child : doc.children(text_element)) {
    if (doc.elements[child].name != "s") continue;
    has_sentences = true;
    out += doc.text_of(child);
    out += "\n\n";
  }
  return has_sentences ? out : doc.text_of(text_element);
}

}  // namespace

void load_timeml(std::string_view text, const std::string& name, LoadResult& out) {
  std::variant<XmlDocument, MarkupError> parsed = parse_xml(text);
  if (const MarkupError* error = std::get_if<MarkupError>(&parsed)) {
    out.errors.push_back(error_at(name, text, error->offset, "malformed TimeML: " + error->message));
    return;
  }
  const XmlDocument& doc = std::get<XmlDocument>(parsed);
  const std::optional<std::size_t> text_element = doc.find("TEXT");
  if (!text_element) {
    out.errors.push_back(error_at(name, text, doc.elements[0].offset, "TimeML without a <TEXT> element"));
    return;
  }
  LoadResult body;
  load_plain_text(text_of_sentences(doc, *text_element), name, body);
  for (LoadError& error : body.errors) out.errors.push_back(std::move(error));
  for (Article& article : body.articles) {
    article.format = "timeml";
    const std::optional<std::size_t> dct = doc.find("DCT");
    const std::optional<std::size_t> timex = dct ? doc.child(*dct, "TIMEX3") : std::nullopt;
    const std::string* value = timex ? doc.attribute(*timex, "value") : nullptr;
    if (value && !set_published(article, *value, "timeml-dct")) {
      article.warnings.push_back("DCT value \"" + *value + "\" is not a date or time");
    } else if (!value) {
      article.warnings.push_back("no DCT with a TIMEX3 value");
    }
    out.articles.push_back(std::move(article));
  }
}

}  // namespace chronicle::article::detail
