const minus = '\u2212';

/** 0.1697 -> "+16.97%", -0.1697 -> "−16.97%" (true minus sign); null -> "—". */
export function formatPercent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const text = Math.abs(fraction * 100).toFixed(digits);
  if (Number(text) === 0) return `${(0).toFixed(digits)}%`;
  return `${fraction < 0 ? minus : '+'}${text}%`;
}

/** A signed statistic such as a t value: "−4.64". */
export function formatSigned(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? minus : ''}${text}`;
}

/** A p value: three decimals, "<0.001" below that. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

/** Dollars in billions or millions with sign: "−$592.34 bn". */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const sign = value < 0 ? minus : value > 0 ? '+' : '';
  if (abs >= 1e9) return `${sign}$${(abs / 1e9).toFixed(2)} bn`;
  if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(2)} m`;
  return `${sign}$${abs.toFixed(0)}`;
}

/** Stars for a two-sided p value: *** < 1%, ** < 5%, * < 10%. */
export function significanceStars(p: number | null | undefined): string {
  if (p === null || p === undefined) return '';
  if (p < 0.01) return '***';
  if (p < 0.05) return '**';
  if (p < 0.1) return '*';
  return '';
}

/** "2025-01-26T18:00:00-05:00" -> "2025-01-26 18:00 ET"; a bare date stays a date. */
export function formatEventTime(iso: string): string {
  if (iso.length <= 10) return iso;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} ET`;
}

const newYork = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Any ISO instant in New York time: "2025-01-27 07:05 ET". */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const parts = Object.fromEntries(newYork.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ET`;
}
