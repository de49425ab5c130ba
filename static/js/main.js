// Boots the page and keeps the timeline, density strip, event list, details panel and URL in step.
import { exportUrl, fetchArticle, fetchEntities, fetchEvent, fetchEvents, fetchHistogram, fetchRelated } from './api.js';
import { dateLabel, parseIso, toIsoDay, toIsoTime } from './dates.js';
import { DensityStrip } from './density.js';
import { renderArticle, renderDetails } from './details.js';
import { EventList } from './list.js';
import { ENTITY_LIMIT, EVENT_LIMIT, OVERVIEW_BUCKETS, startup, windowInUrl } from './prefetch.js';
import { renderRelated } from './related.js';
import { readState, writeState } from './state.js';
import { TimelineView } from './timeline.js';
import { setupUpload } from './upload.js';

const $ = (id) => document.getElementById(id);
const state = readState();
let fullRange = null; // {start, end} of everything that matches the filters
let overviewBuckets = []; // the overview histogram, times in ms
let started = false;
let windowEvents = []; // the events of the visible window, in time order
let nextCursor = null;
let loadSequence = 0; // answers to an older request are dropped
let crowded = false; // the last window held more events than one page
const eventCache = new Map();
const RELATED_LIMIT = 100; // related headlines listed for one window

const timeline = new TimelineView($('timeline'), {
  onRangeChanged: (start, end) => {
    state.from = start;
    state.to = end;
    writeState(state);
    density.showWindow(start, end);
    if (started) scheduleLoad(); // before that, start() does the first load itself
  },
  onSelect: (id) => selectEvent(id),
  initialWindow: windowInUrl ? { start: state.from, end: state.to } : null,
});
const density = new DensityStrip($('density'), { onJump: (start, end) => timeline.setWindow(start, end, true) });
const narrowScreen = window.matchMedia('(max-width: 700px)');
// On a phone the details sit below the list: a tap on an event scrolls them into view.
const list = new EventList($('event-list'), {
  onSelect: (id, { pointer = false } = {}) => selectEvent(id, { reveal: true, scrollToDetails: pointer && narrowScreen.matches }),
});

function filters() {
  return { q: state.q, entity: state.entity };
}

function windowFilters() {
  const { start, end } = timeline.window();
  return { ...filters(), from: toIsoTime(start), to: toIsoTime(end) };
}

