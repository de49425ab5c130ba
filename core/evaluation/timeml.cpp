#include "core/evaluation/timeml.h"

#include <algorithm>

#include "core/evaluation/xml_scanner.h"

namespace chronicle::evaluation {
namespace {

constexpr std::string_view kTimex = "TIMEX3";

std::string unescaped(std::string_view raw) {
  std::string out;
  append_unescaped(raw, out);
  return out;
}

// Builds a TimemlDocument token by token; a flat stack of open element names replaces recursion.
class TimemlReader {
 public:
  explicit TimemlReader(std::string_view source) : source_(source) {}

  TimemlReadResult read() {
    XmlScanner scanner(source_);
    XmlToken token;
    while (result_.error.empty() && scanner.next(token)) {
      if (in_text_) {
        inside_text(token);
      } else {
        outside_text(token);
      }
    }
    if (!result_.error.empty()) return std::move(result_);
    if (!scanner.error().empty()) return failed(scanner.error());
    if (in_text_) {
      fail_at(result_.document.text_source_begin, "<TEXT> is never closed");
      return std::move(result_);
    }
    if (!seen_text_) return failed("no <TEXT> element");
    return std::move(result_);
  }

 private:
  TimemlReadResult failed(std::string message) {
    result_.error = std::move(message);
    return std::move(result_);
  }

  void fail_at(std::size_t offset, const std::string& what) {
    result_.error = "line " + std::to_string(line_of(source_, offset)) + ": " + what;
  }

  void outside_text(const XmlToken& token) {
    TimemlDocument& document = result_.document;
    if (token.kind == XmlKind::kStartTag && token.name == "TEXT") {
      if (seen_text_) return fail_at(token.begin, "more than one <TEXT> element");
      seen_text_ = in_text_ = true;
      document.text_source_begin = token.end;
      return;
    }
    if (token.kind == XmlKind::kEmptyTag && token.name == "TEXT") {
      if (seen_text_) return fail_at(token.begin, "more than one <TEXT> element");
      seen_text_ = true;
      document.text_source_begin = document.text_source_end = token.end;
      return;
    }
    if (token.name == "DCT") {
      if (token.kind == XmlKind::kStartTag) in_dct_ = true;
      if (token.kind == XmlKind::kEndTag) in_dct_ = false;
      return;
    }
    const bool timex_tag =
        (token.kind == XmlKind::kStartTag || token.kind == XmlKind::kEmptyTag) && token.name == kTimex;
    const bool creation_time = in_dct_ || token.attribute("functionInDocument") == "CREATION_TIME";
    if (timex_tag && creation_time && !seen_dct_) {
      seen_dct_ = true;
      document.dct = unescaped(token.attribute("value"));
      document.dct_tid = unescaped(token.attribute("tid"));
    }
  }

  void inside_text(const XmlToken& token) {
    TimemlDocument& document = result_.document;
    switch (token.kind) {
      case XmlKind::kText:
        append_unescaped(token.content, document.text);
        return;
      case XmlKind::kCData:
        document.text.append(token.content);
        return;
      case XmlKind::kStartTag:
        if (token.name == kTimex) return open_timex(token);
        open_.push_back(token.name);
        return keep(token);
      case XmlKind::kEndTag:
        if (token.name == "TEXT" && open_.empty() && !timex_open_) {
          in_text_ = false;
          document.text_source_end = token.begin;
          return;
        }
        if (timex_open_ && open_.size() == timex_depth_) {
          if (token.name == kTimex) return close_timex();
          return mismatch(token, kTimex);
        }
        if (open_.empty()) return mismatch(token, "TEXT");
        if (open_.back() != token.name) return mismatch(token, open_.back());
        open_.pop_back();
        return keep(token);
      case XmlKind::kEmptyTag:
        if (token.name == kTimex) return;  // an empty TIMEX3 marks no text
        return keep(token);
      case XmlKind::kComment:
      case XmlKind::kInstruction:
        return keep(token);
    }
  }

  void mismatch(const XmlToken& token, std::string_view expected) {
    fail_at(token.begin,
            "</" + std::string(token.name) + "> where </" + std::string(expected) + "> was expected");
  }

  void open_timex(const XmlToken& token) {
    if (timex_open_) return fail_at(token.begin, "<TIMEX3> inside another <TIMEX3>");
    timex_open_ = true;
    timex_depth_ = open_.size();
    temporal::Timex timex;
    timex.begin = result_.document.text.size();
    timex.type = unescaped(token.attribute("type"));
    timex.value = unescaped(token.attribute("value"));
    timex.mod = unescaped(token.attribute("mod"));
    result_.document.timexes.push_back(std::move(timex));
  }

