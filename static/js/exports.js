// File names for the exports that say what they hold: the search or entity and the stretch of time,
// "chronicle-palmyra-2016-03.json", "chronicle-general-motors-2005-2011-timelinejs.json".
import { toIsoDay } from './dates.js';

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
