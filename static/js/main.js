// Boots the page and keeps the timeline, density strip, event list, details panel and URL in step:
// the controller. What the server answered is kept by store.js.
import {
  dropOrphaned, editEvent, exportUrl, fetchArticle, fetchCuration, fetchEntities, fetchEvents, fetchHistogram, fetchRelated,
  hideEvent, mergeEvents, fetchViews, joinNames, saveView, splitSource, undoCuration,
} from './api.js';
import { dateLabel, parseIso, toIsoDay, toIsoTime } from './dates.js';
import { DensityStrip } from './density.js';
import { renderArticle, renderDetails, renderNoDetails } from './details.js';
import { exportName } from './exports.js';
import { momentsOf, roomyWindow } from './fit.js';
import { EventList } from './list.js';
import { renderOrphans } from './orphans.js';
import { setupPaste } from './paste.js';
import { ENTITY_LIMIT, EVENT_LIMIT, openingSavedView, startup, windowInUrl } from './prefetch.js';
import { PUBLISH_LIMIT, buildPage, download } from './publish.js';
import { matchingHeadlines, renderRelated } from './related.js';
import { readState, stateQuery, writeState } from './state.js';
import { HIDDEN_STATES, stateFilter } from './states.js';
import { EventStore } from './store.js';
import { listSummary, uploadSummary } from './summaries.js';
import { STRETCH } from './labels.js';
import { TimelineView } from './timeline.js';
import { setupUpload } from './upload.js';

const $ = (id) => document.getElementById(id);
const state = readState();
const store = new EventStore();
let fitted = null; // the window last fitted to the results: it stays out of the URL until the reader moves
let started = false;
let loadSequence = 0; // answers to an older request are dropped
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

