// The app's pure modules under node, without a browser: how events are weighed (weight.js), which
// get labels (labels.js), how export files are named and filtered (exports.js), which states are
// shown (states.js) and how the view's state is kept in the address (state.js).
//
//   node tests/browser/units.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseLabels, countsByStretch } from '../../static/js/labels.js';
import { independentSources, weight } from '../../static/js/weight.js';
import { exportName, periodName, slug } from '../../static/js/exports.js';
import { STATE_WORDS, shownByDefault, stateOf, visibleEvents } from '../../static/js/states.js';
import { readState, stateQuery } from '../../static/js/state.js';

const source = (article_id, title) => ({ article_id, title });

test('an article told in several sentences, or reprinted under the same title, is one source', () => {
  const event = { sources: [source(1, 'Flood in Velmar'), source(1, 'Flood in Velmar'), source(2, 'Flood in Velmar!'), source(3, 'Bridge reopened')] };
  assert.equal(independentSources(event), 2);
  assert.equal(independentSources({ sources: [source(4, ''), source(5, '')] }), 2, 'untitled articles count apart');
});

test("the server's count of independent sources, which knows reprints by their text, is taken as it is", () => {
  // Two articles under different titles that the server found to be one story and its reprint.
  const event = { independent_sources: 1, sources: [source(1, 'Flood in Velmar'), source(2, 'Rivers burst banks')] };
  assert.equal(independentSources(event), 1);
  assert.equal(weight({ ...event, confidence: 1 }), 1);
  // Two articles under one title that are not reprints of each other count twice.
  assert.equal(independentSources({ independent_sources: 2, sources: [source(3, 'Markets'), source(4, 'Markets')] }), 2);
});

test('sources weigh most; confidence and state scale them', () => {
  assert.equal(weight({ sources: [source(1, 'a'), source(2, 'b')], confidence: 1 }), 2);
  assert.equal(weight({ sources: [source(1, 'a')], confidence: 0 }), 0.5);
  assert.equal(weight({ sources: [source(1, 'a')], confidence: 1, state: 'reported' }), 0.8);
  assert.equal(weight({ sources: [source(1, 'a')], confidence: 1, state: 'something new' }), 1, 'an unknown state changes nothing');
});

// A label box of `width` pixels centred at `at`.
const box = (key, at, weight, width = 100) => ({ key, at, weight, time: at, lane: '', left: at - width / 2, right: at + width / 2 });

test('in a crowded stretch an event outweighed more than twice by a neighbour is counted', () => {
  const boxes = [box('heavy', 100, 5), ...[1, 2, 3, 4, 5].map((i) => box(`light${i}`, 100 + i, 1))];
  assert.deepEqual([...chooseLabels(boxes, { rows: 4 })], ['heavy']);
});

test('where every event fits its own row, all are labelled whatever their weights', () => {
  const boxes = [box('heavy', 100, 5), box('light1', 101, 1), box('light2', 102, 1)];
  assert.deepEqual([...chooseLabels(boxes, { rows: 4 })].sort(), ['heavy', 'light1', 'light2']);
});

test('a box that stands for a crowded bucket is crowded even when few of its events are boxes', () => {
  const boxes = [box('heavy', 100, 5), box('light1', 101, 1), box('light2', 102, 1)].map((b) => ({ ...b, crowd: 140 }));
  assert.deepEqual([...chooseLabels(boxes, { rows: 4 })], ['heavy']);
});

test('events of like weight fill the rows, heaviest first, and the rest wait', () => {
  const boxes = [1, 2, 3, 4, 5, 6].map((i) => box(`e${i}`, 100 + i, 1 + i / 100));
  assert.deepEqual([...chooseLabels(boxes, { rows: 4 })], ['e6', 'e5', 'e4', 'e3']);
});

test('the chosen event gets a label even beside a much heavier one', () => {
  const boxes = [box('heavy', 100, 5), ...[1, 2, 3, 4, 5].map((i) => box(`light${i}`, 100 + i, 1))];
  assert.deepEqual([...chooseLabels(boxes, { rows: 4, first: 'light3' })].sort(), ['heavy', 'light3']);
});

