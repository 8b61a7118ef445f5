import { type FactorSeries, prepareFactors } from '@aftershock/shared';
import type { Kysely } from 'kysely';
import type { DataVersion } from '../../store/data-version';
import type { Database } from '../../store/schema';
import { readFactors } from './factors.repo';

const sourceLabels: Record<string, string> = {
  'french-library': 'Kenneth R. French Data Library',
  'french-files': 'Kenneth R. French Data Library (imported files)',
  snapshot: 'Kenneth R. French Data Library (embedded snapshot)',
};

/** The stored factors as the engine reads them, with where they came from. */
export interface LoadedFactors {
  series: FactorSeries;
  /** "202604": the library build of the newest rows. */
  release: string | null;
  /** The source in words ("Kenneth R. French Data Library (embedded snapshot)"). */
  source: string | null;
  /** The last session with factors. */
  asOf: string | null;
}

/**
 * The in-memory view of the stored factor returns (one table of about 1,300 rows a year span),
 * read once and dropped when the data version moves, like MarketData's series.
 */
export class FactorData {
  private cached: Promise<LoadedFactors | null> | null = null;
  private cacheVersion = -1;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly version: DataVersion,
  ) {}

  /** Null when no factor data is stored. */
  async load(): Promise<LoadedFactors | null> {
    const v = await this.version.current();
    if (v !== this.cacheVersion || this.cached === null) {
      this.cacheVersion = v;
      this.cached = readFactors(this.db).then((f) =>
        f.rows.length === 0
          ? null
          : {
              series: prepareFactors(f.rows),
              release: f.release,
              source: f.source === null ? null : (sourceLabels[f.source] ?? f.source),
              asOf: f.rows.at(-1)?.date ?? null,
            },
      );
      this.cached.catch(() => {
        this.cached = null;
      });
    }
    return this.cached;
  }
}