// What every request asks for: the search, the entity, hidden events when shown, and the states
// shown (without "show all states", not the events that did not happen or are only supposed), so
// that the events, the counts, the histogram and the exports all hold what the timeline shows.
function filters() {
  return { q: state.q, entity: state.entity, hidden: state.showHidden ? 1 : undefined, state: stateFilter(state.allStates) };
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
// the window's buckets (one per STRETCH pixels) with their counts and their heaviest events, which
// the timeline labels. `firstPage`: events already asked for (at start-up, with the overview).
async function loadWindow({ force = false, firstPage = null } = {}) {
  const params = windowFilters();
  const key = JSON.stringify(params);
  if (!force && key === loadedKey) return;
  loadedKey = key;
  loadedParams = params;
  const sequence = ++loadSequence;
  loadRelated(params, sequence);
  $('timeline-section').setAttribute('aria-busy', 'true');
  const crowdedWindow = () => fetchHistogram(params, Math.max(4, Math.round(timeline.pixels() / STRETCH)), timeline.rows());
  // While the view is crowded the buckets will be needed: ask for them alongside the events.
  const early = store.crowded ? crowdedWindow() : null;
  early?.catch(() => {});
  const kept = keptBack(params);
  try {
    const page = await (firstPage ?? fetchEvents(params, EVENT_LIMIT));
    if (sequence !== loadSequence) return;
    store.takePage(page);
    list.show(store.events, state.event); // the list first: it is what the reader reads
    if (!store.crowded) {
      timeline.showEvents(store.events, state.lanes, state.event, state.entity);
    } else {
      const buckets = (await (early ?? crowdedWindow())).buckets ?? [];
      if (sequence !== loadSequence) return;
      timeline.showCrowded(buckets, state.event);
    }
    keptBackCount = await kept;
    if (sequence !== loadSequence) return;
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

// How many events of the window did not happen or are only supposed (kept back until the reader
// asks): 0 when they are shown, or when the count cannot be had (the line is an extra).
let keptBackCount = 0;
async function keptBack(params) {
  if (state.allStates) return 0;
  try {
    const answer = await fetchHistogram({ ...params, state: HIDDEN_STATES }, 1);
    return (answer.buckets ?? []).reduce((sum, b) => sum + (Number(b.count) || 0), 0);
  } catch {
    return 0;
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

async function loadMore() {
  if (store.nextCursor === null || !loadedParams) return;
  const sequence = loadSequence;
  try {
    const page = await fetchEvents(loadedParams, EVENT_LIMIT, store.nextCursor);
    if (sequence !== loadSequence) return;
    store.addPage(page);
    list.show(store.events, state.event);
    describeWindow();
  } catch (error) {
    setStatus(`Could not load more events: ${error.message}`);
  }
}

function describeWindow() {
  const { start, end } = timeline.window();
  const { nextCursor, matchCount } = store;
  const { events } = store;
  const hidden = keptBackCount;
  $('list-summary').textContent = listSummary({
    count: events.length, start, end, more: nextCursor !== null, matchCount, q: state.q, entity: state.entity,
  });
  $('hidden-summary').textContent = hidden ? `${hidden === 1 ? 'One more event' : `${hidden} more events`} did not happen or ${hidden === 1 ? 'is' : 'are'} only supposed (hidden).` : '';
  $('hidden-summary').hidden = hidden === 0;
  $('clear-filters').hidden = !(events.length === 0 && matchCount === 0 && (state.q || state.entity));
  $('load-more').hidden = nextCursor === null;
}

// The density strip and the overall range follow the filters, not the window.
async function loadOverview(answer = null) {
  density.show(await store.loadOverview(filters(), answer));
}

// Fits the view to the events that match the filters: all of them, or for the first view the
// shortest stretch that holds most of them. `page`: their first page, when it was already asked for.
// Answers false when nothing matches (the view stays where it is).
async function fitView({ first = false, page = null } = {}) {
  const placed = showFitted(await store.momentsToFit(filters(), { first, page }));
  updateExportLinks(); // the span of the matching events is known now
  return placed;
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
    for (const entity of (answer.entities ?? []).filter(worthListing)) {
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

// One letter ("T", left of "AT&T" by the entity extractor) names nobody a reader would look for.
function worthListing(entity) {
  return String(entity.name ?? '').replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
}

// The exports hold the events that match the search and the entity: those of the visible window
// when "only the window in view" is ticked, else all of them. Their file names say which.
function exportScope() {
  if ($('export-in-view').checked) return { params: windowFilters(), ...timeline.window() };
  return { params: filters(), ...(store.matchExtent ?? { start: null, end: null }) };
}

function updateExportLinks() {
  const { params, start, end } = exportScope();
  for (const link of document.querySelectorAll('[data-export]')) {
    link.href = exportUrl(link.dataset.export, params);
    link.download = exportName({ format: link.dataset.export, q: state.q, entity: state.entity, start, end });
  }
}

// "Web page": the events of the export scope as one HTML file that opens without a server.
async function publishView() {
  const { params, start, end } = exportScope();
  const what = [state.q && `“${state.q}”`, state.entity].filter(Boolean).join(', ');
  const day = (ms) => dateLabel({ granularity: 'day', start: toIsoDay(ms) });
  const span = start !== null && end !== null ? ` from ${day(start)} to ${day(Math.max(start, end - 1))}` : '';
  const made = `, published from Chronicle on ${day(Date.now())}.`;
  setStatus('Writing the web page…');
  try {
    const { html, count, more } = await buildPage({ params, allStates: state.allStates, title: what ? `Chronicle: ${what}` : 'Chronicle timeline', subtitle: `${span}${made}` });
    download(html, exportName({ format: 'html', q: state.q, entity: state.entity, start, end }));
    const first = more ? `the first ${PUBLISH_LIMIT} of the events that match` : `${count} event${count === 1 ? '' : 's'}`;
    setStatus(`Saved a web page with ${first}: it opens from disk or from any web server.`);
  } catch (error) {
    setStatus(`Could not write the web page: ${error.message}`);
  }
}

// A link that opens this view as it is now: the window (even a fitted one, which the address bar
// leaves out), the filters, the lanes and the selection.
async function shareView() {
  const { start, end } = timeline.window();
  const link = new URL(stateQuery({ ...state, from: start, to: end, article: null }), window.location.href).href;
  $('share-link').value = link;
  $('share-box').hidden = false;
  $('share-link').select();
  try {
    await navigator.clipboard.writeText(link);
    setStatus('The link to this view is copied.');
  } catch {
    setStatus('Copy the link to this view from under the timeline.');
  }
}

// Saved views: the state of this view (even a fitted window) under a name, listed in the
// "Saved views" menu and shared as /?view=ID.
function currentQuery() {
  const { start, end } = timeline.window();
  const query = stateQuery({ ...state, from: start, to: end, article: null });
  return query.startsWith('?') ? query : '';
}

async function loadSavedViews() {
  try {
    const views = (await fetchViews()).views ?? [];
    const select = $('saved-views');
    select.replaceChildren(new Option('Saved views…', ''), ...views.map((v) => Object.assign(new Option(v.name, v.view || '?'), { title: `Saved ${v.saved}` })));
    select.hidden = views.length === 0;
  } catch {
    $('saved-views').hidden = true; // an extra: the page works without it
  }
}

async function saveCurrentView(event) {
  event.preventDefault();
  const name = $('view-name').value.trim();
  if (!name) return;
  try {
    const saved = await saveView(name, currentQuery());
    $('save-view-form').hidden = true;
    const link = new URL(`/?view=${saved.id}`, window.location.href).href;
    $('share-link').value = link;
    $('share-box').hidden = false;
    await loadSavedViews(); // before the status, which sends the reader to the refreshed menu
    setStatus(`Saved the view “${saved.name}”. Open it from “Saved views”, or share its link: ${link}`);
  } catch (error) {
    setStatus(`Could not save the view: ${error.message}`);
  }
}

// Forgets the selection (it no longer matches the filters, say): the details go back to the hint.
function clearSelection() {
  state.event = null;
  writeState(state);
  timeline.select(null);
  list.select(null);
  renderNoDetails($('details'));
}

// Keeps the selected event only while it matches the filters.
async function dropSelectionIfFilteredOut() {
  const id = state.event;
  if (!id) return;
  try {
    if (!(await store.stillMatches(id, filters())) && state.event === id) clearSelection();
  } catch {
    if (state.event === id) clearSelection(); // the event is gone
  }
}

// The reader's corrections (docs/api.md, "Curation"). After each, what the page holds is read again:
// an edit moves or renames the event, a hide takes it out, a merge or a split changes ids.
let mergeFrom = null; // the event "Merge with…" was chosen on; the next event chosen joins it

async function curated(action, { done, select = state.event } = {}) {
  try {
    const answer = await action();
    store.cache.clear();
    await loadOverview().catch(() => {});
    await loadWindow({ force: true });
    await loadOrphans();
    const next = typeof select === 'function' ? select(answer) : select;
    if (next) selectEvent(String(next));
    else clearSelection();
    setStatus(typeof done === 'function' ? done(answer) : done);
  } catch (error) {
    setStatus(`Could not make that change: ${error.message}`);
  }
}

const curate = {
  onEdit: (changes) => curated(() => editEvent(state.event, changes), { done: 'Saved your correction. Undo takes it back.' }),
  onHide: (hidden) => curated(() => hideEvent(state.event, hidden), {
    done: hidden ? 'Hidden: the event is left out of the timeline and the exports. Undo takes it back.' : 'The event is back on the timeline.',
    select: hidden && !state.showHidden ? null : state.event,
  }),
  onMerge: () => {
    mergeFrom = state.event;
    setStatus('Now choose the event that tells the same happening, on the timeline or in the list (Esc cancels).');
  },
  onSplit: (index) => curated(() => splitSource(state.event, index), {
    done: 'The source is an event of its own now. Undo takes it back.',
    select: (answer) => answer.event,
  }),
};

// Corrections of events that are gone (an upload or a merge joined or took them apart and they
// could not be moved to one event): listed under the event list, each with Drop.
async function loadOrphans() {
  try {
    const pins = (await fetchCuration()).orphaned_pins ?? [];
    renderOrphans($('orphaned-list'), pins, {
      onDrop: (id) => curated(() => dropOrphaned(id), { done: `Dropped the corrections of event ${id}. Undo takes it back.` }),
    });
    $('orphaned-summary').textContent = `Corrections of events that are gone (${pins.length})`;
    $('orphaned').hidden = pins.length === 0;
  } catch {
    $('orphaned').hidden = true; // an extra: the page works without it
  }
}

// "Join names…": two names of one participant ("Apple", "Apple Inc") become one entry of the list.
function openJoinNames() {
  const names = [...$('entity').options].map((o) => o.value).filter(Boolean);
  const options = () => names.map((name) => new Option(name, name));
  $('join-alias').replaceChildren(...options());
  $('join-name').replaceChildren(...options());
  if (names.length > 1) $('join-name').selectedIndex = 1;
  $('join-dialog').showModal();
}

async function joinChosenNames(event) {
  event.preventDefault();
  const alias = $('join-alias').value;
  const name = $('join-name').value;
  if (!alias || !name || alias === name) {
    setStatus('Choose two different names.');
    return;
  }
  $('join-dialog').close();
  try {
    await joinNames(name, alias);
    await loadEntities();
    setStatus(`“${alias}” is listed under “${name}” now. Undo takes it back.`);
    if (state.entity === alias) setEntity(name);
  } catch (error) {
    setStatus(`Could not join the names: ${error.message}`);
  }
}

function undoLast() {
  curated(undoCuration, {
    done: (answer) => `Undid the last change (${answer.undone?.action ?? 'a change'}).`,
    select: () => state.event,
  }).then(() => loadEntities()); // the change undone may have been a join of names
}

async function selectEvent(id, { reveal = false, focusDetails = false, scrollToDetails = false } = {}) {
  if (mergeFrom && mergeFrom !== id) {
    const from = mergeFrom;
    mergeFrom = null;
    return curated(() => mergeEvents(from, id), {
      done: 'The two events are one now. Undo takes it back.',
      select: (answer) => answer.event,
    });
  }
  state.event = id;
  writeState(state);
  timeline.select(id);
  list.select(id);
  const panel = $('details');
  try {
    const event = await store.event(id);
    if (state.event !== id) return;
    renderDetails(panel, event, { onOpenArticle: openArticle, onEntity: setEntity, curate });
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
    const events = await Promise.all(ids.map((eid) => store.event(eid).catch(() => null)));
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
  const { events } = store;
  if (!events.length) return;
  const index = events.findIndex((e) => String(e.id) === state.event);
  const next = index < 0 ? (step > 0 ? 0 : events.length - 1) : Math.min(events.length - 1, Math.max(0, index + step));
  selectEvent(String(events[next].id), { reveal: true });
  const e = events[next];
  $('timeline-hint').textContent = `${dateLabel(e.date)}: ${e.headline ?? ''}`;
}

// The legend names the two states shown on request only while they are shown.
function showStateLegend() {
  for (const entry of document.querySelectorAll('#state-legend [data-on-request]')) entry.hidden = !state.allStates;
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
    if (store.nextCursor === null) timeline.showEvents(store.events, state.lanes, state.event, state.entity);
  });
  $('fit').addEventListener('click', showEverything);
  $('undo').addEventListener('click', undoLast);
  $('join-open').addEventListener('click', openJoinNames);
  $('join-form').addEventListener('submit', joinChosenNames);
  $('join-cancel').addEventListener('click', () => $('join-dialog').close());
  $('save-view').addEventListener('click', () => {
    $('save-view-form').hidden = false;
    $('view-name').focus();
  });
  $('save-view-cancel').addEventListener('click', () => { $('save-view-form').hidden = true; });
  $('save-view-form').addEventListener('submit', saveCurrentView);
  $('saved-views').addEventListener('change', () => {
    const query = $('saved-views').value;
    if (query) window.location.assign(query === '?' ? '/' : `/${query}`);
  });
  $('show-hidden').checked = state.showHidden;
  $('show-hidden').addEventListener('change', () => {
    state.showHidden = $('show-hidden').checked;
    filtersChanged();
  });
  $('share').addEventListener('click', shareView);
  $('publish').addEventListener('click', publishView);
  $('export-in-view').addEventListener('change', updateExportLinks);
  $('all-states').checked = state.allStates;
  showStateLegend();
  $('all-states').addEventListener('change', () => {
    state.allStates = $('all-states').checked;
    writeState(state);
    showStateLegend();
    updateExportLinks();
    if (!state.allStates) dropSelectionIfFilteredOut();
    // The view stays where it is; its counts and events are asked for again with the new states.
    loadOverview().catch(() => {});
    loadWindow({ force: true });
  });
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
    if (event.key === 'Escape' && mergeFrom) {
      mergeFrom = null;
      setStatus('Merge cancelled.');
    }
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
  setupUpload({ input: $('upload-input'), overlay: $('drop-overlay'), onStatus: setStatus, onDone: showNewArticles });
  setupPaste({ opener: $('paste-open'), dialog: $('paste-dialog'), form: $('paste-form'), onStatus: setStatus, onDone: showNewArticles });
}

// After an upload or a paste: says what the new articles gave and shows where their events landed,
// with room for their labels.
async function showNewArticles(total, errors) {
  await Promise.all([loadEntities(), loadOverview().catch(() => {})]);
  const found = await store.eventsOfArticles(total.articles, { state: stateFilter(state.allStates) });
  setStatus(uploadSummary(total, found), errors);
  showFitted(momentsOf(found));
  loadWindow({ force: true });
}

async function start() {
  if (openingSavedView) return; // the page is on its way to the view's own address
  wireControls();
  loadSavedViews();
  loadOrphans();
  if (new URLSearchParams(window.location.search).has('missing-view')) setStatus('That saved view is gone (deleted, or saved on another server).');
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
  else store.momentsToFit(filters()).then(updateExportLinks).catch(() => {}); // the span the exports of all matches name
  density.showWindow(timeline.window().start, timeline.window().end);
  started = true;
  // Without a window in the URL the first page holds every matching event, not the window's.
  await loadWindow({ firstPage: windowInUrl ? startup.firstPage : null });
  if (state.event) selectEvent(state.event);
  if (state.article) openArticle(state.article, false);
}

start();
