import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * A number that changes whenever the stored data changes, so in-memory caches know when to go.
 * Writes in this process `bump()` it at once; writes by other processes (several servers on one
 * PostgreSQL, or the CLI) are seen through the counter that an ingest run finishing with changed
 * rows bumps (`data_changes`, ordered by completion), checked at most every `checkMs`. A feed poll
 * answered 304, or a refetch of the same bars, records a run but leaves every cache in place.
 */
export class DataVersion {
  private value = 0;
  private lastSeq: number | null | undefined = undefined;
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
      .selectFrom('data_changes')
      .select('seq')
      .where('id', '=', 1)
      .executeTakeFirst();
    const last = row === undefined ? null : Number(row.seq);
    if (this.lastSeq !== undefined && last !== this.lastSeq) this.value += 1;
    this.lastSeq = last;
    this.checkedAt = performance.now();
  }
}
