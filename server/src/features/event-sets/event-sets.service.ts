import type { EventSet } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { curatedEventSets } from '../../catalogue/curated-event-sets';
import { badRequest, notFound } from '../../http/api-error';
import { listSavedSets } from './event-sets.repo';

/** The curated sets, then the saved ones. */
export async function allEventSets(deps: AppDeps): Promise<EventSet[]> {
  return [...curatedEventSets, ...(await listSavedSets(deps.store.db))];
}

/** The sets by id, in the order asked; an unknown id is a 400 naming `sets`. */
export async function eventSetsById(deps: AppDeps, ids: readonly string[]): Promise<EventSet[]> {
  const all = await allEventSets(deps);
  return ids.map((id) => {
    const set = all.find((s) => s.id === id);
    if (!set) throw badRequest(`sets: no event set "${id}" (GET /api/event-sets lists them)`);
    return set;
  });
}

/** One set, or a 404. */
export async function eventSetById(deps: AppDeps, id: string): Promise<EventSet> {
  const set = (await allEventSets(deps)).find((s) => s.id === id);
  if (!set) throw notFound(`No event set with id "${id}"`);
  return set;
}
