// How much an event mattered, from what the API says of it: how many independent sources tell it,
// how sure the extraction is, and its state when the API gives one. Reprints of one story and
// several sentences of one article count as one source.

// A reported, planned or conditional happening weighs less than one the writer says took place.
const STATE_FACTOR = { happened: 1, reported: 0.8, planned: 0.7, hypothetical: 0.4, negated: 0.4 };

function titleKey(title) {
  return String(title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// The number of distinct articles among the event's sources, an article's reprints counted once:
// the server's count (`independent_sources`: wire reprints found by their text, docs/api.md), or,
// from a server without it, articles with the same title taken for reprints of one story.
export function independentSources(event) {
  if (Number.isInteger(event.independent_sources) && event.independent_sources >= 1) return event.independent_sources;
  const seen = new Set();
  for (const source of event.sources ?? []) seen.add(titleKey(source.title) || `article ${source.article_id}`);
  return Math.max(1, seen.size);
}

// Sources first: a confidence of 0 halves an event's weight, and the state scales it.
export function weight(event) {
  const confidence = Number.isFinite(event.confidence) ? Math.min(1, Math.max(0, event.confidence)) : 0.5;
  return independentSources(event) * (0.5 + 0.5 * confidence) * (STATE_FACTOR[event.state] ?? 1);
}
