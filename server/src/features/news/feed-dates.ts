/**
 * Publication dates as feeds really write them: RFC 822/1123 (RSS), ISO 8601 / RFC 3339 (Atom,
 * dc:date), and RFC 822 with Portuguese day and month names (UOL: `Seg, 24 Set 2018 19:42:40
 * -0300`). The result keeps the feed's own offset (`2018-09-24T19:42:40-03:00`), so the time of
 * day the publisher meant stays readable; `Date.parse` of it gives the instant.
 */

const months: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  apr: 4,
  abr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  ago: 8,
  sep: 9,
  set: 9,
  oct: 10,
  out: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

/** RFC 822 section 5.1 zone names, and US zones as RSS writers use them. */
const zones: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const rfc822 =
  /^(?:[a-zà-ú]{2,9}\.?,?\s+)?(\d{1,2})\s+([a-zç]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,4})?$/i;

const iso8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function toIso(p: Parts): string | undefined {
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millis);
  const check = new Date(utc);
  // Date.UTC rolls 31 Feb into March; a date that rolls over was not a real date.
  const real =
    check.getUTCFullYear() === p.year &&
    check.getUTCMonth() === p.month - 1 &&
    check.getUTCDate() === p.day &&
    p.hour < 24 &&
    p.minute < 60 &&
    p.second < 61;
  if (!real) return undefined;
  const fraction = p.millis ? `.${pad(p.millis, 3)}` : '';
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(Math.min(p.second, 59))}${fraction}`;
  return `${date}T${time}${formatOffset(p.offsetMinutes)}`;
}

function parseOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return zones[zone.toLowerCase()];
}

function parseRfc822(text: string): string | undefined {
  const m = rfc822.exec(text);
  if (!m) return undefined;
  const month = months[(m[2] ?? '').toLowerCase().slice(0, 3)];
  const offsetMinutes = parseOffset(m[7]);
  if (month === undefined || offsetMinutes === undefined) return undefined;
  let year = Number(m[3]);
  // RFC 2822 section 4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
  if (year < 100) year += year < 50 ? 2000 : 1900;
  return toIso({
    year,
    month,
    day: Number(m[1]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millis: 0,
    offsetMinutes,
  });
}

function parseIso(text: string): string | undefined {
  const m = iso8601.exec(text);
  if (!m) return undefined;
  const offsetMinutes = parseOffset(m[8]);
  if (offsetMinutes === undefined) return undefined;
  return toIso({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millis: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
    offsetMinutes,
  });
}

/**
 * Parses a feed date to ISO 8601 with its offset, or undefined when it cannot be read. A time
 * with no zone at all is taken as UTC, as RFC 3339 section 4.3 suggests for an unknown offset.
 */
export function parseFeedDate(raw: string | undefined | null): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return parseRfc822(text) ?? parseIso(text);
}
