import { type Bar, prepareSeries, type ReturnSeries } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { readBars } from '../prices/prices.repo';

export interface MarketDataOptions {
  /** Whose sessions are the trading calendar: the default benchmark. */
  calendarTicker: string;
  /** How many series stay in memory; the least recently used go first. */
  maxSeries: number;
  /**
   * How often to ask the store whether another process wrote prices (several servers on one
   * PostgreSQL); 0 asks on every read. Writes in this process invalidate at once.
   */
  freshnessCheckMs?: number;
}

/** A ticker's stored bars and the return series the engine reads, prepared once. */
export interface LoadedSeries {
  ticker: string;
  bars: Bar[];
  series: ReturnSeries;
}

/**
 * The in-memory view of the stored prices that analysis reads: whole series per ticker, loaded on
 * demand, kept in an LRU, dropped when ingestion writes (`invalidate`).
 */
export class MarketData {
  private readonly cache = new Map<string, Promise<LoadedSeries>>();
  private version = 0;
  private lastRun: number | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    readonly options: MarketDataOptions,
  ) {}

  /** Changes whenever the stored prices change; part of every analysis cache key. */
  get dataVersion(): number {
    return this.version;
  }

  invalidate(): void {
    this.version++;
    this.cache.clear();
  }

  /**
   * Every price ingest records a run; a newer successful run than the one this cache was built
   * on means another process wrote prices, so the cache goes.
   */
  private async ensureFresh(): Promise<void> {
    const every = this.options.freshnessCheckMs ?? 5000;
    if (performance.now() - this.checkedAt < every) return;
    this.checking ??= (async () => {
      try {
        const row = await this.db
          .selectFrom('ingest_runs')
          .select((eb) => eb.fn.max('id').as('last'))
          .where('kind', '=', 'prices')
          .where('status', '=', 'ok')
          .executeTakeFirst();
        const last = row?.last === null || row?.last === undefined ? null : Number(row.last);
        if (this.lastRun !== null && last !== this.lastRun) this.invalidate();
        this.lastRun = last;
        this.checkedAt = performance.now();
      } finally {
        this.checking = null;
      }
    })();
    await this.checking;
  }

  async load(ticker: string): Promise<LoadedSeries> {
    await this.ensureFresh();
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
