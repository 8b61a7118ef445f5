import { createServer } from 'node:net';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialFeedState } from '../../server/src/features/news/feed-state';
import { HttpFeedSource } from '../../server/src/features/news/http-feed.source';
import { type PollFeedResult, pollFeed } from '../../server/src/features/news/poll-feed';
import { type LocalFeedServer, startLocalFeedServer, streamFiller } from './local-feed-server';

const MB = 1024 * 1024;
const timeoutMs = 800;

const goodFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Healthy Feed</title><link>https://healthy.example.com/</link>
<description>Invented</description>
<item><title>A healthy item</title><link>https://healthy.example.com/1</link>
<guid isPermaLink="false">h-1</guid><pubDate>Mon, 27 Jan 2025 14:00:00 +0000</pubDate></item>
</channel></rss>`;

const bombFeed = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>&f;</title><item><title>&f;</title></item></channel></rss>`;

/** gzip of `size` zero bytes, compressed chunk by chunk so the test never holds them. */
async function gzipOfZeros(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(MB);
  for (let written = 0; written < size; written += MB) {
    if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

function heapAndBuffers(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

let server: LocalFeedServer;
let gzipBomb: Buffer;
const hugeCounter = { written: 0 };
const openTimers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  gzipBomb = await gzipOfZeros(256 * MB);
  server = await startLocalFeedServer({
    '/ok': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(goodFeed),
    '/hang': () => {
      // Never answers: only the client's timeout ends this request.
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>');
      const timer = setInterval(() => res.write(' '), 50);
      openTimers.add(timer);
      res.on('close', () => clearInterval(timer));
    },
    '/500': (_req, res) => res.writeHead(500).end('boom'),
    '/429': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else
        res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(goodFeed);
    },
    '/html': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>'),
    '/malformed': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(goodFeed.slice(0, 200)),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      streamFiller(res, 50 * MB, hugeCounter);
    },
    '/entity-bomb': (_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(bombFeed),
    '/gzip-bomb': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
        .end(gzipBomb),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/hop/*': (req, res) => {
      const n = Number(req.url?.split('/').pop());
      res.writeHead(301, { location: `/hop/${n + 1}` }).end();
    },
  });
});

afterAll(async () => {
  for (const timer of openTimers) clearInterval(timer);
  await server?.close();
});

function poll(source: HttpFeedSource, feedKey: string, url: string): Promise<PollFeedResult> {
  return pollFeed({ source, state: initialFeedState({ feedKey, url, now: new Date() }) });
}

function expectFailed(result: PollFeedResult, kind: string) {
  expect(result.outcome).toBe('failed');
  expect(result.state).toMatchObject({ status: 'failed', errorKind: kind, errorCount: 1 });
  expect(result.state.errorMessage).toBeTruthy();
  expect(Date.parse(result.state.nextCheckAt)).toBeGreaterThan(Date.now());
}

describe('feed faults against a local HTTP server', () => {
  it('a healthy feed is read', async () => {
    const result = await poll(new HttpFeedSource({ timeoutMs }), 'ok', server.url('/ok'));
    expect(result.outcome).toBe('updated');
    if (result.outcome === 'updated')
      expect(result.articles.map((a) => a.title)).toEqual(['A healthy item']);
    expect(result.state).toMatchObject({ status: 'ok', errorCount: 0, errorKind: null });
  });

  it('a server that never answers times out', async () => {
    const started = Date.now();
    expectFailed(
      await poll(new HttpFeedSource({ timeoutMs }), 'hang', server.url('/hang')),
      'timeout',
    );
    expect(Date.now() - started).toBeLessThan(timeoutMs + 2000);
  });

  it('a body drip-fed past the timeout times out', async () => {
    const started = Date.now();
    const result = await poll(new HttpFeedSource({ timeoutMs }), 'slow', server.url('/slow-body'));
    expectFailed(result, 'timeout');
    expect(Date.now() - started).toBeLessThan(timeoutMs + 2000);
  });

  it('HTTP 500 is an http-status failure with its status', async () => {
    const result = await poll(new HttpFeedSource({ timeoutMs }), '500', server.url('/500'));
    expectFailed(result, 'http-status');
    expect(result.state.httpStatus).toBe(500);
  });

  it('HTTP 429 honours Retry-After', async () => {
    const before = Date.now();
    const result = await poll(new HttpFeedSource({ timeoutMs }), '429', server.url('/429'));
    expectFailed(result, 'rate-limited');
    expect(result.state.httpStatus).toBe(429);
    expect(Date.parse(result.state.nextCheckAt)).toBeGreaterThanOrEqual(before + 120_000);
    if (result.outcome === 'failed') {
      expect(Date.parse(result.error.retryAt ?? '')).toBeGreaterThanOrEqual(before + 120_000);
    }
  });

  it('304 after sending the ETag back means nothing to do', async () => {
    const source = new HttpFeedSource({ timeoutMs });
    const first = await poll(source, 'etag', server.url('/etag'));
    expect(first.outcome).toBe('updated');
    expect(first.state.etag).toBe('"v1"');
    const second = await pollFeed({ source, state: first.state });
    expect(second.outcome).toBe('not-modified');
    expect(second.state).toMatchObject({ status: 'ok', etag: '"v1"', httpStatus: 304 });
    expect(server.seen.get('/etag')?.map((h) => h['if-none-match'])).toEqual([undefined, '"v1"']);
  });

  it('an HTML page is not a feed', async () => {
    expectFailed(
      await poll(new HttpFeedSource({ timeoutMs }), 'html', server.url('/html')),
      'not-a-feed',
    );
  });

  it('truncated XML is malformed', async () => {
    const result = await poll(new HttpFeedSource({ timeoutMs }), 'bad', server.url('/malformed'));
    expectFailed(result, 'malformed-xml');
  });

  it('a 50 MB body is cut at the 5 MB cap without being buffered', async () => {
    const before = heapAndBuffers();
    const result = await poll(
      new HttpFeedSource({ timeoutMs: 10_000 }),
      'huge',
      server.url('/huge'),
    );
    expectFailed(result, 'too-large');
    // Loose: the client keeps at most the cap; the server only got the socket buffers further.
    expect(heapAndBuffers() - before).toBeLessThan(40 * MB);
    await new Promise((r) => setTimeout(r, 100));
    expect(hugeCounter.written).toBeLessThan(30 * MB);
  });

  it('an entity-expansion bomb is refused, not expanded', async () => {
    const before = heapAndBuffers();
    const result = await poll(
      new HttpFeedSource({ timeoutMs }),
      'bomb',
      server.url('/entity-bomb'),
    );
    expectFailed(result, 'malformed-xml');
    expect(heapAndBuffers() - before).toBeLessThan(40 * MB);
  });

  it('a gzip bomb is stopped at the cap on its decompressed size', async () => {
    expect(gzipBomb.byteLength).toBeLessThan(MB);
    const before = heapAndBuffers();
    const result = await poll(
      new HttpFeedSource({ timeoutMs: 10_000 }),
      'gz',
      server.url('/gzip-bomb'),
    );
    expectFailed(result, 'too-large');
    expect(heapAndBuffers() - before).toBeLessThan(40 * MB);
  });

  it('a redirect loop is detected, and more than 5 redirects refused', async () => {
    const source = new HttpFeedSource({ timeoutMs });
    expectFailed(await poll(source, 'loop', server.url('/loop')), 'redirect-loop');
    expectFailed(await poll(source, 'hops', server.url('/hop/0')), 'too-many-redirects');
    // The first request and exactly 5 followed redirects: /hop/0 ... /hop/5.
    expect([...server.seen.keys()].filter((p) => p.startsWith('/hop/'))).toHaveLength(6);
  });

  it('a closed port is network-unreachable', async () => {
    const port = await unusedPort();
    const result = await poll(
      new HttpFeedSource({ timeoutMs }),
      'down',
      `http://127.0.0.1:${port}/feed`,
    );
    expectFailed(result, 'network-unreachable');
  });

  it('all at once: each faulty feed fails with its reason, the healthy one is read', async () => {
    const source = new HttpFeedSource({ timeoutMs: 5000 });
    const cases: [string, string][] = [
      ['/ok', 'ok'],
      ['/500', 'http-status'],
      ['/429', 'rate-limited'],
      ['/html', 'not-a-feed'],
      ['/malformed', 'malformed-xml'],
      ['/entity-bomb', 'malformed-xml'],
      ['/gzip-bomb', 'too-large'],
      ['/loop', 'redirect-loop'],
      ['/huge', 'too-large'],
    ];
    const results = await Promise.all(cases.map(([path]) => poll(source, path, server.url(path))));
    expect(results.map((r) => r.state.errorKind ?? r.state.status)).toEqual(
      cases.map(([, kind]) => kind),
    );
    const healthy = results[0];
    if (healthy?.outcome !== 'updated') throw new Error('the healthy feed was not read');
    expect(healthy.articles).toHaveLength(1);
  });
});
