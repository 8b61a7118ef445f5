import { companySchema, curatedEventSchema, entitySchema } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { ambiguousAliases } from './ambiguous-aliases';
import { companies, subsidiaryAliases } from './companies';
import { curatedEvents } from './curated-events';
import { entities } from './entities';
import { sharesOutstanding, sharesOutstandingOn } from './shares-outstanding';

const snapshotSymbols = [
  'AAPL',
  'AMD',
  'AMZN',
  'ARM',
  'ASML',
  'AVGO',
  'CEG',
  'GOOGL',
  'INTC',
  'META',
  'MRVL',
  'MSFT',
  'MU',
  'NVDA',
  'ORCL',
  'PLTR',
  'QQQ',
  'SMCI',
  'SMH',
  'SOXX',
  'SPY',
  'TSM',
  'VRT',
  'VST',
  '^GSPC',
  '^IXIC',
  '^SOX',
];
const tickers = new Set(companies.map((c) => c.ticker));
const stocks = companies.filter((c) => c.kind === 'stock').map((c) => c.ticker);

describe('companies', () => {
  it('are exactly the 27 symbols of the price snapshot', () => {
    expect([...tickers].sort()).toEqual([...snapshotSymbols].sort());
    expect(companies).toHaveLength(27);
  });

  it('parse with companySchema', () => {
    for (const company of companies) expect(companySchema.parse(company)).toEqual(company);
  });

  it('split into 20 stocks, 4 ETFs and 3 indexes', () => {
    const count = (kind: string) => companies.filter((c) => c.kind === kind).length;
    expect([count('stock'), count('etf'), count('index')]).toEqual([20, 4, 3]);
  });

  it('share no alias between two companies, whatever its case', () => {
    const owners = new Map<string, string>();
    for (const company of companies) {
      for (const alias of company.aliases) {
        const key = alias.toLowerCase();
        const owner = owners.get(key);
        if (owner !== undefined)
          expect(owner, `${alias} of ${company.ticker}`).toBe(company.ticker);
        owners.set(key, company.ticker);
      }
    }
  });
});

describe('entities', () => {
  it('parse with entitySchema and point only to listed tickers', () => {
    for (const entity of entities) {
      expect(entitySchema.parse(entity)).toEqual(entity);
      expect(entity.tickers.length).toBeGreaterThan(0);
      for (const ticker of entity.tickers) expect(tickers.has(ticker), ticker).toBe(true);
    }
  });

  it('point the brief’s labs and products to the right companies', () => {
    const of = (name: string) => entities.find((e) => e.name === name)?.tickers;
    expect(of('OpenAI')).toEqual(['MSFT']);
    expect(of('Anthropic')).toEqual(['AMZN', 'GOOGL']);
    expect(of('Llama')).toEqual(['META']);
    expect(of('Stargate')).toEqual(['ORCL', 'ARM', 'MSFT', 'NVDA']);
    expect(of('DeepSeek')).toHaveLength(17);
  });
});

describe('subsidiary aliases', () => {
  it('are aliases of the parent the press names them with', () => {
    const parent = (alias: string) => companies.find((c) => c.aliases.includes(alias))?.ticker;
    expect([...subsidiaryAliases].map((a) => [a, parent(a)])).toEqual([
      ['VMware', 'AVGO'],
      ['LinkedIn', 'MSFT'],
      ['GitHub', 'MSFT'],
      ['YouTube', 'GOOGL'],
      ['Waymo', 'GOOGL'],
      ['Instagram', 'META'],
      ['WhatsApp', 'META'],
      ['Twitch', 'AMZN'],
    ]);
    // AWS is Amazon's cloud, an entity like Azure, not a company alias.
    expect(entities.find((e) => e.aliases.includes('AWS'))?.tickers).toEqual(['AMZN']);
  });
});

describe('ambiguous aliases', () => {
  it('name aliases that a company or an entity really has', () => {
    const known = new Set([...companies, ...entities].flatMap((x) => x.aliases));
    for (const alias of Object.keys(ambiguousAliases)) expect(known.has(alias), alias).toBe(true);
  });
});

