#include "core/events/clauses.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/events/gazetteer.h"
#include "core/events/lexicon.h"

namespace chronicle::events {
namespace {

// Words are compared as string views: the length first, then the bytes.
using namespace std::string_view_literals;

constexpr std::size_t kMaxSubjectWords = 6;
constexpr std::size_t kMaxPredicateWords = 10;
constexpr std::size_t kMaxReportedWords = 8;
constexpr std::size_t kMaxNominalWords = 8;
// A predicate or reported clause at most this many words over its limit is kept whole: its last
// words usually finish what it says ("under a state of emergency").
constexpr std::size_t kSlack = 3;
// A cut takes the rest of a name it would split, or the name an "of" opens, when that costs at
// most this many words.
constexpr std::size_t kNameSlack = 4;

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool is_adverb(const Token& t) {
  return t.is_word && !t.capitalized() && t.lower.size() > 4 && ends_with(t.lower, "ly") &&
         !t.is(lexicon::kAdverbException);
}

// Where a long phrase may be cut: before a preposition, conjunction, "that", "to", ...
bool is_cut_point(const Token& t) {
  return !t.is_word || t.is(lexicon::kDeterminer) || t.is(lexicon::kPreposition) ||
         t.is(lexicon::kConjunction) || t.is(lexicon::kRelativePronoun) || t.lower == "that"sv ||
         t.lower == "to"sv;
}

// "took six months off": a particle ends a phrase and is not a preposition waiting for its object.
bool is_particle(const Token& t) {
  return t.lower == "off"sv || t.lower == "out"sv || t.lower == "up"sv || t.lower == "down"sv || t.lower == "away"sv ||
         t.lower == "back"sv;
}

// Words that add nothing at the end of a headline: "... and", "... of the", "... is".
bool is_dangling(const Token& t) { return (is_cut_point(t) && !is_particle(t)) || t.is(lexicon::kAuxiliary); }

struct Chunk {
  std::size_t begin = 0;  // token indices [begin, end) into the sentence
  std::size_t end = 0;
};

using Words = std::vector<std::size_t>;  // token indices, in order

class ClauseReader {
 public:
  ClauseReader(std::string_view text, std::span<const Token> tokens, const ArticleEntities& entities)
      : text_(text), tokens_(tokens), entities_(entities), lemmas_(tokens.size()), lemma_known_(tokens.size()) {
    split_chunks();
  }

  Clause read(std::size_t first, std::size_t last) {
    if (tokens_[last - 1].possessive) {
      if (Clause nominal = possessive_object(last); !nominal.headline.empty()) return nominal;
    }
    const std::size_t c = chunk_of(first);
    const Words words = content(chunks_[c]);
    const std::size_t v = find_verb(words);
    if (v < words.size()) {
      if (Clause nominal = modified_noun(first, last, words[v]); !nominal.headline.empty()) return nominal;
      if (Clause reduced = reduced_relative(first, words, v); !reduced.headline.empty()) return reduced;
      return build(c, Attachment::kInClause);
    }
    const bool bare = only_function_words(words);
    if (bare || c == 0) {
      if (const std::size_t main = next_main_clause(c); main < chunks_.size()) return build(main, Attachment::kFronted);
    }
    if (bare && c > 0) return build(c - 1, Attachment::kFronted);
    return loose(words);
  }

 private:
  // `t` is one of tokens_.
  std::string_view lemma_of(const Token& t) const {
    const auto k = static_cast<std::size_t>(&t - tokens_.data());
    if (!lemma_known_[k]) {
      lemmas_[k] = lexicon::verb_lemma(t.lower);
      lemma_known_[k] = true;
    }
    return lemmas_[k];
  }

  bool is_boundary(std::size_t k) const {
    const Token& t = tokens_[k];
    if (t.in_timex || place_after_place(k)) return false;
    return t.punct == ',' || t.punct == ';' || t.punct == ':' || t.punct == '(' || t.punct == ')' || t.punct == '-';
  }

  // "in Everett, Washington on Sunday", "from Lyon, France": a comma between a name and the state
  // or country it lies in, inside the clause (not after a sentence-opening "In Syria,"), and not
  // before a verb ("..., Russia launched").
  bool place_after_place(std::size_t k) const {
    if (tokens_[k].punct != ',' || k < 2 || k + 1 >= tokens_.size()) return false;
    const Token& name = tokens_[k - 1];
    const Token& place = tokens_[k + 1];
    if (!name.is_word || !name.capitalized() || name.in_timex || !place.is_word || !place.capitalized() ||
        place.possessive || place.in_timex || tokens_[k - 2].sentence_start || k - 2 == 0) {
      return false;
    }
    const auto entry = gazetteer_lookup(place.lower);
    if (!entry || entry->kind != EntityKind::kPlace) return false;
    return k + 2 >= tokens_.size() || !tokens_[k + 2].is_word || !is_verb(k + 2);
  }

