// The zoomable time axis: a vis-timeline (wheel, drag and pinch come with it) showing either the
// events of the visible window, the heaviest of each stretch as labels and the rest as counts that
// zoom in on click (labels.js), or, when the window holds more events than we fetch, the heaviest
// events of each of the server's histogram buckets as labels and the rest of each bucket as a count.
import { Timeline, DataSet, moment } from '../vendor/vis-timeline.js';
import { dateLabel, parseIso } from './dates.js';
import { textWidth } from './fit.js';
import { chooseLabels, countsByStretch } from './labels.js';
import { STATE_NAMES, stateOf } from './states.js';
import { weight } from './weight.js';

const HOUR = 3600 * 1000;
const YEAR = 365.25 * 24 * HOUR;
const MAX_LANES = 8;
const SPAN_MIN_PX = 160; // a span narrower than this is drawn as a point, so its label can be read
const LABEL_MIN_PX = 150; // a label gets at least this much, more when its neighbours leave room
const compact = new Intl.NumberFormat('en', { notation: 'compact' }); // 12,834 -> "13K": fits a narrow bucket
const BOX = 24; // pixels of a label's box besides its text: padding and borders
const ROW_PX = 38; // the height of a row of labels, margins included
const MOST_ROWS = 4; // rows of labels at most, so that the counts and the axis stay in view
const LANE_ROWS = 2; // rows of labels in each lane
const DAY = 24 * HOUR;

export class TimelineView {
  // `initialWindow` {start, end}: where to open; without it vis-timeline fits its first items.
  constructor(container, { onRangeChanged, onSelect, initialWindow = null }) {
    this.container = container;
    this.items = new DataSet();
    this.groups = new DataSet();
    this.onSelect = onSelect;
    this.lanesShown = false;
    this.stacking = true;
    this.timeline = new Timeline(container, this.items, {
      ...(initialWindow ? { start: initialWindow.start, end: initialWindow.end } : {}),
      moment: (date) => moment(date).utc(), // the server's times are UTC; never shift them
      height: '100%',
      zoomMin: HOUR,
      zoomMax: 10000 * YEAR, // "Show all" must fit any stored range (years 1 to 9999)
      min: parseIso('0001-01-01'),
      max: parseIso('9999-12-31'),
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      selectable: true,
      showCurrentTime: false,
      verticalScroll: true,
      zoomKey: '',
      margin: { item: { horizontal: 4, vertical: 6 } },
      // Article text is data: items and lanes are DOM nodes built with textContent, never HTML strings.
      template: (item) => item.element ?? '',
      // vis-timeline renders its default group with no data (null) when the lanes are taken away.
      groupTemplate: (group) => group?.element ?? '',
    });
    this.timeline.on('rangechanged', (props) => onRangeChanged(props.start.getTime(), props.end.getTime()));
    this.timeline.on('click', (props) => this.clicked(props));
  }