  void close_timex() {
    timex_open_ = false;
    TimemlDocument& document = result_.document;
    temporal::Timex& timex = document.timexes.back();
    timex.end = document.text.size();
    if (timex.end == timex.begin) {  // an empty TIMEX3 marks no words: nothing to score or to keep
      document.timexes.pop_back();
      return;
    }
    timex.text = document.text.substr(timex.begin, timex.end - timex.begin);
  }

  void keep(const XmlToken& token) {
    result_.document.kept.push_back({result_.document.text.size(), token.begin, token.end});
  }

  std::string_view source_;
  TimemlReadResult result_;
  std::vector<std::string_view> open_;  // elements open inside TEXT, TIMEX3 excluded
  bool seen_text_ = false;
  bool in_text_ = false;
  bool in_dct_ = false;
  bool seen_dct_ = false;
  bool timex_open_ = false;
  std::size_t timex_depth_ = 0;  // open_.size() when the TIMEX3 opened: it must close at that depth
};

// The timexes that can be written without breaking the markup, in order.
std::vector<const temporal::Timex*> writable(const TimemlDocument& document,
                                             const std::vector<temporal::Timex>& timexes) {
  std::vector<const temporal::Timex*> sorted;
  for (const temporal::Timex& timex : timexes) {
    if (timex.begin < timex.end && timex.end <= document.text.size()) sorted.push_back(&timex);
  }
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const temporal::Timex* a, const temporal::Timex* b) { return a->begin < b->begin; });
  std::vector<const temporal::Timex*> kept_timexes;
  std::size_t previous_end = 0;
  auto markup = document.kept.begin();
  for (const temporal::Timex* timex : sorted) {
    if (timex->begin < previous_end) continue;
    while (markup != document.kept.end() && markup->at <= timex->begin) ++markup;
    if (markup != document.kept.end() && markup->at < timex->end) continue;
    kept_timexes.push_back(timex);
    previous_end = timex->end;
  }
  return kept_timexes;
}

std::string numbered_tid(std::size_t number) {
  std::string tid(1, 't');
  tid += std::to_string(number);
  return tid;
}

// The next tid "t1", "t2", ... that is not the DCT's.
std::string tid_for(std::size_t& counter, const std::string& taken) {
  std::string tid = numbered_tid(counter++);
  if (tid == taken) tid = numbered_tid(counter++);
  return tid;
}

void append_open_tag(const temporal::Timex& timex, const std::string& tid, std::string& out) {
  out += "<TIMEX3 tid=\"";
  append_escaped_attribute(tid, out);
  out += "\" type=\"";
  append_escaped_attribute(timex.type, out);
  out += "\" value=\"";
  append_escaped_attribute(timex.value, out);
  out += '"';
  if (!timex.mod.empty()) {
    out += " mod=\"";
    append_escaped_attribute(timex.mod, out);
    out += '"';
  }
  out += '>';
}

}  // namespace

TimemlReadResult read_timeml(std::string_view source) { return TimemlReader(source).read(); }

std::string write_timeml(std::string_view source, const TimemlDocument& document,
                         const std::vector<temporal::Timex>& timexes) {
  const std::vector<const temporal::Timex*> tags = writable(document, timexes);
  const std::string_view text = document.text;
  std::string out(source.substr(0, document.text_source_begin));
  out.reserve(source.size() + tags.size() * 64);
  std::size_t cursor = 0;
  std::size_t counter = 1;
  auto markup = document.kept.begin();
  auto tag = tags.begin();
  bool open = false;
  const auto advance_to = [&](std::size_t position) {
    append_escaped_text(text.substr(cursor, position - cursor), out);
    cursor = position;
  };
  // At one position: a closing TIMEX3 first, then other markup, then an opening TIMEX3, which
  // keeps the tags properly nested.
  while (true) {
    if (open && (markup == document.kept.end() || (*tag)->end <= markup->at)) {
      advance_to((*tag)->end);
      out += "</TIMEX3>";
      open = false;
      ++tag;
      continue;
    }
    const bool markup_next =
        markup != document.kept.end() && (tag == tags.end() || markup->at <= (*tag)->begin);
    if (markup_next) {
      advance_to(markup->at);
      out.append(source.substr(markup->source_begin, markup->source_end - markup->source_begin));
      ++markup;
      continue;
    }
    if (tag == tags.end()) break;
    advance_to((*tag)->begin);
    append_open_tag(**tag, tid_for(counter, document.dct_tid), out);
    open = true;
  }
  advance_to(text.size());
  out.append(source.substr(document.text_source_end));
  return out;
}

}  // namespace chronicle::evaluation
