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

/** A ticker's stored bars and the return series the engine reads, prepared once. */
export interface LoadedSeries {
  ticker: string;
  bars: Bar[];
  series: ReturnSeries;
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
    const loading = readBars(this.db, { tickers: [ticker] }).then((m) => {
      const bars = m.get(ticker) ?? [];
      return { ticker, bars, series: prepareSeries(bars) };
    });
    this.cache.set(ticker, loading);
    loading.catch(() => this.cache.delete(ticker));
    while (this.cache.size > this.options.maxSeries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return loading;
  }

  async bars(ticker: string): Promise<Bar[]> {
    return (await this.load(ticker)).bars;
  }

  /** The trading sessions: the dates the calendar ticker has bars for. */
  async sessions(): Promise<readonly string[]> {
    return (await this.load(this.options.calendarTicker)).series.dates;
  }
}
