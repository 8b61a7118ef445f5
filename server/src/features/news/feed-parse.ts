import Parser from 'rss-parser';
import { z } from 'zod';
import { FeedFetchError } from './feed-fetch-error';
import { readXmlProlog } from './xml-prolog';
import { attrOf, firstText, isRecord, listOf, textOf } from './xml-values';

export type FeedFormat = 'rss-0.9x' | 'rss-1.0' | 'rss-2.0' | 'atom';

/** One item as the feed wrote it: raw strings, HTML not yet removed, links not yet resolved. */
export interface ParsedFeedItem {
  guid: string | undefined;
  /** RSS: false only when the guid says isPermaLink="false". Atom ids are never links. */
  guidIsPermaLink: boolean;
  link: string | undefined;
  /** FeedBurner's pointer to the publisher's own URL, better than its redirect link. */
  origLink: string | undefined;
  /** RSS 1.0 `rdf:about`, the item's URI. */
  about: string | undefined;
  xmlBase: string | undefined;
  title: string | undefined;
  date: string | undefined;
  description: string | undefined;
  categories: string[];
  /** The RSS `<source>` element's text, or dc:publisher: the item's original publisher. */
  publisher: string | undefined;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | undefined;
  link: string | undefined;
  /** The feed's own URL as it states it (atom:link rel="self"). */
  selfLink: string | undefined;
  xmlBase: string | undefined;
  publisher: string | undefined;
  items: ParsedFeedItem[];
}

const itemFields = [
  'title',
  'link',
  'guid',
  'id',
  'pubDate',
  'dc:date',
  'x-published',
  'x-updated',
  'description',
  'summary',
  'content',
  'content:encoded',
  'category',
  'dc:subject',
  'source',
  'dc:publisher',
  'feedburner:origLink',
  '$',
] as const;

const rawFeedSchema = z.object({
  title: z.unknown().optional(),
  link: z.unknown().optional(),
  feedUrl: z.unknown().optional(),
  publisher: z.unknown().optional(),
  items: z.array(z.record(z.string(), z.unknown())),
});

function formatOf(root: string, version: string | undefined): FeedFormat | undefined {
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  if (local === 'feed') return 'atom';
  if (local === 'RDF') return 'rss-1.0';
  if (root !== 'rss') return undefined;
  return version && /^0\.9/.test(version) ? 'rss-0.9x' : 'rss-2.0';
}

function atomLink(links: unknown): string | undefined {
  const candidates = listOf(links).filter((l) => attrOf(l, 'href'));
  const alternate =
    candidates.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate') ?? candidates[0];
  return attrOf(alternate, 'href');
}

function categoriesOf(raw: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const c of [...listOf(raw['x:category']), ...listOf(raw['x:dc:subject'])]) {
    const text = attrOf(c, 'label') ?? attrOf(c, 'term') ?? textOf(c);
    if (text?.trim()) out.push(text.trim());
  }
  return out;
}

function toItem(raw: Record<string, unknown>, format: FeedFormat): ParsedFeedItem {
  const atom = format === 'atom';
  const guidElement = listOf(raw['x:guid'])[0];
  const attributes = raw['x:$'];
  return {
    guid: firstText(atom ? raw['x:id'] : guidElement),
    guidIsPermaLink: !atom && attrOf(guidElement, 'isPermaLink')?.toLowerCase() !== 'false',
    link: atom ? atomLink(raw['x:link']) : firstText(raw['x:link']),
    origLink: firstText(raw['x:feedburner:origLink']),
    about: isRecord(attributes) ? textOf(attributes['rdf:about']) : undefined,
    xmlBase: isRecord(attributes) ? textOf(attributes['xml:base']) : undefined,
    title: textOf(listOf(raw['x:title'])[0]),
    date: atom
      ? firstText(raw['x:x-published'], raw['x:x-updated'])
      : firstText(raw['x:pubDate'], raw['x:dc:date']),
    description: firstText(
      raw['x:description'],
      raw['x:summary'],
      raw['x:content'],
      raw['x:content:encoded'],
    ),
    categories: categoriesOf(raw),
    publisher: firstText(raw['x:source'], raw['x:dc:publisher']),
  };
}

function classifyParserError(error: unknown, url: string | undefined): FeedFetchError {
  const message = error instanceof Error ? error.message : String(error);
  const where = url === undefined ? {} : { url };
  if (/not recognized as RSS/i.test(message)) {
    return new FeedFetchError('not-a-feed', `not a feed: ${message}`, { ...where, cause: error });
  }
  const [reason = message, ...position] = message.split('\n');
  const at = position.map((p) => p.trim().toLowerCase()).filter((p) => !p.startsWith('char'));
  const suffix = at.length > 0 ? ` (${at.join(', ')})` : '';
  return new FeedFetchError('malformed-xml', `malformed XML: ${reason}${suffix}`, {
    ...where,
    cause: error,
  });
}

export interface ParseFeedParams {
  xml: string;
  /** For error messages only. */
  url?: string;
}

/**
 * Parses a decoded feed (RSS 0.9x, RSS 1.0/RDF, RSS 2.0, Atom) with rss-parser's parseString.
 * Throws a `FeedFetchError`: `not-a-feed` for HTML or any other root, `malformed-xml` for broken
 * XML or a DTD that declares entities.
 */
export async function parseFeed(params: ParseFeedParams): Promise<ParsedFeed> {
  const { xml, url } = params;
  const prolog = readXmlProlog(xml, url);
  const format = formatOf(prolog.root, prolog.rootAttributes.version);
  if (format === undefined) {
    const what = prolog.root.toLowerCase() === 'html' ? 'an HTML page' : `<${prolog.root}>`;
    throw new FeedFetchError(
      'not-a-feed',
      `not a feed: the document is ${what}, not RSS, RDF or Atom`,
      url === undefined ? {} : { url },
    );
  }
  // A fresh parser each time: an xml2js parser that has failed once misreports the next document.
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    defaultRSS: 2,
    customFields: { item: itemFields.map((f) => [f, `x:${f}`, { keepArray: true }]) },
    xml2js: {
      // rss-parser turns Atom dates into Dates and throws on the first unreadable one, which
      // would lose the whole feed; renamed, they reach us raw and are read one by one.
      tagNameProcessors: [
        (name: string) => (name === 'published' || name === 'updated' ? `x-${name}` : name),
      ],
    },
  });
  let output: unknown;
  try {
    output = await parser.parseString(xml);
  } catch (error) {
    throw classifyParserError(error, url);
  }
  const raw = rawFeedSchema.safeParse(output);
  if (!raw.success) {
    throw new FeedFetchError('not-a-feed', `not a feed: ${z.prettifyError(raw.error)}`, {
      ...(url === undefined ? {} : { url }),
    });
  }
  const feed = raw.data;
  return {
    format,
    title: firstText(feed.title),
    link: firstText(feed.link),
    selfLink: firstText(feed.feedUrl),
    xmlBase: prolog.rootAttributes['xml:base'],
    publisher: firstText(feed.publisher),
    items: feed.items.map((item) => toItem(item, format)),
  };
}
