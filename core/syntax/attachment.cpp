// The temporal attachment ranker: where a calendar word hangs, decided with the whole tree in view.
#include <algorithm>

#include "core/syntax/models.h"

namespace chronicle::syntax::detail {
namespace {

std::string_view universal_of(std::string_view label) { return label.substr(0, label.find(':')); }
std::string_view subtype_of(std::string_view label) {
  const std::size_t colon = label.find(':');
  return colon == std::string_view::npos ? std::string_view() : label.substr(colon);
}

std::uint32_t find_label(const std::vector<std::string>& labels, std::string_view name, std::uint32_t fallback) {
  const auto found = std::find(labels.begin(), labels.end(), name);
  return found == labels.end() ? fallback : static_cast<std::uint32_t>(found - labels.begin());
}

int tag_id(const std::vector<std::string>& tags, std::string_view name) {
  const auto found = std::find(tags.begin(), tags.end(), name);
  return found == tags.end() ? -1 : static_cast<int>(found - tags.begin());
}

}  // namespace

LabelNames::LabelNames(const std::vector<std::string>& labels)
    : eligible(labels.size(), false), subject(labels.size(), false), as_clause(labels.size()),
      as_noun(labels.size()) {
  for (std::uint32_t l = 0; l < labels.size(); ++l) {
    const std::string_view name = labels[l];
    const std::string_view universal = universal_of(name);
    eligible[l] = universal == "obl" || universal == "nmod" || universal == "advmod";
    subject[l] = universal == "nsubj" || universal == "csubj";
    const std::string subtype(subtype_of(name));
    as_clause[l] = universal == "nmod" ? find_label(labels, "obl" + subtype, l) : l;
    as_noun[l] = universal == "obl" ? find_label(labels, "nmod" + subtype, l) : l;
  }
}

TemporalAttachment::TemporalAttachment(const ParsedSentence& sentence, const LabelNames& names)
    : s_(sentence), names_(names), comma_(hash_bytes(",")), open_bracket_(hash_bytes("(")) {
  const auto& tags = s_.tag_names;
  verb_ = tag_id(tags, "VERB"), aux_ = tag_id(tags, "AUX"), adj_ = tag_id(tags, "ADJ"), adv_ = tag_id(tags, "ADV");
  const int adp = tag_id(tags, "ADP"), det = tag_id(tags, "DET");
  preposition_.assign(s_.words.size(), kNone);
  modifier_.assign(s_.words.size(), kNone);
  has_subject_.assign(s_.words.size(), false);
  for (std::size_t k = 0; k < s_.words.size(); ++k) {
    const std::size_t h = s_.heads[k];
    if (h != 0 && s_.labels[k] < names_.subject.size() && names_.subject[s_.labels[k]]) has_subject_[h - 1] = true;
  }
  for (std::size_t k = 0; k < s_.words.size(); ++k) {
    const std::size_t h = s_.heads[k];
    if (h == 0 || h - 1 <= k) continue;  // children before their head only
    if (s_.tags[k] == adp) preposition_[h - 1] = s_.words[k].lower;
    if (s_.tags[k] == det || s_.tags[k] == adj_) modifier_[h - 1] = s_.words[k].lower;
  }
}

bool TemporalAttachment::needs_second_look(std::size_t i) const {
  return s_.words[i].word_class == kTimeClass && s_.heads[i] != 0 && s_.labels[i] < names_.eligible.size() &&
         names_.eligible[s_.labels[i]];
}

// True when word j (0-based) lies under word i in the tree, or too deep to tell.
bool TemporalAttachment::is_under(std::size_t j, std::size_t i) const {
  std::size_t at = j;
  for (int steps = 0; steps < 256; ++steps) {
    const std::size_t h = s_.heads[at];
    if (h == 0) return false;
    if (h - 1 == i) return true;
    at = h - 1;
  }
  return true;
}

std::vector<std::size_t> TemporalAttachment::candidates(std::size_t i) const {
  std::vector<std::size_t> candidates{s_.heads[i]};
  const std::size_t first = i > kAttachmentWindow ? i - kAttachmentWindow : 0;
  const std::size_t last = std::min(s_.words.size(), i + kAttachmentWindow + 1);
  for (std::size_t j = first; j < last; ++j) {
    if (j != i && j + 1 != s_.heads[i] && !is_under(j, i)) candidates.push_back(j + 1);
  }
  return candidates;
}

std::size_t TemporalAttachment::features(std::size_t i, std::size_t candidate, std::uint64_t* out) const {
  const std::size_t j = candidate - 1;
  const std::uint64_t left = j < i;
  const std::size_t low = std::min(i, j), high = std::max(i, j);
  std::uint64_t verbs = 0, commas = 0;
  for (std::size_t k = low + 1; k < high && verbs < 2; ++k) verbs += s_.tags[k] == verb_;
  for (std::size_t k = low + 1; k < high && commas < 1; ++k) commas += s_.words[k].form == comma_;
  const std::uint64_t distance = std::min<std::size_t>(high - low, 6) + (high - low > 10 ? 1 : 0);
  const auto tag = static_cast<std::uint64_t>(s_.tags[j]);
  const std::uint64_t label = s_.labels[j];
  const std::uint64_t current = s_.heads[i] == candidate;
  const std::uint64_t root = s_.heads[j] == 0;
  const std::uint64_t clause = has_subject_[j];
  const std::uint64_t head_tag = s_.heads[j] == 0 ? 1001 : static_cast<std::uint64_t>(s_.tags[s_.heads[j] - 1]);
  const std::uint64_t next_tag = j + 1 < s_.words.size() ? static_cast<std::uint64_t>(s_.tags[j + 1]) : 1000;
  const std::uint64_t prep = preposition_[i];
  const std::uint64_t modifier = modifier_[i];
  const std::uint64_t word = s_.words[i].lower;
  // "Sapir ( 1971 )", "Analytic Syntax ( 1937 )": a bracketed year hangs on the word before the bracket.
  std::size_t bracket = i;
  while (bracket > 0 && i - bracket < 4 && s_.words[bracket].form != open_bracket_) --bracket;
  const std::uint64_t bracketed = s_.words[bracket].form == open_bracket_ && bracket < i;
  const std::uint64_t before_bracket = bracketed && j + 1 == bracket;
  const std::uint64_t calendar_candidate = s_.words[j].word_class == kTimeClass;
  const std::uint64_t cand = s_.words[j].lower;

  std::size_t n = 0;
  std::uint32_t id = 7000;
  const auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { out[n++] = feature(id++, a, b, c); };
  add(tag), add(tag, left, distance), add(tag, prep), add(cand, prep), add(word, tag), add(current, tag), add(current, verbs, left);
  add(label, tag), add(verbs, tag, left), add(commas, tag, left), add(root, tag), add(head_tag, tag);
  add(s_.labels[i], tag), add(modifier, tag), add(prep, left, verbs), add(cand), add(tag, next_tag);
  add(prep, tag, distance), add(label, prep), add(clause, tag, verbs), add(label, left, verbs);
  add(bracketed, before_bracket, tag), add(bracketed, tag, left), add(calendar_candidate, distance, left), add(word, cand), add(modifier, tag, left);
  return n;
}

void TemporalAttachment::attach(std::size_t i, std::size_t head, ParsedSentence& sentence) const {
  if (head == sentence.heads[i]) return;
  sentence.heads[i] = head;
  const int tag = sentence.tags[head - 1];
  const bool predicate = tag == verb_ || tag == aux_ || tag == adj_ || tag == adv_;
  sentence.labels[i] = predicate ? names_.as_clause[sentence.labels[i]] : names_.as_noun[sentence.labels[i]];
}

void reattach_temporal(const Scorer& ranker, const LabelNames& names, ParsedSentence& sentence) {
  const TemporalAttachment attachment(sentence, names);
  std::uint64_t keys[kMaxAttachmentFeatures];
  std::size_t looked = 0;
  for (std::size_t i = 0; i < sentence.words.size() && looked < kMaxReattachments; ++i) {
    if (!attachment.needs_second_look(i)) continue;
    ++looked;
    std::size_t best = 0;
    float best_score = 0;
    for (const std::size_t candidate : attachment.candidates(i)) {
      float score[1] = {0};
      ranker.add_scores(keys, attachment.features(i, candidate, keys), score);
      if (best == 0 || score[0] > best_score) best = candidate, best_score = score[0];
    }
    attachment.attach(i, best, sentence);
  }
}

}  // namespace chronicle::syntax::detail
