import { type Bar, prepareSeries, type ReturnSeries } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { DataVersion } from '../../store/data-version';
import type { Database } from '../../store/schema';
import { readBars, readCloses } from '../prices/prices.repo';

export interface MarketDataOptions {
  /** Whose sessions are the trading calendar: the default benchmark. */
  calendarTicker: string;
  /** How many series stay in memory; the least recently used go first. */
  maxSeries: number;
  /** How many tickers' whole bars (open, high, low, volume too) stay in memory for /api/prices. */
  maxBars?: number;
}

/**
 * A ticker's stored prices as analysis reads them, column-wise to stay small in memory: the
 * return series of adjusted closes the engine reads, and the split-adjusted closes shown beside.
 */
export interface LoadedSeries {
  ticker: string;
  series: ReturnSeries;
  /** close[i] is the close on series.dates[i]. */
  close: Float64Array;
}

/** One string per session date across all series: thousands of series share them. */
const dates = new Map<string, string>();
const intern = (d: string) => {
  const hit = dates.get(d);
  if (hit !== undefined) return hit;
  dates.set(d, d);
  return d;
};

function columns(
  ticker: string,
  bars: readonly { date: string; adjClose: number; close: number }[],
): LoadedSeries {
  const close = new Float64Array(bars.length);
  const points = bars.map((b, i) => {
    close[i] = b.close;
    return { date: intern(b.date), adjClose: b.adjClose };
  });
  return { ticker, series: prepareSeries(points), close };
}

/**
 * The in-memory view of the stored prices that analysis reads: whole series per ticker, loaded on
 * demand, kept in an LRU, dropped when the data version moves (a write here or elsewhere).
 */
export class MarketData {
  private readonly cache = new Map<string, Promise<LoadedSeries>>();
  private readonly barCache = new Map<string, Promise<Bar[]>>();
  private cacheVersion = -1;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly version: DataVersion,
    readonly options: MarketDataOptions,
  ) {}

  /** Changes whenever the stored data changes; part of every analysis cache key. */
  get dataVersion(): number {
    return this.version.known;
  }

  /** Call after writing prices in this process: caches here go at once. */
  invalidate(): void {
    this.version.bump();
  }

  private async fresh(): Promise<void> {
    const v = await this.version.current();
    if (v !== this.cacheVersion) {
      this.cache.clear();
      this.barCache.clear();
      this.cacheVersion = v;
    }
  }

  async load(ticker: string): Promise<LoadedSeries> {
    await this.fresh();
    return lru(this.cache, ticker, this.options.maxSeries, () =>
      readCloses(this.db, ticker).then((bars) => columns(ticker, bars)),
    );
  }

  /**
   * The sessions `from`..`to` of a ticker: out of its whole series when that is in memory, else
   * read from the store alone and not kept. For a universe larger than the LRU, where whole
   * series would only churn it, a study reads the few hundred sessions it needs.
   */
  async loadSlice(ticker: string, range: { from: string; to: string }): Promise<LoadedSeries> {
    await this.fresh();
    if (this.cache.has(ticker)) return this.load(ticker);
    return columns(ticker, await readCloses(this.db, ticker, range));
  }

  /** A ticker's whole stored bars, for the prices API (whose answer repeats for every chart). */
  async bars(ticker: string): Promise<Bar[]> {
    await this.fresh();
    return lru(this.barCache, ticker, this.options.maxBars ?? 200, () =>
      readBars(this.db, { tickers: [ticker] }).then((m) => m.get(ticker) ?? []),
    );
  }

  /** The trading sessions: the dates the calendar ticker has bars for. */
  async sessions(): Promise<readonly string[]> {
    return (await this.load(this.options.calendarTicker)).series.dates;
  }
}

/** Get or load through a Map kept in least-recently-used order; a failed load is not kept. */
function lru<T>(map: Map<string, Promise<T>>, key: string, max: number, load: () => Promise<T>) {
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const loading = load();
  map.set(key, loading);
  loading.catch(() => map.delete(key));
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
  return loading;
}
