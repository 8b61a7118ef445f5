import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/*
 * Test support: replays recorded Yahoo HTTP exchanges through an injected `fetch`. Reads both
 * on-disk formats of yahoo-finance2's recorded fixtures (see ../shared/data/yahoo-fixtures/
 * SOURCES.md) and the project's own fixtures beside this file, which use the v3 format.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');

/** The project's own fixtures, present in every clone. */
export const ownFixtureDir = path.join(here, 'yahoo-fixtures');
/** The real recordings, beside the repository in development and CI only. */
export const sharedFixtureDir = path.resolve(repoRoot, '../shared/data/yahoo-fixtures');
export const sharedFixturesPresent = existsSync(sharedFixtureDir);

const v3 = z.object({
  request: z.object({ url: z.url() }),
  response: z.object({
    status: z.number().int(),
    statusText: z.string(),
    headers: z.record(z.string(), z.string()),
    bodyJson: z.unknown().optional(),
    bodyText: z.string().optional(),
  }),
});
const v2 = z.object({
  request: z.object({ url: z.url() }),
  response: z.object({
    status: z.number().int(),
    statusText: z.string(),
    headers: z.record(z.string(), z.array(z.string())),
    body: z.string(),
  }),
});

export interface Recorded {
  url: URL;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Headers that describe the recorded transfer, not the body we replay as plain text. */
const TRANSFER_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding']);

export function loadRecorded(file: string): Recorded {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const asV3 = v3.safeParse(json);
  if (
    asV3.success &&
    (asV3.data.response.bodyJson !== undefined || asV3.data.response.bodyText !== undefined)
  ) {
    const { request, response } = asV3.data;
    return {
      url: new URL(request.url),
      status: response.status,
      statusText: response.statusText,
      headers: Object.entries(response.headers),
      body: response.bodyText ?? JSON.stringify(response.bodyJson),
    };
  }
  const { request, response } = v2.parse(json);
  return {
    url: new URL(request.url),
    status: response.status,
    statusText: response.statusText,
    headers: Object.entries(response.headers).flatMap(([k, vs]) =>
      vs.map((v): [string, string] => [k, v]),
    ),
    body: response.body,
  };
}

export function toResponse(recorded: Recorded, body = recorded.body): Response {
  const headers = new Headers();
  for (const [name, value] of recorded.headers) {
    if (!TRANSFER_HEADERS.has(name.toLowerCase())) headers.append(name, value);
  }
  return new Response(body, { status: recorded.status, statusText: recorded.statusText, headers });
}

export interface FixtureFetch {
  fetch: typeof fetch;
  /** Every URL asked for, in order. */
  requests: URL[];
}

/**
 * A fetch that answers each request with the recording of the same endpoint (origin, path and,
 * for quotes, `symbols`), whatever the other query parameters. Anything else rejects, so a test
 * sees an unexpected request instead of a silent answer.
 */
export function fixtureFetch(recordings: Recorded[]): FixtureFetch {
  const requests: URL[] = [];
  const keyOf = (url: URL) =>
    `${url.origin}${url.pathname}?${url.searchParams.get('symbols') ?? ''}`;
  const fetchFn: typeof fetch = async (input) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    requests.push(url);
    const match = recordings.find((r) => keyOf(r.url) === keyOf(url));
    if (!match) throw new Error(`no recording for ${url.href}`);
    return toResponse(match);
  };
  return { fetch: fetchFn, requests };
}

export const ownFixture = (name: string): Recorded => loadRecorded(path.join(ownFixtureDir, name));
export const sharedFixture = (name: string): Recorded =>
  loadRecorded(path.join(sharedFixtureDir, name));

/** The two exchanges yahoo-finance2 makes for a crumb before a quote. */
export const crumbFixtures = (): Recorded[] => [
  ownFixture('getCrumb-quote-AAPL.json'),
  ownFixture('getCrumb-getcrumb.json'),
];
