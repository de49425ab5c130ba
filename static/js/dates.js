// Dates as the server writes them: naive ISO times ("2016-03-27T00:00:00") that we read as UTC so no
// time zone of the viewer shifts a day, and labels at the event's own precision ("May 2015", "2015").

const ISO = /^([+-]?\d{4,6})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?)?)?$/;

// Milliseconds since 1970 (UTC) of an ISO date or time, or NaN. A time with an offset ("+02:00")
// is moved to UTC; one without is read as UTC.
export function parseIso(text) {
  const match = ISO.exec(String(text ?? '').trim());
  if (!match) return NaN;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  date.setUTCFullYear(Number(year)); // Date.UTC maps years 0..99 to 1900..1999
  const sign = zone[0] === '-' ? -1 : 1;
  const offsetMinutes = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return date.getTime() - offsetMinutes * 60000;
}

// True when the ISO text carries a time of day ("2016-03-29T16:27:03"), not a bare date.
function hasTime(text) {
  return /^[+-]?\d{4,6}-\d\d-\d\d[T ]\d\d:\d\d/.test(String(text ?? '').trim());
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

// The label of an event date {value, granularity, start, end} at its precision. A range ("from
// March 3 to 10", value "2016-03-03/2016-03-10") names both ends: "3 March 2016 – 10 March 2016".
export function dateLabel(date) {
  if (!date) return 'undated';
  const start = parseIso(date.start);
  if (Number.isNaN(start)) return String(date.value ?? 'undated');
  const [first, last] = String(date.value ?? '').split('/');
  const end = parseIso(date.end);
  if (last !== undefined && end > start) {
    const lastSecond = new Date(end - 1000).toISOString().replace(/\.\d+Z$/, '');
    return `${dateLabel({ ...date, value: first })} – ${dateLabel({ ...date, value: last, start: lastSecond })}`;
  }
  const d = new Date(start);
  const year = d.getUTCFullYear();
  switch (date.granularity) {
    case 'century': return `${ordinal(Math.floor(year / 100) + 1)} century`;
    case 'decade': return `${Math.floor(year / 10) * 10}s`;
    case 'year': return String(year);
    case 'quarter': return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${year}`;
    case 'season': return seasonLabel(date.value, year);
    case 'month': return formatter('month', { month: 'long', year: 'numeric' }).format(d);
    case 'weekend': return `weekend of ${formatter('shortDay', { day: 'numeric', month: 'short', year: 'numeric' }).format(d)}`;
    case 'week': return `week of ${formatter('shortDay', { day: 'numeric', month: 'short', year: 'numeric' }).format(d)}`;
    case 'hour': {
      const part = PARTS_OF_DAY[String(date.value ?? '').slice(-2)];
      return part ? `${dayLabel(d)}, ${part}` : timeLabel(d);
    }
    case 'minute':
    case 'second':
      return timeLabel(d);
    default: return dayLabel(d);
  }
}

function timeLabel(d) {
  return formatter('time', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

function dayLabel(d) {
  return formatter('day', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

// TIMEX3 parts of the day ("2010-07-16TMO", "Friday morning"): named, not shown as a clock time.
const PARTS_OF_DAY = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

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

// Spans are drawn for dates coarser than a day and for ranges; finer ones are points on the axis.
export function isSpan(date) {
  return ['month', 'quarter', 'season', 'year', 'decade', 'century', 'week', 'weekend'].includes(date?.granularity) ||
    String(date?.value ?? '').includes('/');
}

// A publication time as "29 Mar 2016, 16:27" (UTC), or "29 Mar 2016" when only the day is known.
export function formatPublished(text) {
  const ms = parseIso(text);
  if (Number.isNaN(ms)) return text ? String(text) : '';
  if (!hasTime(text)) return formatter('publishedDay', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(ms));
  return formatter('published', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}
