// The details panel of the selected event and the article view. Every piece of text from the server
// goes in as text nodes; sentences are marked up by byte offsets (see highlight.js).
import { dateLabel, formatPublished } from './dates.js';
import { element, externalLink, safeUrl } from './dom.js';
import { findBytes, highlight, sliceBytes } from './highlight.js';
import { renderRelated } from './related.js';
import { STATE_WORDS, stateOf } from './states.js';

function timexMark(timex) {
  const mark = element('mark', 'timex');
  const value = timex.value ? `: ${timex.value}` : '';
  mark.title = `${timex.type ?? 'time expression'}${value}`;
  return mark;
}

// The byte span of the source's temporal expression inside its sentence, trusting the offsets only
// when they name the expression's text.
function timexInSentence(source) {
  const sentence = source.sentence;
  const timex = source.timex;
  if (!sentence || !timex) return null;
  const begin = timex.begin - sentence.begin;
  const end = timex.end - sentence.begin;
  if (!timex.text || sliceBytes(sentence.text, begin, end) === timex.text) return { begin, end };
  return findBytes(sentence.text, timex.text);
}

// The byte span of the source's trigger (the word the date belongs to) inside its sentence, trusting
// the offsets only when they name the trigger's text; else its first occurrence after the start.
function triggerInSentence(source) {
  const sentence = source.sentence;
  const trigger = source.trigger;
  if (!sentence || !trigger || !trigger.text) return null;
  const begin = trigger.begin - sentence.begin;
  const end = trigger.end - sentence.begin;
  if (sliceBytes(sentence.text, begin, end) === trigger.text) return { begin, end };
  return findBytes(sentence.text, trigger.text);
}

function triggerMark(source) {
  const mark = element('mark', 'trigger');
  mark.title = `What happened: ${source.trigger.text}`;
  return mark;
}

// "Planned: scheduled or expected", with the state's look from the timeline as a swatch.
function stateLine(state) {
  const line = element('span', `state-words state-${state}`);
  line.append(element('span', `state-swatch state-${state}`), STATE_WORDS[state]);
  return line;
}

// The panel with nothing selected: how to choose an event.
export function renderNoDetails(panel) {
  const heading = element('h2', null, 'Details');
  heading.id = 'details-heading';
  heading.tabIndex = -1;
  panel.replaceChildren(heading, element('p', 'muted', 'Choose an event on the timeline or in the list to read its sources.'));
}

// `curate`: {onEdit(changes), onHide(hidden), onMerge(), onSplit(index)}, the corrections a reader
// can make; each returns a promise (the panel is drawn again when it settles).
export function renderDetails(panel, event, { onOpenArticle, onEntity, curate = null }) {
  panel.replaceChildren();
  const heading = element('h2', 'details-headline', event.headline || '(no headline)');
  heading.id = 'details-heading';
  heading.tabIndex = -1;
  if (event.curation?.edited) heading.append(' ', element('span', 'edited-mark', 'edited'));
  panel.append(heading);
  if (event.curation?.hidden) panel.append(element('p', 'hidden-note', 'Hidden: left out of the timeline and the exports unless “Show hidden events” is ticked.'));
  if (curate) panel.append(...curationTools(event, curate));

  const facts = element('dl', 'facts');
  const fact = (term, value) => facts.append(element('dt', null, term), value instanceof Node ? wrap('dd', value) : element('dd', null, value));
  const date = element('span', null, dateLabel(event.date));
  if (event.date?.value) date.append(element('span', 'muted', ` (${event.date.value}, ${event.date.granularity ?? 'day'})`));
  fact('Date', date);
  // Sources that disagree on the date: the other dates they give, with how many articles do.
  if (event.other_dates?.length) {
    const others = event.other_dates.map((other) => `${dateLabel(other)} (${other.articles} ${other.articles === 1 ? 'article' : 'articles'})`);
    fact('Sources disagree', `also ${others.join(', ')}`);
  }
  fact('State', stateLine(stateOf(event)));
  if (typeof event.confidence === 'number') fact('Confidence', confidenceMeter(event.confidence));
  const people = element('ul', 'participants');
  for (const entity of event.entities ?? []) {
    const item = element('li');
    const button = element('button', 'chip', entity.name);
    button.type = 'button';
    button.title = `Show only events with ${entity.name}`;
    if (entity.kind) button.append(element('span', 'chip-kind', ` ${entity.kind}`));
    button.addEventListener('click', () => onEntity(entity.name));
    item.append(button);
    people.append(item);
  }
  fact('Participants', people.childElementCount ? people : element('span', 'muted', 'none recorded'));
  panel.append(facts);

  const sources = event.sources ?? [];
  panel.append(element('h3', null, sources.length === 1 ? 'Source' : `Sources (${sources.length})`));
  const key = element('p', 'legend');
  key.append('Marked: ', element('mark', 'timex', 'the date'), ' ', element('mark', 'trigger', 'what happened'));
  panel.append(key);
  const list = element('ol', 'sources');
  sources.forEach((source, index) => {
    const item = renderSource(source, stateOf(event), onOpenArticle);
    if (curate && sources.length > 1) {
      const split = element('button', 'button secondary split-source', 'Split off');
      split.type = 'button';
      split.title = 'This source tells another happening: make it an event of its own';
      split.addEventListener('click', () => curate.onSplit(index));
      item.append(wrap('p', split)); // apart from the citation, which reads as one line
    }
    list.append(item);
  });
  panel.append(list);
}

