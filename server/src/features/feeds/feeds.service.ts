import type { CreateFeed, FeedInfo, UpdateFeed } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { OutboundPolicy } from '../../http/outbound-policy';
import type { Database } from '../../store/schema';
import { checkFeedUrl } from '../news/private-hosts';
import { type DefaultFeed, defaultFeeds } from './default-feeds';
import { articleCounts, findFeed, listFeeds, toFeedInfo } from './feeds.repo';

/** A feed id or URL already in use, or a feed that does not exist: the caller's mistake. */
export class FeedConflictError extends Error {
  override readonly name = 'FeedConflictError';
}
export class FeedNotFoundError extends Error {
  override readonly name = 'FeedNotFoundError';
}

const seededKey = 'feeds.defaults-seeded';
const seededSchema = z.array(z.string()).catch([]);

/**
 * Adds the default feeds (`default-feeds.json`) that this store has never been given. Each is
 * added once: a default the user removed stays removed, and a default added to the file later
 * reaches an existing store at its next start.
 */
export async function seedDefaultFeeds(
  db: Kysely<Database>,
  feeds: readonly DefaultFeed[] = defaultFeeds,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', seededKey)
      .executeTakeFirst();
    const seeded = new Set(seededSchema.parse(row?.value));
    const added: string[] = [];
    for (const f of feeds) {
      if (seeded.has(f.id)) continue;
      const inserted = await trx
        .insertInto('feeds')
        .values({
          id: f.id,
          title: f.title,
          url: f.url,
          enabled: f.enabled ?? true,
          status: 'pending',
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) added.push(inserted.id);
      seeded.add(f.id);
    }
    const value = JSON.stringify([...seeded]);
    await trx
      .insertInto('meta')
      .values({ key: seededKey, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    return added;
  });
}

export async function feedInfos(db: Kysely<Database>): Promise<FeedInfo[]> {
  const [feeds, counts] = await Promise.all([listFeeds(db), articleCounts(db)]);
  return feeds.map((f) => toFeedInfo(f, counts.get(f.id) ?? 0));
}

async function feedInfo(db: Kysely<Database>, id: string): Promise<FeedInfo> {
  const feed = await findFeed(db, id);
  if (!feed) throw new FeedNotFoundError(`No feed with id "${id}"`);
  const counts = await articleCounts(db);
  return toFeedInfo(feed, counts.get(id) ?? 0);
}

async function assertUrlFree(db: Kysely<Database>, url: string, except?: string): Promise<void> {
  let q = db.selectFrom('feeds').select('id').where('url', '=', url);
  if (except) q = q.where('id', '!=', except);
  const other = await q.executeTakeFirst();
  if (other) throw new FeedConflictError(`The feed "${other.id}" already reads ${url}`);
}

/** Who may be fetched: a URL on a private address is refused (see `checkFeedUrl`). */
export interface FeedWriteOptions {
  policy?: OutboundPolicy | undefined;
}

export async function createFeed(
  db: Kysely<Database>,
  input: CreateFeed,
  options: FeedWriteOptions = {},
): Promise<FeedInfo> {
  if (await findFeed(db, input.id)) {
    throw new FeedConflictError(`A feed with id "${input.id}" already exists`);
  }
  await assertUrlFree(db, input.url);
  await checkFeedUrl(input.url, { policy: options.policy });
  await db
    .insertInto('feeds')
    .values({
      id: input.id,
      title: input.title,
      url: input.url,
      enabled: input.enabled ?? true,
      status: 'pending',
      next_check_at: new Date().toISOString(),
    })
    .execute();
  return feedInfo(db, input.id);
}

/** A new URL starts the feed afresh: its validators and errors belonged to the old one. */
export async function updateFeed(
  db: Kysely<Database>,
  id: string,
  input: UpdateFeed,
  options: FeedWriteOptions = {},
): Promise<FeedInfo> {
  const feed = await findFeed(db, id);
  if (!feed) throw new FeedNotFoundError(`No feed with id "${id}"`);
  const moved = input.url !== undefined && input.url !== feed.url;
  if (moved && input.url) {
    await assertUrlFree(db, input.url, id);
    await checkFeedUrl(input.url, { policy: options.policy });
  }
  await db
    .updateTable('feeds')
    .set({
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
      ...(moved && input.url
        ? {
            url: input.url,
            etag: null,
            last_modified: null,
            status: 'pending',
            error_count: 0,
            error_kind: null,
            error_message: null,
            http_status: null,
            next_check_at: new Date().toISOString(),
          }
        : {}),
    })
    .where('id', '=', id)
    .execute();
  return feedInfo(db, id);
}

/** Removes a feed; its stored articles stay (they are the record of what it published). */
export async function deleteFeed(db: Kysely<Database>, id: string): Promise<void> {
  const deleted = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw new FeedNotFoundError(`No feed with id "${id}"`);
}
