import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeedBody } from './feed-pipeline';
import { normalisedArticleSchema } from './normalise';

const fixtures = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../test/fixtures/feeds',
);
const fetchedAt = '2025-02-02T00:00:00Z';

function read(name: string, feedUrl?: string) {
  return readFeedBody({
    bytes: readFileSync(path.join(fixtures, name)),
    feedKey: name.replace(/\..*$/, ''),
    feedUrl,
    fetchedAt,
  });
}

describe('normaliseFeed on the project fixtures', () => {
  it('cleans titles, links, dates and categories of RSS 2.0', async () => {
    const { source, articles } = await read('rss2-basic.xml');
    expect(source).toBe('Example Wire & Co');
    expect(articles.map((a) => a.title)).toEqual([
      'Chipmaker & partner announce “new” accelerator',
      'Cloud provider raises capital spending plan',
      'and',
      'Bold move: data centre deal',
      'Chipmaker & partner announce “new” accelerator',
    ]);
    const [first, second, , fourth, fifth] = articles;
    expect(first?.link).toBe('https://news.example.com/2025/01/27/accelerator?id=7');
    expect(first?.publishedAt).toBe('2025-01-27T14:05:00-05:00');
    expect(first?.categories).toEqual(['AI', 'Chips']);
    expect(first?.snippet).toBe('An invented summary for a test.');
    expect(second?.link).toBe('https://news.example.com/2025/01/28/cloud-capex');
    expect(second?.snippet).toBe('Plain & simple, with an entity: café.');
    expect(fourth?.link).toBe('https://news.example.com/2025/01/30/data-centre');
    expect(fourth).toMatchObject({ dateEstimated: true, publishedAt: fetchedAt });
    expect(fifth?.link).toBe(first?.link);
    for (const a of articles) expect(normalisedArticleSchema.parse(a)).toEqual(a);
  });

  it('gives guid-based ids that do not depend on the link, and link-based ids otherwise', async () => {
    const { articles } = await read('rss2-basic.xml');
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(5);
    const again = await read('rss2-basic.xml');
    expect(again.articles.map((a) => a.id)).toEqual(ids);
  });

  it('resolves Atom links through xml:base and keeps offsets', async () => {
    const { source, articles } = await read('atom-xml-base.xml');
    expect(source).toBe('Example Lab Notes');
    expect(articles.map((a) => a.link)).toEqual([
      'https://blog.example.org/posts/model-release.html',
      'https://blog.example.org/notes/q4',
      'https://blog.example.org/feeds/undated.html',
    ]);
    expect(articles[0]?.title).toBe('A faster model is released');
    expect(articles[0]?.publishedAt).toBe('2025-01-20T07:30:00+09:00');
    expect(articles[1]?.publishedAt).toBe('2025-01-19T12:00:00Z');
    expect(articles[2]).toMatchObject({ dateEstimated: true, publishedAt: fetchedAt });
  });

  it('uses rdf:about when an RSS 1.0 item has no link', async () => {
    const { source, articles } = await read('rss1-rdf.xml');
    expect(source).toBe('Example Digest');
    expect(articles.map((a) => a.link)).toEqual([
      'https://digest.example.net/story/1',
      'https://digest.example.net/story/2',
    ]);
    expect(articles[1]?.publishedAt).toBe('2025-01-27T03:30:00-05:00');
  });

  it('flags RSS 0.92 items without dates and makes a title from the description', async () => {
    const { articles, skipped } = await read('rss092-no-dates.xml');
    expect(articles).toHaveLength(2);
    expect(skipped).toEqual([{ index: 2, reason: 'item has neither a title nor a description' }]);
    expect(articles[0]).toMatchObject({
      title: 'Someone started a new weblog about chips.',
      titleDerived: true,
      dateEstimated: true,
      publishedAt: fetchedAt,
      publisher: 'Other Weblog',
      link: null,
    });
    expect(articles[1]).toMatchObject({ title: 'A titled item', dateEstimated: true });
  });

  it('decodes Latin-1 with no declaration and Portuguese dates', async () => {
    const { source, articles, charsetSource } = await read('latin1-no-declaration.xml');
    expect(charsetSource).toBe('fallback');
    expect(source).toBe('Exemplo Notícias');
    expect(articles.map((a) => [a.title, a.publishedAt])).toEqual([
      ['Relatório anual do sector de tecnologia é publicado', '2025-01-30T09:15:00-03:00'],
      ['Ações de empresas de chips sobem após anúncio', '2025-02-01T18:00:00-03:00'],
    ]);
    expect(articles[0]?.snippet).toBe('Um resumo inventado.');
  });

  it('decodes declared windows-1252 and UTF-16 with a BOM', async () => {
    const cp1252 = await read('windows-1252-declared.xml');
    expect(cp1252.articles[0]?.title).toBe('Chip sales reach €4bn in a “record” quarter');
    expect(cp1252.articles[0]?.publishedAt).toBe('2025-01-30T21:05:00-05:00');
    const utf16 = await read('utf16le-bom.xml');
    expect(utf16.charsetSource).toBe('bom');
    expect(utf16.articles[0]?.title).toBe('Ünïcödé title over UTF-16');
  });

  it('parses a one-line feed', async () => {
    const { articles } = await read('one-line.xml');
    expect(articles.map((a) => a.publishedAt)).toEqual([
      '2025-02-01T01:00:00Z',
      '2025-02-01T02:00:00Z',
      '2025-02-01T03:00:00Z',
    ]);
  });

  it('does not believe a date more than a day in the future', async () => {
    const { articles } = await readFeedBody({
      bytes: new TextEncoder().encode(
        '<rss version="2.0"><channel><title>F</title><item><title>Future</title>' +
          '<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item></channel></rss>',
      ),
      feedKey: 'future',
      fetchedAt,
    });
    expect(articles[0]).toMatchObject({ dateEstimated: true, publishedAt: fetchedAt });
  });
});
