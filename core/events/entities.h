// Participants named in an article: capitalized spans, people behind their titles ("President
// Bashar al-Assad" -> Bashar al-Assad, a person), gazetteer places and organizations, demonyms
// ("Syrian" -> Syria), and the aliases the article itself establishes: a parenthesis ("Daesh (ISIS /
// ISIL)"), a surname met alone ("Dehqan"), the first word of a company met alone ("Northrop").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/events/events.h"
#include "core/events/tokens.h"

namespace chronicle::events {

// A stock exchange or market ("New York Stock Exchange"): where shares trade, named often in
// business news and never what an "it" or a "profit" belongs to.
bool is_market(const Entity& entity);

class ArticleEntities {
 public:
  // `tokens` are the article's tokens with in_timex and sentence_start set; words inside temporal
  // expressions never name a participant.
  explicit ArticleEntities(const std::vector<Token>& tokens);

  // The entities named in text[begin, end), each once, in order of first appearance there.
  std::vector<Entity> in_span(std::size_t begin, std::size_t end) const;

  // Every entity of the article, in order of first appearance.
  const std::vector<Entity>& all() const { return entities_; }

  // The person named last before byte `offset`, when no other person is named in the few hundred
  // bytes before it; nullptr otherwise: whom a "he" or "she" at `offset` safely means.
  const Entity* last_person_before(std::size_t offset) const;
  // The same for an entity of `kind` ("organization": whom an "it" or "the company" means).
  const Entity* last_named_before(std::size_t offset, std::string_view kind) const;

  // The entity whose name is the last thing in text[begin, end) ("Secretary of the Council Ali
  // Shamkhani" -> Ali Shamkhani), or nullptr.
  const Entity* named_at_end(std::size_t begin, std::size_t end) const;

  // The bytes of the name written across byte `offset` ("Organization of Petroleum Exporting
  // Countries" for the offset of "Petroleum"), or an empty span when no name is.
  text::Span name_around(std::size_t offset) const;

 private:
  struct Occurrence {
    std::size_t begin = 0;  // byte offsets of the name in the article text
    std::size_t end = 0;
    std::size_t entity = 0;  // index into entities_
  };
  std::vector<Entity> entities_;
  std::vector<Occurrence> occurrences_;  // sorted by begin
};

}  // namespace chronicle::events
