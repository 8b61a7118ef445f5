import { describe, expect, it } from 'vitest';
import { SymbolNotFoundError } from './price-errors';
import { createYahooAdapter } from './yahoo.adapter';
import {
  crumbFixtures,
  fixtureFetch,
  ownFixture,
  type Recorded,
  sharedFixture,
  sharedFixturesPresent,
} from './yahoo-fixture-fetch';

const at = (iso: string) => () => Date.parse(iso);

function adapterOn(recordings: Recorded[], now = at('2025-03-01T00:00:00Z')) {
  const fake = fixtureFetch(recordings);
  return { adapter: createYahooAdapter({ fetch: fake.fetch, now }), requests: fake.requests };
}

describe('Yahoo adapter on the project fixtures', () => {
  it('reads NVDA across its 10:1 split and its $0.01 dividend, trimmed to the range', async () => {
    const { adapter, requests } = adapterOn([
      ownFixture('chart-NVDA-2024-06-06-to-2024-06-12.json'),
    ]);
    const got = await adapter.fetchDailyBars({
      ticker: 'NVDA',
      from: '2024-06-06',
      to: '2024-06-12',
    });

    // One day of margin each side: 2024-06-05T00:00Z and 2024-06-14T00:00Z.
    const asked = requests[0]?.searchParams;
    expect(asked?.get('period1')).toBe('1717545600');
    expect(asked?.get('period2')).toBe('1718323200');
    expect(asked?.get('interval')).toBe('1d');
    expect(asked?.get('events')).toBe('div|split');

    expect(got.currency).toBe('USD');
    expect(got.exchangeTimezone).toBe('America/New_York');
    expect(got).toMatchObject({ name: 'NVIDIA Corporation', instrumentType: 'EQUITY' });
    expect(got.bars.map((b) => b.date)).toEqual([
      '2024-06-06',
      '2024-06-07',
      '2024-06-10',
      '2024-06-11',
      '2024-06-12',
    ]);
    expect(got.bars[0]).toEqual({
      date: '2024-06-06',
      open: 124.05,
      high: 125.59,
      low: 118.32,
      close: 120.998,
      adjClose: 120.9881,
      volume: 664696000,
      final: true,
    });
    expect(got.bars.at(-1)).toMatchObject({ date: '2024-06-12', close: 125.2, adjClose: 125.2 });
    expect(got.splits).toEqual([{ date: '2024-06-10', numerator: 10, denominator: 1 }]);
    expect(got.dividends).toEqual([{ date: '2024-06-11', amount: 0.01 }]);

    // Before the ex-date every adjusted close is scaled by 1 - D / P(day before ex-date).
    const factor = 1 - 0.01 / 121.79;
    for (const bar of got.bars.filter((b) => b.date < '2024-06-11')) {
      expect(bar.adjClose / bar.close).toBeCloseTo(factor, 5);
    }
  });

  it('dates Sydney bars by the Sydney calendar, a day after their UTC date', async () => {
    const recording = ownFixture('chart-BHP.AX-2024-01-02-to-2024-01-05.json');
    const { adapter } = adapterOn([recording]);
    const got = await adapter.fetchDailyBars({
      ticker: 'BHP.AX',
      from: '2024-01-02',
      to: '2024-01-05',
    });

    // 1704150000 is 2024-01-01T23:00:00Z, i.e. 10:00 on 2 January in Sydney (UTC+11).
    expect(recording.body).toContain('"timestamp":[1704150000,');
    expect(got.exchangeTimezone).toBe('Australia/Sydney');
    expect(got.currency).toBe('AUD');
    expect(got.bars.map((b) => b.date)).toEqual([
      '2024-01-02',
      '2024-01-03',
      '2024-01-04',
      '2024-01-05',
    ]);
    expect(got.bars[0]).toMatchObject({ close: 50.48, adjClose: 50.48 });
  });

  it('falls back to gmtoffset for a zone name this runtime does not know', async () => {
    const recording = ownFixture('chart-BHP.AX-2024-01-02-to-2024-01-05.json');
    recording.body = recording.body.replace('"Australia/Sydney"', '"Australia/Nowhere"');
    const { adapter } = adapterOn([recording]);
    const got = await adapter.fetchDailyBars({
      ticker: 'BHP.AX',
      from: '2024-01-02',
      to: '2024-01-05',
    });
    // gmtoffset 39600 s = UTC+11: 23:00Z is 10:00 the next day.
    expect(got.bars.map((b) => b.date)).toEqual([
      '2024-01-02',
      '2024-01-03',
      '2024-01-04',
      '2024-01-05',
    ]);
  });

  it('marks the bar of a session still trading as not final, and final after the close', async () => {
    const recording = ownFixture('chart-AAPL-2025-01-23-live-2025-01-27T15-05Z.json');
    const during = adapterOn([recording], at('2025-01-27T15:05:00Z'));
    const live = await during.adapter.fetchDailyBars({ ticker: 'AAPL', from: '2025-01-23' });

    // An open end asks up to 2025-01-30T00:00Z: today (UTC) + 1 day + the 2-day margin.
    expect(during.requests[0]?.searchParams.get('period1')).toBe('1737504000');
    expect(during.requests[0]?.searchParams.get('period2')).toBe('1738195200');
    expect(live.bars.map((b) => [b.date, b.final])).toEqual([
      ['2025-01-23', true],
      ['2025-01-24', true],
      ['2025-01-27', false],
    ]);
    expect(live.bars.at(-1)).toMatchObject({ close: 226.5, volume: 17604230 });
    expect(live.splits).toEqual([]);
    expect(live.dividends).toEqual([]);

    // The regular session ends at 16:00 EST = 21:00Z.
    const after = adapterOn([recording], at('2025-01-27T21:00:01Z'));
    const closed = await after.adapter.fetchDailyBars({ ticker: 'AAPL', from: '2025-01-23' });
    expect(closed.bars.every((b) => b.final)).toBe(true);
  });

  it('reports an unknown symbol as SymbolNotFoundError', async () => {
    const { adapter } = adapterOn([ownFixture('chart-QQQQ-not-found.json')]);
    const failure = adapter.fetchDailyBars({
      ticker: 'QQQQ',
      from: '2024-06-01',
      to: '2024-06-01',
    });
    await expect(failure).rejects.toBeInstanceOf(SymbolNotFoundError);
    await expect(failure).rejects.toMatchObject({
      code: 'symbol_not_found',
      ticker: 'QQQQ',
      retryable: false,
    });
  });

  it('reads shares outstanding through quote(), after fetching a crumb', async () => {
    const { adapter, requests } = adapterOn([...crumbFixtures(), ownFixture('quote-AAPL.json')]);
    const got = await adapter.fetchSharesOutstanding({ ticker: 'AAPL' });
    expect(got).toEqual({ ticker: 'AAPL', sharesOutstanding: 15037899776 });
    expect(requests.map((u) => u.pathname)).toEqual([
      '/quote/AAPL',
      '/v1/test/getcrumb',
      '/v7/finance/quote',
    ]);
    expect(requests[2]?.searchParams.get('crumb')).toBe('hVX1fa1b2Cd');
  });

  it('rejects a reversed range or a malformed ticker before asking Yahoo', async () => {
    const { adapter, requests } = adapterOn([]);
    await expect(
      adapter.fetchDailyBars({ ticker: 'NVDA', from: '2024-06-12', to: '2024-06-06' }),
    ).rejects.toBeInstanceOf(TypeError);
    await expect(
      adapter.fetchDailyBars({ ticker: 'NVDA?x=1', from: '2024-06-06', to: '2024-06-12' }),
    ).rejects.toThrow(/ticker/);
    expect(requests).toEqual([]);
  });
});

