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
    const total = { loaded: 0, skipped: 0, failed: 0 };
    const errors = [];
    for (const file of files) {
      try {
        const answer = await uploadArticle(file);
        total.loaded += Number(answer.loaded) || 0;
        total.skipped += Number(answer.skipped) || 0;
        total.failed += Number(answer.failed) || 0;
        for (const note of [...(answer.errors ?? []), ...(answer.warnings ?? [])]) {
          errors.push(`${file.name}: ${typeof note === 'string' ? note : JSON.stringify(note)}`);
        }
      } catch (error) {
        total.failed += 1;
        errors.push(`${file.name}: ${error.message}`);
      }
    }
    const plural = (n) => (n === 1 ? 'article' : 'articles');
    onStatus(`Loaded ${total.loaded} ${plural(total.loaded)}, skipped ${total.skipped} already stored, ${total.failed} failed.`, errors);
    onDone(total);
  }
}
