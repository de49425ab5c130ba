// The events of the visible window as a list: the keyboard and screen-reader way through the timeline.
// One tab stop (a roving tabindex); Up/Down/Home/End move between events and select them.
import { dateLabel } from './dates.js';

export class EventList {
  constructor(list, { onSelect }) {
    this.list = list;
    this.onSelect = onSelect;
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-event]');
      if (button) this.onSelect(button.dataset.event, { pointer: true });
    });
    list.addEventListener('keydown', (event) => this.keydown(event));
  }

  show(events, selectedId) {
    const items = events.map((event) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'event-row';
      button.dataset.event = String(event.id);
      button.tabIndex = -1;
      const when = document.createElement('span');
      when.className = 'row-date';
      when.textContent = dateLabel(event.date);
      const what = document.createElement('span');
      what.className = 'row-headline';
      what.textContent = event.headline || event.summary || '(no headline)';
      button.append(when, what);
      if (event.curation?.edited) button.append(Object.assign(document.createElement('span'), { className: 'edited-mark', textContent: 'edited' }));
      if (event.curation?.hidden) button.append(Object.assign(document.createElement('span'), { className: 'hidden-mark', textContent: 'hidden' }));
      item.append(button);
      return item;
    });
    const hadFocus = this.list.contains(document.activeElement);
    this.list.replaceChildren(...items);
    this.select(selectedId, hadFocus);
  }

  buttons() {
    return [...this.list.querySelectorAll('button[data-event]')];
  }

  select(id, focus = false) {
    const buttons = this.buttons();
    let current = null;
    for (const button of buttons) {
      const selected = button.dataset.event === String(id);
      button.setAttribute('aria-current', selected ? 'true' : 'false');
      button.tabIndex = -1;
      if (selected) current = button;
    }
    const stop = current ?? buttons[0];
    if (stop) stop.tabIndex = 0;
    if (focus && stop) stop.focus({ preventScroll: false });
    current?.scrollIntoView({ block: 'nearest' });
  }

  keydown(event) {
    const buttons = this.buttons();
    const index = buttons.indexOf(event.target);
    if (index < 0) return;
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, target))];
    next.focus();
    this.onSelect(next.dataset.event);
  }
}