  // The word before token k, looking through quotation marks; nullptr after other punctuation.
  const Token* previous_word(std::size_t k) const {
    while (k > 0 && tokens_[k - 1].quote) --k;
    return k > 0 && tokens_[k - 1].is_word ? &tokens_[k - 1] : nullptr;
  }

  // "Syrian armed forces": a participle between a demonym or determiner and its noun.
  bool used_as_modifier(std::size_t k) const {
    const Token* prev = previous_word(k);
    if (prev == nullptr || k + 1 >= tokens_.size()) return false;
    const Token& next = tokens_[k + 1];
    const bool before_noun = next.is_word && !next.capitalized() && !next.is(lexicon::kFunctionWord) &&
                             lemma_of(next).empty() && !ends_with(next.lower, "ed");
    const bool after_modifier = prev->is(lexicon::kDeterminer) || prev->possessive ||
                                !country_of_demonym(prev->lower).empty() || prev->is(lexicon::kGroupAdjective);
    return before_noun && after_modifier;
  }

  // "the store violates an agreement": a word in -s between a noun and a determiner reads as a
  // verb the lexicon does not know.
  bool present_tense_before_object(std::size_t k) const {
    const Token& t = tokens_[k];
    if (t.lower.size() < 4 || !ends_with(t.lower, "s") || ends_with(t.lower, "ss") || k + 1 >= tokens_.size()) return false;
    const Token& next = tokens_[k + 1];
    return next.is_word && (next.is(lexicon::kDeterminer) || next.is(lexicon::kPronoun)) &&
           !t.is(lexicon::kFunctionWord);
  }

  // The index of the word before token k, looking through quotation marks and "-ly" adverbs
  // ("the recently announced iPhone"), or k when there is none.
  std::size_t word_before_adverbs(std::size_t k) const {
    std::size_t p = k;
    while (p > 0 && (tokens_[p - 1].quote || is_adverb(tokens_[p - 1]))) --p;
    return p > 0 && tokens_[p - 1].is_word ? p - 1 : k;
  }

  bool is_verb(std::size_t k) const {
    const Token& t = tokens_[k];
    if (!t.is_word || t.in_timex || t.capitalized()) return false;
    if (t.is(lexicon::kAuxiliary)) return true;
    const Token* prev = previous_word(k);
    if (const std::size_t b = word_before_adverbs(k); b != k) {
      const Token& before = tokens_[b];
      if (before.is(lexicon::kDeterminer) || before.possessive ||
          (before.is(lexicon::kPreposition) && before.lower != "to"sv)) {
        return false;
      }
      // "a slight increase": a bare form after "a" and one more word is a noun.
      const std::size_t b2 = word_before_adverbs(b);
      if (b2 != b && (tokens_[b2].lower == "a"sv || tokens_[b2].lower == "an"sv) && t.lower == lemma_of(t)) {
        return false;
      }
    }
    const bool past = t.lower.size() >= 5 && ends_with(t.lower, "ed");
    const std::string_view lemma = lemma_of(t);
    if (lemma.empty() && !past) return prev != nullptr && present_tense_before_object(k);
    // A bare or "-s" form opening a clause is a noun far more often than a command in news:
    // ", state television reported", "Reports said".
    if (prev == nullptr && (t.lower == lemma || lexicon::is_form_of(t.lower, lemma, "s") || lexicon::is_form_of(t.lower, lemma, "es"))) return false;
    if (t.lower.size() >= 5 && ends_with(t.lower, "ing")) {
      return prev == nullptr || prev->is(lexicon::kAuxiliary);  // "is closing", ", inflicting"
    }
    return !(past && used_as_modifier(k));
  }

  // "said that", "said on Sunday that": a reporting verb before token k, looking past the
  // expression and its preposition.
  bool follows_reporting_verb(std::size_t k) const {
    while (k > 0 && (tokens_[k - 1].in_timex || (tokens_[k - 1].is_word && tokens_[k - 1].is(lexicon::kPreposition)))) --k;
    const Token* prev = previous_word(k);
    return prev != nullptr && lexicon::is_reporting_lemma(lemma_of(*prev));
  }