describe.skipIf(!sharedFixturesPresent)(
  sharedFixturesPresent
    ? 'Yahoo adapter on the real recordings in ../shared/data'
    : 'Yahoo adapter on the real recordings (skipped: ../shared/data not present)',
  () => {
    it('reads NVDA across its 2021 4:1 split without adjusting the closes again', async () => {
      const { adapter } = adapterOn([
        sharedFixture('historical-via-chart-NVDA-split-2021-02-01-to-2022-01-31.csv.json'),
      ]);
      const got = await adapter.fetchDailyBars({
        ticker: 'NVDA',
        from: '2021-02-01',
        to: '2022-01-31',
      });

      expect(got.bars).toHaveLength(252);
      expect(got.bars[0]).toMatchObject({
        date: '2021-02-01',
        close: 13.237000465393066,
        adjClose: 13.2034912109375,
        volume: 217204000,
        final: true,
      });
      expect(got.bars.at(-1)).toMatchObject({ date: '2022-01-28', adjClose: 22.802078247070312 });
      expect(got.splits).toEqual([{ date: '2021-07-20', numerator: 4, denominator: 1 }]);
      expect(got.dividends).toEqual([]);

      // Yahoo's closes are already split-adjusted: no 4x step at the split.
      const before = got.bars.find((b) => b.date === '2021-07-19');
      const on = got.bars.find((b) => b.date === '2021-07-20');
      expect(on?.close).toBe(18.61199951171875);
      expect((on?.close ?? 0) / (before?.close ?? 1)).toBeCloseTo(18.612 / 18.7798, 3);
    });

    it('reads AAPL with its 2020 split and dividend, dated in New York across the DST change', async () => {
      const { adapter } = adapterOn([sharedFixture('chart-AAPL-2020-08-31-to-2020-11-07.json')]);
      const got = await adapter.fetchDailyBars({
        ticker: 'AAPL',
        from: '2020-08-31',
        to: '2020-11-06',
      });

      expect(got.exchangeTimezone).toBe('America/New_York');
      expect(got.bars).toHaveLength(49);
      expect(got.bars[0]).toMatchObject({
        date: '2020-08-31',
        close: 129.0399932861328,
        adjClose: 125.82673645019531,
      });
      expect(got.bars.at(-1)).toMatchObject({
        date: '2020-11-06',
        close: 118.69000244140625,
        adjClose: 115.93415069580078,
      });
      // 30 Oct is stamped 13:30Z (EDT), 2 Nov 14:30Z (EST): both are 09:30 in New York.
      expect(got.bars.slice(43, 45).map((b) => b.date)).toEqual(['2020-10-30', '2020-11-02']);
      expect(got.splits).toEqual([{ date: '2020-08-31', numerator: 4, denominator: 1 }]);
      expect(got.dividends).toEqual([{ date: '2020-11-06', amount: 0.205 }]);

      // Across the ex-date the adjustment factor steps by 1 - 0.205 / close(5 Nov).
      const [nov5, nov6] = got.bars.slice(-2);
      const step = nov5!.adjClose / nov5!.close / (nov6!.adjClose / nov6!.close);
      expect(step).toBeCloseTo(1 - 0.205 / 119.02999877929688, 5);
    });

    it("reports Yahoo's 404 for 'SIX' as SymbolNotFoundError", async () => {
      const { adapter } = adapterOn([
        sharedFixture('historical-via-chart-SIX-2020-01-01-to-2020-01-03.json'),
      ]);
      await expect(
        adapter.fetchDailyBars({ ticker: 'SIX', from: '2020-01-01', to: '2020-01-03' }),
      ).rejects.toMatchObject({ name: 'SymbolNotFoundError', ticker: 'SIX' });
    });

    it('reads shares outstanding from the recorded AAPL quote', async () => {
      const { adapter } = adapterOn([...crumbFixtures(), sharedFixture('quote-AAPL.json')]);
      await expect(adapter.fetchSharesOutstanding({ ticker: 'AAPL' })).resolves.toEqual({
        ticker: 'AAPL',
        sharesOutstanding: 15634199552,
      });
    });
  },
);
