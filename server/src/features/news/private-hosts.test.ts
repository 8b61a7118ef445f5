import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundPolicy, type ResolvedAddress } from '../../http/outbound-policy';
import { FeedFetchError } from './feed-fetch-error';
import { checkFeedUrl, FeedUrlRefusedError, guardedFeedSource } from './private-hosts';

const MB = 1024 * 1024;
const feed = '<rss version="2.0"><channel><title>Intranet</title></channel></rss>';
let server: Server;
let port = 0;
let requests = 0;
let gzipBomb: Buffer;

async function gzipOfZeros(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  for (let written = 0; written < size; written += MB) gzip.write(Buffer.alloc(MB));
  gzip.end();
  await done;
  return Buffer.concat(out);
}

beforeAll(async () => {
  gzipBomb = await gzipOfZeros(256 * MB);
  server = createServer((req, res) => {
    requests++;
    const path = req.url ?? '/';
    if (path === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    else if (path === '/to-loopback')
      res.writeHead(302, { location: `http://127.0.0.1:${port}/feed` }).end();
    else if (path === '/to-metadata')
      res.writeHead(302, { location: 'http://metadata.test/latest/meta-data/' }).end();
    else if (path === '/to-mapped')
      res.writeHead(301, { location: `http://[::ffff:a9fe:a9fe]/latest` }).end();
    else if (path === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else if (path === '/gzip-bomb')
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipBomb);
    else if (path === '/hang') res.writeHead(200).write('<rss>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  port = address.port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const dns: Record<string, string[]> = {
  'intranet.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'news.example': ['93.184.215.14'],
};
const resolve = async (host: string): Promise<ResolvedAddress[]> => {
  const addresses = dns[host];
  if (!addresses)
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: 4 }));
};

/** The local server is `intranet.test`, a private host this policy allows. */
const allowing = () => new OutboundPolicy({ resolve, allow: [`intranet.test:${port}`] });
const url = (path: string) => `http://intranet.test:${port}${path}`;

async function failure(work: Promise<unknown>): Promise<FeedFetchError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FeedFetchError)) throw new Error(`expected a FeedFetchError: ${error}`);
  return error;
}

describe('guardedFeedSource', () => {
  it('reads a private feed that ALLOW_PRIVATE_FEEDS lists', async () => {
    const result = await guardedFeedSource(allowing()).fetchFeed({ url: url('/feed') });
    expect(result.kind).toBe('fetched');
    if (result.kind === 'fetched') expect(new TextDecoder().decode(result.bytes)).toBe(feed);
  });

  it('refuses the same feed when it is not listed, before any request', async () => {
    const before = requests;
    const policy = new OutboundPolicy({ resolve });
    const error = await failure(guardedFeedSource(policy).fetchFeed({ url: url('/feed') }));
    expect(error.kind).toBe('blocked-url');
    expect(error.message).toMatch(/intranet\.test \(127\.0\.0\.1\) is a loopback address/);
    expect(error.message).toMatch(/ALLOW_PRIVATE_FEEDS/);
    expect(requests).toBe(before);
  });

  it('judges every redirect hop: loopback, metadata by name, mapped IPv6, other schemes', async () => {
    const source = guardedFeedSource(allowing());
    const cases: [string, RegExp][] = [
      ['/to-loopback', /127\.0\.0\.1 is a loopback address/],
      ['/to-metadata', /169\.254\.169\.254\) is a metadata address/],
      ['/to-mapped', /is a metadata address/],
      ['/to-file', /only http and https/],
    ];
    for (const [path, message] of cases) {
      const error = await failure(source.fetchFeed({ url: url(path) }));
      expect(error.kind, path).toBe('blocked-url');
      expect(error.message, path).toMatch(message);
    }
  });

  it('keeps the fault handling of the plain source: a gzip bomb stops at the cap', async () => {
    const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const before = memory();
    const source = guardedFeedSource(allowing(), { maxBytes: 5 * MB, timeoutMs: 10_000 });
    const error = await failure(source.fetchFeed({ url: url('/gzip-bomb') }));
    expect(error.kind).toBe('too-large');
    // 256 MB inflated would show; the cap and the stream's backpressure keep it near 5 MB.
    expect(memory() - before).toBeLessThan(40 * MB);
  });

  it('keeps the fault handling of the plain source: a stalled body times out', async () => {
    const started = Date.now();
    const source = guardedFeedSource(allowing(), { timeoutMs: 300 });
    const error = await failure(source.fetchFeed({ url: url('/hang') }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a name that does not resolve as unreachable, not refused', async () => {
    const source = guardedFeedSource(new OutboundPolicy({ resolve }));
    const error = await failure(source.fetchFeed({ url: 'https://nowhere.example/feed' }));
    expect(error.kind).toBe('network-unreachable');
  });
});

describe('checkFeedUrl (when a feed is added)', () => {
  const refused = (raw: string, policy = new OutboundPolicy({ resolve })) =>
    checkFeedUrl(raw, { policy }).then(
      () => null,
      (e: unknown) => (e instanceof FeedUrlRefusedError ? e.message : `other: ${String(e)}`),
    );

  it('refuses a private host, by address or by what its name resolves to', async () => {
    expect(await refused('http://10.0.0.1/feed')).toMatch(/10\.0\.0\.1 is a private address/);
    expect(await refused('http://metadata.test/')).toMatch(/metadata address/);
    expect(await refused('http://localhost:8787/feed')).toMatch(/this machine/);
    expect(await refused('ftp://news.example/feed')).toMatch(/only http and https/);
  });

  it('accepts a public host, an allowed private one, and a name DNS cannot answer now', async () => {
    expect(await refused('https://news.example/feed')).toBeNull();
    expect(await refused(url('/feed'), allowing())).toBeNull();
    expect(await refused('https://nowhere.example/feed')).toBeNull();
  });

  it('accepts the URL when DNS does not answer in time (it is judged again at fetch)', async () => {
    const slow = new OutboundPolicy({ resolve: () => new Promise(() => undefined) });
    const started = Date.now();
    await checkFeedUrl('https://slow.example/feed', { policy: slow, dnsTimeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