// The buttons that correct the event, and the form that edits its headline and date.
function curationTools(event, curate) {
  const tools = element('div', 'curate');
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', 'Correct this event');
  const button = (label, title, action) => {
    const b = element('button', 'button secondary', label);
    b.type = 'button';
    b.title = title;
    b.addEventListener('click', action);
    tools.append(b);
    return b;
  };
  const form = element('form', 'edit-form');
  form.hidden = true;
  const headline = Object.assign(element('input'), { name: 'headline', type: 'text', value: event.headline ?? '', maxLength: 1000 });
  const date = Object.assign(element('input'), { name: 'date', type: 'text', value: event.date?.value ?? '', placeholder: '2015, 2015-05 or 2015-05-20' });
  date.setAttribute('pattern', '\\d{4}(-\\d{2}(-\\d{2})?)?');
  const field = (label, input, kind = '') => {
    const box = element('label', `field ${kind}`.trim());
    box.append(element('span', null, label), input);
    return box;
  };
  const save = Object.assign(element('button', 'button', 'Save'), { type: 'submit' });
  const cancel = Object.assign(element('button', 'button secondary', 'Cancel'), { type: 'button' });
  cancel.addEventListener('click', () => { form.hidden = true; });
  form.append(field('Headline', headline), field('Date (year, year-month or day)', date, 'date-field'), save, cancel);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes = {};
    if (headline.value.trim() !== (event.headline ?? '')) changes.headline = headline.value;
    if (date.value.trim() !== (event.date?.value ?? '')) changes.date = date.value.trim();
    if (Object.keys(changes).length) curate.onEdit(changes);
    else form.hidden = true;
  });
  button('Edit', 'Correct the headline or the date', () => {
    form.hidden = false;
    headline.focus();
  });
  const hidden = Boolean(event.curation?.hidden);
  button(hidden ? 'Show again' : 'Hide', hidden ? 'Put it back on the timeline' : 'Leave it out of the timeline and the exports', () => curate.onHide(!hidden));
  button('Merge with…', 'Then choose the event that tells the same happening', () => curate.onMerge());
  return [tools, form];
}

// Events by start date, then by id (the order of the timeline and the API).
function inDateOrder(events) {
  const key = (event) => String(event.date?.start ?? '');
  return [...events].sort((a, b) => key(a).localeCompare(key(b)) || Number(a.id) - Number(b.id));
}

function wrap(tag, child) {
  const node = element(tag);
  node.append(child);
  return node;
}

