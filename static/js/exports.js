// File names for the exports that say what they hold: the search or entity and the stretch of time,
// "chronicle-palmyra-2016-03.json", "chronicle-general-motors-2005-2011-timelinejs.json".
import { exportUrl } from './api.js';
import { toIsoDay } from './dates.js';
import { shownByDefault } from './states.js';

const TWO_YEARS = 2 * 365.25 * 24 * 3600 * 1000;
const EXTENSIONS = { json: '.json', timelinejs: '-timelinejs.json', csv: '.csv', html: '.html' };

// "Général Motors!" -> "general-motors"; at most 40 characters, cut at a hyphen when it can be.
export function slug(text) {
  const plain = String(text ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let words = plain.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (words.length > 40) words = words.slice(0, 40).replace(/-[^-]*$/, '') || words.slice(0, 40);
  return words;
}

// The stretch [start, end) (ms) in as few characters as say it: "2016-03-27" (one day), "2016-03"
// (within a month), "2016" (within a year), "2015-12-to-2016-02" (under two years), else the years
// "2005-2011".
export function periodName(start, end) {
  const first = toIsoDay(start);
  const last = toIsoDay(Math.max(start, end - 1)); // the end is not part of the stretch
  if (first === last) return first;
  if (first.slice(0, 7) === last.slice(0, 7)) return first.slice(0, 7);
  if (first.slice(0, 4) === last.slice(0, 4)) return first.slice(0, 4);
  if (end - start < TWO_YEARS) return `${first.slice(0, 7)}-to-${last.slice(0, 7)}`;
  return `${first.slice(0, 4)}-${last.slice(0, 4)}`;
}

// `format`: json, timelinejs, csv or html; `q`, `entity`: the filters; `start`, `end`: the stretch
// the file covers (the visible window, or the span of all matching events), or null.
export function exportName({ format, q = '', entity = '', start = null, end = null }) {
  const parts = ['chronicle', slug(q), slug(entity)];
  if (start !== null && end !== null && end > start) parts.push(periodName(start, end));
  if (parts.filter(Boolean).length === 1) parts.push('events');
  return parts.filter(Boolean).join('-') + (EXTENSIONS[format] ?? `.${format}`);
}

// The records of an RFC 4180 text (CRLF or LF line ends), each the text of its line(s) as written,
// ends left off: a quoted field may hold line breaks, so lines are cut only outside quotes.
export function csvRecords(text) {
  const records = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted; // a doubled quote inside a quoted field toggles twice
    else if (c === '\n' && !quoted) {
      records.push(text.slice(start, text[i - 1] === '\r' ? i - 1 : i));
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

// The export's text without the events whose ids are in `hidden` (a Set of strings), and how many
// events it keeps. json: {"events": [...]}; timelinejs: events by unique_id "event-N" and the title
// slide's count; csv: rows by their first cell, the id.
export function withoutEvents(format, text, hidden) {
  if (format === 'csv') {
    const [header, ...rows] = csvRecords(text);
    const kept = rows.filter((row) => !hidden.has(row.slice(0, row.indexOf(','))));
    return { text: [header, ...kept].map((r) => `${r}\r\n`).join(''), count: kept.length };
  }
  const doc = JSON.parse(text);
  if (format === 'timelinejs') {
    doc.events = (doc.events ?? []).filter((e) => !hidden.has(String(e.unique_id ?? '').replace(/^event-/, '')));
    const title = doc.title?.text;
    if (title && /^Chronicle: \d+ events?$/.test(title.headline ?? '')) title.headline = `Chronicle: ${doc.events.length} event${doc.events.length === 1 ? '' : 's'}`;
    return { text: JSON.stringify(doc), count: doc.events.length };
  }
  doc.events = (doc.events ?? []).filter((e) => !hidden.has(String(e.id)));
  return { text: JSON.stringify(doc), count: doc.events.length };
}

const TYPES = { csv: 'text/csv', json: 'application/json', timelinejs: 'application/json' };

// The server's export in `format` for `params`, less the events that did not happen or are only
// supposed (the JSON export says each event's state). Answers {blob, count, left}.
export async function filteredExport(format, params) {
  const get = async (f) => {
    const response = await fetch(exportUrl(f, params));
    if (!response.ok) throw new Error(`the export answered ${response.status}`);
    return response.text();
  };
  const [json, text] = await Promise.all([get('json'), format === 'json' ? null : get(format)]);
  const events = JSON.parse(json).events ?? [];
  const hidden = new Set(events.filter((e) => !shownByDefault(e)).map((e) => String(e.id)));
  const result = withoutEvents(format, text ?? json, hidden);
  return { blob: new Blob([result.text], { type: TYPES[format] ?? 'application/octet-stream' }), count: result.count, left: hidden.size };
}
