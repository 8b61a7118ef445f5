import { sourceLabel } from '@aftershock/shared';
import type { Logger } from 'pino';

export type SourceState = 'ok' | 'offline' | 'failing' | 'idle';

export interface SourceStatus {
  source: string;
  kind: 'prices' | 'news' | 'factors';
  state: SourceState;
  message: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  /** When the source entered its present state (kept while reports repeat it). */
  since?: string | null;
}

/**
 * What each live source last did, in memory: the scheduler writes it, health reads it. The store
 * keeps the history (ingest_runs); this keeps the present (offline, failing, next try).
 * Being offline is a state, not an error to repeat: the log gets one line when a source becomes
 * unreachable (or starts failing) and one when it is back, however many runs fail in between.
 */
export class SourceRegistry {
  private readonly states = new Map<string, SourceStatus>();
  /** Whether this process polls the sources: the only one, the lock holder, one that waits, or none. */
  ingestRole: () => 'leader' | 'follower' | 'off' = () => 'off';

  constructor(
    private readonly log?: Pick<Logger, 'info' | 'warn'>,
    private readonly now: () => number = Date.now,
  ) {}

  report(status: SourceStatus): void {
    const key = `${status.kind}:${status.source}`;
    const before = this.states.get(key);
    const changed = before?.state !== status.state;
    const since = changed
      ? (status.lastAttemptAt ?? new Date(this.now()).toISOString())
      : (before?.since ?? null);
    this.states.set(key, { ...status, since });
    if (changed) this.announce(before?.state ?? null, status);
  }

  list(): SourceStatus[] {
    return [...this.states.values()];
  }

  private announce(from: SourceState | null, to: SourceStatus): void {
    const name = sourceLabel(to.source);
    const fields = { source: to.source, kind: to.kind };
    if (to.state === 'offline') this.log?.warn(fields, `${name} unreachable: ${to.message ?? ''}`);
    else if (to.state === 'failing') this.log?.warn(fields, `${name} failing: ${to.message ?? ''}`);
    else if (to.state === 'ok' && (from === 'offline' || from === 'failing')) {
      this.log?.info(fields, `${name} reachable again`);
    }
  }
}
