import { companiesResponseSchema, healthResponseSchema } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { sharesOn } from '../../server/src/features/prices/market-value';
import { barsFingerprint } from '../../server/src/features/prices/price-store.testing';
import type { Respond } from '../../server/src/features/prices/yahoo-chart.testing';
import {
  ownFixture,
  sharedFixture,
  sharedFixturesPresent,
} from '../../server/src/features/prices/yahoo-fixture-fetch';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';
import { coreWeaveChart, yahooServing as serveYahoo } from '../support/yahoo-serving';

const TOKEN = 'test-admin-token-0123456789';
const NOW = Date.parse('2026-01-06T22:00:00Z');

let deps: TestDeps;
beforeAll(async () => {
  deps = await freshDeps({ adminToken: TOKEN });
});
afterAll(() => deps?.cleanup());

/** Serves charts per symbol and, for quotes, the crumb exchange and a quote naming `shares`. */
function yahooServing(charts: Record<string, Respond>, shares = 482_000_000) {
  const served = serveYahoo(charts, { now: NOW, shares });
  deps.priceProvider = served.provider;
  return served;
}

async function post(body: unknown, token: string | null = TOKEN) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await createApp(deps).request('/api/companies', {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  const answer: unknown = await res.json();
  return { status: res.status, body: answer };
}

/** Everything a failed add could have left behind. */
async function storeState() {
  const db = deps.store.db;
  const count = async (table: 'companies' | 'daily_bars' | 'ingest_runs' | 'shares_outstanding') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
  return {
    companies: await count('companies'),
    bars: await count('daily_bars'),
    runs: await count('ingest_runs'),
    shares: await count('shares_outstanding'),
  };
}

describe(`POST /api/companies on ${storeKind}`, () => {
  it('answers 404 for an unknown symbol (the recorded Yahoo 404) and stores nothing', async () => {
    const recorded = ownFixture('chart-QQQQ-not-found.json');
    const fake = yahooServing({
      QQQQ: () => new Response(recorded.body, { status: 404, statusText: 'Not Found' }),
    });
    const before = await storeState();
    const { status, body } = await post({ ticker: 'qqqq' });
    expect(status).toBe(404);
    expect(body).toEqual({
      error: {
        code: 'unknown_symbol',
        message:
          'Yahoo Finance has no daily prices for QQQQ: it is unknown or delisted (QQQQ: unknown or delisted symbol: No data found, symbol may be delisted). Nothing was stored.',
      },
    });
    expect(fake.calls).toEqual(['QQQQ']);
    expect(await storeState()).toEqual(before);
    const listed = await createApp(deps).request('/api/companies');
    const { companies } = companiesResponseSchema.parse(await listed.json());
    expect(companies.map((c) => c.ticker)).not.toContain('QQQQ');
  });

  it.skipIf(!sharedFixturesPresent)(
    sharedFixturesPresent
      ? "answers 404 for Yahoo's real recorded 404 (SIX)"
      : "Yahoo's real 404 (skipped: ../shared/data not present)",
    async () => {
      const recorded = sharedFixture('historical-via-chart-SIX-2020-01-01-to-2020-01-03.json');
      yahooServing({ SIX: () => new Response(recorded.body, { status: 404 }) });
      const before = await storeState();
      const { status, body } = await post({ ticker: 'SIX' });
      expect(status).toBe(404);
      expect(body).toMatchObject({ error: { code: 'unknown_symbol' } });
      expect(await storeState()).toEqual(before);
    },
  );

  it('needs the admin token, and asks nothing of Yahoo without it', async () => {
    const fake = yahooServing({});
    expect((await post({ ticker: 'CRWV' }, null)).status).toBe(401);
    expect((await post({ ticker: 'CRWV' }, 'wrong-token-0123456789')).status).toBe(401);
    expect(fake.calls).toEqual([]);
  });

  it('answers 400 for a malformed symbol and 409 for a tracked one', async () => {
    const fake = yahooServing({});
    expect(await post({ ticker: 'NV$DA' })).toMatchObject({ status: 400 });
    expect(await post({ ticker: 'NVDA', extra: 1 })).toMatchObject({ status: 400 });
    expect(await post({ ticker: 'NVDA' })).toMatchObject({
      status: 409,
      body: { error: { code: 'already_exists' } },
    });
    expect(fake.calls).toEqual([]);
  });

  it('answers 503 when Yahoo is unreachable, stores nothing and marks the source offline', async () => {
    yahooServing({
      CRWV: () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
        });
      },
    });
    const before = await storeState();
    const { status, body } = await post({ ticker: 'CRWV' });
    expect(status).toBe(503);
    expect(body).toMatchObject({
      error: {
        code: 'source_unreachable',
        message: expect.stringMatching(/^Yahoo Finance is unreachable: CRWV: network unreachable/),
      },
    });
    // Not even a run: the source's trouble shows in health, the store is as it was.
    expect(await storeState()).toEqual(before);
    const health = healthResponseSchema.parse(
      await (await createApp(deps).request('/api/health')).json(),
    );
    expect(health.sources).toContainEqual(
      expect.objectContaining({ source: 'yahoo', state: 'offline' }),
    );
  });

  it('adds a listed symbol: company, backfilled bars from its first session, share count', async () => {
    // CoreWeave listed on 28 March 2025: a backfill from 2021-01-04 finds bars from then on.
    const fake = yahooServing({ CRWV: () => new Response(coreWeaveChart()) }, 482_000_000);
    const { status, body: answer } = await post({ ticker: 'CRWV' });
    expect(status).toBe(201);
    expect(answer).toEqual({
      company: {
        ticker: 'CRWV',
        name: 'CoreWeave, Inc.',
        kind: 'stock',
        groups: [],
        aliases: [],
        origin: 'user',
        firstDate: '2025-03-28',
        lastDate: '2025-04-01',
      },
      barsWritten: 3,
    });
    expect(fake.calls).toEqual(['CRWV']);
    expect(await barsFingerprint(deps.store.db, 'CRWV')).toMatchObject({ rows: 3 });
    // The quote is stored as of the day it was taken, in New York.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
    expect(await sharesOn(deps, 'CRWV', today)).toMatchObject({ shares: 482_000_000, asOf: today });
    const prices = await createApp(deps).request('/api/prices?tickers=CRWV');
    expect(prices.status).toBe(200);
  });
});