describe('curated events', () => {
  it('are at least 25 and parse with curatedEventSchema', () => {
    expect(curatedEvents.length).toBeGreaterThanOrEqual(25);
    for (const event of curatedEvents) expect(curatedEventSchema.parse(event)).toEqual(event);
  });

  it('have unique ids', () => {
    const ids = curatedEvents.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name only tickers of the catalogue', () => {
    for (const event of curatedEvents) {
      for (const ticker of event.tickers)
        expect(tickers.has(ticker), `${event.id}: ${ticker}`).toBe(true);
    }
  });

  it('fall between 2022-06-01 and the last embedded session, 2026-05-15 (New York time)', () => {
    for (const event of curatedEvents) {
      const instant =
        event.occurredAt.length === 10 ? `${event.occurredAt}T12:00-05:00` : event.occurredAt;
      const t = Date.parse(instant);
      expect(t, event.id).toBeGreaterThanOrEqual(Date.parse('2022-06-01T00:00-04:00'));
      expect(t, event.id).toBeLessThan(Date.parse('2026-05-16T00:00-04:00'));
    }
  });

  it('give minute timestamps the New York offset of their date', () => {
    for (const event of curatedEvents.filter((e) => e.occurredAt.length > 10)) {
      const offset = event.occurredAt.slice(-6);
      const date = event.occurredAt.slice(0, 10);
      // US daylight time ran 2022-03-13..11-06, 2023-03-12..11-05, 2024-03-10..11-03, 2025-03-09..11-02,
      // 2026-03-08..11-01.
      const summer = [
        ['2022-03-13', '2022-11-06'],
        ['2023-03-12', '2023-11-05'],
        ['2024-03-10', '2024-11-03'],
        ['2025-03-09', '2025-11-02'],
        ['2026-03-08', '2026-11-01'],
      ].some(([from = '', to = '']) => date >= from && date < to);
      expect(offset, event.id).toBe(summer ? '-04:00' : '-05:00');
    }
  });

  it('include the DeepSeek sell-off under its agreed id', () => {
    const selloff = curatedEvents.find((e) => e.id === 'deepseek-selloff-2025-01-27');
    expect(selloff?.title).toContain('DeepSeek');
    expect(selloff?.tickers).toContain('NVDA');
  });
});

describe('shares outstanding', () => {
  it('cover every stock and only stocks, at least once a year over 2022-2025', () => {
    expect(new Set(sharesOutstanding.map((r) => r.ticker))).toEqual(new Set(stocks));
    for (const ticker of stocks) {
      const years = new Set(
        sharesOutstanding.filter((r) => r.ticker === ticker).map((r) => r.asOf.slice(0, 4)),
      );
      // Arm listed on 2023-09-14, so it has no 2022 figure.
      const wanted = ticker === 'ARM' ? ['2023', '2024', '2025'] : ['2022', '2023', '2024', '2025'];
      for (const year of wanted) expect(years.has(year), `${ticker} ${year}`).toBe(true);
    }
  });

  it('are split-adjusted: no pre-split counts left for NVDA, AVGO or SMCI', () => {
    const range = (ticker: string) =>
      sharesOutstanding.filter((r) => r.ticker === ticker).map((r) => r.shares);
    for (const n of range('NVDA')) expect(n).toBeGreaterThan(24e9);
    for (const n of range('AVGO')) expect(n).toBeGreaterThan(4e9);
    for (const n of range('SMCI')) expect(n).toBeGreaterThan(500e6);
  });

  it('give NVDA the loss of 2025-01-27 that the press reported (about $589-593 billion)', () => {
    // Closes 142.62 (2025-01-24) and 118.42 (2025-01-27), from ../shared/data/README.md.
    const found = sharesOutstandingOn('NVDA', '2025-01-27');
    expect(found?.shares).toBeGreaterThan(24.4e9);
    expect(found?.shares).toBeLessThan(24.5e9);
    const loss = (142.62 - 118.42) * (found?.shares ?? 0);
    expect(loss).toBeGreaterThan(589e9);
    expect(loss).toBeLessThan(593e9);
  });

  it('take the latest figure on or before the date, else the earliest, else null', () => {
    expect(sharesOutstandingOn('AAPL', '2023-10-20')?.shares).toBe(15_552_752_000);
    expect(sharesOutstandingOn('AAPL', '2023-10-19')?.shares).toBe(15_908_118_000);
    expect(sharesOutstandingOn('AAPL', '2021-01-04')?.asOf).toBe('2022-07-15');
    expect(sharesOutstandingOn('AAPL', '2030-01-02')?.asOf).toBe('2025-10-17');
    expect(sharesOutstandingOn('QQQ', '2024-06-03')).toBeNull();
    expect(sharesOutstandingOn('^IXIC', '2024-06-03')).toBeNull();
  });

  it('cite a filing on EDGAR for every figure', () => {
    for (const row of sharesOutstanding) {
      expect(row.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source).toContain('https://www.sec.gov/');
      expect(row.shares).toBeGreaterThan(0);
    }
  });
});
