import { type Bar, newYorkTime, newYorkToEpoch } from '@aftershock/shared';
import { z } from 'zod';
import type { DividendEvent, SplitEvent } from './price-provider.port';
import { ownFixture } from './yahoo-fixture-fetch';

/*
 * Test support: Yahoo v8 chart bodies for any bars, in the exact shape of the recorded NVDA chart
 * (its `meta` with the symbol, names and current trading period replaced). Bars are stamped at
 * 09:30 New York, as Yahoo stamps daily bars.
 */

const recorded = ownFixture('chart-NVDA-2024-06-06-to-2024-06-12.json');
const recordedShape = z.object({
  chart: z.object({
    result: z.tuple([z.looseObject({ meta: z.record(z.string(), z.unknown()) })]),
  }),
});
const recordedMeta = () => recordedShape.parse(JSON.parse(recorded.body)).chart.result[0].meta;

const openSeconds = (date: string) => newYorkToEpoch(date, 9 * 60 + 30) / 1000;
const closeSeconds = (date: string) => newYorkToEpoch(date, 16 * 60) / 1000;

export interface ChartBodyOptions {
  symbol: string;
  bars: readonly Bar[];
  splits?: readonly SplitEvent[];
  dividends?: readonly DividendEvent[];
  /** The session Yahoo reports as current (`meta.currentTradingPeriod.regular`). */
  session: string;
  name?: string;
}

export function chartBody(options: ChartBodyOptions): string {
  const { symbol, bars, session } = options;
  const { offsetMinutes } = newYorkTime(newYorkToEpoch(session, 12 * 60));
  const zone = { timezone: offsetMinutes === -300 ? 'EST' : 'EDT', gmtoffset: offsetMinutes * 60 };
  const regular = { ...zone, start: openSeconds(session), end: closeSeconds(session) };
  const meta = {
    ...recordedMeta(),
    ...zone,
    symbol,
    longName: options.name ?? `${symbol} Inc.`,
    shortName: options.name ?? `${symbol} Inc.`,
    currentTradingPeriod: { pre: regular, regular, post: regular },
  };
  const events: Record<string, Record<string, unknown>> = {};
  for (const s of options.splits ?? []) {
    const date = openSeconds(s.date);
    events.splits ??= {};
    events.splits[date] = {
      date,
      numerator: s.numerator,
      denominator: s.denominator,
      splitRatio: `${s.numerator}:${s.denominator}`,
    };
  }
  for (const d of options.dividends ?? []) {
    const date = openSeconds(d.date);
    events.dividends ??= {};
    events.dividends[date] = { amount: d.amount, date };
  }
  const result = {
    meta,
    timestamp: bars.map((b) => openSeconds(b.date)),
    events,
    indicators: {
      quote: [
        {
          open: bars.map((b) => b.open),
          high: bars.map((b) => b.high),
          low: bars.map((b) => b.low),
          close: bars.map((b) => b.close),
          volume: bars.map((b) => b.volume),
        },
      ],
      adjclose: [{ adjclose: bars.map((b) => b.adjClose) }],
    },
  };
  return JSON.stringify({ chart: { result: [result], error: null } });
}

/** The symbol of a chart request, or null for any other URL. */
export function chartSymbol(input: Parameters<typeof fetch>[0]): string | null {
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
  );
  const match = /^\/v8\/finance\/chart\/([^/]+)$/.exec(url.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The parts of a chart body that fault tests edit. */
const editable = z.object({
  chart: z.object({
    result: z.tuple([
      z.looseObject({
        meta: z.record(z.string(), z.unknown()),
        timestamp: z.array(z.number()),
        indicators: z.looseObject({
          quote: z.tuple([z.record(z.string(), z.array(z.number().nullable()))]),
          adjclose: z.tuple([z.object({ adjclose: z.array(z.number().nullable()) })]),
        }),
      }),
    ]),
    error: z.null(),
  }),
});
export type EditableChart = z.infer<typeof editable>['chart']['result'][0];

/** A chart body with `edit` applied to its result. */
export function editChartBody(body: string, edit: (result: EditableChart) => void): string {
  const parsed = editable.parse(JSON.parse(body));
  edit(parsed.chart.result[0]);
  return JSON.stringify(parsed);
}

export type Respond = () => Response | Promise<Response>;

/**
 * A fetch answering chart requests per symbol (any other request goes to `otherwise`, which by
 * default rejects), recording the symbols asked for in order.
 */
export function chartFetch(
  bySymbol: Record<string, Respond>,
  otherwise: typeof fetch = async (input) => {
    throw new Error(`unexpected request ${String(input)}`);
  },
): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const symbol = chartSymbol(input);
    if (symbol === null) return otherwise(input, init);
    calls.push(symbol);
    const respond = bySymbol[symbol];
    if (!respond) throw new Error(`no chart for ${symbol}`);
    return respond();
  };
  return { fetch: fetchFn, calls };
}

/** A bar with round figures around `close`, for sessions after the stored ones. */
export function barAt(date: string, close: number, volume = 100_000_000): Bar {
  return { date, open: close, high: close + 1, low: close - 1, close, adjClose: close, volume };
}
