import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * A number that changes whenever the stored data changes, so in-memory caches know when to go.
 * Writes in this process `bump()` it at once; writes by other processes (several servers on one
 * PostgreSQL, or the CLI) are seen through the ingest runs they record, checked at most every
 * `checkMs`. Only runs that changed rows count: a feed poll answered 304, or a refetch of the
 * same bars, records a run but leaves every cache in place.
 */
export class DataVersion {
  private value = 0;
  private lastRun: number | null | undefined = undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: { checkMs: number } = { checkMs: 5000 },
  ) {}

  /** The version as last known, without asking the store. */
  get known(): number {
    return this.value;
  }

  bump(): void {
    this.value += 1;
  }

  async current(): Promise<number> {
    if (performance.now() - this.checkedAt >= this.options.checkMs) {
      this.checking ??= this.check().finally(() => {
        this.checking = null;
      });
      await this.checking;
    }
    return this.value;
  }

  private async check(): Promise<void> {
    const row = await this.db
      .selectFrom('ingest_runs')
      .select((eb) => eb.fn.max('id').as('last'))
      .where('status', '=', 'ok')
      .where('rows_changed', '>', 0)
      .executeTakeFirst();
    const last = row?.last === null || row?.last === undefined ? null : Number(row.last);
    if (this.lastRun !== undefined && last !== this.lastRun) this.value += 1;
    this.lastRun = last;
    this.checkedAt = performance.now();
  }
}
