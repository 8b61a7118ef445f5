import type { AppDeps } from '../../app-deps';
import { startServerFactorSchedule } from '../factors/factor-schedule';
import { startServerNewsSchedule } from '../news/news-schedule';
import { startServerPriceSchedule } from '../prices/price-schedule';
import { electLeader } from './leader';

export type IngestRole = 'leader' | 'follower' | 'off';

export interface Schedules {
  role(): IngestRole;
  stop(): Promise<void>;
}

/**
 * Polls feeds, prices and factors on a schedule. On PGlite this process is the only one; on PostgreSQL
 * only the server holding the ingest lock polls, and another takes over when it goes.
 */
export function startSchedules(options: {
  deps: AppDeps;
  databaseUrl?: string | undefined;
  retryMs?: number;
}): Schedules {
  const { deps } = options;
  let running: { stop(): Promise<void> }[] = [];
  const start = () => {
    if (running.length === 0) {
      running = [
        startServerPriceSchedule(deps),
        startServerNewsSchedule(deps),
        startServerFactorSchedule(deps),
      ];
    }
  };
  const halt = async () => {
    const stopping = running;
    running = [];
    await Promise.all(stopping.map((s) => s.stop()));
  };
  if (!options.databaseUrl) {
    start();
    return { role: () => 'leader', stop: halt };
  }
  const leadership = electLeader({
    databaseUrl: options.databaseUrl,
    log: deps.log,
    ...(options.retryMs !== undefined && { retryMs: options.retryMs }),
    onChange: (leader) => {
      if (leader) start();
      else void halt();
    },
  });
  return {
    role: () => (leadership.isLeader() ? 'leader' : 'follower'),
    async stop() {
      await leadership.stop();
      await halt();
    },
  };
}
