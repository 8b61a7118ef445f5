import http from 'node:http';
import https from 'node:https';
import { pipeline, Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { OutboundPolicy } from './outbound-policy';

export interface OutboundRequestInit {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Redirects are never followed here: the caller judges each hop itself. */
  redirect?: 'manual';
}

/** A GET with fetch's answer (a `Response`, its body decoded), for URLs users give. */
export type OutboundFetch = (url: URL, init?: OutboundRequestInit) => Promise<Response>;

/** Statuses whose response has no body (the fetch standard's null body statuses). */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** As fetch does: the body decoded from its Content-Encoding, the codings undone last first. */
function decoders(contentEncoding: string | null): Transform[] {
  // A truncated stream still yields what it has, as browsers and undici read it.
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
  const out: Transform[] = [];
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') out.push(zlib.createGunzip(lenient));
    else if (coding === 'deflate') out.push(zlib.createInflate(lenient));
    else if (coding === 'br') out.push(zlib.createBrotliDecompress());
    // An unknown coding leaves the bytes as they came: the parser will call them malformed.
    else return out;
  }
  return out;
}

function toResponse(res: http.IncomingMessage): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw new Error(`unsupported HTTP status ${status}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    headers.append(res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '');
  }
  const init = { status, statusText: res.statusMessage ?? '', headers };
  if (nullBodyStatuses.has(status)) {
    res.resume();
    return new Response(null, init);
  }
  const stages = decoders(headers.get('content-encoding'));
  const last = stages.at(-1);
  if (!last) return new Response(Readable.toWeb(res), init);
  // A failure anywhere destroys every stage, so the reader sees it; a cancelled reader closes the
  // socket the same way.
  pipeline([res, ...stages], () => undefined);
  return new Response(Readable.toWeb(last), init);
}

/**
 * `fetch` for URLs that users give, over node:http(s) so that the connection can be pinned: the
 * policy's `lookup` resolves the host, refuses it when any address is private, and the socket
 * connects only to an address it judged. (Node's global fetch has no hook for the lookup, so a
 * check before it could be answered differently by DNS at connection time.) Literal addresses and
 * the scheme are judged before any connection. Redirects are returned, never followed.
 */
export function pinnedFetch(policy: OutboundPolicy): OutboundFetch {
  return (url, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      policy.checkWithoutDns(url);
      const client = url.protocol === 'https:' ? https : http;
      const request = client.request(url, {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers },
        lookup: policy.lookupFor(url),
        // A fresh connection per request: a pooled socket would skip the lookup.
        agent: false,
        ...(init.signal ? { signal: init.signal } : {}),
      });
      request.once('error', reject);
      request.once('response', (res) => {
        try {
          resolve(toResponse(res));
        } catch (error) {
          res.destroy();
          reject(error);
        }
      });
      request.end();
    });
}
