import type { CarWindow, EventSummary, WindowResult } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { badRequest, notFound } from '../../http/api-error';
import { LruCache } from './lru-cache';
import { referenceData } from './reference-data';
import {
  computeWindow,
  type WindowComputation,
  type WindowContext,
  type WindowRequest,
} from './window.service';

export interface WindowParams {
  tickers?: string[] | undefined;
  pre: number;
  post: number;
  model: WindowResult['model'];
  benchmark: string;
  estimation: [number, number];
  windows?: CarWindow[] | undefined;
}

const caches = new WeakMap<AppDeps, LruCache<Promise<WindowComputation>>>();

/**
 * Computes on request, cached by every input and the version of the stored data. The version is
 * checked first (a store query at most every few seconds), so a study another server's write
 * made stale is not served from here.
 */
export async function cachedWindow(
  deps: AppDeps,
  req: WindowRequest,
  context: WindowContext = {},
): Promise<WindowComputation> {
  await deps.version.current();
  let cache = caches.get(deps);
  if (!cache) {
    cache = new LruCache(500, 10 * 60_000);
    caches.set(deps, cache);
  }
  const key = JSON.stringify([deps.version.known, req]);
  const hit = cache.get(key);
  if (hit) return hit;
  const computing = computeWindow(deps, req, context);
  cache.set(key, computing);
  // A failure (a 400, say) is not kept: the next request computes again.
  computing.catch(() => cache.delete(key));
  return computing;
}

/** The window around a stored event: its time, and by default the tickers it names. */
export async function eventWindowRequest(
  deps: AppDeps,
  id: string,
  params: WindowParams,
): Promise<WindowRequest> {
  const event = (await (await referenceData(deps)).eventsById).get(id);
  if (!event) throw notFound(`No event with id "${id}"`);
  const tickers = params.tickers ?? event.tickers;
  if (tickers.length === 0) throw badRequest(`event ${id} names no tickers: give tickers=...`);
  return studyOf(event, tickers, params);
}

/** The study request of `tickers` around a stored event. */
export function studyOf(
  event: Pick<EventSummary, 'id' | 'title' | 'occurredAt'>,
  tickers: readonly string[],
  params: WindowParams,
): WindowRequest {
  return {
    at: event.occurredAt,
    event: { id: event.id, title: event.title, occurredAt: event.occurredAt },
    tickers,
    pre: params.pre,
    post: params.post,
    model: params.model,
    benchmark: params.benchmark,
    estimation: params.estimation,
    windows: params.windows,
  };
}
