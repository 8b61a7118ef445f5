import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ReadFeedBodyResult, readFeedBody } from './feed-pipeline';
import type { NormalisedArticle } from './normalise';

const here = fileURLToPath(new URL('.', import.meta.url));
const feedsDir = path.resolve(here, '../../../..', '../shared/data/feeds');
const present = existsSync(feedsDir);
const fetchedAt = '2025-03-01T00:00:00Z';

/** Feed URLs as their publishers serve them: the base for relative links. */
const feedUrls: Record<string, string> = {
  'huggingface-blog-relative-links.rss.xml': 'https://huggingface.co/blog/feed.xml',
};

function read(file: string): Promise<ReadFeedBodyResult> {
  return readFeedBody({
    bytes: readFileSync(path.join(feedsDir, file)),
    feedKey: file.replace(/\.xml$/, ''),
    feedUrl: feedUrls[file],
    fetchedAt,
  });
}

function byTitle(articles: NormalisedArticle[], title: string): NormalisedArticle {
  const found = articles.find((a) => a.title === title);
  if (!found) throw new Error(`no article titled ${title}`);
  return found;
}

// Expected values below were read by hand from the files (grep and a text editor), not from
// this code's output.
const suiteName = present
  ? 'real feeds in ../shared/data/feeds'
  : 'real feeds (skipped: ../shared/data not present)';