  void split_chunks() {
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
      if (end > start) chunks_.push_back({start, end});
    };
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      const Token& t = tokens_[k];
      if (is_boundary(k)) {
        close(k);
        start = k + 1;
        continue;
      }
      if (k == start || !t.is_word || t.in_timex) continue;
      const bool coordinated_verb = (t.lower == "and"sv || t.lower == "but"sv) && k + 1 < tokens_.size() && is_verb(k + 1);
      const bool relative = t.is(lexicon::kRelativePronoun) && t.lower != "whose"sv;
      const bool complement = t.lower == "that"sv && follows_reporting_verb(k);
      if (coordinated_verb || relative || complement) {
        close(k);
        start = k;
      }
    }
    close(tokens_.size());
    if (chunks_.empty()) chunks_.push_back({0, tokens_.size()});
  }

  std::size_t chunk_of(std::size_t token) const {
    for (std::size_t c = 0; c < chunks_.size(); ++c) {
      if (token < chunks_[c].end) return c;
    }
    return chunks_.size() - 1;
  }

  // The words of a chunk that can go into a headline: no temporal expression (nor the preposition
  // that introduces it), no quotation marks, no sentence-final punctuation.
  Words content(const Chunk& chunk) const {
    Words words;
    const std::size_t subject_end = timex_subject_end(chunk);
    for (std::size_t k = chunk.begin; k < chunk.end; ++k) {
      const Token& t = tokens_[k];
      if (k < subject_end) {
        words.push_back(k);
        continue;
      }
      if ((t.in_timex && !t.in_duration) || t.quote) continue;
      if (!t.is_word && (t.punct == '.' || t.punct == '!' || t.punct == '?') && k + 1 >= tokens_.size()) continue;
      if (ties_expression(k)) continue;
      words.push_back(k);
    }
    return words;
  }

  // A word that only ties an expression in: the preposition and determiners before it ("for its
  // fiscal year"), or "ended" between two ("the quarter ended Sept. 30").
  bool ties_expression(std::size_t k) const {
    const auto in_date = [&](std::size_t i) { return i < tokens_.size() && tokens_[i].in_timex && !tokens_[i].in_duration; };
    const auto period_joint = [](std::string_view w) { return lexicon::is_any(w, {"ended", "ending", "beginning"}); };
    const Token& t = tokens_[k];
    if (!t.is_word) return false;
    if (t.is(lexicon::kPreposition) || t.is(lexicon::kDeterminer)) {
      std::size_t opener = k;  // the preposition that opens the chain
      while (opener > 0 && opener + 2 > k && tokens_[opener].is(lexicon::kDeterminer)) --opener;
      if (!tokens_[opener].is_word || !tokens_[opener].is(lexicon::kPreposition)) return false;
      std::size_t next = k + 1;
      while (next < opener + 3 && !in_date(next) && next < tokens_.size() && tokens_[next].is_word &&
             tokens_[next].is(lexicon::kDeterminer)) {
        ++next;
      }
      if (!in_date(next)) return false;
      // ... unless the expression modifies the noun after it, as one word ("a decline in
      // fourth-quarter earnings") or after a determiner of its own ("following the 12:00 UTC
      // announcement"); "for the third quarter" is a phrase of its own.
      std::size_t after = next;
      while (in_date(after)) ++after;
      const bool modifier = (after == next + 1 || next > opener + 1) && after < tokens_.size() && tokens_[after].is_word &&
                            !is_cut_point(tokens_[after]) && !tokens_[after].is(lexicon::kFunctionWord) && !is_verb(after) &&
                            !period_joint(tokens_[after].lower);
      return !modifier;
    }
    return k > 0 && in_date(k - 1) && in_date(k + 1) && period_joint(t.lower);
  }

  // "Sunday was chosen", "That day has come": an expression opening its clause right before the
  // verb is the clause's subject and stays in the headline. Returns one past it, or chunk.begin.
  // Mid-sentence, only an expression with a determiner is a subject: in "Saddam Hussein, facing
  // troops at the border, today sought peace", "today" says when.
  std::size_t timex_subject_end(const Chunk& chunk) const {
    std::size_t k = chunk.begin;
    while (k < chunk.end && tokens_[k].in_timex) ++k;
    const Token& first = tokens_[chunk.begin];
    const bool can_be_subject = first.sentence_start || first.is(lexicon::kDeterminer);
    return k > chunk.begin && k < chunk.end && is_verb(k) && can_be_subject ? k : chunk.begin;
  }

