// The view's state lives in the URL so a view can be bookmarked and sent:
// ?from=&to= (the visible window), q=, entity=, lanes=, event= (the selection), article= (open article),
// states=all (events that did not happen or are only supposed are shown too), hidden=1 (the events
// the reader hid are shown too).
import { parseIso, toIsoTime } from './dates.js';

export const LANE_MODES = ['none', 'entity', 'source'];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const from = parseIso(params.get('from'));
  const to = parseIso(params.get('to'));
  const lanes = params.get('lanes');
  return {
    from: Number.isNaN(from) || Number.isNaN(to) || to <= from ? null : from,
    to: Number.isNaN(from) || Number.isNaN(to) || to <= from ? null : to,
    q: params.get('q') ?? '',
    entity: params.get('entity') ?? '',
    lanes: LANE_MODES.includes(lanes) ? lanes : 'none',
    event: positiveId(params.get('event')),
    article: positiveId(params.get('article')),
    allStates: params.get('states') === 'all',
    showHidden: params.get('hidden') === '1',
  };
}

function positiveId(text) {
  return /^[1-9]\d{0,15}$/.test(text ?? '') ? text : null;
}

export function stateQuery(state) {
  const params = new URLSearchParams();
  if (state.from !== null && state.to !== null) {
    params.set('from', toIsoTime(state.from));
    params.set('to', toIsoTime(state.to));
  }
  if (state.q) params.set('q', state.q);
  if (state.entity) params.set('entity', state.entity);
  if (state.lanes !== 'none') params.set('lanes', state.lanes);
  if (state.event) params.set('event', state.event);
  if (state.article) params.set('article', state.article);
  if (state.allStates) params.set('states', 'all');
  if (state.showHidden) params.set('hidden', '1');
  const text = params.toString();
  return text ? `?${text}` : window.location.pathname;
}

// Replaces the current history entry; `push` adds one (opening an article, so Back closes it).
export function writeState(state, push = false) {
  const url = stateQuery(state);
  if (url === window.location.search || (url === window.location.pathname && !window.location.search)) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
