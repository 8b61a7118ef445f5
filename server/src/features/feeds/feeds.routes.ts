import {
  createFeedSchema,
  deleteFeedResponseSchema,
  feedIdSchema,
  feedResponseSchema,
  feedsResponseSchema,
  updateFeedSchema,
} from '@aftershock/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { ApiError, notFound } from '../../http/api-error';
import { requireAdmin } from '../../http/auth';
import { maskUrlsIn } from '../../http/mask-url';
import { registerOperations } from '../../http/openapi';
import { validJson, validParam } from '../../http/validate';
import { FeedUrlRefusedError } from '../news/private-hosts';
import {
  createFeed,
  deleteFeed,
  FeedConflictError,
  FeedNotFoundError,
  feedInfos,
  updateFeed,
} from './feeds.service';

const idParam = z.object({ id: feedIdSchema });

/** Named feed errors to the API's one error vocabulary. */
function asApiError(error: unknown): unknown {
  if (error instanceof FeedNotFoundError) return notFound(error.message);
  const message = error instanceof Error ? maskUrlsIn(error.message) : '';
  if (error instanceof FeedConflictError) return new ApiError(409, 'conflict', message);
  if (error instanceof FeedUrlRefusedError) return new ApiError(400, 'url_refused', message);
  return error;
}

async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asApiError(error);
  }
}

registerOperations([
  {
    method: 'get',
    path: '/api/feeds',
    summary: 'Every feed with its state: last fetch, status, error, next check',
    response: feedsResponseSchema,
  },
  {
    method: 'post',
    path: '/api/feeds',
    summary: 'Add a feed (admin token)',
    body: createFeedSchema,
    response: feedResponseSchema,
  },
  {
    method: 'patch',
    path: '/api/feeds/{id}',
    summary: 'Rename, move or switch a feed on or off (admin token)',
    pathParams: ['id'],
    body: updateFeedSchema,
    response: feedResponseSchema,
  },
  {
    method: 'delete',
    path: '/api/feeds/{id}',
    summary: 'Remove a feed; its stored articles stay (admin token)',
    pathParams: ['id'],
    response: deleteFeedResponseSchema,
  },
]);

export const feedsRoutes = (deps: AppDeps) =>
  new Hono()
    .get('/', async (c) => c.json({ feeds: await feedInfos(deps.store.db) }))
    .post('/', requireAdmin(deps.adminToken), validJson(createFeedSchema), async (c) => {
      const policy = { policy: deps.feedPolicy };
      const feed = await answer(() => createFeed(deps.store.db, c.req.valid('json'), policy));
      return c.json({ feed }, 201);
    })
    .patch(
      '/:id',
      requireAdmin(deps.adminToken),
      validParam(idParam),
      validJson(updateFeedSchema),
      async (c) => {
        const { id } = c.req.valid('param');
        const input = c.req.valid('json');
        const policy = { policy: deps.feedPolicy };
        const feed = await answer(() => updateFeed(deps.store.db, id, input, policy));
        return c.json({ feed });
      },
    )
    .delete('/:id', requireAdmin(deps.adminToken), validParam(idParam), async (c) => {
      const { id } = c.req.valid('param');
      await answer(() => deleteFeed(deps.store.db, id));
      return c.json({ deleted: id });
    });
