// "Web page": the events that match the view, with the timeline library and a small viewer
// (static/publish/), written into one HTML file that needs no server: it opens from disk or from
// any web server. The labels are the app's own (dates.js), written into the file.
import { exportUrl } from './api.js';
import { dateLabel, isSpan } from './dates.js';
import { visibleEvents } from './states.js';

export const PUBLISH_LIMIT = 2000; // events in one page: vis-timeline stays quick with this many

async function text(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

// Text placed inside <script>: it must not end the element early.
function scriptSafe(code, what) {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${what} cannot be placed in a page`);
  return code.replace(/^\/\/# sourceMappingURL=.*$/gm, '');
}

// The events as the viewer reads them: label, headline, times, and each source's sentence and article.
function viewerEvent(event) {
  const span = isSpan(event.date) && event.date.end > event.date.start;
  return {
    id: event.id,
    label: dateLabel(event.date),
    headline: event.headline || event.summary || '(no headline)',
    start: `${event.date.start}Z`,
    end: span ? `${event.date.end}Z` : null,
    sources: (event.sources ?? []).map((source) => ({
      title: source.title ?? '', url: source.url ?? '', published: source.published ?? '', sentence: source.sentence?.text ?? '',
    })),
  };
}

// The whole page as a string. `params`: the export's filters; `allStates`: keep the events that did
// not happen or are only supposed (else left out, as on the timeline); `title`: what it shows; `subtitle`:
// what follows the number of events (" from 1 March 2016 to 31 March 2016").
// Answers {html, count, more}: `more` when more events matched than the page holds.
export async function buildPage({ params, allStates = false, title, subtitle }) {
  const [answer, page, style, libraryStyle, library, viewer] = await Promise.all([
    fetch(exportUrl('json', { ...params, limit: PUBLISH_LIMIT + 1 })).then((r) => {
      if (!r.ok) throw new Error(`the export answered ${r.status}`);
      return r.json();
    }),
    text('/publish/page.html'),
    text('/publish/viewer.css'),
    text('/vendor/vis-timeline.css'),
    text('/vendor/vis-timeline.umd.js'),
    text('/publish/viewer.js'),
  ]);
  const events = visibleEvents(answer.events ?? [], allStates).filter((e) => e.date?.start);
  const more = events.length > PUBLISH_LIMIT;
  const shown = events.slice(0, PUBLISH_LIMIT).map(viewerEvent);
  const data = { title, subtitle: `${shown.length} event${shown.length === 1 ? '' : 's'}${subtitle}`, events: shown };
  // "<" only ever occurs inside JSON strings, where \u003c means the same and ends no element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const parts = {
    style: `<style>\n${libraryStyle}\n${style}</style>`,
    data: `<script type="application/json" id="chronicle-data">${json}</script>`,
    library: `<script>\n${scriptSafe(library, 'the timeline library')}\n</script>`,
    viewer: `<script>\n${scriptSafe(viewer, 'the viewer')}\n</script>`,
  };
  // split/join rather than String.replace, whose replacement text treats "$&" and the like specially.
  let html = page;
  for (const [name, content] of Object.entries(parts)) html = html.split(`<!-- chronicle:${name} -->`).join(content);
  return { html, count: data.events.length, more };
}

// Saves `html` as a file named `name` through a temporary link.
export function download(html, name) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