function confidenceMeter(confidence) {
  const box = element('span', 'confidence');
  const meter = element('meter');
  meter.min = 0;
  meter.max = 1;
  meter.value = confidence;
  meter.setAttribute('aria-label', 'Confidence');
  box.append(meter, ` ${Math.round(confidence * 100)}%`);
  return box;
}

function renderSource(source, eventState, onOpenArticle) {
  const item = element('li', 'source');
  const quote = element('blockquote', 'sentence');
  const text = source.sentence?.text ?? '';
  const timex = timexInSentence(source);
  const trigger = triggerInSentence(source);
  const marks = [];
  if (timex) marks.push({ ...timex, make: () => timexMark(source.timex) });
  if (trigger) marks.push({ ...trigger, make: () => triggerMark(source) });
  quote.append(highlight(text, [marks]));
  item.append(quote);
  const cite = element('p', 'cite');
  const open = element('a', 'article-link', source.title || `Article ${source.article_id}`);
  open.href = `?article=${encodeURIComponent(source.article_id)}`;
  open.addEventListener('click', (e) => {
    e.preventDefault();
    onOpenArticle(String(source.article_id));
  });
  cite.append(open);
  if (source.published) cite.append(element('span', 'muted', ` · published ${formatPublished(source.published)}`));
  const url = safeUrl(source.url ?? '');
  if (url) cite.append(' · ', externalLink(url, 'original', 'external'));
  item.append(cite);
  // Each source tells the happening its own way; the event's state is the one most of them give.
  // A source that tells it otherwise says so.
  if (source.state && stateOf(source) !== eventState) item.append(element('p', 'muted source-state', `This source: ${STATE_WORDS[stateOf(source)]}`));
  return item;
}

// The full article with every temporal expression and every event sentence marked; event sentences
// and the list of the article's events select that event.
export function renderArticle(container, article, events, { onSelectEvent }) {
  container.replaceChildren();
  const title = element('h2', null, article.title || `Article ${article.id}`);
  title.id = 'article-title';
  container.append(title);
  const meta = element('p', 'muted');
  if (article.published) meta.append(`Published ${formatPublished(article.published)}`);
  const url = safeUrl(article.url ?? '');
  if (url) meta.append(meta.childNodes.length ? ' · ' : '', externalLink(url, 'original'));
  container.append(meta);

  const legend = element('p', 'legend');
  legend.append(element('mark', 'timex', 'temporal expression'), ' ', element('mark', 'event-sentence', 'event sentence'));
  container.append(legend);

  if (events.length) {
    const list = element('ul', 'article-events');
    list.setAttribute('aria-label', 'Events in this article');
    for (const event of inDateOrder(events)) {
      const button = element('button', 'link-button', `${dateLabel(event.date)}: ${event.headline || '(no headline)'}`);
      button.type = 'button';
      button.addEventListener('click', () => onSelectEvent(String(event.id)));
      list.append(wrap('li', button));
    }
    container.append(list);
  }

  const sentenceSpans = [];
  for (const event of events) {
    for (const source of event.sources ?? []) {
      if (String(source.article_id) !== String(article.id) || !source.sentence) continue;
      sentenceSpans.push({
        begin: source.sentence.begin,
        end: source.sentence.end,
        make: () => {
          const mark = element('mark', 'event-sentence');
          mark.dataset.event = String(event.id);
          mark.title = `Event: ${event.headline ?? ''}`;
          return mark;
        },
      });
    }
  }
  const timexSpans = (article.timexes ?? []).map((t) => ({ begin: t.begin, end: t.end, make: () => timexMark(t) }));
  const body = element('div', 'article-text');
  body.append(highlight(article.text ?? '', [sentenceSpans, timexSpans]));
  body.addEventListener('click', (e) => {
    const mark = e.target.closest('mark.event-sentence[data-event]');
    if (mark) onSelectEvent(mark.dataset.event);
  });
  container.append(body);

  const related = article.related ?? [];
  if (related.length) {
    const heading = element('h3', null, 'Related');
    heading.id = 'article-related-heading';
    const list = element('ul', 'related article-related');
    list.setAttribute('aria-labelledby', heading.id);
    renderRelated(list, related);
    container.append(heading, list);
  }
}
