import { type Bar, parseCsv, sessionDate } from '@aftershock/shared';

export interface CsvProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** A CSV file that cannot be imported; names the file, line and field of each problem. */
export class CsvImportError extends Error {
  constructor(readonly problems: CsvProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
    const more = problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : '';
    super(`Price CSV rejected, nothing was stored:\n  ${shown.join('\n  ')}${more}`);
    this.name = 'CsvImportError';
  }
}

const columns = ['date', 'open', 'high', 'low', 'close', 'adj_close', 'volume'] as const;

/**
 * Yahoo serves prices as float32, so a close of 142.62 arrives as 142.6199951171875. The shortest
 * decimal that maps to the same float32 is the figure Yahoo meant; other values pass unchanged.
 */
export function shortestFloat32(x: number): number {
  if (Math.fround(x) !== x) return x;
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(x.toPrecision(digits));
    if (Math.fround(candidate) === x) return candidate;
  }
  return x;
}

/**
 * Parses one file in the format of `date,open,high,low,close,adj_close,volume`. An empty
 * adj_close (indexes have none) takes the close: an index has no splits or dividends.
 */
export function parsePriceCsv(options: { text: string; file: string }): Bar[] {
  const { text, file } = options;
  const rows = parseCsv(text);
  const problems: CsvProblem[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = columns.filter((c) => c !== 'volume' && !header.includes(c));
  if (rows.length === 0 || missing.length > 0) {
    throw new CsvImportError([
      {
        file,
        line: 1,
        field: 'header',
        message: `missing column(s) ${missing.join(', ') || 'all'}`,
      },
    ]);
  }
  const index = Object.fromEntries(columns.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof columns)[number],
    number
  >;
  const bars: Bar[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length === 1 && row[0]?.trim() === '') return;
    const problem = (field: string, message: string) =>
      problems.push({ file, line, field, message });
    const date = row[index.date]?.trim() ?? '';
    if (!sessionDate.safeParse(date).success)
      problem('date', `"${date}" is not a date as YYYY-MM-DD`);
    else if (seen.has(date)) problem('date', `${date} repeats line ${seen.get(date)}`);
    else seen.set(date, line);
    const price = (field: 'open' | 'high' | 'low' | 'close' | 'adj_close', fallback?: number) => {
      const raw = row[index[field]]?.trim() ?? '';
      if (raw === '' && fallback !== undefined) return fallback;
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) problem(field, `"${raw}" is not a number`);
      else if (value <= 0) problem(field, `${raw} is not a positive price`);
      return shortestFloat32(value);
    };
    const open = price('open');
    const high = price('high');
    const low = price('low');
    const close = price('close');
    const adjClose = price('adj_close', close);
    if (high < low) problem('high', `high ${high} is below low ${low}`);
    const rawVolume = index.volume >= 0 ? (row[index.volume]?.trim() ?? '') : '';
    const volume = rawVolume === '' ? null : Number(rawVolume);
    if (volume !== null && (!Number.isInteger(volume) || volume < 0)) {
      problem('volume', `"${rawVolume}" is not a whole non-negative number`);
    }
    bars.push({ date, open, high, low, close, adjClose, volume });
  });
  if (problems.length > 0) throw new CsvImportError(problems);
  if (bars.length === 0)
    throw new CsvImportError([{ file, line: 2, field: 'date', message: 'no rows' }]);
  return bars.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** `IXIC.csv` is `^IXIC` when the catalogue knows the index and no plain `IXIC`. */
export function tickerForFile(fileName: string, known: ReadonlySet<string>): string {
  const base = fileName.replace(/\.csv$/i, '').toUpperCase();
  if (!known.has(base) && known.has(`^${base}`)) return `^${base}`;
  return base;
}
