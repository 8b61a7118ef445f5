export type SourceState = 'ok' | 'offline' | 'failing' | 'idle';

export interface SourceStatus {
  source: string;
  kind: 'prices' | 'news';
  state: SourceState;
  message: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
}

/**
 * What each live source last did, in memory: the scheduler writes it, health reads it. The store
 * keeps the history (ingest_runs); this keeps the present (offline, failing, next try).
 */
export class SourceRegistry {
  private readonly states = new Map<string, SourceStatus>();
  /** Whether this process polls the sources: the only one, the lock holder, one that waits, or none. */
  ingestRole: () => 'leader' | 'follower' | 'off' = () => 'off';

  report(status: SourceStatus): void {
    this.states.set(`${status.kind}:${status.source}`, status);
  }

  list(): SourceStatus[] {
    return [...this.states.values()];
  }
}
