// What an event's state means to a reader, and which states the timeline shows by default.
// The API gives every event (and every source) one of five states; an event without one (an older
// server) counts as happened.

export const STATES = ['happened', 'planned', 'reported', 'negated', 'hypothetical'];

// Shown unless the reader asks for the others: what took place, is planned, or a source claims.
const SHOWN_BY_DEFAULT = new Set(['happened', 'planned', 'reported']);

// Short names for the legend and the list; sentences for the details panel.
export const STATE_NAMES = {
  happened: 'Happened',
  planned: 'Planned',
  reported: 'Reported',
  negated: 'Did not happen',
  hypothetical: 'Supposed',
};

export const STATE_WORDS = {
  happened: 'Happened: the writer says it took place',
  planned: 'Planned: scheduled or expected',
  reported: 'Reported by a source: claimed, not said by the writer',
  negated: 'Did not happen: the text says it did not take place',
  hypothetical: 'Supposed: would, could or if, not said to have taken place',
};

export function stateOf(event) {
  return STATES.includes(event?.state) ? event.state : 'happened';
}

// The API's state= for what the timeline shows: those shown by default, or every state (undefined).
export function stateFilter(showAll) {
  return showAll ? undefined : [...SHOWN_BY_DEFAULT].join(',');
}

// The API's state= for what is kept back until the reader asks: did not happen, only supposed.
export const HIDDEN_STATES = STATES.filter((s) => !SHOWN_BY_DEFAULT.has(s)).join(',');

// False for an event that did not happen or is only supposed.
export function shownByDefault(event) {
  return SHOWN_BY_DEFAULT.has(stateOf(event));
}

// The events to draw, list and export: all of them when `showAll`, else those shown by default.
export function visibleEvents(events, showAll) {
  return showAll ? events : events.filter(shownByDefault);
}