function setStatus(message, details = []) {
  $('status').textContent = message;
  const errors = $('status-errors');
  errors.replaceChildren(...details.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  errors.hidden = details.length === 0;
}

let loadTimer = null;
function scheduleLoad() {
  clearTimeout(loadTimer);
  loadTimer = setTimeout(loadWindow, 120);
}

let loadedKey = ''; // the window and filters last loaded (or being loaded): the same view is not fetched twice
let loadedParams = null;

// Fetches only what the visible window needs: up to EVENT_LIMIT events, and while there are more,
// counts per bucket (from the overview when it is fine enough, else from the server).
// `firstPage`: events already asked for (at start-up, in parallel with the overview).
async function loadWindow({ force = false, firstPage = null } = {}) {
  const params = windowFilters();
  const key = JSON.stringify(params);
  if (!force && key === loadedKey) return;
  loadedKey = key;
  loadedParams = params;
  const sequence = ++loadSequence;
  loadRelated(params, sequence);
  $('timeline-section').setAttribute('aria-busy', 'true');
  const target = Math.max(8, Math.min(200, Math.round(($('timeline').clientWidth || 800) / 48)));
  const { start, end } = timeline.window();
  const derived = bucketsFromOverview(start, end, target);
  // While the view is crowded the buckets will be needed: ask for them alongside the events.
  const early = crowded && !derived ? fetchHistogram(params, target) : null;
  early?.catch(() => {});
  try {
    const page = await (firstPage ?? fetchEvents(params, EVENT_LIMIT));
    if (sequence !== loadSequence) return;
    windowEvents = page.events ?? [];
    nextCursor = page.next_cursor || null; // "" or null on the last page
    crowded = nextCursor !== null;
    for (const event of windowEvents) eventCache.set(String(event.id), event);
    if (!crowded) {
      timeline.showEvents(windowEvents, state.lanes, state.event, state.entity);
    } else {
      const buckets = derived ?? (await (early ?? fetchHistogram(params, target))).buckets ?? [];
      if (sequence !== loadSequence) return;
      timeline.showBuckets(buckets);
    }
    list.show(windowEvents, state.event);
    describeWindow();
  } catch (error) {
    if (sequence === loadSequence) {
      loadedKey = '';
      setStatus(`Could not load events: ${error.message}`);
    }
  } finally {
    if (sequence === loadSequence) $('timeline-section').removeAttribute('aria-busy');
  }
}

// The related headlines dated inside the window, under the event list (folded by default: they
// are what the articles' pages listed, not events we found).
async function loadRelated({ from, to }, sequence) {
  const box = $('related-in-view');
  try {
    const headlines = (await fetchRelated({ from, to }, RELATED_LIMIT)).related ?? [];
    if (sequence !== loadSequence) return;
    renderRelated($('related-list'), headlines, { onOpenArticle: openArticle });
    const count = headlines.length === RELATED_LIMIT ? `first ${RELATED_LIMIT}` : String(headlines.length);
    $('related-summary').textContent = `Related headlines dated in view (${count})`;
    box.hidden = headlines.length === 0;
  } catch {
    if (sequence === loadSequence) box.hidden = true; // an extra: the window works without it
  }
}

// The window's buckets merged from the overview's when the window spans at least two overview
// buckets per wanted bucket (wide views: no request at all); null when they would be too coarse.
function bucketsFromOverview(start, end, target) {
  const inside = overviewBuckets.filter((b) => b.end > start && b.start < end);
  if (inside.length < target * 2) return null;
  const group = Math.floor(inside.length / target);
  const merged = [];
  for (let i = 0; i < inside.length; i += group) {
    const part = inside.slice(i, i + group);
    merged.push({ start: toIsoTime(part[0].start), end: toIsoTime(part.at(-1).end), count: part.reduce((n, b) => n + b.count, 0) });
  }
  return merged;
}

async function loadMore() {
  if (nextCursor === null || !loadedParams) return;
  const sequence = loadSequence;
  try {
    const page = await fetchEvents(loadedParams, EVENT_LIMIT, nextCursor);
    if (sequence !== loadSequence) return;
    const more = page.events ?? [];
    for (const event of more) eventCache.set(String(event.id), event);
    windowEvents = windowEvents.concat(more);
    nextCursor = page.next_cursor || null; // "" or null on the last page
    list.show(windowEvents, state.event);
    describeWindow();
  } catch (error) {
    setStatus(`Could not load more events: ${error.message}`);
  }
}

function describeWindow() {
  const { start, end } = timeline.window();
  const span = `${dateLabel({ granularity: 'day', start: toIsoDay(start) })} to ${dateLabel({ granularity: 'day', start: toIsoDay(end) })}`;
  const count = windowEvents.length;
  const text = nextCursor === null
    ? `${count} event${count === 1 ? '' : 's'} from ${span}.`
    : `The first ${count} events from ${span}; the timeline shows counts. Zoom in or narrow the search to see each event.`;
  $('list-summary').textContent = text;
  $('load-more').hidden = nextCursor === null;
}

// The density strip and the overall range follow the filters, not the window.
async function loadOverview(answer = null) {
  const histogram = await (answer ?? fetchHistogram(filters(), OVERVIEW_BUCKETS));
  const buckets = histogram.buckets ?? [];
  density.show(buckets);
  overviewBuckets = buckets
    .map((b) => ({ start: parseIso(b.start), end: parseIso(b.end), count: Number(b.count) || 0 }))
    .filter((b) => !Number.isNaN(b.start) && !Number.isNaN(b.end));
  const starts = buckets.map((b) => parseIso(b.start)).filter((t) => !Number.isNaN(t));
  const ends = buckets.map((b) => parseIso(b.end)).filter((t) => !Number.isNaN(t));
  fullRange = starts.length ? { start: Math.min(...starts), end: Math.max(...ends) } : null;
  crowded = buckets.reduce((sum, b) => sum + (Number(b.count) || 0), 0) > EVENT_LIMIT;
}

function showEverything() {
  if (!fullRange) return;
  const pad = (fullRange.end - fullRange.start) * 0.03;
  timeline.setWindow(fullRange.start - pad, fullRange.end + pad);
}

async function loadEntities(request = null) {
  try {
    const answer = await (request ?? fetchEntities('', ENTITY_LIMIT));
    const select = $('entity');
    const options = [new Option('All entities', '')];
    for (const entity of answer.entities ?? []) {
      const kind = entity.kind ? `, ${entity.kind}` : '';
      options.push(new Option(`${entity.name} (${entity.count}${kind})`, entity.name));
    }
    if (state.entity && !options.some((o) => o.value === state.entity)) options.push(new Option(state.entity, state.entity));
    select.replaceChildren(...options);
    select.value = state.entity;
  } catch (error) {
    setStatus(`Could not load entities: ${error.message}`);
  }
}

function updateExportLinks() {
  for (const link of document.querySelectorAll('[data-export]')) link.href = exportUrl(link.dataset.export, filters());
}

async function selectEvent(id, { reveal = false, focusDetails = false, scrollToDetails = false } = {}) {
  state.event = id;
  writeState(state);
  timeline.select(id);
  list.select(id);
  const panel = $('details');
  try {
    const event = eventCache.get(id) ?? (await fetchEvent(id));
    if (state.event !== id) return;
    eventCache.set(id, event);
    renderDetails(panel, event, { onOpenArticle: openArticle, onEntity: setEntity });
    if (reveal) {
      const start = parseIso(event.date?.start);
      const end = parseIso(event.date?.end);
      if (!Number.isNaN(start)) timeline.reveal(start, Number.isNaN(end) ? start : end);
    }
    if (focusDetails) $('details-heading').focus();
    else if (scrollToDetails) panel.scrollIntoView({ block: 'start' });
  } catch (error) {
    panel.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Could not load event ${id}: ${error.message}` }));
  }
}

async function openArticle(id, push = true) {
  state.article = id;
  writeState(state, push);
  const dialog = $('article-dialog');
  const body = $('article-body');
  body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Loading the article…' }));
  if (!dialog.open) dialog.showModal();
  try {
    const article = await fetchArticle(id);
    const ids = (article.events ?? []).slice(0, 200).map(String);
    const events = await Promise.all(ids.map((eid) => (eventCache.has(eid) ? eventCache.get(eid) : fetchEvent(eid).catch(() => null))));
    if (state.article !== id) return;
    renderArticle(body, article, events.filter(Boolean), {
      onSelectEvent: (eventId) => {
        dialog.close();
        selectEvent(eventId, { reveal: true, focusDetails: true });
      },
    });
  } catch (error) {
    body.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Could not load article ${id}: ${error.message}` }));
  }
}

