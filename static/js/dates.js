// Dates as the server writes them: naive ISO times ("2016-03-27T00:00:00") that we read as UTC so no
// time zone of the viewer shifts a day, and labels at the event's own precision ("May 2015", "2015").

const ISO = /^([+-]?\d{4,6})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?)?)?Z?$/;

// Milliseconds since 1970 (UTC) of an ISO date or time, or NaN.
export function parseIso(text) {
  const match = ISO.exec(String(text ?? '').trim());
  if (!match) return NaN;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = match;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  date.setUTCFullYear(Number(year)); // Date.UTC maps years 0..99 to 1900..1999
  return date.getTime();
}

function pad(number, width) {
  const text = String(Math.abs(number)).padStart(width, '0');
  return number < 0 ? `-${text}` : text;
}

// "2016-03-27T14:05:00", the form used in the page's URL.
export function toIsoTime(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
}

// "2016-03-27": the API's from/to take whole days (`to` covers its whole day).
export function toIsoDay(ms) {
  return toIsoTime(ms).slice(0, 10);
}

const formats = {};
function formatter(key, options) {
  formats[key] ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
  return formats[key];
}

// The label of an event date {value, granularity, start, end} at its precision.
export function dateLabel(date) {
  if (!date) return 'undated';
  const start = parseIso(date.start);
  if (Number.isNaN(start)) return String(date.value ?? 'undated');
  const d = new Date(start);
  const year = d.getUTCFullYear();
  switch (date.granularity) {
    case 'century': return `${ordinal(Math.floor(year / 100) + 1)} century`;
    case 'decade': return `${Math.floor(year / 10) * 10}s`;
    case 'year': return String(year);
    case 'quarter': return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${year}`;
    case 'season': return seasonLabel(date.value, year);
    case 'month': return formatter('month', { month: 'long', year: 'numeric' }).format(d);
    case 'week': return `week of ${formatter('day', { day: 'numeric', month: 'long', year: 'numeric' }).format(d)}`;
    case 'hour':
    case 'minute':
    case 'second':
      return formatter('time', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
    default: return formatter('day', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  }
}

const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

// TIMEX3 seasons: "2018-FA" is "autumn 2018".
function seasonLabel(value, year) {
  const season = SEASONS[String(value ?? '').slice(-2)];
  return season ? `${season[0].toUpperCase()}${season.slice(1)} ${year}` : String(value ?? year);
}

function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

// Spans are drawn for dates coarser than a day; finer ones are points on the axis.
export function isSpan(date) {
  return ['month', 'quarter', 'season', 'year', 'decade', 'century', 'week'].includes(date?.granularity);
}

export function formatPublished(text) {
  const ms = parseIso(text);
  if (Number.isNaN(ms)) return text ? String(text) : '';
  return formatter('published', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}
