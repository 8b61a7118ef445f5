import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedFetch } from './outbound-fetch';
import { OutboundPolicy, OutboundRefusedError } from './outbound-policy';

const body = '<rss version="2.0"><channel><title>Local</title></channel></rss>';
let server: Server;
let port = 0;
const seen: { path: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    if (path === '/plain') res.writeHead(200, { 'content-type': 'text/xml' }).end(body);
    else if (path === '/gzip')
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(body));
    else if (path === '/deflate')
      res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(body));
    else if (path === '/br')
      res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(body));
    else if (path === '/gzip-then-br')
      res
        .writeHead(200, { 'content-encoding': 'gzip, br' })
        .end(brotliCompressSync(gzipSync(body)));
    else if (path === '/bad-gzip')
      res.writeHead(200, { 'content-encoding': 'gzip' }).end('this is not gzip at all');
    else if (path === '/not-modified') res.writeHead(304, { etag: '"v1"' }).end();
    else if (path === '/redirect') res.writeHead(302, { location: '/plain' }).end();
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

/** `feed.test` is the local server, allowed by name; `evil.test` resolves to it, not allowed. */
function policy(allow: string[] = [`feed.test:${port}`]) {
  const resolved: string[] = [];
  const p = new OutboundPolicy({
    allow,
    resolve: async (host) => {
      resolved.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    },
  });
  return { policy: p, resolved };
}

const at = (host: string, path: string) => new URL(`http://${host}:${port}${path}`);

describe('pinnedFetch', () => {
  it('connects to the address its lookup judged, and keeps the name in the Host header', async () => {
    const { policy: p, resolved } = policy();
    const res = await pinnedFetch(p)(at('feed.test', '/plain'), { headers: { 'user-agent': 'T' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml');
    expect(await res.text()).toBe(body);
    expect(resolved).toEqual(['feed.test']);
    expect(seen.at(-1)?.headers).toMatchObject({ host: `feed.test:${port}`, 'user-agent': 'T' });
  });

  it('refuses a name that resolves to this machine before any byte is sent', async () => {
    const { policy: p } = policy([]);
    const before = seen.length;
    const error = await pinnedFetch(p)(at('evil.test', '/plain')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRefusedError);
    expect(String(error)).toMatch(/evil\.test \(127\.0\.0\.1\) is a loopback address/);
    expect(seen.length).toBe(before);
  });

  it('refuses a literal private address without a lookup', async () => {
    const { policy: p, resolved } = policy([]);
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::1]']) {
      const error = await pinnedFetch(p)(at(host, '/plain')).catch((e: unknown) => e);
      expect(error, host).toBeInstanceOf(OutboundRefusedError);
    }
    expect(resolved).toEqual([]);
  });

  it('decodes gzip, deflate, brotli and stacked codings as fetch does', async () => {
    const { policy: p } = policy();
    for (const path of ['/gzip', '/deflate', '/br', '/gzip-then-br']) {
      const res = await pinnedFetch(p)(at('feed.test', path));
      expect(await res.text(), path).toBe(body);
    }
    expect(seen.at(-1)?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('fails the body, not the headers, when it does not decompress', async () => {
    const res = await pinnedFetch(policy().policy)(at('feed.test', '/bad-gzip'));
    expect(res.status).toBe(200);
    const error = await res.text().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'Z_DATA_ERROR' });
  });

  it('returns 304 with no body, and a redirect without following it', async () => {
    const fetch = pinnedFetch(policy().policy);
    const notModified = await fetch(at('feed.test', '/not-modified'));
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeNull();
    expect(notModified.headers.get('etag')).toBe('"v1"');
    const moved = await fetch(at('feed.test', '/redirect'), { redirect: 'manual' });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe('/plain');
  });

  it('stops reading when its signal is aborted', async () => {
    const controller = new AbortController();
    const res = await pinnedFetch(policy().policy)(at('feed.test', '/hang'), {
      signal: controller.signal,
    });
    const reading = res.text();
    setTimeout(() => controller.abort(new Error('enough')), 50);
    await expect(reading).rejects.toThrow();
  });

  it('refuses a request whose signal is already aborted', async () => {
    const signal = AbortSignal.abort();
    await expect(
      pinnedFetch(policy().policy)(at('feed.test', '/plain'), { signal }),
    ).rejects.toThrow(/abort/i);
  });
});
