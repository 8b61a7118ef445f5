import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../server/src/env';

export interface Cluster {
  url: string;
  stop(): void;
}

/**
 * A throwaway PostgreSQL cluster on a random port (test/scripts/pg-cluster.sh), or null with the
 * reason on stderr when PostgreSQL is not installed or does not start.
 */
export function startCluster(label: string): Cluster | null {
  const script = path.join(repoRoot, 'test/scripts/pg-cluster.sh');
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), `aftershock-${label}-pg-`)), 'cluster');
  const port = String(55000 + Math.floor(Math.random() * 4000));
  const started = spawnSync('bash', [script, 'start', dir, port], { encoding: 'utf8' });
  if (started.status !== 0) {
    process.stderr.write(`${label} on PostgreSQL skipped: ${started.stderr.trim()}\n`);
    return null;
  }
  return {
    url: started.stdout.trim(),
    stop: () => void spawnSync('bash', [script, 'stop', dir]),
  };
}
