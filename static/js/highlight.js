// Highlighting article text by UTF-8 byte offsets, the unit every offset from the server is in.
// Text only ever becomes text nodes; marks are elements made by the caller. Nothing is parsed as HTML.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Returns a DocumentFragment of `text` with spans marked. `levels` is a list of span lists, outermost
// first (e.g. event sentences, then temporal expressions inside them); a span is
// {begin, end, make: () => Element} with byte offsets relative to `base`. Overlapping spans within a
// level keep the first; a span cut by an outer mark is split in two. Work is linear in text + spans.
export function highlight(text, levels, base = 0) {
  const bytes = encoder.encode(text);
  const prepared = levels.map((spans) => prepareSpans(spans, base, bytes));
  const cursors = prepared.map(() => 0);
  const fragment = document.createDocumentFragment();
  render(fragment, bytes, 0, bytes.length, prepared, cursors, 0);
  return fragment;
}

function prepareSpans(spans, base, bytes) {
  const local = [];
  for (const span of spans) {
    const begin = toCharBoundary(bytes, span.begin - base);
    const end = toCharBoundary(bytes, span.end - base);
    if (end > begin) local.push({ ...span, begin, end });
  }
  local.sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept = [];
  let covered = 0;
  for (const span of local) {
    if (span.begin >= covered) {
      kept.push(span);
      covered = span.end;
    }
  }
  return kept;
}

// Clamps to the text and moves forward off UTF-8 continuation bytes, so slices decode whole characters.
function toCharBoundary(bytes, offset) {
  let i = Math.min(Math.max(0, Math.trunc(Number(offset) || 0)), bytes.length);
  while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) i += 1;
  return i;
}

function render(parent, bytes, begin, end, levels, cursors, depth) {
  if (end <= begin) return;
  if (depth === levels.length) {
    parent.append(decoder.decode(bytes.subarray(begin, end)));
    return;
  }
  const spans = levels[depth];
  // Calls at one depth come in increasing byte order, so a cursor per level never moves back.
  while (cursors[depth] < spans.length && spans[cursors[depth]].end <= begin) cursors[depth] += 1;
  let position = begin;
  for (let i = cursors[depth]; i < spans.length && spans[i].begin < end; i += 1) {
    const from = Math.max(spans[i].begin, begin);
    const to = Math.min(spans[i].end, end);
    render(parent, bytes, position, from, levels, cursors, depth + 1);
    const mark = spans[i].make();
    render(mark, bytes, from, to, levels, cursors, depth + 1);
    parent.append(mark);
    position = to;
  }
  render(parent, bytes, position, end, levels, cursors, depth + 1);
}

// Byte offsets of `part` inside `text` at or after byte `fromByte`, or null. Used when the server's
// offsets do not point at the text they name (a stale or trimmed sentence) to still mark the words.
export function findBytes(text, part, fromByte = 0) {
  if (!part) return null;
  const bytes = encoder.encode(text);
  const start = decoder.decode(bytes.subarray(0, toCharBoundary(bytes, fromByte))).length;
  const index = text.indexOf(part, start);
  if (index < 0) return null;
  const begin = encoder.encode(text.slice(0, index)).length;
  return { begin, end: begin + encoder.encode(part).length };
}

// The text between two byte offsets (used to check that offsets name what they claim).
export function sliceBytes(text, begin, end) {
  const bytes = encoder.encode(text);
  return decoder.decode(bytes.subarray(toCharBoundary(bytes, begin), toCharBoundary(bytes, end)));
}