test('the unlabelled are counted per 72 pixels of axis, with the span of their times', () => {
  const groups = countsByStretch([box('a', 10, 1), box('b', 60, 1), box('c', 80, 1)]);
  assert.deepEqual(groups.map((g) => [g.keys, g.from, g.to]), [[['a', 'b'], 10, 60], [['c'], 80, 80]]);
});

const utc = (...parts) => Date.UTC(...parts);

test('a stretch is named in as few characters as say it', () => {
  assert.equal(periodName(utc(2016, 2, 27), utc(2016, 2, 28)), '2016-03-27', 'one day');
  assert.equal(periodName(utc(2016, 2, 1), utc(2016, 3, 1)), '2016-03', 'March, its end excluded');
  assert.equal(periodName(utc(2016, 1, 20), utc(2016, 4, 2)), '2016', 'within a year');
  assert.equal(periodName(utc(2015, 11, 20), utc(2016, 1, 2)), '2015-12-to-2016-02', 'across a new year');
  assert.equal(periodName(utc(2005, 3, 1), utc(2011, 8, 1)), '2005-2011', 'years');
});

test('file names carry the search, the entity and the stretch', () => {
  assert.equal(slug('Général  Motors!'), 'general-motors');
  assert.equal(exportName({ format: 'json', q: 'Palmyra', start: utc(2016, 2, 1), end: utc(2016, 3, 1) }), 'chronicle-palmyra-2016-03.json');
  assert.equal(exportName({ format: 'timelinejs', entity: 'General Motors' }), 'chronicle-general-motors-timelinejs.json');
  assert.equal(exportName({ format: 'csv' }), 'chronicle-events.csv');
  assert.equal(exportName({ format: 'html', q: 'x'.repeat(60) }).length, 'chronicle-'.length + 40 + '.html'.length);
});

test('events that did not happen or are only supposed are left out unless all states are asked for', () => {
  const events = ['happened', 'planned', 'reported', 'negated', 'hypothetical', undefined].map((state, id) => ({ id, state }));
  assert.deepEqual(visibleEvents(events, false).map((e) => e.id), [0, 1, 2, 5], 'an event without a state counts as happened');
  assert.equal(visibleEvents(events, true).length, 6);
  assert.equal(shownByDefault({ state: 'negated' }), false);
  assert.equal(stateOf({ state: 'made up' }), 'happened');
  assert.equal(STATE_WORDS.planned, 'Planned: scheduled or expected');
});

test('"show all states" is kept in the address as states=all, and only when chosen', () => {
  assert.equal(readState('?q=flood&states=all').allStates, true);
  assert.equal(readState('?q=flood').allStates, false);
  assert.equal(readState('?states=yes').allStates, false);
  const state = { from: null, to: null, q: 'flood', entity: '', lanes: 'none', event: null, article: null };
  assert.equal(stateQuery({ ...state, allStates: true }), '?q=flood&states=all');
  assert.equal(stateQuery({ ...state, allStates: false }), '?q=flood');
});

test('a range is labelled by both its ends at their precision, and drawn as a span', async () => {
  const { dateLabel, isSpan } = await import('../../static/js/dates.js');
  const festival = { value: '2016-03-03/2016-03-10', granularity: 'day', start: '2016-03-03T00:00:00', end: '2016-03-11T00:00:00' };
  assert.equal(dateLabel(festival), '3 March 2016 – 10 March 2016');
  assert.ok(isSpan(festival));
  assert.equal(dateLabel({ value: '2009/2011', granularity: 'year', start: '2009-01-01T00:00:00', end: '2012-01-01T00:00:00' }), '2009 – 2011');
  assert.ok(!isSpan({ value: '2016-03-27', granularity: 'day', start: '2016-03-27T00:00:00', end: '2016-03-28T00:00:00' }));
});
