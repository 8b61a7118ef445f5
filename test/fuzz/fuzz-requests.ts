import { companyGroups, eventCategories, eventOrigins } from '@aftershock/shared';
import fc from 'fast-check';
import { curatedEvents } from '../../server/src/catalogue/curated-events';

/** One request for `app.request()`, and which app (auth and rate-limit setup) answers it. */
export interface FuzzRequest {
  app: 'open' | 'writes-disabled' | 'read-token' | 'rate-limited';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export const adminToken = 'fuzz-admin-token-0123456789';
export const readToken = 'fuzz-read-token-0123456789';

/** Lone surrogates made U+FFFD, as a browser would send them, so a string can be encoded. */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const eventIds = curatedEvents.map((e) => e.id);
const knownTickers = ['NVDA', 'AVGO', 'MSFT', 'AAPL', 'AMD', 'QQQ', '^IXIC', '^GSPC', 'SPY', 'TSM'];

/** Strings an attacker or a careless client sends. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '%00',
  '%',
  '%zz',
  '%E0%A4%A',
  '..',
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '....//....//etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '"; drop table companies; --',
  `${'$'}{jndi:ldap://x}`,
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '\u202Eevil',
  'Ｎｖｄａ',
  '🚀🔥',
  'ǅ',
  '\uFEFF',
  'a'.repeat(5000),
);

/** Any text, unicode included, from empty to well past the query and body limits. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.nat({ max: 9000 }).map((n) => 'x'.repeat(n)) },
);

/** Numbers as a query string holds them: whole, huge, negative, NaN, in other scripts. */
const numberText = fc.oneof(
  fc.integer({ min: -5, max: 70 }).map(String),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', '1_000', '٣', '５', '1.5'),
  text,
);

const tickerText = fc.oneof(
  fc.constantFrom(...knownTickers),
  fc.stringMatching(/^\^?[A-Z][A-Z0-9.-]{0,9}$/),
  fc.constantFrom('nvda', 'NVDA,NVDA', 'NVDA,,AVGO', ',', '^', 'BRK.B', 'A'.repeat(11)),
  text,
);
const tickerList = fc.oneof(
  fc.array(tickerText, { minLength: 1, maxLength: 6 }).map((t) => t.join(',')),
  fc
    .array(fc.constantFrom(...knownTickers), { minLength: 90, maxLength: 130 })
    .map((t) => t.join(',')),
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const timeSuffix = fc.constantFrom(
  '',
  'T09:30:00-04:00',
  'T20:00:00-05:00',
  'T23:59:59Z',
  'T00:00Z',
);

/**
 * Dates no calendar has (day 0, the 29th-31st of short months, February 29th of common years,
 * month 0 or 13) and far years (0000-0099, which `Date.UTC` reads as 19xx, and 2101-9999), with
 * and without a time: each must be a 400, never a 500 nor a stored 19xx (issue 16).
 */
const impossibleDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      fc.constantFrom(2, 4, 6, 9, 11),
      fc.integer({ min: 29, max: 31 }),
      timeSuffix,
    )
    .map(([y, m, d, t]) => `${y}-${pad(m, 2)}-${pad(d, 2)}${t}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(0, 13, 99), timeSuffix)
    .map(([y, m, t]) => `${y}-${pad(m, 2)}-01${t}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), timeSuffix)
    .map(([y, m, t]) => `${y}-${pad(m, 2)}-00${t}`),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 2101, max: 9999 })),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      timeSuffix,
    )
    .map(([y, m, d, t]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${t}`),
);

const dateText = fc.oneof(
  impossibleDate,
  fc
    .date({ min: new Date('2022-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2025-01-27',
    '2025-01-20',
    '2025-02-30',
    '0000-01-01',
    '9999-12-31',
    '1970-01-01',
    '2025-13-01',
    '2025-01-27T14:30:00-05:00',
    '2025-01-26T19:05:00-05:00',
    '9999-12-31T23:59:59Z',
    '0001-01-01T00:00Z',
    '2025-01-27T25:61:00Z',
    '2025-01-27T14:30:00+14:00',
    '2025-01-27T14:30:00.123456789Z',
    '2025-02-29',
    '2025-04-31T09:30:00-04:00',
    '9999-12-31T20:00:00-05:00',
    '0050-06-01',
    '1900-02-29',
    '2000-02-29T12:00:00Z',
    '2100-12-31T23:59:59-05:00',
  ),
  text,
);

const idText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...eventIds) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,130}$/) },
  { weight: 2, arbitrary: text },
);

const query = (fields: Record<string, fc.Arbitrary<string>>) =>
  fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      // Repeated keys (arrays), unknown keys and raw, undecodable bits.
      fc.array(fc.tuple(fc.constantFrom(...Object.keys(fields), 'extra', 'a[]'), text), {
        maxLength: 2,
      }),
      fc.option(fc.constantFrom('&%zz', '&tickers', '&=', '&&&', '#frag', '&pre=%FF'), { nil: '' }),
    )
    .map(([values, extra, raw]) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(values))
        if (v !== undefined) params.append(k, wellFormed(v));
      for (const [k, v] of extra) params.append(k, wellFormed(v));
      const q = params.toString();
      return q || raw ? `?${q}${raw}` : '';
    });

const windowFields = {
  tickers: tickerList,
  pre: numberText,
  post: numberText,
  model: fc.oneof(fc.constantFrom('raw', 'market-adjusted', 'market'), text),
  benchmark: fc.oneof(
    fc.constantFrom('QQQ', '^GSPC', 'SPY', 'SOXX', 'NVDA', 'ZZZZ'),
    fc.constantFrom(...companyGroups).map((g) => `basket:${g}`),
    fc.constantFrom(...companyGroups).map((g) => `basket-ex:${g}`),
    fc.constantFrom('basket:nothing', 'basket-ex:', 'basket:AI-CHIPS'),
    text,
  ),
  estimation: fc.oneof(
    fc
      .tuple(fc.integer({ min: -1200, max: 20 }), fc.integer({ min: -1200, max: 20 }))
      .map(([a, b]) => `${a},${b}`),
    fc.constantFrom('-250,-11', '-9999,-1', '-11,-250', '0,0', '-1000,60', '-5,5'),
    text,
  ),
};

/** Window parameters a client means well with, so that studies really run. */
const sensibleWindowFields = {
  tickers: fc
    .uniqueArray(fc.constantFrom(...knownTickers), { minLength: 1, maxLength: 5 })
    .map((t) => t.join(',')),
  pre: fc.integer({ min: 0, max: 60 }).map(String),
  post: fc.integer({ min: 0, max: 60 }).map(String),
  model: fc.constantFrom('raw', 'market-adjusted', 'market'),
  benchmark: fc.oneof(
    fc.constantFrom('QQQ', '^GSPC', 'SPY', 'SOXX', 'SMH'),
    fc.constantFrom(...companyGroups).map((g) => `basket-ex:${g}`),
  ),
  estimation: fc.constantFrom('-250,-11', '-120,-61', '-300,-100', '-500,-70'),
};
const sensibleAt = fc.oneof(
  fc
    .date({ min: new Date('2021-01-04'), max: new Date('2026-06-30'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('2021-01-04'), max: new Date('2026-06-30'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);

/** A sensible query with at most one of its fields swapped for a wild one. */
function nearlyRight(
  sensible: Record<string, fc.Arbitrary<string>>,
  wild: Record<string, fc.Arbitrary<string>>,
): fc.Arbitrary<string> {
  const keys = Object.keys(wild);
  return fc
    .tuple(
      fc.record(sensible, { requiredKeys: [] }),
      fc.option(fc.constantFrom(...keys), { nil: null, freq: 2 }),
      fc.record(wild),
    )
    .map(([values, swapped, wilds]) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) continue;
        params.append(k, wellFormed(k === swapped ? (wilds[k] ?? v) : v));
      }
      if (swapped && !(swapped in values)) params.append(swapped, wellFormed(wilds[swapped] ?? ''));
      return `?${params.toString()}`;
    });
}

const pathId = (id: string) => encodeURIComponent(wellFormed(id));
const downloads = fc.constantFrom('', '', '', '.json', '.csv', '.xlsx');

/** The study endpoints with sensible parameters, one of them at times swapped for a wild one. */
const studyRequest: fc.Arbitrary<Omit<FuzzRequest, 'app' | 'headers'>> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...eventIds), downloads, nearlyRight(sensibleWindowFields, windowFields))
    .map(([id, ext, q]) => ({ method: 'GET', path: `/api/events/${id}/window${ext}${q}` })),
  fc
    .tuple(
      downloads,
      nearlyRight(
        { ...sensibleWindowFields, at: sensibleAt },
        { ...windowFields, at: dateText, title: text },
      ),
    )
    .map(([ext, q]) => ({ method: 'GET', path: `/api/window${ext}${q}` })),
  fc
    .tuple(
      downloads,
      nearlyRight(
        {
          ...sensibleWindowFields,
          events: fc
            .uniqueArray(fc.constantFrom(...eventIds), { minLength: 1, maxLength: 6 })
            .map((ids) => ids.join(',')),
        },
        { ...windowFields, events: text },
      ),
    )
    .map(([ext, q]) => ({ method: 'GET', path: `/api/heatmap${ext}${q}` })),
);

/** Every read endpoint, with random and malformed parameters. */
export const readRequest: fc.Arbitrary<Omit<FuzzRequest, 'app' | 'headers'>> = fc.oneof(
  { weight: 3, arbitrary: studyRequest },
  fc.constant({ method: 'GET', path: '/api/health' }),
  fc.constant({ method: 'GET', path: '/api/companies' }),
  fc.constant({ method: 'GET', path: '/api/feeds' }),
  fc.constant({ method: 'GET', path: '/api/openapi.json' }),
  query({ tickers: tickerList, from: dateText, to: dateText }).map((q) => ({
    method: 'GET',
    path: `/api/prices${q}`,
  })),
  query({
    tickers: tickerList,
    category: fc.oneof(fc.constantFrom(...eventCategories), text),
    origin: fc.oneof(fc.constantFrom(...eventOrigins), text),
    from: dateText,
    to: dateText,
    q: text,
  }).map((q) => ({ method: 'GET', path: `/api/events${q}` })),
  idText.map((id) => ({ method: 'GET', path: `/api/events/${pathId(id)}` })),
  fc.tuple(idText, downloads, query(windowFields)).map(([id, ext, q]) => ({
    method: 'GET',
    path: `/api/events/${pathId(id)}/window${ext}${q}`,
  })),
  fc
    .tuple(downloads, query({ ...windowFields, at: dateText, title: text }))
    .map(([ext, q]) => ({ method: 'GET', path: `/api/window${ext}${q}` })),
  fc
    .tuple(
      downloads,
      query({
        ...windowFields,
        events: fc.oneof(
          fc.array(idText, { minLength: 1, maxLength: 5 }).map((ids) => ids.join(',')),
          fc.constant(eventIds.join(',')),
          text,
        ),
      }),
    )
    .map(([ext, q]) => ({ method: 'GET', path: `/api/heatmap${ext}${q}` })),
);

/** JSON that is nearly right, plainly wrong, or not JSON at all. */
const jsonBody = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map(wellFormed) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{',
        '{"title":',
        '[]',
        'null',
        '"x"',
        '{"__proto__":{"admin":true}}',
        `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        JSON.stringify({ title: 'x'.repeat(70_000) }),
        JSON.stringify({ title: 'y'.repeat(60_000) }),
      ),
    },
  );

