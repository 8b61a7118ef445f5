import type { CompanyInfo, EventSummary } from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { listCompanies } from '../companies/companies.repo';
import { listEvents } from '../events/events.service';
import { loadShareCounts } from '../prices/market-value';
import type { ShareCount } from '../prices/shares-outstanding.repo';

interface Snapshot {
  version: number;
  companies: Promise<CompanyInfo[]>;
  events: Promise<EventSummary[]>;
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
  const fresh: Snapshot = {
    version,
    companies: listCompanies(deps.store.db),
    events: listEvents(deps, {}),
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
  snapshots.set(deps, fresh);
  return fresh;
}
