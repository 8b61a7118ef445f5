import { type CharsetSource, decodeFeed } from './decode-feed';
import { type FeedFormat, parseFeed } from './feed-parse';
import { type NormaliseFeedResult, normaliseFeed } from './normalise';

export interface ReadFeedBodyParams {
  bytes: Uint8Array;
  contentType?: string | undefined;
  feedKey: string;
  /** The URL the body came from (base of relative links); absent for a replayed snapshot. */
  feedUrl?: string | undefined;
  /** When the body was fetched, ISO 8601: firstSeenAt of its articles. */
  fetchedAt: string;
}

export interface ReadFeedBodyResult extends NormaliseFeedResult {
  format: FeedFormat;
  charset: string;
  charsetSource: CharsetSource;
}

/**
 * Bytes to articles: decode, parse, normalise. Live polling and archive replay both come through
 * here. Throws a `FeedFetchError` (`not-a-feed`, `malformed-xml`) for a body that is not a feed.
 */
export async function readFeedBody(params: ReadFeedBodyParams): Promise<ReadFeedBodyResult> {
  const decoded = decodeFeed({ bytes: params.bytes, contentType: params.contentType });
  const feed = await parseFeed({
    xml: decoded.text,
    ...(params.feedUrl === undefined ? {} : { url: params.feedUrl }),
  });
  const normalised = normaliseFeed({
    feed,
    feedKey: params.feedKey,
    feedUrl: params.feedUrl,
    firstSeenAt: params.fetchedAt,
  });
  return {
    ...normalised,
    format: feed.format,
    charset: decoded.charset,
    charsetSource: decoded.charsetSource,
  };
}