const anyJson = fc.oneof(fc.jsonValue(), text);
const feedIdText = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/), text);
const urlText = fc.oneof(
  fc.constantFrom(
    'https://news.example/feed.xml',
    'https://public.example/rss',
    'http://127.0.0.1/feed',
    'http://[::1]/feed',
    'http://169.254.169.254/latest/meta-data/',
    'http://metadata.fuzz/feed',
    'http://private.fuzz/feed',
    'http://localhost:8787/api/feeds',
    'file:///etc/passwd',
    'gopher://x.example/',
    'javascript:alert(1)',
    'http://0x7f.1/',
    'http://[::ffff:10.0.0.1]/',
  ),
  fc.webUrl().map(wellFormed),
  text,
);

/** Every write endpoint, with nearly-right and plainly-wrong bodies. */
export const writeRequest: fc.Arbitrary<Omit<FuzzRequest, 'app' | 'headers'>> = fc.oneof(
  jsonBody({
    ticker: fc.oneof(tickerText, anyJson),
    name: fc.oneof(text, anyJson),
  }).map((body) => ({ method: 'POST', path: '/api/companies', body })),
  // A valid event but for its time, so the time is what the server has to judge.
  fc
    .record({
      occurredAt: dateText,
      title: fc.constantFrom('Fuzzed analyst note', 'Export rule, fuzzed'),
      tickers: fc.array(fc.constantFrom(...knownTickers), { minLength: 1, maxLength: 3 }),
    })
    .map((e) => ({ method: 'POST', path: '/api/events', body: JSON.stringify(e) })),
  jsonBody({
    occurredAt: fc.oneof(dateText, anyJson),
    title: fc.oneof(text, anyJson),
    category: fc.oneof(fc.constantFrom(...eventCategories), text, anyJson),
    tickers: fc.oneof(fc.array(tickerText, { maxLength: 60 }), anyJson),
  }).map((body) => ({ method: 'POST', path: '/api/events', body })),
  jsonBody({
    id: fc.oneof(feedIdText, anyJson),
    title: fc.oneof(text, anyJson),
    url: fc.oneof(urlText, anyJson),
    enabled: fc.oneof(fc.boolean(), anyJson),
  }).map((body) => ({ method: 'POST', path: '/api/feeds', body })),
  fc
    .tuple(
      feedIdText,
      jsonBody({
        title: fc.oneof(text, anyJson),
        url: fc.oneof(urlText, anyJson),
        enabled: fc.oneof(fc.boolean(), anyJson),
      }),
    )
    .map(([id, body]) => ({ method: 'PATCH', path: `/api/feeds/${pathId(id)}`, body })),
  feedIdText.map((id) => ({ method: 'DELETE', path: `/api/feeds/${pathId(id)}` })),
);

