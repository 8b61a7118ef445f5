import type { FeedInfo } from '@aftershock/shared';
import { type Kysely, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import { maskUrl, maskUrlsIn } from '../../http/mask-url';
import type { Database, FeedsTable } from '../../store/schema';
import { feedFetchErrorKinds } from '../news/feed-fetch-error';
import { type FeedState, feedStatuses } from '../news/feed-state';

type FeedRow = Selectable<FeedsTable>;

const statusSchema = z
  .enum([...feedStatuses, 'new'])
  .catch('pending')
  .transform((s) => (s === 'new' ? 'pending' : s));
const errorKindSchema = z.enum(feedFetchErrorKinds).nullable().catch(null);

export interface StoredFeed {
  id: string;
  title: string;
  url: string;
  enabled: boolean;
  state: FeedState;
}

function toFeed(r: FeedRow, now: Date): StoredFeed {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    enabled: r.enabled,
    state: {
      feedKey: r.id,
      url: r.url,
      status: statusSchema.parse(r.status),
      lastFetchAt: r.last_fetch_at,
      lastSuccessAt: r.last_success_at,
      errorCount: r.error_count,
      errorKind: errorKindSchema.parse(r.error_kind),
      errorMessage: r.error_message,
      httpStatus: r.http_status,
      // A feed never scheduled is due now.
      nextCheckAt: r.next_check_at ?? now.toISOString(),
      etag: r.etag,
      lastModified: r.last_modified,
    },
  };
}

export async function listFeeds(db: Kysely<Database>, now = new Date()): Promise<StoredFeed[]> {
  const rows = await db.selectFrom('feeds').selectAll().orderBy('id').execute();
  return rows.map((r) => toFeed(r, now));
}

export async function findFeed(db: Kysely<Database>, id: string): Promise<StoredFeed | undefined> {
  const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFeed(row, new Date()) : undefined;
}

/** Persists what a poll learnt about a feed (validators, status, error, next check). */
export async function saveFeedState(db: Kysely<Database>, state: FeedState): Promise<void> {
  await db
    .updateTable('feeds')
    .set({
      status: state.status,
      last_fetch_at: state.lastFetchAt,
      last_success_at: state.lastSuccessAt,
      error_count: state.errorCount,
      error_kind: state.errorKind,
      error_message: state.errorMessage === null ? null : maskUrlsIn(state.errorMessage),
      http_status: state.httpStatus,
      next_check_at: state.nextCheckAt,
      etag: state.etag,
      last_modified: state.lastModified,
    })
    .where('id', '=', state.feedKey)
    .execute();
}

/** Articles stored per feed, sightings in other feeds included. */
export async function articleCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await sql<{ feed_id: string; n: number }>`
    select feed_id, count(*)::int as n from (
      select feed_id from articles union all select feed_id from article_aliases
    ) x group by feed_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.feed_id, Number(r.n)]));
}

/** What a reader sees of a feed: its URL and error without credentials (see mask-url.ts). */
export function toFeedInfo(f: StoredFeed, articleCount: number): FeedInfo {
  const s = f.state;
  return {
    id: f.id,
    title: f.title,
    url: maskUrl(f.url),
    enabled: f.enabled,
    status: s.status,
    lastFetchAt: s.lastFetchAt,
    lastSuccessAt: s.lastSuccessAt,
    errorCount: s.errorCount,
    errorKind: s.errorKind,
    errorMessage: s.errorMessage === null ? null : maskUrlsIn(s.errorMessage),
    httpStatus: s.httpStatus,
    nextCheckAt: s.status === 'pending' && !f.enabled ? null : s.nextCheckAt,
    articleCount,
  };
}