function setEntity(name) {
  state.entity = name;
  $('entity').value = name;
  if ($('entity').value !== name) {
    $('entity').append(new Option(name, name));
    $('entity').value = name;
  }
  filtersChanged();
}

async function filtersChanged() {
  writeState(state);
  updateExportLinks();
  try {
    await loadOverview();
  } catch (error) {
    setStatus(`Could not load the overview: ${error.message}`);
  }
  loadWindow({ force: true });
}

// Keys on the timeline: arrows step from event to event, +/- zoom, Shift+arrows or PageUp/PageDown pan.
function timelineKeys(event) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (step && !event.shiftKey) {
    event.preventDefault();
    stepEvent(step);
  } else if (step || event.key === 'PageUp' || event.key === 'PageDown') {
    event.preventDefault();
    timeline.pan((step ?? (event.key === 'PageDown' ? 1 : -1)) * 0.25);
  } else if (event.key === '+' || event.key === '=') {
    event.preventDefault();
    timeline.zoom(0.5);
  } else if (event.key === '-' || event.key === '_') {
    event.preventDefault();
    timeline.zoom(2);
  } else if (event.key === 'Enter' && state.event) {
    event.preventDefault();
    $('details-heading')?.focus();
  }
}

function stepEvent(step) {
  if (!windowEvents.length) return;
  const index = windowEvents.findIndex((e) => String(e.id) === state.event);
  const next = index < 0 ? (step > 0 ? 0 : windowEvents.length - 1) : Math.min(windowEvents.length - 1, Math.max(0, index + step));
  selectEvent(String(windowEvents[next].id), { reveal: true });
  const e = windowEvents[next];
  $('timeline-hint').textContent = `${dateLabel(e.date)}: ${e.headline ?? ''}`;
}