/** Methods and paths no route has: unknown paths, traversal, methods on read-only routes. */
export const strayRequest: fc.Arbitrary<Omit<FuzzRequest, 'app' | 'headers'>> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      fc.constantFrom(
        '/api',
        '/api/',
        '/api/nothing',
        '/api/events/',
        '/api/window/',
        '/api/companies/NVDA',
        '/api/prices/NVDA',
        '/api/health/../companies',
        '/api/%2e%2e/%2e%2e/etc/passwd',
        '/api/events/..%2f..%2fpackage.json',
        '/api/openapi.json/..',
        '/api/feeds/%00',
        '/../../etc/passwd',
        '/.env',
        '/index.html',
        '/assets/..%2f..%2fpackage.json',
      ),
    )
    .map(([method, path]) => ({ method, path })),
  fc
    .tuple(
      fc.constantFrom('PUT', 'DELETE', 'PATCH'),
      fc.constantFrom('/api/companies', '/api/events', '/api/window', '/api/heatmap'),
    )
    .map(([method, path]) => ({ method, path, body: '{}' })),
);

/** Authorization headers: none, the right token, wrong ones, malformed ones. */
export const authorization = fc.oneof(
  { weight: 3, arbitrary: fc.constant<string | null>(null) },
  { weight: 4, arbitrary: fc.constant<string | null>(`Bearer ${adminToken}`) },
  { weight: 1, arbitrary: fc.constant<string | null>(`Bearer ${readToken}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<string | null>(
      'Bearer',
      'Bearer ',
      `bearer   ${adminToken}   `,
      `Bearer ${adminToken}x`,
      `Bearer ${adminToken.slice(0, -1)}`,
      `Basic ${Buffer.from(`admin:${adminToken}`).toString('base64')}`,
      `Bearer ${adminToken} ${adminToken}`,
      `Bearer ${'t'.repeat(9000)}`,
      'Bearer null',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary-ascii', maxLength: 80 })
      .filter((s) => /^[\x20-\x7e]*$/.test(s))
      .map((s) => `Bearer ${s}`),
  },
);

export const contentType = fc.constantFrom<string | null>(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  null,
);

/** A whole request: a route, its headers, and the app that answers it. */
export function fuzzRequest(
  route: fc.Arbitrary<Omit<FuzzRequest, 'app' | 'headers'>>,
  app: FuzzRequest['app'],
): fc.Arbitrary<FuzzRequest> {
  return fc.tuple(route, authorization, contentType).map(([r, auth, type]) => {
    const headers: Record<string, string> = {};
    if (auth !== null) headers.authorization = auth;
    if (type !== null && r.body !== undefined) headers['content-type'] = type;
    return { ...r, app, headers };
  });
}
