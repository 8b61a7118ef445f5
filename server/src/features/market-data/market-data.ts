import { type Bar, prepareSeries, type ReturnSeries } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { DataVersion } from '../../store/data-version';
import type { Database } from '../../store/schema';
import { readBars } from '../prices/prices.repo';

export interface MarketDataOptions {
  /** Whose sessions are the trading calendar: the default benchmark. */
  calendarTicker: string;
  /** How many series stay in memory; the least recently used go first. */
  maxSeries: number;
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

function columns(ticker: string, bars: readonly Bar[]): LoadedSeries {
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

  async load(ticker: string): Promise<LoadedSeries> {
    const v = await this.version.current();
    if (v !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = v;
    }
    const hit = this.cache.get(ticker);
    if (hit) {
      this.cache.delete(ticker);
      this.cache.set(ticker, hit);
      return hit;
    }
    const loading = readBars(this.db, { tickers: [ticker] }).then((m) =>
      columns(ticker, m.get(ticker) ?? []),
    );
    this.cache.set(ticker, loading);
    loading.catch(() => this.cache.delete(ticker));
    while (this.cache.size > this.options.maxSeries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return loading;
  }

  /** The trading sessions: the dates the calendar ticker has bars for. */
  async sessions(): Promise<readonly string[]> {
    return (await this.load(this.options.calendarTicker)).series.dates;
  }
}
