// Boots the page and keeps the timeline, density strip, event list, details panel and URL in step.
import { exportUrl, fetchArticle, fetchEntities, fetchEvent, fetchEvents, fetchHistogram, fetchRelated } from './api.js';
import { dateLabel, parseIso, toIsoDay, toIsoTime } from './dates.js';
import { DensityStrip } from './density.js';
import { renderArticle, renderDetails, renderNoDetails } from './details.js';
import { busiestStretch, momentsOf, momentsOfBuckets, roomyWindow, within } from './fit.js';
import { EventList } from './list.js';
import { ENTITY_LIMIT, EVENT_LIMIT, OVERVIEW_BUCKETS, startup, windowInUrl } from './prefetch.js';
import { matchingHeadlines, renderRelated } from './related.js';
import { readState, writeState } from './state.js';
import { TimelineView } from './timeline.js';
import { setupUpload } from './upload.js';

const $ = (id) => document.getElementById(id);
const state = readState();
let overviewBuckets = []; // the overview histogram, times in ms
let matchCount = 0; // how many events match the filters, anywhere in time
let fitted = null; // the window last fitted to the results: it stays out of the URL until the reader moves
let started = false;
let windowEvents = []; // the events of the visible window, in time order
let nextCursor = null;
let loadSequence = 0; // answers to an older request are dropped
let crowded = false; // the last window held more events than one page
const eventCache = new Map();
const RELATED_LIMIT = 100; // related headlines listed for one window

