// Which events of the view get a readable label and which are only counted: the heaviest first
// (weight.js), each in the first of `rows` rows where its label's box is free. In a crowded stretch
// (more events within STRETCH pixels of each other than there are rows) a lighter event is also
// not labelled beside one of that stretch that outweighs it more than HEAVIER times: where one
// event clearly mattered most it stands alone, where events matter alike as many show as there is
// room. What is left is counted per stretch of the axis. Positions are pixels across the view.

const HEAVIER = 2;
const GAP = 6; // pixels kept free between two labels in a row
export const STRETCH = 72; // pixels of axis whose events compete for the same place

// `boxes`: [{key, weight, left, right, lane, time, crowd?}]; `first`: a key to place before all others (the
// selected event). Answers the Set of keys to label.
export function chooseLabels(boxes, { rows, first = null }) {
  const order = [...boxes].sort((a, b) => (b.key === first) - (a.key === first) || b.weight - a.weight || a.time - b.time || String(a.key).localeCompare(String(b.key)));
  const placed = new Map(); // lane -> rows of placed boxes
  const labelled = new Set();
  for (const box of order) {
    if (!placed.has(box.lane)) placed.set(box.lane, Array.from({ length: rows }, () => []));
    const laneRows = placed.get(box.lane);
    const meets = (other) => other.left < box.right + GAP && box.left < other.right + GAP;
    const near = (other) => Math.abs(other.at - box.at) < STRETCH;
    // `crowd`: how many events the box stands among when only the heaviest of a stretch are boxes.
    const crowded = Math.max(box.crowd ?? 0, boxes.filter((other) => other.lane === box.lane && near(other)).length) > rows;
    const outweighed = crowded && laneRows.some((row) => row.some((other) => near(other) && other.weight > box.weight * HEAVIER));
    if (outweighed && box.key !== first) continue;
    const free = laneRows.find((row) => !row.some(meets));
    if (!free) continue;
    free.push(box);
    labelled.add(box.key);
  }
  return labelled;
}

// The unlabelled boxes grouped per lane and per stretch of STRETCH pixels (by where they start),
// as [{lane, keys, from, to}] with `from` and `to` their earliest and latest times.
export function countsByStretch(boxes, stretch = STRETCH) {
  const groups = new Map();
  for (const box of boxes) {
    const id = `${box.lane}\u0000${Math.floor(box.at / stretch)}`;
    const group = groups.get(id) ?? { lane: box.lane, keys: [], from: box.time, to: box.time };
    group.keys.push(box.key);
    group.from = Math.min(group.from, box.time);
    group.to = Math.max(group.to, box.time);
    groups.set(id, group);
  }
  return [...groups.values()];
}