  window() {
    const { start, end } = this.timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  setWindow(start, end, animate = false) {
    this.timeline.setWindow(start, end, { animation: animate });
  }

  zoom(factor) {
    if (factor > 1) this.timeline.zoomOut(factor - 1, { animation: false });
    else this.timeline.zoomIn(1 - factor, { animation: false });
  }

  // Moves the window by `fraction` of its width (negative: back in time).
  pan(fraction) {
    const { start, end } = this.window();
    const shift = (end - start) * fraction;
    this.setWindow(start + shift, end + shift);
  }

  // Brings a moment into view, keeping the zoom, unless it is already visible.
  reveal(start, end) {
    const view = this.window();
    if (start >= view.start && end <= view.end) return;
    const width = view.end - view.start;
    if (end - start > width) this.setWindow(start - (end - start) * 0.1, end + (end - start) * 0.1);
    else this.setWindow((start + end) / 2 - width / 2, (start + end) / 2 + width / 2);
  }

  clicked(props) {
    if (props.what !== 'item') return;
    const item = this.items.get(props.item);
    if (!item) return;
    if (item.zoom) this.setWindow(item.zoom.from, item.zoom.to, true);
    else if (item.counted && oneMoment(item.counted)) this.onSelect(item.counted.keys.map((key) => key.slice('event-'.length)).sort((a, b) => a - b)[0]);
    else if (item.counted) this.zoomTo(item.counted.from, item.counted.to);
    else this.onSelect(String(item.eventId));
  }

  // Zooms to the moments from..to with a margin (at least half a day each side).
  zoomTo(from, to) {
    const margin = Math.max((to - from) * 0.15, DAY / 2);
    this.setWindow(from - margin, to + margin, true);
  }

  // Rows of labels the timeline's height has room for; one fewer on a phone, where the counts
  // take rows of their own between the narrow labels.
  rows() {
    const most = this.pixels() < 500 ? MOST_ROWS - 1 : MOST_ROWS;
    return Math.max(1, Math.min(most, Math.floor(((this.container.clientHeight || 340) - 70) / ROW_PX)));
  }

  // `filterEntity`: the entity the view is filtered by; every event has it, so it gets no lane.
  showEvents(events, laneMode, selectedId, filterEntity = '') {
    this.shown = { events, laneMode, filterEntity };
    this.crowded = null;
    this.setStacking(true);
    const lanes = laneMode === 'none' ? null : assignLanes(events, laneMode, filterEntity);
    this.setLanes(lanes);
    const view = { ...this.window(), pixels: this.pixels() };
    const drawn = events.map((event) => ({ event, item: eventItem(event, lanes, view) })).filter((d) => d.item);
    giveLabelsRoom(drawn.map((d) => d.item), view);
    const boxes = drawn.map(({ event, item }) => labelBox(event, item, view));
    const labelled = chooseLabels(boxes, { rows: lanes ? LANE_ROWS : this.rows(), first: selectedId ? `event-${selectedId}` : null });
    const items = drawn.map((d) => d.item).filter((item) => labelled.has(item.id));
    const counted = countsByStretch(boxes.filter((box) => !labelled.has(box.key)));
    items.push(...counted.map((group, i) => countItem(group, i)));
    this.replaceItems(items);
    this.select(selectedId);
  }

  // The width of the drawing area in pixels: the container's (set by the page's layout, so the same
  // whether or not vis-timeline has drawn yet) less the lanes' labels, when shown.
  pixels() {
    const labels = this.lanesShown ? this.timeline.dom?.leftContainer?.offsetWidth ?? 0 : 0;
    return Math.max(100, (this.container.clientWidth || 800) - 2 - labels); // 2: vis-timeline's borders
  }

  // A window holding more events than one page: the server's buckets, each with its count and its
  // heaviest events (/api/histogram?heaviest=). The heaviest of each stretch get labels as in
  // showEvents; what is left of each bucket is one count that zooms in on it.
  showCrowded(buckets, selectedId = null) {
    this.shown = null;
    this.crowded = { buckets };
    this.setLanes(null);
    this.setStacking(true);
    const view = { ...this.window(), pixels: this.pixels() };
    const drawn = [];
    buckets.forEach((bucket, index) => {
      for (const event of bucket.heaviest ?? []) {
        const item = eventItem(event, null, view);
        if (item) drawn.push({ event, item, index });
      }
    });
    giveLabelsRoom(drawn.map((d) => d.item), view);
    const boxes = drawn.map(({ event, item, index }) => ({ ...labelBox(event, item, view), crowd: Number(buckets[index].count) || 0 }));
    const labelled = chooseLabels(boxes, { rows: this.rows(), first: selectedId ? `event-${selectedId}` : null });
    const items = [];
    const labelledIn = buckets.map(() => 0);
    for (const { item, index } of drawn) {
      if (!labelled.has(item.id)) continue;
      items.push(item);
      labelledIn[index] += 1;
    }
    buckets.forEach((bucket, index) => {
      const start = parseIso(bucket.start);
      const end = parseIso(bucket.end);
      const left = (Number(bucket.count) || 0) - labelledIn[index];
      if (left > 0 && !Number.isNaN(start) && !Number.isNaN(end)) items.push(bucketCountItem(start, end, left, index));
    });
    this.replaceItems(items);
    this.timeline.setSelection(selectedId && this.items.get(`event-${selectedId}`) ? [`event-${selectedId}`] : []);
  }

  setStacking(stack) {
    if (this.stacking !== stack) this.timeline.setOptions({ stack });
    this.stacking = stack;
  }

  replaceItems(items) {
    this.items.clear();
    this.items.add(items);
  }

  setLanes(lanes) {
    if (!lanes) {
      if (this.lanesShown) this.timeline.setGroups(null);
      this.lanesShown = false;
      return;
    }
    this.groups.clear();
    this.groups.add(lanes.list.map((lane, order) => ({ id: lane.id, order, element: laneElement(lane.label), content: '' })));
    if (!this.lanesShown) this.timeline.setGroups(this.groups);
    this.lanesShown = true;
  }

  select(eventId) {
    const id = eventId ? `event-${eventId}` : null;
    // A counted event gets its label once chosen: the events are laid out again with it first.
    if (id && !this.items.get(id) && this.shown?.events.some((e) => String(e.id) === String(eventId))) {
      const { events, laneMode, filterEntity } = this.shown;
      this.showEvents(events, laneMode, eventId, filterEntity);
      return;
    }
    const candidate = (bucket) => (bucket.heaviest ?? []).some((e) => String(e.id) === String(eventId));
    if (id && !this.items.get(id) && this.crowded?.buckets.some(candidate)) {
      this.showCrowded(this.crowded.buckets, eventId);
      return;
    }
    this.timeline.setSelection(id && this.items.get(id) ? [id] : []);
  }
}

// An event is drawn as a span when its interval is wide enough on screen for its label
// (SPAN_MIN_PX), else as a point whose label names its precision ("May 2015", "week of 12 Oct 2008").
function eventItem(event, lanes, view) {
  const start = parseIso(event.date?.start);
  let end = parseIso(event.date?.end);
  if (Number.isNaN(start)) return null;
  const width = ((end - start) / (view.end - view.start)) * view.pixels;
  const span = !Number.isNaN(end) && end > start && width >= SPAN_MIN_PX;
  if (!span) end = undefined;
  const element = document.createElement('span');
  element.className = 'item-label';
  const when = document.createElement('span');
  when.className = 'item-date';
  when.textContent = dateLabel(event.date);
  const what = document.createElement('span');
  what.className = 'item-headline';
  what.textContent = event.headline || event.summary || '(no headline)';
  element.append(when, ' ', what);
  // The reader's own corrections are marked: a pencil, and "edited" in the hover text.
  const edited = Boolean(event.curation?.edited);
  if (edited) element.append(Object.assign(document.createElement('span'), { className: 'edited-mark', textContent: ' ✎', title: 'edited' }));
  element.title = `${when.textContent}: ${what.textContent}${edited ? ' (edited)' : ''}`; // the whole label on hover
  // The style shows the state (see the legend); a screen reader hears it, before the date.
  const state = stateOf(event);
  if (state !== 'happened') element.prepend(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${STATE_NAMES[state]}: ` }));
  if (span) element.style.maxWidth = `${Math.max(40, Math.floor(width) - 14)}px`;
  const item = {
    id: `event-${event.id}`,
    eventId: event.id,
    start: new Date(start),
    type: span ? 'range' : 'box',
    className: `event granularity-${event.date?.granularity ?? 'day'} state-${state}${edited ? ' edited' : ''}${event.curation?.hidden ? ' hidden-event' : ''}`,
    element,
    content: '',
  };
  if (span) item.end = new Date(end);
  if (lanes) item.group = lanes.of(event);
  return item;
}

// Point labels are centred on their moment: each may be as wide as 45% of the view (LABEL_MIN_PX at
// least), but near an edge no wider than twice the room to that edge, so that it is not cut off there.
// Where labels meet, labels.js keeps the heaviest and vis-timeline stacks them in rows.
function giveLabelsRoom(items, view) {
  for (const item of items) {
    if (item.type !== 'box') continue;
    const x = ((item.start.getTime() - view.start) / (view.end - view.start)) * view.pixels;
    const edge = Math.min(2 * x, 2 * (view.pixels - x)) - 24; // 24: the box's padding and borders
    const room = Math.min(Math.max(LABEL_MIN_PX, view.pixels * 0.45), Math.max(24, edge));
    item.element.style.maxWidth = `${Math.floor(room)}px`;
  }
}

// Where an event's label sits across the view, in pixels, with the event's weight: a span covers its
// interval, a point label is centred on its moment (as wide as its text, within its room).
function labelBox(event, item, view) {
  const x = (ms) => ((ms - view.start) / (view.end - view.start)) * view.pixels;
  const at = x(item.start.getTime());
  const box = { key: item.id, weight: weight(event), lane: item.group ?? '', time: item.start.getTime(), at };
  if (item.type === 'range') return { ...box, left: Math.max(0, at), right: Math.min(view.pixels, x(item.end.getTime())) };
  const width = Math.min(parseFloat(item.element.style.maxWidth) || Infinity, textWidth(item.element.title)) + BOX;
  return { ...box, left: at - width / 2, right: at + width / 2 };
}

// Counted events no zoom can set apart (within an hour, the closest zoom).
function oneMoment(group) {
  return group.to - group.from < HOUR;
}

// The events of one stretch left without a label: how many, at the middle of their moments; a click
// zooms in on them.
function countItem(group, index) {
  const count = group.keys.length;
  const element = document.createElement('span');
  element.className = 'count-label';
  element.textContent = `${count} more`;
  // Events of one moment stay together at any zoom: the click reads the first of them instead.
  const what = `${count} more event${count === 1 ? '' : 's'} ${oneMoment(group) ? 'at this moment, click to read the first' : 'here, click to zoom in'}`;
  element.title = what;
  element.setAttribute('aria-label', what);
  const item = { id: `count-${index}`, counted: group, start: new Date((group.from + group.to) / 2), type: 'box', className: 'count', element, content: '' };
  if (group.lane !== '') item.group = group.lane;
  return item;
}

// What a bucket of a crowded window holds beyond its labels: how many, at its middle; a click zooms in on it.
function bucketCountItem(start, end, count, index) {
  const element = document.createElement('span');
  element.className = 'count-label';
  element.textContent = `${compact.format(count)} more`;
  const what = `${count.toLocaleString('en')} more event${count === 1 ? '' : 's'} here, click to zoom in`;
  element.title = what;
  element.setAttribute('aria-label', what);
  return { id: `bucket-${index}`, zoom: { from: start, to: end }, start: new Date((start + end) / 2), type: 'box', className: 'count', element, content: '' };
}

function laneElement(label) {
  const element = document.createElement('span');
  element.className = 'lane-label';
  element.textContent = label;
  element.title = label; // the label is cut to fit; the whole name shows on hover
  return element;
}

// Lanes for the events in view: the most frequent entities (or source articles) get a lane each, the
// rest share "Other". An event goes to the lane of its highest-ranked key.
function assignLanes(events, mode, filterEntity) {
  const skip = filterEntity.toLowerCase();
  const keysOf = mode === 'entity'
    ? (event) => (event.entities ?? []).filter((e) => e.name.toLowerCase() !== skip).map((e) => ({ id: `entity:${e.name}`, label: e.name }))
    : (event) => (event.sources ?? []).map((s) => ({ id: `source:${s.article_id}`, label: s.title || `Article ${s.article_id}` }));
  const counts = new Map();
  for (const event of events) {
    for (const key of keysOf(event)) {
      const entry = counts.get(key.id) ?? { ...key, count: 0 };
      entry.count += 1;
      counts.set(key.id, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, MAX_LANES);
  const rank = new Map(ranked.map((lane, i) => [lane.id, i]));
  const other = { id: 'other', label: mode === 'entity' ? 'Other or no entity' : 'Other sources' };
  const of = (event) => {
    let best = null;
    for (const key of keysOf(event)) if (rank.has(key.id) && (best === null || rank.get(key.id) < rank.get(best))) best = key.id;
    return best ?? other.id;
  };
  const used = new Set(events.map(of));
  const list = [...ranked, other].filter((lane) => used.has(lane.id)).map(({ id, label }) => ({ id, label }));
  return { list, of };
}