function wireControls() {
  $('q').value = state.q;
  $('lanes').value = state.lanes;
  let searchTimer = null;
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(searchTimer);
    state.q = $('q').value.trim();
    filtersChanged();
  });
  $('q').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      if (state.q === $('q').value.trim()) return;
      state.q = $('q').value.trim();
      filtersChanged();
    }, 350);
  });
  $('entity').addEventListener('change', () => {
    state.entity = $('entity').value;
    filtersChanged();
  });
  $('lanes').addEventListener('change', () => {
    state.lanes = $('lanes').value;
    writeState(state);
    if (nextCursor === null) timeline.showEvents(windowEvents, state.lanes, state.event, state.entity);
  });
  $('fit').addEventListener('click', showEverything);
  $('zoom-in').addEventListener('click', () => timeline.zoom(0.5));
  $('zoom-out').addEventListener('click', () => timeline.zoom(2));
  $('load-more').addEventListener('click', loadMore);
  $('timeline').addEventListener('keydown', timelineKeys);
  $('article-close').addEventListener('click', () => $('article-dialog').close());
  $('article-dialog').addEventListener('close', () => {
    if (!state.article) return;
    state.article = null;
    writeState(state);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.target.closest('input, select, textarea, dialog')) {
      event.preventDefault();
      $('q').focus();
    }
  });
  window.addEventListener('popstate', () => {
    const next = readState();
    if (!next.article && $('article-dialog').open) {
      state.article = null;
      $('article-dialog').close();
    } else if (next.article && next.article !== state.article) {
      openArticle(next.article, false);
    }
  });
  setupUpload({
    input: $('upload-input'),
    overlay: $('drop-overlay'),
    onStatus: setStatus,
    onDone: async (total) => {
      await Promise.all([loadEntities(), loadOverview().catch(() => {})]);
      if (total.loaded > 0) showEverything(); // show where the new events landed
      loadWindow({ force: true });
    },
  });
}

async function start() {
  wireControls();
  updateExportLinks();
  loadEntities(startup.entities);
  // The list can show the first events before the overview (the slowest answer) arrives.
  startup.firstPage.then((page) => started || list.show(page.events ?? [], state.event)).catch(() => {});
  try {
    await loadOverview(startup.overview);
  } catch (error) {
    setStatus(`Could not reach the Chronicle server: ${error.message}`);
    return;
  }
  if (!windowInUrl && fullRange) showEverything();
  else if (!fullRange) setStatus('No events yet. Drop article files here, or use “Load articles”.');
  density.showWindow(timeline.window().start, timeline.window().end);
  started = true;
  await loadWindow({ firstPage: startup.firstPage });
  if (state.event) selectEvent(state.event);
  if (state.article) openArticle(state.article, false);
}

start();
