import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeFeed } from './decode-feed';
import { FeedFetchError } from './feed-fetch-error';
import { parseFeed } from './feed-parse';

const fixtures = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../test/fixtures/feeds',
);
const fixture = (name: string) =>
  decodeFeed({ bytes: readFileSync(path.join(fixtures, name)) }).text;

async function failure(xml: string): Promise<FeedFetchError> {
  const error = await parseFeed({ xml }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FeedFetchError))
    throw new Error(`expected a FeedFetchError, got ${error}`);
  return error;
}

describe('parseFeed on the project fixtures', () => {
  it('reads RSS 2.0 raw fields', async () => {
    const feed = await parseFeed({ xml: fixture('rss2-basic.xml') });
    expect(feed.format).toBe('rss-2.0');
    expect(feed.title).toBe('Example Wire & Co');
    expect(feed.selfLink).toBe('https://news.example.com/feed/');
    expect(feed.items).toHaveLength(5);
    expect(feed.items[0]).toMatchObject({
      guid: 'ex-1001',
      guidIsPermaLink: false,
      title: 'Chipmaker & partner announce “new” accelerator',
      date: 'Mon, 27 Jan 2025 14:05:00 -0500',
      categories: ['AI', 'Chips', 'ai'],
    });
    expect(feed.items[3]).toMatchObject({
      guid: 'https://news.example.com/2025/01/30/data-centre',
      guidIsPermaLink: true,
    });
  });

  it('reads Atom with xml:base, categories and raw dates', async () => {
    const feed = await parseFeed({ xml: fixture('atom-xml-base.xml') });
    expect(feed.format).toBe('atom');
    expect(feed.xmlBase).toBe('https://blog.example.org/feeds/');
    expect(feed.link).toBe('../');
    expect(feed.items[0]).toMatchObject({
      guid: 'urn:example:post-1',
      guidIsPermaLink: false,
      link: 'model-release.html?ref=feed',
      xmlBase: 'https://blog.example.org/posts/',
      date: '2025-01-20T07:30:00+09:00',
      categories: ['Models', 'research'],
    });
    expect(feed.items[1]?.date).toBe('2025-01-19T12:00:00Z');
    // An unreadable date must not cost the whole feed.
    expect(feed.items[2]?.date).toBe('sometime last week');
  });

  it('reads RSS 1.0 / RDF', async () => {
    const feed = await parseFeed({ xml: fixture('rss1-rdf.xml') });
    expect(feed.format).toBe('rss-1.0');
    expect(feed.publisher).toBe('Example Media');
    expect(feed.items.map((i) => i.about)).toEqual([
      'https://digest.example.net/story/1',
      'https://digest.example.net/story/2',
    ]);
    expect(feed.items[0]?.date).toBe('2025-01-27T07:00:00+00:00');
    expect(feed.items[0]?.categories).toEqual(['hardware']);
  });

  it('reads RSS 0.92 and 0.91 (external DTD declared, never fetched)', async () => {
    const v092 = await parseFeed({ xml: fixture('rss092-no-dates.xml') });
    expect(v092.format).toBe('rss-0.9x');
    expect(v092.items).toHaveLength(3);
    expect(v092.items[0]?.date).toBeUndefined();
    const v091 = await parseFeed({ xml: fixture('rss091-netscape-doctype.xml') });
    expect(v091.format).toBe('rss-0.9x');
    expect(v091.items[0]?.title).toBe('Old-style item\u00a0one');
  });

  it('reads an RSS root with no version as RSS 2.0', async () => {
    const feed = await parseFeed({ xml: fixture('latin1-no-declaration.xml') });
    expect(feed.format).toBe('rss-2.0');
    expect(feed.items[1]?.title).toBe('Ações de empresas de chips sobem após anúncio');
  });

  it('reads a feed written on one line', async () => {
    const feed = await parseFeed({ xml: fixture('one-line.xml') });
    expect(feed.items.map((i) => i.guid)).toEqual(['ol-1', 'ol-2', 'ol-3']);
  });
});

describe('parseFeed refusals', () => {
  it('calls an HTML page not-a-feed', async () => {
    const error = await failure(fixture('not-a-feed.html'));
    expect(error.kind).toBe('not-a-feed');
    expect(error.message).toMatch(/HTML page/);
  });

  it('calls JSON, an empty body or another root not-a-feed', async () => {
    expect((await failure('{"items": []}')).kind).toBe('not-a-feed');
    expect((await failure('')).kind).toBe('not-a-feed');
    expect((await failure('<?xml version="1.0"?><opml version="2.0"/>')).kind).toBe('not-a-feed');
  });

  it('calls broken XML malformed-xml, with where it broke', async () => {
    const error = await failure(fixture('malformed.xml'));
    expect(error.kind).toBe('malformed-xml');
    expect(error.message).toMatch(/^malformed XML: Unexpected close tag \(line: 3/);
  });

  it('refuses a billion-laughs DTD quickly, without expanding it', async () => {
    const started = performance.now();
    const error = await failure(fixture('billion-laughs.xml'));
    expect(error.kind).toBe('malformed-xml');
    expect(error.message).toMatch(/declares entities/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never reads a file named by an external entity (XXE)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xxe-'));
    const secret = path.join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-MARKER');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secret}">]>
      <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>`;
    const error = await failure(xml);
    expect(error.kind).toBe('malformed-xml');
    expect(JSON.stringify(error)).not.toContain('TOP-SECRET-MARKER');
    expect(error.message).not.toContain('TOP-SECRET-MARKER');
  });

  it('without a DTD, an undeclared entity is an error, not a lookup', async () => {
    const error = await failure('<rss version="2.0"><channel><title>&xxe;</title></channel></rss>');
    expect(error.kind).toBe('malformed-xml');
  });
});
