import { InvalidResponseError } from './price-errors';
import type { DailyBars, DividendEvent, ProviderBar, SplitEvent } from './price-provider.port';
import type { YahooChart } from './yahoo-chart.schema';
import { type ExchangeDateFn, exchangeDateFn } from './yahoo-dates';

export interface ToDailyBarsInput {
  ticker: string;
  chart: YahooChart;
  /** Inclusive exchange dates; bars and events outside are left out. */
  from: string;
  to: string;
  nowMs: number;
}

/**
 * Turns a validated chart into our bars.
 *
 * - Dates are read in the exchange's zone (see `exchangeDateFn`), never as UTC dates.
 * - A bar with a null or non-positive open, high, low, close or adjusted close is dropped:
 *   Yahoo sends nulls for a session it has not consolidated yet or a halted day, and a later
 *   fetch brings the real bar. A response whose every bar is null is an `InvalidResponseError`.
 * - Two bars on one date (Yahoo appends the live bar of a session next to the one stamped at the
 *   open) keep the last one, Yahoo's most recent figures. One timestamp given twice with different
 *   figures is an `InvalidResponseError`; given twice with the same figures, it counts once.
 * - A bar is not final while its session has not closed: its date is on or after the date of
 *   `meta.currentTradingPeriod.regular` and `nowMs` is before that period's end.
 * - Without an adjusted-close series, an index's close is its adjusted close (indexes pay no
 *   dividends); for anything else the missing series is an `InvalidResponseError`.
 */
export function toDailyBars(input: ToDailyBarsInput): DailyBars {
  const { ticker, chart, from, to, nowMs } = input;
  const { meta } = chart;
  // Yahoo upper-cases what it was asked; any other symbol is somebody else's history.
  if (meta.symbol.toUpperCase() !== ticker.toUpperCase()) {
    throw new InvalidResponseError({
      ticker,
      field: 'meta.symbol',
      detail: `answered for ${meta.symbol}`,
    });
  }
  const dateOf = exchangeDateFn({
    timeZone: meta.exchangeTimezoneName,
    gmtOffsetSeconds: meta.gmtoffset,
  });
  const regular = meta.currentTradingPeriod.regular;
  const openSessionDate = dateOf(regular.start.getTime() / 1000);
  const sessionOpen = nowMs < regular.end.getTime();
  const inRange = (date: string) => date >= from && date <= to;

  const name = meta.longName ?? meta.shortName;
  const timestamps = chart.timestamp ?? [];
  const quote = chart.indicators.quote[0];
  const adjclose = chart.indicators.adjclose?.[0]?.adjclose;
  if (timestamps.length > 0 && !adjclose && meta.instrumentType !== 'INDEX') {
    throw new InvalidResponseError({ ticker, field: 'indicators.adjclose', detail: 'missing' });
  }

  const byDate = new Map<string, ProviderBar>();
  const seen = new Map<number, string>();
  const skipped: string[] = [];
  let usable = 0;
  timestamps.forEach((ts, i) => {
    const close = quote?.close[i] ?? null;
    const prices = {
      open: quote?.open[i] ?? null,
      high: quote?.high[i] ?? null,
      low: quote?.low[i] ?? null,
      close,
      adjClose: adjclose ? (adjclose[i] ?? null) : close,
    };
    const date = dateOf(ts);
    if (!allPositive(prices)) {
      if (inRange(date)) skipped.push(date);
      return;
    }
    usable++;
    const volume = quote?.volume[i] ?? null;
    // One instant cannot have two sets of prices: with no way to tell which is right, the whole
    // answer is refused (and retried later) rather than storing a guess. An exact repeat is noise.
    const figures = JSON.stringify([prices, volume]);
    const earlier = seen.get(ts);
    if (earlier !== undefined && earlier !== figures) {
      throw new InvalidResponseError({
        ticker,
        field: 'timestamp',
        detail: `${ts} (${date}) appears twice with different prices`,
      });
    }
    seen.set(ts, figures);
    if (!inRange(date)) return;
    byDate.set(date, { date, ...prices, volume, final: !(sessionOpen && date >= openSessionDate) });
  });
  if (timestamps.length > 0 && usable === 0) {
    throw new InvalidResponseError({
      ticker,
      field: 'indicators.quote.0.close',
      detail: `all ${timestamps.length} bars have null prices`,
    });
  }

  return {
    ticker,
    currency: meta.currency,
    exchangeTimezone: meta.exchangeTimezoneName,
    ...(name && { name }),
    instrumentType: meta.instrumentType,
    bars: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    splits: splitsOf(chart, dateOf).filter((s) => inRange(s.date)),
    dividends: dividendsOf(chart, dateOf).filter((d) => inRange(d.date)),
    notes:
      skipped.length === 0
        ? []
        : [
            `skipped ${skipped.length} bar(s) with null or non-positive prices: ${skipped.join(', ')}`,
          ],
  };
}

type Prices = Record<'open' | 'high' | 'low' | 'close' | 'adjClose', number | null>;

function allPositive(prices: Prices): prices is Record<keyof Prices, number> {
  return Object.values(prices).every((v) => v !== null && Number.isFinite(v) && v > 0);
}

function splitsOf(chart: YahooChart, dateOf: ExchangeDateFn): SplitEvent[] {
  return Object.values(chart.events?.splits ?? {})
    .map((s) => ({
      date: dateOf(s.date.getTime() / 1000),
      numerator: s.numerator,
      denominator: s.denominator,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function dividendsOf(chart: YahooChart, dateOf: ExchangeDateFn): DividendEvent[] {
  return Object.values(chart.events?.dividends ?? {})
    .map((d) => ({ date: dateOf(d.date.getTime() / 1000), amount: d.amount }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
