import { type CreateFeed, createFeedSchema } from '@aftershock/shared';
import { z } from 'zod';

export type DefaultFeed = CreateFeed;

/**
 * The feeds a new store starts with: edit this list to change them. The keys `techcrunch`,
 * `wired` and `arstechnica` are the folder names of the feed archive, so replayed articles
 * belong to those feeds. Keys are stable: articles refer to their feed by key.
 */
const config: DefaultFeed[] = [
  {
    id: 'techcrunch',
    title: 'TechCrunch AI',
    url: 'https://techcrunch.com/category/artificial-intelligence/feed/',
  },
  {
    id: 'theverge',
    title: 'The Verge AI',
    url: 'https://www.theverge.com/rss/ai-artificial-intelligence/index.xml',
  },
  {
    id: 'arstechnica',
    title: 'Ars Technica',
    url: 'https://feeds.arstechnica.com/arstechnica/index',
  },
  {
    id: 'wired',
    title: 'WIRED AI',
    url: 'https://www.wired.com/feed/tag/ai/latest/rss',
  },
  {
    id: 'venturebeat',
    title: 'VentureBeat AI',
    url: 'https://venturebeat.com/category/ai/feed/',
  },
  {
    id: 'mit-technology-review',
    title: 'MIT Technology Review AI',
    url: 'https://www.technologyreview.com/topic/artificial-intelligence/feed',
  },
  {
    id: 'cnbc-technology',
    title: 'CNBC Technology',
    url: 'https://www.cnbc.com/id/19854910/device/rss/rss.html',
  },
  {
    id: 'google-news-ai',
    title: 'Google News: the AI complex',
    url: 'https://news.google.com/rss/search?q=(Nvidia%20OR%20OpenAI%20OR%20DeepSeek%20OR%20Anthropic%20OR%20Broadcom%20OR%20TSMC)%20AI%20when:2d&hl=en-US&gl=US&ceid=US:en',
  },
];

/** Validated at load: a bad edit fails at start with the field named. */
export const defaultFeeds: readonly DefaultFeed[] = z
  .array(createFeedSchema)
  .refine((f) => new Set(f.map((x) => x.id)).size === f.length, 'feed ids must be unique')
  .parse(config);
