import type { Logger } from 'pino';
import type { FactorData } from './features/factors/factor-data';
import type { FactorSource } from './features/factors/factor-source.port';
import type { SourceRegistry } from './features/health/source-registry';
import type { MarketData } from './features/market-data/market-data';
import type {
  PriceProvider,
  SharesOutstandingProvider,
} from './features/prices/price-provider.port';
import type { OutboundPolicy } from './http/outbound-policy';
import type { WorkGate } from './http/work-gate';
import type { DataVersion } from './store/data-version';
import type { Store } from './store/open-store';

/** What the routes need, built once by `createApp` (or a test) and passed down explicitly. */
export interface AppDeps {
  store: Store;
  /** Changes when stored data changes, here or in another process. */
  version: DataVersion;
  market: MarketData;
  /** Daily Fama-French factors (ff3, carhart, ff5 models). */
  factors: FactorData;
  /** Live factor files; Kenneth French's data library when absent (tests inject a fake). */
  factorSource?: FactorSource | undefined;
  log: Logger;
  sources: SourceRegistry;
  /** Live daily bars and share counts; Yahoo Finance when absent (tests inject a fake fetch). */
  priceProvider?: (PriceProvider & SharesOutstandingProvider) | undefined;
  startedAt: string;
  adminToken?: string | undefined;
  readToken?: string | undefined;
  /** Which feed URLs may be fetched (ALLOW_PRIVATE_FEEDS); no private host when absent. */
  feedPolicy?: OutboundPolicy | undefined;
  /** The compute budget of the studies; `createApp` builds it (no budget when absent). */
  studyGate?: WorkGate | undefined;
  /** Where the built web app lives; absent in API-only tests. */
  webDist?: string | undefined;
}
