// The curation of events that are gone (docs/api.md, GET /api/curation): what each pinned, and a
// button that drops it. Text is put in as text nodes.
import { dateLabel } from './dates.js';

// `pins`: [{event, headline, date, hidden}]; `onDrop(id)` when a Drop button is pressed.
export function renderOrphans(list, pins, { onDrop }) {
  list.replaceChildren(...pins.map((pin) => {
    const item = document.createElement('li');
    item.className = 'related-item orphan';
    item.dataset.event = String(pin.event);
    const what = [];
    if (pin.headline) what.push(`headline “${pin.headline}”`);
    if (pin.date) what.push(`date ${dateLabel(pinnedDate(pin.date))}`);
    if (pin.hidden) what.push('hidden');
    const text = document.createElement('span');
    text.textContent = `Event ${pin.event}: ${what.length ? what.join(', ') : 'merged or split'}. `;
    const drop = Object.assign(document.createElement('button'), { type: 'button', className: 'button secondary', textContent: 'Drop' });
    drop.setAttribute('aria-label', `Drop the corrections of event ${pin.event}`);
    drop.addEventListener('click', () => onDrop(String(pin.event)));
    item.append(text, drop);
    return item;
  }));
}

// "2015", "2015-05", "2015-05-20" as the date form dateLabel reads ("May 2015").
function pinnedDate(value) {
  const granularity = { 4: 'year', 7: 'month' }[value.length] ?? 'day';
  return { granularity, value, start: value };
}
