import { createYahooAdapter } from '../../server/src/features/prices/yahoo.adapter';
import {
  barAt,
  chartBody,
  chartFetch,
  type Respond,
} from '../../server/src/features/prices/yahoo-chart.testing';
import {
  crumbFixtures,
  fixtureFetch,
  ownFixture,
} from '../../server/src/features/prices/yahoo-fixture-fetch';

/**
 * A Yahoo adapter on a fake network: charts per symbol and, for quotes, the recorded crumb
 * exchange and the recorded AAPL quote renamed to the symbol asked for, naming `shares`.
 */
export function yahooServing(
  charts: Record<string, Respond>,
  options: { now: number; shares?: number },
) {
  const quote = ownFixture('quote-AAPL.json');
  const crumbs = fixtureFetch(crumbFixtures());
  const fake = chartFetch(charts, async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.pathname !== '/v7/finance/quote') return crumbs.fetch(input, init);
    const symbol = url.searchParams.get('symbols') ?? '';
    const body = quote.body
      .replaceAll('"AAPL"', JSON.stringify(symbol))
      .replace('15037899776', String(options.shares ?? 482_000_000));
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
  const provider = createYahooAdapter({ fetch: fake.fetch, now: () => options.now });
  return { provider, calls: fake.calls };
}

/** CoreWeave (listed 28 March 2025): its first three sessions in Yahoo's chart format, hand-written. */
export const coreWeaveBars = [
  barAt('2025-03-28', 40),
  barAt('2025-03-31', 38.5),
  barAt('2025-04-01', 34.2),
];
export const coreWeaveChart = () =>
  chartBody({
    symbol: 'CRWV',
    session: '2026-01-06',
    bars: coreWeaveBars,
    name: 'CoreWeave, Inc.',
  });
