// The density strip: how many events fall where over the whole range (from /api/histogram), with the
// visible window outlined. Clicking or pressing Enter on a stretch moves the timeline there.
import { dateLabel, parseIso } from './dates.js';

const SVG = 'http://www.w3.org/2000/svg';

export class DensityStrip {
  constructor(svg, { onJump }) {
    this.svg = svg;
    this.onJump = onJump;
    this.buckets = [];
    this.range = null;
    this.window = null;
    svg.addEventListener('click', (event) => {
      const bar = event.target.closest('[data-bucket]');
      if (bar) this.jumpTo(Number(bar.dataset.bucket));
    });
    svg.addEventListener('keydown', (event) => {
      const bar = event.target.closest('[data-bucket]');
      if (!bar) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.jumpTo(Number(bar.dataset.bucket));
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        this.moveFocus(bar, event.key === 'ArrowLeft' ? -1 : 1);
      }
    });
  }

  // buckets: [{start, end, count}] covering the whole range in order.
  show(buckets) {
    this.buckets = buckets
      .map((b) => ({ start: parseIso(b.start), end: parseIso(b.end), count: Number(b.count) || 0 }))
      .filter((b) => !Number.isNaN(b.start) && !Number.isNaN(b.end) && b.end > b.start);
    this.range = this.buckets.length ? { start: this.buckets[0].start, end: this.buckets.at(-1).end } : null;
    this.draw();
  }

  showWindow(start, end) {
    this.window = { start, end };
    this.drawWindow();
  }

  // One tab stop for the strip: arrows move among the bars that hold events (a roving tabindex).
  moveFocus(bar, step) {
    const bars = [...this.svg.querySelectorAll('[role="button"]')];
    const next = bars[bars.indexOf(bar) + step];
    if (!next) return;
    bar.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  }

  jumpTo(index) {
    const bucket = this.buckets[index];
    if (bucket) this.onJump(bucket.start, bucket.end);
  }

  draw() {
    this.svg.replaceChildren();
    this.svg.setAttribute('viewBox', '0 0 1000 40');
    this.svg.setAttribute('preserveAspectRatio', 'none');
    if (!this.range) {
      this.svg.setAttribute('aria-label', 'Density of events: no events');
      return;
    }
    const total = this.buckets.reduce((sum, b) => sum + b.count, 0);
    this.svg.setAttribute('aria-label', `Density of ${total.toLocaleString('en')} events from ${label(this.range.start)} to ${label(this.range.end - 1)}; arrow keys choose a stretch, Enter jumps there`);
    const most = Math.max(1, ...this.buckets.map((b) => b.count));
    this.buckets.forEach((bucket, i) => {
      const x = this.x(bucket.start);
      const width = Math.max(this.x(bucket.end) - x, 0.5);
      const bar = document.createElementNS(SVG, 'rect');
      // A square root keeps a few events next to a peak of thousands visible.
      const height = bucket.count ? 4 + 34 * Math.sqrt(bucket.count / most) : 0;
      bar.setAttribute('x', x);
      bar.setAttribute('width', width);
      bar.setAttribute('y', 40 - height);
      bar.setAttribute('height', height);
      bar.setAttribute('class', 'density-bar');
      bar.dataset.bucket = String(i);
      if (bucket.count) {
        bar.setAttribute('tabindex', this.svg.querySelector('[tabindex="0"]') ? '-1' : '0');
        bar.setAttribute('role', 'button');
        bar.setAttribute('aria-label', describe(bucket));
      }
      const title = document.createElementNS(SVG, 'title');
      title.textContent = describe(bucket);
      bar.append(title);
      this.svg.append(bar);
    });
    this.windowBox = document.createElementNS(SVG, 'rect');
    this.windowBox.setAttribute('class', 'density-window');
    this.windowBox.setAttribute('y', '0');
    this.windowBox.setAttribute('height', '40');
    this.svg.append(this.windowBox);
    this.drawWindow();
  }

  drawWindow() {
    if (!this.windowBox || !this.window || !this.range) return;
    const x0 = Math.max(0, this.x(this.window.start));
    const x1 = Math.min(1000, this.x(this.window.end));
    this.windowBox.setAttribute('x', Math.min(x0, 1000));
    this.windowBox.setAttribute('width', Math.max(x1 - x0, 2));
  }

  x(ms) {
    return ((ms - this.range.start) / (this.range.end - this.range.start)) * 1000;
  }
}

function describe(bucket) {
  return `${bucket.count} event${bucket.count === 1 ? '' : 's'} from ${label(bucket.start)}`;
}

function label(ms) {
  return dateLabel({ granularity: 'day', start: new Date(ms).toISOString().replace('Z', '') });
}
