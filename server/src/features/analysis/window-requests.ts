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
  indices?: 'context' | 'include' | undefined;
}

/** A study in the cache: its computation, and its answer once computed. */
interface CachedStudy {
  computing: Promise<WindowComputation>;
  done: WindowComputation | null;
}

const caches = new WeakMap<AppDeps, LruCache<CachedStudy>>();

function cacheOf(deps: AppDeps): LruCache<CachedStudy> {
  let cache = caches.get(deps);
  if (!cache) {
    cache = new LruCache(500, 10 * 60_000);
    caches.set(deps, cache);
  }
  return cache;
}

const keyOf = (deps: AppDeps, req: WindowRequest) => JSON.stringify([deps.version.known, req]);

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
  const cache = cacheOf(deps);
  const key = keyOf(deps, req);
  const hit = cache.get(key);
  if (hit) return hit.computing;
  const entry: CachedStudy = { computing: computeWindow(deps, req, context), done: null };
  cache.set(key, entry);
  entry.computing.then(
    (computed) => {
      entry.done = computed;
    },
    // A failure (a 400, say) is not kept: the next request computes again.
    () => cache.delete(key),
  );
  return entry.computing;
}

/**
 * The study if the cache holds its answer, computing nothing (null when it is not there or still
 * being computed): what the compute budget lets through free.
 */
export async function computedWindow(
  deps: AppDeps,
  req: WindowRequest,
): Promise<WindowComputation | null> {
  await deps.version.current();
  return cacheOf(deps).get(keyOf(deps, req))?.done ?? null;
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
    indices: params.indices,
  };
}
