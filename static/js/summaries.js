// The sentences that tell the reader what they are looking at: what the list holds (or why it is
// empty, and what to do) and what an upload found.
import { dateLabel, parseIso, toIsoDay } from './dates.js';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function dayLabel(ms) {
  return dateLabel({ granularity: 'day', start: toIsoDay(ms) });
}

// "12 events from 1 May 2009 to 30 June 2009.", or when the window is empty, why and what to do.
// `more`: the window holds more than the events listed; `matchCount`: how many match anywhere.
export function listSummary({ count, start, end, more, matchCount, q, entity }) {
  const span = `${dayLabel(start)} to ${dayLabel(end)}`;
  if (more) return `The first ${count} events from ${span}; the timeline labels those told most and counts the rest. Zoom in or narrow the search to see each event.`;
  if (count > 0) return `${plural(count, 'event')} from ${span}.`;
  const what = [q && `“${q}”`, entity && `with ${entity}`].filter(Boolean).join(' ');
  if (matchCount > 0) {
    const all = `${plural(matchCount, 'event')}${what ? ` matching ${what}` : ''}`;
    return `None of the ${all} is in view. “Show all” brings ${matchCount === 1 ? 'it' : 'them'} into view.`;
  }
  if (what) return `No events match ${what}. Try fewer or other words, or clear the search.`;
  return 'No events yet. Drop article files on the page, or use “Load articles”.';
}

// "Loaded 1 article: 5 events, from 12 March 2016 to 30 March 2016." and what was skipped or failed.
// `total` {loaded, skipped, failed, pasted}; `found`: the events of the loaded articles. `pasted`:
// the article is text the reader pasted, not files.
export function uploadSummary(total, found) {
  const parts = [];
  if (total.loaded) {
    const starts = found.map((e) => parseIso(e.date?.start)).filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
    let when = '';
    if (starts.length && starts[0] === starts.at(-1)) {
      when = `, on ${dateLabel(found.find((e) => parseIso(e.date?.start) === starts[0]).date)}`;
    } else if (starts.length) {
      when = `, from ${dayLabel(starts[0])} to ${dayLabel(starts.at(-1))}`;
    }
    const what = found.length ? plural(found.length, 'event') : 'no dated events';
    parts.push(total.pasted ? `The pasted text gave ${what}${when}.` : `Loaded ${plural(total.loaded, 'article')}: ${what}${when}.`);
  }
  if (total.skipped) {
    parts.push(total.pasted ? 'The pasted text is already stored.' : `Skipped ${plural(total.skipped, 'article')} already stored.`);
  }
  if (total.failed) parts.push(`${plural(total.failed, 'file')} could not be loaded:`);
  if (!parts.length) parts.push('Nothing was loaded.');
  return parts.join(' ');
}