const timeline = new TimelineView($('timeline'), {
  onRangeChanged: (start, end) => {
    const chosen = !fitted || Math.abs(start - fitted.start) > 2 || Math.abs(end - fitted.end) > 2;
    if (chosen) fitted = null;
    state.from = chosen ? start : null;
    state.to = chosen ? end : null;
    writeState(state);
    updateExportLinks();
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
    const answer = (await fetchRelated({ from, to }, RELATED_LIMIT)).related ?? [];
    if (sequence !== loadSequence) return;
    const headlines = matchingHeadlines(answer, filters()); // they follow the search and the entity too
    renderRelated($('related-list'), headlines, { onOpenArticle: openArticle });
    const count = answer.length === RELATED_LIMIT ? `${headlines.length} of the first ${RELATED_LIMIT}` : String(headlines.length);
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
  let text = nextCursor === null
    ? `${count} event${count === 1 ? '' : 's'} from ${span}.`
    : `The first ${count} events from ${span}; the timeline shows counts. Zoom in or narrow the search to see each event.`;
  if (count === 0) text = emptyText();
  $('list-summary').textContent = text;
  $('clear-filters').hidden = !(count === 0 && matchCount === 0 && (state.q || state.entity));
  $('load-more').hidden = nextCursor === null;
}

// What an empty list means, and what to do about it.
function emptyText() {
  const what = [state.q && `“${state.q}”`, state.entity && `with ${state.entity}`].filter(Boolean).join(' ');
  if (matchCount > 0) {
    const all = `${matchCount} event${matchCount === 1 ? '' : 's'}${what ? ` matching ${what}` : ''}`;
    return `None of the ${all} is in view. “Show all” brings ${matchCount === 1 ? 'it' : 'them'} into view.`;
  }
  if (what) return `No events match ${what}. Try fewer or other words, or clear the search.`;
  return 'No events yet. Drop article files on the page, or use “Load articles”.';
}

// The density strip and the overall range follow the filters, not the window.
async function loadOverview(answer = null) {
  const histogram = await (answer ?? fetchHistogram(filters(), OVERVIEW_BUCKETS));
  const buckets = histogram.buckets ?? [];
  density.show(buckets);
  overviewBuckets = buckets
    .map((b) => ({ start: parseIso(b.start), end: parseIso(b.end), count: Number(b.count) || 0 }))
    .filter((b) => !Number.isNaN(b.start) && !Number.isNaN(b.end));
  matchCount = overviewBuckets.reduce((sum, b) => sum + b.count, 0);
  crowded = matchCount > EVENT_LIMIT;
}

// Fits the view to the events that match the filters: all of them, or for the first view the
// shortest stretch that holds most of them. `page`: their first page, when it was already asked for.
// Answers false when nothing matches (the view stays where it is).
async function fitView({ first = false, page = null } = {}) {
  const answer = await (page ?? fetchEvents(filters(), EVENT_LIMIT));
  // All of them in one page: their own dates; more: the overview's buckets.
  const moments = answer.next_cursor ? momentsOfBuckets(overviewBuckets) : momentsOf(answer.events ?? []);
  const shown = first ? within(moments, busiestStretch(moments) ?? { start: 0, end: -1 }) : moments;
  return showFitted(shown);
}

// Moves the view to the narrowest window in which the moments' labels are whole. False when
// there are none (the view stays where it is).
function showFitted(moments) {
  const view = roomyWindow(moments, timeline.pixels());
  if (!view) return false;
  fitted = view;
  timeline.setWindow(fitted.start, fitted.end);
  return true;
}

async function showEverything() {
  try {
    await fitView();
  } catch (error) {
    setStatus(`Could not load the events: ${error.message}`);
  }
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

// The exports hold what is in view: the search, the entity and the visible window.
function updateExportLinks() {
  for (const link of document.querySelectorAll('[data-export]')) link.href = exportUrl(link.dataset.export, windowFilters());
}

// The events the newly loaded articles are a source of (the first 1000 of each).
async function eventsOfArticles(ids) {
  const pages = await Promise.all(ids.map((id) => fetchEvents({ article: id }, 1000).catch(() => ({ events: [] }))));
  const events = new Map();
  for (const page of pages) for (const event of page.events ?? []) events.set(String(event.id), event);
  return [...events.values()];
}

// "Loaded 1 article: 5 events, from 12 March 2016 to 30 March 2016. 1 file failed."
function uploadSummary(total, found) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [];
  if (total.loaded) {
    const moments = momentsOf(found);
    const first = moments[0];
    const last = moments.at(-1);
    const when = !first ? '' : first.start === last.start
      ? `, on ${dateLabel(found.find((e) => parseIso(e.date?.start) === first.start).date)}`
      : `, from ${toDayLabel(first.start)} to ${toDayLabel(last.start)}`;
    parts.push(`Loaded ${plural(total.loaded, 'article')}: ${found.length ? plural(found.length, 'event') : 'no dated events'}${when}.`);
  }
  if (total.skipped) parts.push(`Skipped ${plural(total.skipped, 'article')} already stored.`);
  if (total.failed) parts.push(`${plural(total.failed, 'file')} could not be loaded:`);
  if (!parts.length) parts.push('Nothing was loaded.');
  return parts.join(' ');
}

function toDayLabel(ms) {
  return dateLabel({ granularity: 'day', start: toIsoDay(ms) });
}

// Forgets the selection (it no longer matches the filters, say): the details go back to the hint.
function clearSelection() {
  state.event = null;
  writeState(state);
  timeline.select(null);
  list.select(null);
  renderNoDetails($('details'));
}

// Keeps the selected event only while it matches the filters: asked of the server for the event's
// own interval, so it holds however many events match elsewhere.
async function dropSelectionIfFilteredOut() {
  const id = state.event;
  if (!id) return;
  try {
    const event = eventCache.get(id) ?? (await fetchEvent(id));
    const { start, end } = event.date ?? {};
    const page = await fetchEvents({ ...filters(), from: start, to: end || start }, 1000);
    if (state.event === id && !(page.events ?? []).some((e) => String(e.id) === id)) clearSelection();
  } catch {
    if (state.event === id) clearSelection(); // the event is gone
  }
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

// A new search or entity: the view fits the events that match it, wherever they are.
async function filtersChanged() {
  writeState(state);
  updateExportLinks();
  dropSelectionIfFilteredOut();
  try {
    await loadOverview();
    await fitView();
  } catch (error) {
    setStatus(`Could not load the events: ${error.message}`);
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
  $('clear-filters').addEventListener('click', () => {
    state.q = '';
    state.entity = '';
    $('q').value = '';
    $('entity').value = '';
    filtersChanged();
  });
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
    onDone: async (total, errors) => {
      await Promise.all([loadEntities(), loadOverview().catch(() => {})]);
      const found = await eventsOfArticles(total.articles);
      setStatus(uploadSummary(total, found), errors);
      // Show where the new events landed, with room for their labels.
      showFitted(momentsOf(found));
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
  if (!windowInUrl) await fitView({ first: true, page: startup.firstPage }).catch(() => false);
  density.showWindow(timeline.window().start, timeline.window().end);
  started = true;
  // Without a window in the URL the first page holds every matching event, not the window's.
  await loadWindow({ firstPage: windowInUrl ? startup.firstPage : null });
  if (state.event) selectEvent(state.event);
  if (state.article) openArticle(state.article, false);
}

start();
