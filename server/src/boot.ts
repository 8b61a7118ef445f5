import path from 'node:path';
import type { Logger } from 'pino';
import type { AppDeps } from './app-deps';
import { seedCatalogue } from './catalogue/seed-catalogue';
import { repoRoot } from './env';
import { FactorData } from './features/factors/factor-data';
import { loadFactorSnapshotIfEmpty } from './features/factors/factor-snapshot';
import { SourceRegistry } from './features/health/source-registry';
import { MarketData } from './features/market-data/market-data';
import { hasArticles, runDetection } from './features/news/detection-store';
import { createTagger } from './features/news/tagging';
import { loadSnapshotIfEmpty } from './features/snapshot/snapshot.load';
import { DataVersion } from './store/data-version';
import { openStore, type Store } from './store/open-store';

export interface BootOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  log: Logger;
  adminToken?: string | undefined;
  readToken?: string | undefined;
  /** Load the embedded snapshot into an empty store (default true). */
  snapshot?: boolean;
}

/** Opens the store, writes the catalogues, loads the snapshot on first start: ready to serve. */
export async function boot(options: BootOptions): Promise<AppDeps> {
  const { log } = options;
  const store: Store = await openStore(options);
  try {
    // A changed catalogue may hold a curated event that stored news already tells: link again.
    if ((await seedCatalogue(store.db)) && (await hasArticles(store.db))) {
      const started = Date.now();
      const { links } = await runDetection({ db: store.db, tagger: createTagger() });
      log.info(
        { linked: links.size, ms: Date.now() - started },
        'catalogue changed: events relinked',
      );
    }
    if (options.snapshot !== false) {
      const started = Date.now();
      const { loaded, bars } = await loadSnapshotIfEmpty(store.db);
      if (loaded) log.info({ bars, ms: Date.now() - started }, 'loaded the embedded snapshot');
      const factors = await loadFactorSnapshotIfEmpty(store.db);
      if (factors.loaded)
        log.info({ sessions: factors.rows }, 'loaded the embedded factor snapshot');
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  const version = new DataVersion(store.db);
  return {
    store,
    version,
    market: new MarketData(store.db, version, { calendarTicker: 'QQQ', maxSeries: 2000 }),
    factors: new FactorData(store.db, version),
    log,
    sources: new SourceRegistry(log),
    startedAt: new Date().toISOString(),
    adminToken: options.adminToken,
    readToken: options.readToken,
    webDist: path.join(repoRoot, 'web/dist'),
  };
}
