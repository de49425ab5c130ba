// The JSON API of `chronicle serve` (docs/api.md). Every call returns parsed JSON or throws an
// Error whose message is the server's {"error": ...} text, so the page can show it as it is.

async function getJson(path, params = {}) {
  const response = await fetch(withParams(path, params), { headers: { Accept: 'application/json' } });
  return readJson(response);
}

async function readJson(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    // a non-JSON answer (an HTML 404 from a proxy, an empty body): reported below by status
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    throw new Error(message);
  }
  if (body === null) throw new Error('the server did not answer with JSON');
  return body;
}

// Builds "path?a=1&b=2" leaving out empty values, so absent filters stay absent.
export function withParams(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

// filters: {from, to, q, entity}; from/to are ISO dates ("2016", "2016-03", "2016-03-27").
export function fetchEvents(filters, limit, cursor) {
  return getJson('/api/events', { ...filters, limit, cursor });
}

export function fetchEvent(id) {
  return getJson(`/api/events/${encodeURIComponent(id)}`);
}

export function fetchArticle(id) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`);
}

// `heaviest`: also the heaviest events of each bucket (docs/api.md), for a crowded window's labels.
export function fetchHistogram(filters, buckets, heaviest) {
  return getJson('/api/histogram', { ...filters, buckets, heaviest });
}

// Related headlines dated inside the window {from, to}, by date.
export function fetchRelated({ from, to }, limit) {
  return getJson('/api/related', { from, to, limit });
}

export function fetchEntities(q, limit) {
  return getJson('/api/entities', { q, limit });
}

// Sends one article file as a multipart form (its part "file"); answers {loaded, skipped, failed,
// errors}. The file's name goes along so the server's messages can name it; the format is detected
// there. X-Chronicle-Request marks the request as the app's own: the server refuses writes without it.
export async function uploadArticle(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/articles', {
    method: 'POST',
    headers: { 'X-Chronicle-Request': '1', Accept: 'application/json' },
    body: form,
  });
  // A file that failed to load is answered with 400 and the same summary: read it as a summary.
  const body = await response.clone().json().catch(() => null);
  if (body && typeof body.failed === 'number') return body;
  return readJson(response);
}

// Sends pasted text as one article, {title, text, published} (title and published may be ""), as
// the JSON body POST /api/articles reads; answers the same summary as an upload.
export async function pasteArticle({ title, text, published }) {
  const article = { text };
  if (title) article.title = title;
  if (published) article.published = published;
  const response = await fetch(withParams('/api/articles', { name: 'pasted text' }), {
    method: 'POST',
    headers: { 'X-Chronicle-Request': '1', 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(article),
  });
  const body = await response.clone().json().catch(() => null);
  if (body && typeof body.failed === 'number') return body;
  return readJson(response);
}

export function exportUrl(format, filters) {
  return withParams('/api/export', { format, ...filters });
}

// Curation (docs/api.md, "Curation"): each a POST with a small JSON body, through the same write
// guard as uploads. Each answers JSON or throws the server's error text.
async function postJson(path, body = {}) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'X-Chronicle-Request': '1', 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return readJson(response);
}

const eventPath = (id, action) => `/api/events/${encodeURIComponent(id)}/${action}`;

// changes: {headline, date}; date "2015", "2015-05" or "2015-05-20"; "" gives the found value back.
export function editEvent(id, changes) {
  return postJson(eventPath(id, 'edit'), changes);
}

export function hideEvent(id, hidden) {
  return postJson(eventPath(id, hidden ? 'hide' : 'unhide'));
}

// Answers {event: the id of the merged event}.
export function mergeEvents(id, other) {
  return postJson(eventPath(id, 'merge'), { with: Number(other) });
}

// `source`: the position of the source in the event's sources. Answers {event: the new event's id}.
export function splitSource(id, source) {
  return postJson(eventPath(id, 'split'), { source });
}

export function joinNames(name, alias) {
  return postJson('/api/entities/join', { name, alias });
}

// The curation log and the curation of events that are gone: {log, orphaned, orphaned_pins}.
export function fetchCuration() {
  return getJson('/api/curation', { limit: 1 });
}

// Forgets the curation of an event id that no longer exists.
export function dropOrphaned(id) {
  return postJson(eventPath(id, 'drop'));
}

// Answers {undone: {action, event, at}}.
export function undoCuration() {
  return postJson('/api/curation/undo');
}

// Saved views (docs/api.md, "Saved views"): {id, name, view, saved}; `view` is the app's URL query.
export function fetchViews() {
  return getJson('/api/views');
}

export function fetchView(id) {
  return getJson(`/api/views/${encodeURIComponent(id)}`);
}

export function saveView(name, view) {
  return postJson('/api/views', { name, view });
}
