// What the page knows from the server: the overview of the events that match the filters, the
// events of the visible window (a page at a time) and every event seen so far. The controller
// (main.js) decides what to ask for and when; this keeps the answers.
import { fetchEvent, fetchEvents, fetchHistogram } from './api.js';
import { parseIso } from './dates.js';
import { busiestStretch, extentOf, momentsOf, momentsOfBuckets, within } from './fit.js';
import { EVENT_LIMIT, OVERVIEW_BUCKETS } from './prefetch.js';

export class EventStore {
  constructor() {
    this.overview = []; // the overview histogram [{start, end, count}], times in ms
    this.matchCount = 0; // how many events match the filters, anywhere in time
    this.events = []; // the events of the visible window, in time order
    this.nextCursor = null; // where the window's next page starts; null when there is none
    this.crowded = false; // the last window held more events than one page
    this.cache = new Map(); // id -> event
    this.matchExtent = null; // {start, end} of the events that match the filters, once fitted to them
  }

  // Asks for (or takes) the overview of the events that match `filters`; answers its raw buckets.
  async loadOverview(filters, answer = null) {
    const buckets = (await (answer ?? fetchHistogram(filters, OVERVIEW_BUCKETS))).buckets ?? [];
    this.overview = buckets
      .map((b) => ({ start: parseIso(b.start), end: parseIso(b.end), count: Number(b.count) || 0 }))
      .filter((b) => !Number.isNaN(b.start) && !Number.isNaN(b.end));
    this.matchCount = this.overview.reduce((sum, b) => sum + b.count, 0);
    this.crowded = this.matchCount > EVENT_LIMIT;
    return buckets;
  }

  // The first page of a new window.
  takePage(page) {
    this.events = [];
    this.addPage(page);
    this.crowded = this.nextCursor !== null;
  }

  // The next page of the same window.
  addPage(page) {
    const events = page.events ?? [];
    for (const event of events) this.cache.set(String(event.id), event);
    this.events = this.events.concat(events);
    this.nextCursor = page.next_cursor || null; // "" or null on the last page
  }

  async event(id) {
    const event = this.cache.get(String(id)) ?? (await fetchEvent(id));
    this.cache.set(String(id), event);
    return event;
  }

  // The events the articles are a source of (the first 1000 of each), each once; `filters`: more
  // filters (the states shown).
  async eventsOfArticles(ids, filters = {}) {
    const pages = await Promise.all(ids.map((id) => fetchEvents({ ...filters, article: id }, 1000).catch(() => ({ events: [] }))));
    const events = new Map();
    for (const page of pages) for (const event of page.events ?? []) events.set(String(event.id), event);
    return [...events.values()];
  }

  // Does the event still match `filters`? Asked of the server for the event's own interval, so the
  // answer holds however many events match elsewhere.
  async stillMatches(id, filters) {
    const { start, end } = (await this.event(id)).date ?? {};
    const page = await fetchEvents({ ...filters, from: start, to: end || start }, 1000);
    return (page.events ?? []).some((e) => String(e.id) === String(id));
  }

  // The moments a view of the events matching `filters` should hold: all of them, or for the first
  // view the shortest stretch with most of them. `page`: their first page, if already asked for.
  async momentsToFit(filters, { first = false, page = null } = {}) {
    const answer = await (page ?? fetchEvents(filters, EVENT_LIMIT));
    // All of them in one page: their own dates; more: the overview's buckets.
    const moments = answer.next_cursor ? momentsOfBuckets(this.overview) : momentsOf(answer.events ?? []);
    const extent = extentOf(moments);
    this.matchExtent = extent && { start: extent.start, end: Math.max(extent.end, extent.start + 1) };
    return first ? within(moments, busiestStretch(moments) ?? { start: 0, end: -1 }) : moments;
  }
}
