// The first requests of the page, started as soon as this small module runs, while the timeline
// library (the biggest download) is still loading. main.js picks up the answers.
import { fetchEntities, fetchEvents, fetchHistogram } from './api.js';
import { toIsoTime } from './dates.js';
import { readState } from './state.js';
import { stateFilter } from './states.js';

export const EVENT_LIMIT = 300; // events fetched per window; a fuller window is drawn from histogram buckets
export const OVERVIEW_BUCKETS = 120;
export const ENTITY_LIMIT = 200;

// A shared link to a saved view (/?view=ID) opens the view's own address.
const viewId = new URLSearchParams(window.location.search).get('view');
export const openingSavedView = /^[1-9]\d{0,15}$/.test(viewId ?? '');
if (openingSavedView) {
  fetch(`/api/views/${viewId}`, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)
    .then((view) => window.location.replace(view?.view ? view.view : `/?missing-view=${viewId}`));
}

const state = readState();
const filters = { q: state.q, entity: state.entity, hidden: state.showHidden ? 1 : undefined, state: stateFilter(state.allStates) };
export const windowInUrl = state.from !== null && state.to !== null;

export const startup = {
  overview: fetchHistogram(filters, OVERVIEW_BUCKETS),
  // The URL's window, or else everything, which is what the whole-range view will show.
  firstPage: fetchEvents(windowInUrl ? { ...filters, from: toIsoTime(state.from), to: toIsoTime(state.to) } : filters, EVENT_LIMIT),
  entities: fetchEntities('', ENTITY_LIMIT),
};
for (const request of Object.values(startup)) request.catch(() => {}); // reported where it is awaited
