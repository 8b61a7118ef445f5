import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from './feed-fetch-error';
import { feedUserAgent, HttpFeedSource } from './http-feed.source';

let server: Server;
let base = '';
const headersSeen: IncomingHttpHeaders[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    headersSeen.push(req.headers);
    const path = req.url ?? '/';
    if (path === '/feed') {
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        'last-modified': 'Mon, 27 Jan 2025 10:00:00 GMT',
      });
      res.end('<rss version="2.0"><channel><title>x</title></channel></rss>');
    } else if (path === '/moved') {
      res.writeHead(301, { location: 'feed' }).end();
    } else if (path === '/to-ftp') {
      res.writeHead(302, { location: 'ftp://127.0.0.1/feed' }).end();
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('x');
    } else if (path === '/busy') {
      res.writeHead(503, { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT' }).end();
    } else if (path === '/hang') {
      // Never answers: the client gives up.
    } else if (path.startsWith('/slow')) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss/>');
      }, 100);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FeedFetchError))
    throw new Error(`expected a FeedFetchError, got ${error}`);
  return error;
}

describe('HttpFeedSource', () => {
  it('sends its user agent and conditional headers, returns the bytes and validators', async () => {
    const source = new HttpFeedSource({ now: () => new Date('2025-01-27T12:00:00Z') });
    const result = await source.fetchFeed({
      url: `${base}/feed`,
      etag: '"abc"',
      lastModified: 'Sun, 26 Jan 2025 10:00:00 GMT',
    });
    const sent = headersSeen.at(-1);
    expect(sent?.['user-agent']).toBe(
      'Aftershock/0.1 (+https://github.com/aftershock; feed reader)',
    );
    expect(feedUserAgent).toBe(sent?.['user-agent']);
    expect(sent?.['if-none-match']).toBe('"abc"');
    expect(sent?.['if-modified-since']).toBe('Sun, 26 Jan 2025 10:00:00 GMT');
    expect(result).toMatchObject({
      kind: 'fetched',
      status: 200,
      fetchedAt: '2025-01-27T12:00:00.000Z',
      contentType: 'application/rss+xml; charset=utf-8',
      lastModified: 'Mon, 27 Jan 2025 10:00:00 GMT',
    });
    if (result.kind === 'fetched') expect(new TextDecoder().decode(result.bytes)).toMatch(/^<rss/);
  });

  it('follows a relative redirect, checking every hop', async () => {
    const checked: string[] = [];
    const source = new HttpFeedSource({ checkUrl: async (url) => void checked.push(url.pathname) });
    const result = await source.fetchFeed({ url: `${base}/moved` });
    expect(result.url).toBe(`${base}/feed`);
    expect(checked).toEqual(['/moved', '/feed']);
  });

  it('turns a refusal from checkUrl into blocked-url, before any request', async () => {
    const before = headersSeen.length;
    const source = new HttpFeedSource({
      checkUrl: async (url) => {
        if (url.hostname === '127.0.0.1') throw new Error('private address');
      },
    });
    const error = await failure(source.fetchFeed({ url: `${base}/feed` }));
    expect(error.kind).toBe('blocked-url');
    expect(error.message).toMatch(/private address/);
    expect(headersSeen.length).toBe(before);
  });

  it('refuses non-http schemes, first or after a redirect', async () => {
    const source = new HttpFeedSource();
    expect((await failure(source.fetchFeed({ url: 'file:///etc/passwd' }))).kind).toBe(
      'blocked-url',
    );
    expect((await failure(source.fetchFeed({ url: `${base}/to-ftp` }))).kind).toBe('blocked-url');
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    const error = await failure(new HttpFeedSource().fetchFeed({ url: `${base}/big-declared` }));
    expect(error.kind).toBe('too-large');
  });

  it('keeps the Retry-After of a 503', async () => {
    const error = await failure(new HttpFeedSource().fetchFeed({ url: `${base}/busy` }));
    expect(error).toMatchObject({
      kind: 'http-status',
      status: 503,
      retryAt: '2037-10-21T07:28:00.000Z',
    });
  });

  it('reports a cancelled fetch as aborted', async () => {
    const controller = new AbortController();
    const pending = new HttpFeedSource().fetchFeed({
      url: `${base}/hang`,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('sends one request at a time to a host', async () => {
    const source = new HttpFeedSource();
    maxInFlight = 0;
    await Promise.all([1, 2, 3].map((n) => source.fetchFeed({ url: `${base}/slow-${n}` })));
    expect(maxInFlight).toBe(1);
  });

  it('lets different hosts run side by side', async () => {
    const source = new HttpFeedSource();
    maxInFlight = 0;
    const other = base.replace('127.0.0.1', 'localhost');
    await Promise.all([
      source.fetchFeed({ url: `${base}/slow-a` }),
      source.fetchFeed({ url: `${other}/slow-b` }),
    ]);
    expect(maxInFlight).toBe(2);
  });
});