describe.skipIf(!present)(suiteName, () => {
  it('parses every file, none with a title containing markup or U+FFFD', async () => {
    const files = readdirSync(feedsDir).filter((f) => f.endsWith('.xml'));
    expect(files).toHaveLength(12);
    for (const file of files) {
      const { articles } = await read(file);
      expect(articles.length, file).toBeGreaterThan(0);
      for (const a of articles) {
        expect(a.title, file).not.toMatch(/[<>\uFFFD]/);
        expect(a.link === null || /^https?:\/\//.test(a.link), file).toBe(true);
      }
    }
  });

  it('TechCrunch: numeric entities in titles, offsets, guid ids', async () => {
    const { source, articles, format } = await read('techcrunch-2025-01-27T1435Z.rss.xml');
    expect([source, format, articles.length]).toEqual(['TechCrunch', 'rss-2.0', 20]);
    const a = byTitle(
      articles,
      'DeepSeek ‘punctures’ AI leaders’ spending plans, and what analysts are saying',
    );
    expect(a.link).toBe(
      'https://techcrunch.com/2025/01/27/deepseek-punctures-tech-spending-plans-and-what-analysts-are-saying/',
    );
    expect(a.publishedAt).toBe('2025-01-27T10:59:43Z');
    expect(a.guid).toBe('https://techcrunch.com/?p=2953578');
    expect(byTitle(articles, 'DeepSeek gets Silicon Valley talking').publishedAt).toBe(
      '2025-01-26T20:49:37Z',
    );
  });

  it('WIRED: the one-line feed, 50 items', async () => {
    const { articles } = await read('wired-2025-01-28T1036Z.rss.xml');
    expect(articles).toHaveLength(50);
    const a = byTitle(articles, 'DeepSeek’s Popular AI App Is Explicitly Sending US Data to China');
    expect(a.link).toBe('https://www.wired.com/story/deepseek-ai-china-privacy-data/');
    expect(a.publishedAt).toBe('2025-01-27T22:10:34Z');
    expect(
      byTitle(articles, 'DeepSeek vs. ChatGPT: Hands On With DeepSeek’s R1 Chatbot').publishedAt,
    ).toBe('2025-01-28T01:29:05Z');
  });

  it('Ars Technica: curly quotes as raw UTF-8', async () => {
    const jan22 = await read('arstechnica-2025-01-22T1246Z.rss.xml');
    const r1 = byTitle(
      jan22.articles,
      'Cutting-edge Chinese “reasoning” model rivals OpenAI o1—and it’s free to download',
    );
    expect(r1.publishedAt).toBe('2025-01-21T18:28:54Z');
    const jan28 = await read('arstechnica-2025-01-28T1245Z.rss.xml');
    const panic = byTitle(
      jan28.articles,
      'DeepSeek panic triggers tech stock sell-off as Chinese AI tops App Store',
    );
    expect(panic.publishedAt).toBe('2025-01-27T16:29:53Z');
    expect(panic.link).toBe(
      'https://arstechnica.com/ai/2025/01/deepseek-spooks-american-tech-industry-as-it-tops-the-apple-app-store/',
    );
  });

  it('jn.pt: ISO-8859-1 bytes decoded, FeedBurner origLink preferred', async () => {
    const { source, articles } = await read('jn-pt-iso-8859-1-2018.rss.xml');
    expect(source).toBe('Jornal de Notícias - Últimas Notícias');
    expect(articles).toHaveLength(40);
    const a = byTitle(articles, 'Mãe de utente é a nova presidente da Raríssimas');
    expect(a.link).toBe(
      'https://www.jn.pt/nacional/interior/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html',
    );
    expect(a.publishedAt).toBe('2018-01-03T13:47:00Z');
  });

  it('UOL: Latin-1 with no declaration, Portuguese dates', async () => {
    const { source, articles } = await read('uol-noticias-no-xml-decl-latin1-2018.rss.xml');
    expect(source).toBe('UOL Noticias');
    expect(articles).toHaveLength(15);
    expect(articles[0]?.title).toBe(
      'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
    );
    expect(articles[0]?.publishedAt).toBe('2018-09-24T19:42:40-03:00');
    expect(articles[1]?.title).toBe(
      'Promotoria abre inquérito para apurar suspeita de improbidade de Skaf no Sebrae-SP',
    );
    expect(articles[14]?.title).toBe(
      'Fama "A" é campeã da Primeira Divisão da Copa Cidade Alta de Futebol Suíço',
    );
    expect(articles[14]?.publishedAt).toBe('2018-09-24T19:18:49-03:00');
    expect(articles.every((a) => !a.dateEstimated)).toBe(true);
  });

  it('Hugging Face: relative guids resolved against the feed URL', async () => {
    const { articles } = await read('huggingface-blog-relative-links.rss.xml');
    expect(articles).toHaveLength(175);
    expect(articles[0]).toMatchObject({
      title: 'Introduction to Graph Machine Learning',
      link: 'https://huggingface.co/blog/intro-graphml',
      publishedAt: '2023-01-03T00:00:00Z',
    });
    expect(articles[174]?.link).toBe('https://huggingface.co/blog/how-to-train');
  });

  it('Scripting News RSS 0.92: undated, untitled items flagged', async () => {
    const { articles, format } = await read('scripting-news-rss092-no-item-dates-2001.xml');
    expect(format).toBe('rss-0.9x');
    expect(articles).toHaveLength(3);
    for (const a of articles) {
      expect(a).toMatchObject({ dateEstimated: true, publishedAt: fetchedAt, titleDerived: true });
    }
    expect(articles[2]?.title).toBe('This is a test of a change I just made. Still diggin..');
  });

  it('Slashdot RSS 1.0 / RDF: dc:date, tracking parameters removed', async () => {
    const { source, articles, format } = await read('slashdot-2023-08-24.rss1-rdf.xml');
    expect([source, format]).toEqual(['Slashdot', 'rss-1.0']);
    expect(articles.map((a) => [a.title, a.publishedAt, a.categories])).toEqual([
      [
        'SpaceX Working With Cloudflare To Speed Up Starlink Service',
        '2023-08-24T07:00:00Z',
        ['internet'],
      ],
      [
        "Paralyzed Woman Able To 'Speak' Through Digital Avatar In World First",
        '2023-08-24T03:30:00Z',
        ['medicine'],
      ],
      ['Amazon Sues Online Stores Selling Pirated DVDs', '2023-08-24T01:10:00Z', ['piracy']],
    ]);
    expect(articles[2]?.link).toBe(
      'https://yro.slashdot.org/story/23/08/23/2230246/amazon-sues-online-stores-selling-pirated-dvds',
    );
  });

  it('heise Atom: +01:00 offsets kept, wt_mc tracking removed, umlauts', async () => {
    const { articles, format } = await read('heise-developer-2016-02-01.atom.xml');
    expect([format, articles.length]).toEqual(['atom', 15]);
    const last = articles[14];
    expect(last?.title).toBe('Apache Software Foundation bekommt ein neues Logo');
    expect(last?.publishedAt).toBe('2016-01-28T17:07:00+01:00');
    expect(last?.link).toBe(
      'http://www.heise.de/developer/meldung/Apache-Software-Foundation-bekommt-ein-neues-Logo-3086458.html',
    );
  });

  it('Google News: RSS and Atom forms of the same day agree on shared stories', async () => {
    const rss = await read('google-news-top-stories-2022-07-28.rss.xml');
    const atom = await read('google-news-top-stories-2022-07-28.atom.xml');
    expect([rss.articles.length, atom.articles.length]).toEqual([38, 38]);
    const rssTimes = new Map(rss.articles.map((a) => [a.title, Date.parse(a.publishedAt)]));
    const shared = atom.articles.filter((a) => rssTimes.has(a.title));
    // Counted with a separate script over the raw XML: 32 titles appear in both files; 31 have
    // the same time, and one has an Atom <updated> later than its RSS <pubDate>.
    expect(shared).toHaveLength(32);
    const sameTime = shared.filter((a) => Date.parse(a.publishedAt) === rssTimes.get(a.title));
    expect(sameTime).toHaveLength(31);
    expect(rss.articles[1]).toMatchObject({
      title:
        'CNN Exclusive: Biden administration offers convicted Russian arms dealer in exchange for Griner, Whelan - CNN',
      publishedAt: '2022-07-28T03:02:00Z',
      publisher: 'CNN',
    });
  });
});
