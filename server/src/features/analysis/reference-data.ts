import { type CompanyInfo, type EventSummary, eventOrigins } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { notFound } from '../../http/api-error';
import { listCompanies } from '../companies/companies.repo';
import { listEvents } from '../events/events.service';
import { loadShareCounts } from '../prices/market-value';
import type { ShareCount } from '../prices/shares-outstanding.repo';

interface Snapshot {
  version: number;
  companies: Promise<CompanyInfo[]>;
  /** The events a list shows: a detected event linked to a curated one is left out. */
  events: Promise<EventSummary[]>;
  /** Every stored event by id, linked detected events included: any of them can be studied. */
  eventsById: Promise<Map<string, EventSummary>>;
  /** Share counts per ticker (filings and quotes, on the closes' split basis), loaded on demand. */
  shareCounts(ticker: string): Promise<ShareCount[]>;
}

const snapshots = new WeakMap<AppDeps, Snapshot>();

/**
 * Companies and events as analysis reads them on every request, held in memory per data
 * version: a warm window request touches the store not at all.
 */
export async function referenceData(deps: AppDeps): Promise<Snapshot> {
  const version = await deps.version.current();
  const hit = snapshots.get(deps);
  if (hit && hit.version === version) return hit;
  const counts = new Map<string, Promise<ShareCount[]>>();
  const everything = listEvents(deps, { origin: [...eventOrigins] });
  const fresh: Snapshot = {
    version,
    companies: listCompanies(deps.store.db),
    events: everything.then((all) => all.filter((e) => !isLinkedDetected(e))),
    eventsById: everything.then((all) => new Map(all.map((e) => [e.id, e]))),
    shareCounts(ticker) {
      let hit = counts.get(ticker);
      if (!hit) {
        hit = loadShareCounts(deps, [ticker]).then((m) => m.get(ticker) ?? []);
        hit.catch(() => counts.delete(ticker));
        counts.set(ticker, hit);
      }
      return hit;
    },
  };
  fresh.companies.catch(() => snapshots.delete(deps));
  fresh.events.catch(() => snapshots.delete(deps));
  fresh.eventsById.catch(() => snapshots.delete(deps));
  snapshots.set(deps, fresh);
  return fresh;
}

/** A detected event that stands for a curated one (see `findEvents`). */
function isLinkedDetected(e: EventSummary): boolean {
  return e.origin === 'detected' && e.linkedEventId !== null;
}

/** The tickers the store tracks; any other in `tickers` is a 404 naming it, as everywhere. */
export async function requireKnownTickers(
  deps: AppDeps,
  tickers: readonly string[],
): Promise<Set<string>> {
  const known = new Set((await (await referenceData(deps)).companies).map((c) => c.ticker));
  const unknown = tickers.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw notFound(`Unknown ticker${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  return known;
}
