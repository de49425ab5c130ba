// Which stretch of time to show: the whole result set with room for its labels ("Show all", a new
// search or filter, an upload), or, for the first view, the shortest stretch that holds most of it.
// Times are milliseconds (UTC); widths are pixels of the timeline.
import { dateLabel, isSpan, parseIso } from './dates.js';

const DAY = 24 * 3600 * 1000;
const ALONE = 14 * DAY; // one moment alone is shown with a fortnight around it
const BOX = 24; // pixels of a label's box besides its text: padding and borders
const SHARE_OF_VIEW = 0.45; // a label is at most this share of the view wide (timeline.js)
export const MOST = 0.8; // the first view holds at least this share of the events

let canvas = null;
// The width in pixels of a label's text as the timeline draws it (0.85rem, the date in bold).
export function textWidth(text) {
  canvas ??= document.createElement('canvas').getContext('2d');
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85;
  canvas.font = `600 ${size}px ${getComputedStyle(document.body).fontFamily}`;
  return canvas.measureText(text).width;
}

// The moments of the events as [{start, end, count: 1, label}]: a span covers its interval, a
// point is its start alone, as the timeline draws them; `label` is the text of its label.
export function momentsOf(events) {
  const moments = [];
  for (const event of events) {
    const start = parseIso(event.date?.start);
    const end = parseIso(event.date?.end);
    if (Number.isNaN(start)) continue;
    const label = `${dateLabel(event.date)} ${event.headline || event.summary || '(no headline)'}`;
    moments.push({ start, end: isSpan(event.date) && end > start ? end : start, count: 1, label });
  }
  return moments.sort((a, b) => a.start - b.start || a.end - b.end);
}

// The room a crowded stretch's label needs: its heaviest event is labelled (timeline.js), and
// which one that is is not known when the view is fitted, so a headline of a common length.
const TYPICAL_LABEL = '12 September 2000 The council approved the budget for next year';

// Histogram buckets [{start, end, count}] (times in ms) as moments, the empty ones left out, each
// with room for a typical label.
export function momentsOfBuckets(buckets) {
  return buckets.filter((b) => b.count > 0).map(({ start, end, count }) => ({ start, end, count, label: TYPICAL_LABEL }));
}

// From the first moment's start to the last one's end, or null when there are none.
export function extentOf(moments) {
  if (!moments.length) return null;
  return { start: Math.min(...moments.map((m) => m.start)), end: Math.max(...moments.map((m) => m.end)) };
}

// The moments inside `stretch`.
export function within(moments, stretch) {
  return moments.filter((m) => m.start >= stretch.start && m.end <= stretch.end);
}

// The shortest run of consecutive moments (in start order) whose counts add up to `share` of all
// of them; the earliest such run when several are as short. Null when there are none.
export function busiestStretch(moments, share = MOST) {
  const total = moments.reduce((sum, m) => sum + m.count, 0);
  if (!total) return null;
  const need = Math.ceil(total * share);
  let best = null;
  let sum = 0;
  let left = 0;
  for (let right = 0; right < moments.length; right += 1) {
    sum += moments[right].count;
    while (sum - moments[left].count >= need) sum -= moments[left++].count;
    if (sum < need) continue;
    const stretch = { start: moments[left].start, end: Math.max(...moments.slice(left, right + 1).map((m) => m.end)) };
    if (!best || stretch.end - stretch.start < best.end - best.start) best = stretch;
  }
  return best;
}

// The narrowest window of a view `width` pixels wide in which every moment's label is whole: a label
// is centred on its moment's start (timeline.js), and a span also reaches its end. Found by
// repeating "the window these labels need at this scale" until it settles (each step's change is
// under half the last one's, as no label is wider than 45% of the view).
export function roomyWindow(moments, width) {
  if (!moments.length) return null;
  const halves = moments.map((m) => (Math.min(textWidth(m.label), width * SHARE_OF_VIEW) + BOX) / 2);
  let span = Math.max(ALONE, extentOf(moments).end - extentOf(moments).start);
  let start = 0;
  let end = 0;
  for (let step = 0; step < 40; step += 1) {
    const perPixel = span / width;
    start = Math.min(...moments.map((m, i) => m.start - halves[i] * perPixel));
    end = Math.max(...moments.map((m, i) => Math.max(m.end, m.start + halves[i] * perPixel)));
    const next = Math.max(ALONE, end - start);
    const settled = Math.abs(next - span) < span * 1e-4;
    span = next;
    if (settled) break;
  }
  const middle = (start + end) / 2; // the same window, or a fortnight around a lone moment
  return { start: Math.round(middle - span / 2), end: Math.round(middle + span / 2) };
}
