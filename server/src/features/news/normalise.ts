import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalUrl, resolveUrl } from './canonical-url';
import { parseFeedDate } from './feed-dates';
import type { ParsedFeed, ParsedFeedItem } from './feed-parse';
import { collapseWhitespace, toPlainText, truncateText } from './plain-text';

const isoInstant = z.iso.datetime({ offset: true });

/**
 * One article in the shape the rest of Aftershock stores and tags. Titles, links, times, sources
 * and categories are what the product keeps. `snippet` (the first ~300 characters of the plain
 * text description) exists only so that tagging can look past the title; it is article text,
 * so it is not persisted by default.
 */
export const normalisedArticleSchema = z.object({
  /** sha256 of the feed key and guid, else of the canonical link, else of the item's text. */
  id: z.string().regex(/^[0-9a-f]{32}$/),
  feedKey: z.string().min(1),
  guid: z.string().nullable(),
  link: z.url().nullable(),
  /** Plain text: never markup. */
  title: z.string().min(1),
  /** True when the item had no title and the title was made from its description. */
  titleDerived: z.boolean(),
  /** ISO 8601 with the feed's own offset; equal to firstSeenAt when dateEstimated. */
  publishedAt: isoInstant,
  /** The feed gave no readable date (or one in the future): publishedAt is when we first saw it. */
  dateEstimated: z.boolean(),
  firstSeenAt: isoInstant,
  /** The feed's title (or its host). */
  source: z.string().min(1),
  /** The item's original publisher when the feed names one (Google News `<source>`, dc:publisher). */
  publisher: z.string().nullable(),
  categories: z.array(z.string()),
  snippet: z.string(),
});
export type NormalisedArticle = z.infer<typeof normalisedArticleSchema>;

export interface NormaliseFeedParams {
  feed: ParsedFeed;
  /** Stable name of the feed (`techcrunch`): part of the id of items identified by guid. */
  feedKey: string;
  /** Where the feed was fetched from: the last base for relative links. */
  feedUrl?: string | undefined;
  /** When this fetch happened, ISO 8601. */
  firstSeenAt: string;
  /** Dates further than this past firstSeenAt are not believed. Default one day. */
  futureToleranceMs?: number;
}

export interface SkippedItem {
  index: number;
  reason: string;
}

export interface NormaliseFeedResult {
  source: string;
  articles: NormalisedArticle[];
  skipped: SkippedItem[];
}

const snippetChars = 300;
const descriptionScanChars = 20_000;
const derivedTitleChars = 120;
const maxTitleChars = 500;
const maxLinkChars = 2048;
const maxCategories = 20;

function hashId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function absolute(href: string | undefined, bases: readonly (string | undefined)[]) {
  return href === undefined ? undefined : resolveUrl({ href, bases })?.href;
}

function linkOf(item: ParsedFeedItem, bases: readonly (string | undefined)[]): string | null {
  // A guid is a link only when the feed says so and it looks like one: an opaque guid resolved
  // against the site would invent a URL.
  const guidLink =
    item.guidIsPermaLink && item.guid && /^(https?:\/\/|\/)/i.test(item.guid)
      ? item.guid
      : undefined;
  for (const href of [item.origLink, item.link, guidLink, item.about]) {
    const link = href === undefined ? undefined : canonicalUrl({ href, bases });
    // Longer than any address a browser or sitemap takes, and too long for the store's index
    // of links: the article is kept without it rather than failing its whole batch.
    if (link && link.length <= maxLinkChars) return link;
  }
  return null;
}

function categoriesOf(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of raw) {
    const text = truncateText(toPlainText(c), 100);
    if (text === '' || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
    if (out.length === maxCategories) break;
  }
  return out;
}

/** Turns a parsed feed into articles; items with neither title nor description are skipped. */
export function normaliseFeed(params: NormaliseFeedParams): NormaliseFeedResult {
  const { feed, feedKey, feedUrl } = params;
  const firstSeenAt = isoInstant.parse(params.firstSeenAt);
  const latestBelievable = Date.parse(firstSeenAt) + (params.futureToleranceMs ?? 86_400_000);
  const feedBase = absolute(feed.xmlBase, [feedUrl]) ?? feedUrl;
  const feedLink = absolute(feed.link, [feedBase, feedUrl]);
  const source =
    collapseWhitespace(toPlainText(feed.title ?? '')) ||
    (feed.publisher && toPlainText(feed.publisher)) ||
    (feedLink && new URL(feedLink).host) ||
    feedKey;

  const articles: NormalisedArticle[] = [];
  const skipped: SkippedItem[] = [];
  feed.items.forEach((item, index) => {
    const plainTitle = truncateText(toPlainText(item.title ?? ''), maxTitleChars);
    // Only the first few hundred characters are kept: no need to clean a whole article body.
    const description = toPlainText((item.description ?? '').slice(0, descriptionScanChars));
    if (plainTitle === '' && description === '') {
      skipped.push({ index, reason: 'item has neither a title nor a description' });
      return;
    }
    const itemBase = absolute(item.xmlBase, [feedBase, feedUrl]) ?? feedBase;
    const link = linkOf(item, [itemBase, feedLink, feedUrl]);
    const parsedDate = parseFeedDate(item.date);
    const believable = parsedDate !== undefined && Date.parse(parsedDate) <= latestBelievable;
    const title = plainTitle || truncateText(description, derivedTitleChars);
    const guid = item.guid?.trim() || null;
    const id = guid
      ? hashId('guid', feedKey, guid)
      : link
        ? hashId('link', link)
        : hashId('item', feedKey, title, item.date ?? '', description);
    articles.push({
      id,
      feedKey,
      guid,
      link,
      title,
      titleDerived: plainTitle === '',
      publishedAt: believable ? parsedDate : firstSeenAt,
      dateEstimated: !believable,
      firstSeenAt,
      source,
      publisher: item.publisher ? toPlainText(item.publisher) || null : null,
      categories: categoriesOf(item.categories),
      snippet: truncateText(description, snippetChars),
    });
  });
  return { source, articles, skipped };
}
