// Related headlines: the other stories an article's page listed (its trailer), each with the date
// the page gave it. Shown in the article view and, for the visible window, under the event list.
import { dateLabel } from './dates.js';
import { element, externalLink, safeUrl } from './dom.js';

function dateOf(headline) {
  const time = element('time', 'related-date', headline.date ? dateLabel({ granularity: 'day', start: headline.date }) : 'undated');
  if (headline.date) time.dateTime = headline.date;
  return time;
}

// One headline: its date, then its title, a link only when the URL is http(s).
// `onOpenArticle` (optional) adds a way to the article that listed it.
function relatedItem(headline, onOpenArticle) {
  const item = element('li', 'related-item');
  const url = safeUrl(headline.url);
  const title = url ? externalLink(url, headline.title, 'related-title') : element('span', 'related-title', headline.title);
  item.append(dateOf(headline), ' ', title);
  if (onOpenArticle && headline.article_id !== undefined) {
    const open = element('a', 'related-source', 'source');
    open.title = 'Open the article that listed this headline';
    open.href = `?article=${encodeURIComponent(headline.article_id)}`;
    open.addEventListener('click', (e) => {
      e.preventDefault();
      onOpenArticle(String(headline.article_id));
    });
    item.append(' · ', open);
  }
  return item;
}

// Fills `list` (a <ul>) with the headlines in the order given.
export function renderRelated(list, headlines, { onOpenArticle = null } = {}) {
  list.replaceChildren(...headlines.map((headline) => relatedItem(headline, onOpenArticle)));
}

// True when every word of `words` begins a word of `text`, in any case ("harb" finds "Harbour").
function hasWords(text, words) {
  const own = String(text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.every((word) => own.some((w) => w.startsWith(word)));
}

// The headlines that follow the page's search and entity, as the events do: each word of the
// search and of the entity's name begins a word of the title.
export function matchingHeadlines(headlines, { q = '', entity = '' }) {
  const words = `${q} ${entity}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? headlines.filter((h) => hasWords(h.title, words)) : headlines;
}
