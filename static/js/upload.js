// Loading article files: drop them anywhere on the page or pick them with the file input. Each file is
// POSTed to /api/articles on its own, so one bad file does not stop the rest.
import { uploadArticle } from './api.js';

export function setupUpload({ input, overlay, onDone, onStatus }) {
  input.addEventListener('change', () => {
    send([...input.files]);
    input.value = '';
  });
  let depth = 0; // dragenter/dragleave fire for every child crossed; count to know when we left
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    send([...event.dataTransfer.files]);
  });

  async function send(files) {
    if (!files.length) return;
    onStatus(`Loading ${files.length} file${files.length === 1 ? '' : 's'}…`, []);
    const total = { loaded: 0, skipped: 0, failed: 0, articles: [] };
    const errors = [];
    for (const file of files) {
      try {
        const answer = await uploadArticle(file);
        total.loaded += Number(answer.loaded) || 0;
        total.skipped += Number(answer.skipped) || 0;
        total.failed += Number(answer.failed) || 0;
        total.articles.push(...(answer.articles ?? []).map(String));
        for (const note of [...(answer.errors ?? []), ...(answer.warnings ?? [])]) errors.push(noteAbout(file.name, note));
      } catch (error) {
        total.failed += 1;
        errors.push(noteAbout(file.name, error.message));
      }
    }
    // The status line is finished by onDone, once it knows how many events the articles gave.
    onDone(total, errors);
  }
}

const PLAIN = [ // the server's wording -> what it means for the person loading the file
  [/^the request body is larger than the server accepts$/, 'is larger than the server accepts'],
  [/^the request has no body.*$/, 'is empty'],
  [/^format must be .*$/, 'is not in a format Chronicle reads (text, HTML, JSON, JSON Lines, RSS, Atom, TimeML)'],
  [/^HTTP (\d+)$/, 'could not be sent (the server answered $1)'],
  [/^Failed to fetch$/, 'could not be sent: the Chronicle server did not answer'],
];

// One line about a file: its name once, then what happened, in words for a reader.
export function noteAbout(name, note) {
  let text = typeof note === 'string' ? note : JSON.stringify(note);
  while (text.startsWith(`${name}:`)) text = text.slice(name.length + 1).trim(); // the server names it too
  for (const [pattern, plain] of PLAIN) text = text.replace(pattern, plain);
  return `${name}: ${text}`;
}
