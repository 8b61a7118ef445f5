import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeArticles } from '../../server/src/features/news/article-store';
import { readFeedBody } from '../../server/src/features/news/feed-pipeline';
import { createTagger } from '../../server/src/features/news/tagging';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

let deps: TestDeps;
const tagger = createTagger();

beforeAll(async () => {
  deps = await freshDeps();
});
afterAll(() => deps?.cleanup());

const secret = 'BODY-TEXT-THAT-MUST-NOT-BE-STORED';

/** An RSS 2.0 body in the shape publishers serve, written here. */
function rss(title: string, items: { title: string; link: string; date: string }[]): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase()}.example.com/</link>
${items
  .map(
    (
      i,
    ) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.link}#${title}</guid>
<pubDate>${i.date}</pubDate><description>${secret} about ${i.title}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
  return new TextEncoder().encode(xml);
}

async function ingest(feedKey: string, bytes: Uint8Array, fetchedAt: string) {
  const read = await readFeedBody({ bytes, feedKey, fetchedAt });
  return storeArticles({ db: deps.store.db, articles: read.articles, tagger });
}

describe(`storing news on ${storeKind}`, () => {
  it('stores a title that carries markup as plain text', async () => {
    const body = rss('Alpha', [
      {
        title:
          'Nvidia &lt;img src=x onerror=alert(1)&gt; beats &lt;script&gt;alert(1)&lt;/script&gt; estimates',
        link: 'https://alpha.example.com/nvidia-beats',
        date: 'Wed, 26 Feb 2025 21:30:00 GMT',
      },
    ]);
    await ingest('alpha', body, '2025-02-26T22:00:00Z');
    const row = await deps.store.db
      .selectFrom('articles')
      .select(['title'])
      .where('url', '=', 'https://alpha.example.com/nvidia-beats')
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('Nvidia beats estimates');
  });

  it('keeps one story across feeds, dated by its earliest sighting, with the other source', async () => {
    const link = 'https://news.example.com/stargate';
    const title = 'OpenAI teams up with SoftBank and Oracle on data centres';
    await ingest(
      'alpha',
      rss('Alpha', [{ title, link, date: 'Tue, 21 Jan 2025 23:08:00 GMT' }]),
      '2025-01-22T08:00:00Z',
    );
    const second = await ingest(
      'beta',
      rss('Beta', [{ title, link, date: 'Tue, 21 Jan 2025 22:40:00 GMT' }]),
      '2025-01-22T09:00:00Z',
    );
    expect(second).toEqual({ inserted: 0, aliases: 1, updated: 1 });
    const rows = await deps.store.db
      .selectFrom('articles')
      .select(['id', 'published_at', 'source', 'also_in'])
      .where('url', '=', link)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.published_at).toBe('2025-01-21T22:40:00.000Z');
    expect(rows[0]?.source).toBe('Alpha');
    expect(rows[0]?.also_in).toEqual(['Beta']);
    const tags = await deps.store.db
      .selectFrom('article_tags')
      .select(['ticker', 'entity', 'matched'])
      .where('article_id', '=', rows[0]?.id ?? '')
      .orderBy('ticker')
      .execute();
    expect(tags).toEqual([
      { ticker: 'MSFT', entity: 'OpenAI', matched: 'OpenAI' },
      { ticker: 'ORCL', entity: 'Oracle', matched: 'Oracle' },
    ]);
  });

  it('adds nothing when the same fetch is stored again', async () => {
    const body = rss('Gamma', [
      {
        title: 'Anthropic launches Claude 3.7 Sonnet',
        link: 'https://g.example.com/claude',
        date: 'Mon, 24 Feb 2025 18:00:00 GMT',
      },
      {
        title: 'Amazon unveils Alexa+',
        link: 'https://g.example.com/alexa',
        date: 'Wed, 26 Feb 2025 15:00:00 GMT',
      },
    ]);
    const first = await ingest('gamma', body, '2025-02-26T16:00:00Z');
    expect(first.inserted).toBe(2);
    const again = await ingest('gamma', body, '2025-02-26T17:00:00Z');
    expect(again).toEqual({ inserted: 0, aliases: 0, updated: 0 });
  });

  it('stores an item whose link is too long to index, without the link, beside the others', async () => {
    // A 9,000-character link of random letters: PostgreSQL's btree index on articles.url takes
    // at most about 2,700 bytes, so storing it as the url would fail the whole batch.
    let seed = 7;
    const letters = Array.from({ length: 9000 }, () => {
      seed = (seed * 16807) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
    const long = `https://delta.example.com/${letters}`;
    const body = rss('Delta', [
      { title: 'Micron raises its outlook', link: long, date: 'Thu, 27 Feb 2025 12:00:00 GMT' },
      {
        title: 'Broadcom wins an AI chip order',
        link: 'https://delta.example.com/broadcom',
        date: 'Thu, 27 Feb 2025 13:00:00 GMT',
      },
    ]);
    const result = await ingest('delta', body, '2025-02-27T14:00:00Z');
    expect(result.inserted).toBe(2);
    const rows = await deps.store.db
      .selectFrom('articles')
      .select(['title', 'url'])
      .where('source', '=', 'Delta')
      .orderBy('title')
      .execute();
    expect(rows).toEqual([
      { title: 'Broadcom wins an AI chip order', url: 'https://delta.example.com/broadcom' },
      // No link is stored as '' (the API gives null).
      { title: 'Micron raises its outlook', url: '' },
    ]);
  });

  it('keeps article text out of the store', async () => {
    const db = deps.store.db;
    const stored = JSON.stringify([
      await db.selectFrom('articles').selectAll().execute(),
      await db.selectFrom('article_aliases').selectAll().execute(),
      await db.selectFrom('article_tags').selectAll().execute(),
    ]);
    expect(stored).not.toContain(secret);
  });
});