  std::size_t find_verb(const Words& words) const {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (is_verb(words[i])) return i;
    }
    return words.size();
  }

  bool only_function_words(const Words& words) const {
    for (const std::size_t k : words) {
      const Token& t = tokens_[k];
      if (t.is_word && !t.is(lexicon::kFunctionWord) && !is_adverb(t) && t.lower != "earlier"sv &&
          t.lower != "later"sv && t.lower != "late"sv && t.lower != "early"sv) {
        return false;
      }
    }
    return true;
  }

  // The words as written. Between neighbours the text's own gap is kept, so currency and percent
  // signs, which are not tokens, stay ("$1.27 billion", "11%"); a gap longer than a few bytes, or
  // one between words that are not neighbours, becomes one space.
  std::string join(const Words& words) const {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Token& t = tokens_[words[i]];
      if (i == 0 && t.begin > 0 && is_unit_sign(text_[t.begin - 1])) out += text_[t.begin - 1];
      if (i > 0) {
        const Token& prev = tokens_[words[i - 1]];
        const std::string_view gap = text_.substr(prev.end, t.begin - std::min(t.begin, prev.end));
        const bool signs_only = words[i] == words[i - 1] + 1 && gap.size() <= 3 &&
                                std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || is_unit_sign(c); });
        out += signs_only && !gap.empty() ? std::string(gap) : (prev.end < t.begin || words[i] != words[i - 1] + 1 ? " " : "");
      }
      out += text_.substr(t.begin, t.end - t.begin);
      if (i + 1 == words.size() && t.end < text_.size() && text_[t.end] == '%') out += '%';
    }
    return out;
  }

  static bool is_unit_sign(char c) { return c == '$' || c == '%'; }

  Words trimmed(Words words) const {
    while (!words.empty() && is_dangling(tokens_[words.back()])) words.pop_back();
    std::size_t lead = 0;
    while (lead < words.size() && !tokens_[words[lead]].is_word) ++lead;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(lead));
    return words;
  }

  // At most `limit` words, cut before a preposition or conjunction when it has to be cut. A
  // conjunction right after a preposition's first word ("against computer and electronics maker
  // Apple Computer") would leave half a noun phrase: the cut moves before the preposition.
  Words capped(Words words, std::size_t limit) const {
    if (words.size() <= limit) return words;
    std::size_t cut = limit;
    for (std::size_t i = limit; i > 3; --i) {
      if (is_cut_point(tokens_[words[i]])) {
        cut = i;
        break;
      }
    }
    if (cut > 5 && cut + 1 < words.size() && tokens_[words[cut]].is(lexicon::kConjunction) &&
        tokens_[words[cut - 2]].is(lexicon::kPreposition) && !tokens_[words[cut - 1]].capitalized() &&
        !tokens_[words[cut + 1]].capitalized() && !is_verb(words[cut + 1])) {
      cut -= 2;
    }
    words.resize(whole_names(words, cut));
    return words;
  }

  // At most `limit` words, or all of them when they are at most kSlack more and no expression is
  // left out of their middle: what follows one is often a clause of its own ("tapes from the
  // night [the flight went down]").
  Words shortened(Words words, std::size_t limit) const {
    if (words.size() <= limit) return words;
    const bool unbroken = std::none_of(tokens_.begin() + static_cast<std::ptrdiff_t>(words.front()),
                                       tokens_.begin() + static_cast<std::ptrdiff_t>(words.back()),
                                       [](const Token& t) { return t.in_timex && !t.in_duration; });
    return words.size() <= limit + kSlack && unbroken ? words : capped(std::move(words), limit);
  }

  // Where a cut before words[cut] goes so that it splits no name ("the Organization | of Petroleum
  // Exporting Countries") and leaves no name an "of" opens ("all of the shares | of Erbamont
  // N.V."): after the name when that costs at most kNameSlack words; otherwise a split name moves
  // before the cut.
  std::size_t whole_names(const Words& words, std::size_t cut) const {
    if (cut == 0 || cut >= words.size()) return cut;
    text::Span name = entities_.name_around(tokens_[words[cut]].begin);
    const bool splits = name.size() > 0 && name.begin < tokens_[words[cut]].begin;
    if (!splits) {
      std::size_t at = cut + 1;
      if (tokens_[words[cut]].lower != "of"sv || at >= words.size()) return cut;
      if (tokens_[words[at]].lower == "the"sv && at + 1 < words.size()) ++at;
      name = entities_.name_around(tokens_[words[at]].begin);
      if (name.size() == 0 || name.begin != tokens_[words[at]].begin) return cut;
    }
    std::size_t end = cut;
    while (end < words.size() && tokens_[words[end]].begin < name.end) ++end;
    if (end - cut <= kNameSlack) return end;
    if (!splits) return cut;
    std::size_t start = cut;
    while (start > 0 && tokens_[words[start - 1]].end > name.begin) --start;
    return start;
  }

  // A cut phrase ending in "that the International Monetary Fund" or "that he": a clause opener
  // whose verb was cut away goes too. `whole` is the size before cutting; nothing is dropped when
  // nothing was cut.
  Words without_verbless_tail(Words words, std::size_t whole) const {
    if (words.size() >= whole) return words;
    for (std::size_t i = words.size(); i-- > 1;) {
      const Token& t = tokens_[words[i]];
      if (is_verb(words[i])) return words;
      const bool opener = t.is(lexicon::kRelativePronoun) ||
                          (t.is(lexicon::kSubordinator) && !t.is(lexicon::kPreposition) && t.lower != "as"sv) ||
                          (t.lower == "that"sv && i + 1 < words.size() && opens_a_subject(tokens_[words[i + 1]]));
      if (opener) {
        words.resize(i);
        return words;
      }
    }
    return words;
  }

  // "he", "the", "Apple": a word that can open the subject of a clause.
  static bool opens_a_subject(const Token& t) {
    return t.is_word && (t.is(lexicon::kPronoun) || t.is(lexicon::kDeterminer) || t.capitalized());
  }

  bool opens_with_verb(std::size_t c) const {
    if (c >= chunks_.size()) return false;
    const Words words = content(chunks_[c]);
    return !words.empty() && is_verb(words.front());
  }

  // "born", "elected", "taken": a past form that is not an auxiliary, a bare or "-s" form, or "-ing".
  bool is_past_participle(std::size_t k) const {
    const Token& t = tokens_[k];
    if (!is_verb(k) || t.is(lexicon::kAuxiliary) || ends_with(t.lower, "ing")) return false;
    const std::string_view lemma = lemma_of(t);
    return !lemma.empty() ? t.lower != lemma && !lexicon::is_form_of(t.lower, lemma, "s") && !lexicon::is_form_of(t.lower, lemma, "es") : ends_with(t.lower, "ed");
  }

  static std::string capitalized(std::string headline) {
    if (!headline.empty() && headline[0] >= 'a' && headline[0] <= 'z') headline[0] = static_cast<char>(headline[0] - 'a' + 'A');
    return headline;
  }

  // "Secretary of Iran's Supreme National Security Council Ali Shamkhani" -> "Ali Shamkhani".
  std::string subject_text(const Words& words) const {
    if (words.empty()) return "";
    if (words.size() == 1 && (tokens_[words[0]].lower == "he"sv || tokens_[words[0]].lower == "she"sv)) {
      // "He took a leave": the person named last before, when there is one.
      const Entity* person = entities_.last_person_before(tokens_[words[0]].begin);
      if (person != nullptr) {
        pronoun_means_ = person->name;
        return person->name;
      }
    }
    const bool company_word = words.size() == 2 && tokens_[words[0]].lower == "the"sv &&
                              (tokens_[words[1]].lower == "company"sv || tokens_[words[1]].lower == "firm"sv);
    if ((words.size() == 1 && tokens_[words[0]].lower == "it"sv) || company_word) {
      // "It hopes to control 5% of the market", "The company said": the organization named last
      // before, when only one is named in the stretch before.
      if (const Entity* organization = entities_.last_named_before(tokens_[words[0]].begin, "organization")) {
        return organization->name;
      }
    }
    const bool all_name = std::all_of(words.begin(), words.end(), [&](std::size_t k) { return tokens_[k].capitalized(); });
    if (words.size() > 3 || (words.size() <= 2 && all_name)) {
      // "Secretary of the Council Ali Shamkhani" -> Ali Shamkhani; "Jobs" -> Steve Jobs, as the
      // article named him first.
      const Entity* named = entities_.named_at_end(tokens_[words.front()].begin, tokens_[words.back()].end);
      if (named != nullptr && (named->kind == "person" || named->kind == "organization")) return named->name;
    }
    if (words.size() <= kMaxSubjectWords) return join(words);
    // "A plan to bail out three large ... companies": the head comes before what modifies it.
    for (std::size_t i = 1; i < words.size(); ++i) {
      const Token& t = tokens_[words[i]];
      if (t.is_word && is_cut_point(t) && !t.is(lexicon::kDeterminer)) {
        return join(Words(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i)));
      }
    }
    // A plain noun phrase ends with its head: "(Three) major United States stock market indexes".
    return join(Words(words.end() - static_cast<std::ptrdiff_t>(kMaxSubjectWords), words.end()));
  }

  // The noun a relative pronoun at token `start` stands for: the name or noun phrase before it.
  std::string antecedent(std::size_t start) const {
    std::size_t p = start;
    while (p > 0 && !tokens_[p - 1].is_word) --p;
    if (p == 0) return "";
    Words words;
    if (tokens_[p - 1].capitalized()) {
      const std::size_t end = tokens_[p - 1].end;
      while (p > 0 && tokens_[p - 1].is_word && (tokens_[p - 1].capitalized() || tokens_[p - 1].lower == "of"sv)) {
        words.insert(words.begin(), --p);
      }
      words = trimmed(words);
      if (words.empty()) return "";
      // "the Chief Executive Officer of General Motors, which filed": the company filed.
      const Entity* named = entities_.named_at_end(tokens_[words.front()].begin, end);
      return named != nullptr ? named->name : join(words);
    }
    while (p > 0 && words.size() < 5 && tokens_[p - 1].is_word && !is_verb(p - 1) &&
           !tokens_[p - 1].is(lexicon::kPreposition)) {
      words.insert(words.begin(), --p);
      if (tokens_[p].is(lexicon::kDeterminer)) break;
    }
    return join(words);
  }

  // The subject of the sentence's first clause that has one, for a clause without its own.
  // `opening` is set to the chunk of the subject when it is the noun phrase opening the sentence,
  // set off by commas, and to chunks_.size() otherwise.
  std::string main_subject(std::size_t except, std::size_t& opening) const {
    opening = chunks_.size();
    for (std::size_t c = 0; c < chunks_.size(); ++c) {
      if (c == except) continue;
      const Words words = content(chunks_[c]);
      const std::size_t v = find_verb(words);
      if (v == 0 || v >= words.size()) continue;
      const Token& opener = tokens_[words.front()];
      if (opener.is(lexicon::kRelativePronoun) || opener.is(lexicon::kConjunction)) continue;
      return subject_text(Words(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(v)));
    }
    // "The Airbus A380, the world's largest passenger plane, was set to land": the noun phrase
    // opening the sentence, set off by an apposition.
    for (std::size_t c = 0; c < except; ++c) {
      const Words words_of_opening = content(chunks_[c]);
      if (words_of_opening.empty() || find_verb(words_of_opening) < words_of_opening.size() ||
          only_function_words(words_of_opening)) {
        continue;
      }
      const Token& first = tokens_[words_of_opening.front()];
      if (!first.is(lexicon::kPreposition) && !first.is(lexicon::kSubordinator) &&
          !first.is(lexicon::kConjunction) && !first.is(lexicon::kRelativePronoun) && !is_adverb(first)) {
        opening = c;
        return subject_text(words_of_opening);
      }
    }
    return "";
  }

  // What a reporting clause with nothing after its verb reports: the sentence's other clause.
  std::string reported_content(std::size_t except) const {
    if (except + 1 < chunks_.size()) {
      Words following;
      for (std::size_t c = except + 1; c < chunks_.size() && following.size() <= kMaxReportedWords + kSlack; ++c) {
        const Words words = content(chunks_[c]);
        following.insert(following.end(), words.begin(), words.end());
      }
      if (!following.empty() && tokens_[following.front()].lower == "that"sv) {
        following.erase(following.begin());
        return reported_text(trimmed(shortened(following, kMaxReportedWords)));
      }
    }
    for (std::size_t c = 0; c < chunks_.size(); ++c) {
      if (c == except) continue;
      Words words = content(chunks_[c]);
      while (!words.empty() && (tokens_[words.front()].lower == "that"sv || tokens_[words.front()].is(lexicon::kConjunction))) {
        words.erase(words.begin());
      }
      if (find_verb(words) < words.size()) return reported_text(trimmed(shortened(words, kMaxReportedWords)));
    }
    return "";
  }

  // A reported clause told after "said that": a sentence's opening "The" or "It" is lower-cased
  // there ("said that the No. 1 U.S. auto maker wrote Jaguar").
  std::string reported_text(const Words& words) const {
    std::string said = join(words);
    if (words.empty() || said.empty()) return said;
    const Token& first = tokens_[words.front()];
    if (first.sentence_start && first.lower != "i"sv && (first.is(lexicon::kDeterminer) || first.is(lexicon::kPronoun))) {
      said[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(said[0])));
    }
    return said;
  }

  // The main verb of the verb group starting at words[v] ("had fallen" -> "fallen").
  std::size_t main_verb(const Words& words, std::size_t v) const {
    std::size_t m = v;
    while (m + 1 < words.size() && m < v + 3 && tokens_[words[m]].is(lexicon::kAuxiliary) &&
           (is_verb(words[m + 1]) || is_adverb(tokens_[words[m + 1]]))) {
      ++m;
    }
    while (m > v && is_adverb(tokens_[words[m]])) --m;
    return m;
  }

  Clause build(std::size_t c, Attachment attachment) const {
    Words words = content(chunks_[c]);
    const bool coordinated = !words.empty() && tokens_[words.front()].is(lexicon::kConjunction);
    while (!words.empty() && (tokens_[words.front()].is(lexicon::kConjunction) ||
                              tokens_[words.front()].is(lexicon::kSubordinator) || !tokens_[words.front()].is_word)) {
      words.erase(words.begin());
    }
    if (words.empty()) return {};
    std::string subject;
    std::string relative_to;  // the noun a relative pronoun stands for
    const std::string_view opener = tokens_[words.front()].lower;
    if (lexicon::is_relative_pronoun(opener) && opener != "whose"sv) {
      relative_to = antecedent(words.front());
      subject = relative_to;
      words.erase(words.begin());
      attachment = Attachment::kRelative;
    } else if (opener == "that"sv && !tokens_[words.front()].in_timex) {
      words.erase(words.begin());
    }
    const std::size_t v = find_verb(words);
    if (v >= words.size()) return loose(words);
    if (v > 0) {
      Words own_words;
      for (std::size_t i = 0; i < v; ++i) {
        if (!is_adverb(tokens_[words[i]])) own_words.push_back(words[i]);
      }
      const bool names_someone = std::any_of(own_words.begin(), own_words.end(), [&](std::size_t k) {
        return tokens_[k].is(lexicon::kPronoun) || !only_function_words({k});
      });
      const std::string own = names_someone ? subject_text(own_words) : "";
      if (!own.empty()) {
        subject = own;  // "which ISIS had seized": ISIS seized, and what it seized is the antecedent
      } else {
        relative_to.clear();
      }
    }
    bool participle = false;
    if (subject.empty()) {
      std::size_t opening = chunks_.size();
      subject = main_subject(c, opening);
      if (attachment != Attachment::kRelative) attachment = Attachment::kBorrowedSubject;
      // "Jobs, born in San Francisco on ..., has built": a past participle set off between the
      // subject and its own verb tells what the subject was.
      participle = opening + 1 == c && v == 0 && !coordinated && relative_to.empty() && is_past_participle(words[0]) &&
                   opens_with_verb(c + 1);
    }
    Words predicate;
    for (std::size_t i = v; i < words.size(); ++i) {
      if (!is_adverb(tokens_[words[i]])) predicate.push_back(words[i]);
    }
    const std::size_t verb = main_verb(predicate, 0);
    Clause clause;
    clause.attachment = attachment;
    const std::string_view lemma = lemma_of(tokens_[predicate[verb]]);
    clause.reporting = lexicon::is_reporting_lemma(lemma);
    const std::size_t whole = predicate.size();
    predicate = trimmed(without_verbless_tail(trimmed(shortened(predicate, kMaxPredicateWords)), whole));
    std::string said = join(predicate);
    if (participle && !said.empty()) said = "was " + said;
    const bool verbs_only = std::all_of(predicate.begin(), predicate.end(), [&](std::size_t k) { return is_verb(k); });
    if (!relative_to.empty() && v > 0 && verbs_only) said += " " + relative_to;
    if (clause.reporting && predicate.size() <= verb + 1) {
      const std::string reported = reported_content(c);
      if (!reported.empty()) said += " that " + reported;
    }
    clause.headline = capitalized(subject.empty() || said.empty() ? subject + said : subject + " " + said);
    clause.pronoun_means = pronoun_means_;
    return clause;
  }

  Clause loose(const Words& words) const {
    Clause clause;
    clause.headline = capitalized(join(trimmed(capped(words, kMaxNominalWords))));
    clause.attachment = Attachment::kLoose;
    return clause;
  }

  // The first chunk after `c` with a verb of its own that is not a relative clause: past the
  // appositions of "At 16:15 UTC, June 1st, Fritz Henderson, the CEO of GM, which ..., outlined".
  std::size_t next_main_clause(std::size_t c) const {
    for (std::size_t n = c + 1; n < chunks_.size(); ++n) {
      const Words words = content(chunks_[n]);
      if (words.empty() || find_verb(words) == words.size()) continue;
      if (tokens_[words.front()].is(lexicon::kRelativePronoun)) continue;
      return n;
    }
    return c + 1 < chunks_.size() ? c + 1 : chunks_.size();
  }

  // "replaces the 1991 agreement between the two companies": an expression between a determiner
  // and a noun, after the clause's verb, dates that noun, not the clause.
  Clause modified_noun(std::size_t first, std::size_t last, std::size_t verb) const {
    if (first == 0 || first < verb || last >= tokens_.size()) return {};
    const Token& before = tokens_[first - 1];
    const Token& noun = tokens_[last];
    if (!before.is_word || !before.is(lexicon::kDeterminer) || !noun.is_word || noun.capitalized() ||
        noun.is(lexicon::kFunctionWord) || is_verb(last)) {
      return {};
    }
    // "the 12:00 UTC announcement by General Motors that it had filed for bankruptcy": a "that"
    // clause opened by a subject says what the noun was, and stays with it.
    Words phrase;
    bool complement = false;
    for (std::size_t k = last; k < tokens_.size() && phrase.size() < 2 * kMaxNominalWords; ++k) {
      const Token& t = tokens_[k];
      if (t.quote) continue;
      if (!t.is_word || t.in_timex || t.is(lexicon::kRelativePronoun)) break;
      if (t.lower == "that"sv) {
        if (complement || k + 1 >= tokens_.size() || !opens_a_subject(tokens_[k + 1])) break;
        complement = true;
      } else if (!complement && k > last && is_verb(k) && !ends_with(t.lower, "ed") && tokens_[k - 1].lower != "to"sv) {
        break;
      }
      phrase.push_back(k);
    }
    const std::size_t whole = phrase.size();
    phrase = trimmed(without_verbless_tail(trimmed(capped(phrase, kMaxNominalWords + (complement ? 4 : 0))), whole));
    if (phrase.size() < 2) return {};  // "held their Autumn meetings": the clause says more
    Clause clause;
    clause.attachment = Attachment::kPossessive;
    clause.headline = capitalized(join(phrase));
    return clause;
  }

  // "the store violates an agreement reached between the two companies in 1991": after a verb in
  // the present tense, a date cannot be the verb's; it dates the participle phrase between them,
  // told of the noun before the participle ("Agreement reached between the two companies").
  Clause reduced_relative(std::size_t first, const Words& words, std::size_t v) const {
    const std::size_t verb = main_verb(words, v);
    const Token& main = tokens_[words[verb]];
    const std::string_view lemma = lemma_of(main);
    const bool present = main.is(lexicon::kAuxiliary) ? false
                         : !lemma.empty()                  ? lexicon::is_form_of(main.lower, lemma, "s") || lexicon::is_form_of(main.lower, lemma, "es")
                                                           : present_tense_before_object(words[verb]);
    if (!present) return {};
    std::size_t participle = words.size();
    for (std::size_t i = verb + 2; i < words.size() && words[i] < first; ++i) {
      const Token& noun = tokens_[words[i - 1]];
      if (words[i - 1] + 1 == words[i] && is_past_participle(words[i]) && noun.is_word && !noun.capitalized() &&
          !noun.is(lexicon::kFunctionWord) && !is_verb(words[i - 1])) {
        participle = i;
      }
    }
    if (participle == words.size()) return {};
    Words phrase;
    for (std::size_t i = participle - 1; i < words.size() && words[i] < first; ++i) phrase.push_back(words[i]);
    phrase = trimmed(capped(phrase, kMaxNominalWords));
    if (phrase.size() < 3) return {};
    Clause clause;
    clause.attachment = Attachment::kRelative;
    clause.headline = capitalized(join(phrase));
    return clause;
  }

  // "on Sunday's "admirable and honorable" win over ISIS": the noun after the expression, without
  // the quoted praise around it when something is left.
  Clause possessive_object(std::size_t after) const {
    Words outside, all;
    bool quoted = false;
    for (std::size_t k = after; k < tokens_.size(); ++k) {
      const Token& t = tokens_[k];
      if (t.quote) {
        quoted = !quoted;
        continue;
      }
      if (!t.is_word || (t.is(lexicon::kRelativePronoun) && t.lower != "whose"sv) || t.is(lexicon::kAuxiliary)) {
        break;
      }
      all.push_back(k);
      if (!quoted) outside.push_back(k);
      if (all.size() >= 2 * kMaxNominalWords) break;
    }
    Clause clause;
    clause.attachment = Attachment::kPossessive;
    clause.headline = capitalized(join(trimmed(capped(outside.empty() ? all : outside, kMaxNominalWords))));
    return clause;
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  const ArticleEntities& entities_;
  // The verb lemma of each token (lexicon::verb_lemma), found the first time it is asked for.
  mutable std::vector<std::string_view> lemmas_;
  mutable std::vector<bool> lemma_known_;
  std::vector<Chunk> chunks_;
  mutable std::string pronoun_means_;  // set while reading a subject; reported with the clause
};

}  // namespace

Clause dated_clause(std::string_view text, std::span<const Token> sentence, std::size_t first, std::size_t last,
                    const ArticleEntities& entities) {
  if (sentence.empty() || first >= last || last > sentence.size()) return {};
  return ClauseReader(text, sentence, entities).read(first, last);
}

}  // namespace chronicle::events
