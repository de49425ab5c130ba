// Pasting an article's text: a dialog with the text, and optionally its title and publication day
// and time. The text is sent as one article (api.js pasteArticle); what it gave is shown by the
// controller, as after an upload.
import { pasteArticle } from './api.js';
import { noteAbout } from './upload.js';

const NAME = 'pasted text';

// `opener`: the button that opens the dialog; `onDone(total, errors)` as for uploads.
export function setupPaste({ opener, dialog, form, onDone, onStatus }) {
  const field = (name) => form.elements.namedItem(name);
  const problem = form.querySelector('.paste-problem');
  const say = (text) => {
    problem.textContent = text;
    problem.hidden = !text;
  };
  opener.addEventListener('click', () => {
    say('');
    dialog.showModal();
    field('text').focus();
  });
  form.querySelector('[data-cancel]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = field('text').value;
    if (!text.trim()) {
      say('Paste the text of an article first.');
      field('text').focus();
      return;
    }
    const day = field('day').value; // "2016-03-29" or ""
    const time = field('time').value; // "14:05" or ""
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    say('');
    onStatus('Reading the pasted text…', []);
    try {
      const answer = await pasteArticle({ title: field('title').value.trim(), text, published: day && time ? `${day}T${time}` : day });
      const notes = [...(answer.errors ?? []), ...(answer.warnings ?? [])].map((note) => noteAbout(NAME, note));
      const total = { loaded: Number(answer.loaded) || 0, skipped: Number(answer.skipped) || 0, failed: Number(answer.failed) || 0,
        articles: (answer.articles ?? []).map(String), pasted: true };
      if (total.failed && !total.loaded) {
        say(notes.join(' ') || 'The text could not be read.');
        onStatus('', []);
        return;
      }
      dialog.close();
      form.reset();
      onDone(total, notes);
    } catch (error) {
      say(noteAbout(NAME, error.message));
      onStatus('', []);
    } finally {
      submit.disabled = false;
    }
  });
}
