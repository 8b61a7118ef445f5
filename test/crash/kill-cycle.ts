import { expect } from 'vitest';
import { interruptedMessage } from '../../server/src/store/ingest-runs';
import { inPool, newDataDir, runCli, seededRandom, sleep, startCli, until } from './crash-rig';
import { type StoreDigest, storeDigest } from './store-digest';

export interface Reference {
  digest: StoreDigest;
  /** Wall time of the whole command, start of the process to its exit. */
  ms: number;
  /** Wall time from the first progress line (the writes under way) to the exit. */
  writesMs: number;
}

/** The command run once without a crash, on a fresh copy of the store. */
export async function referenceRun(args: readonly string[]): Promise<Reference> {
  const data = await newDataDir();
  try {
    const { ms, firstProgressMs } = await runCli(args, data.dir);
    return { digest: await storeDigest(data.dir), ms, writesMs: ms - (firstProgressMs ?? 0) };
  } finally {
    data.dispose();
  }
}

export interface KillOutcome {
  /** How the kill point was drawn: a time after start, or a step of the printed progress. */
  point: string;
  /** Progress printed before the kill: -1 means still starting (loading, opening the store). */
  progressAtKill: number;
  killedAfterMs: number;
  restartMs: number;
  /** Runs the restart found `running` and marked interrupted (0 when the kill came first). */
  interrupted: number;
  digest: StoreDigest;
}

/**
 * One crash: the command on a fresh copy of the store, `kill -9` at a random point, then the
 * same command again to completion, then the digest of the store. A draw that comes after the
 * command has finished is drawn again, so every outcome is a real kill.
 */
export async function killAndRestart(options: {
  args: readonly string[];
  reference: Reference;
  random: () => number;
}): Promise<KillOutcome> {
  const { args, reference, random } = options;
  let data = await newDataDir();
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt === 5) throw new Error('five draws in a row came after the command ended');
      const run = startCli(args, data.dir);
      let point: string;
      if (random() < 0.3) {
        // Anywhere in the command's life, its start (loading, opening the store) included.
        const at = Math.floor(random() * reference.ms);
        point = `${at} ms after start`;
        await Promise.race([sleep(at), run.exited]);
      } else {
        // Inside the writes: after a printed progress step, plus up to a step's time.
        const step = Math.floor(random() * 10) * 10;
        const jitter = Math.floor(random() * Math.max(20, reference.writesMs / 10));
        point = `${jitter} ms after ${step}% progress`;
        await until(run, () => run.progress() >= step);
        await Promise.race([sleep(jitter), run.exited]);
      }
      const progressAtKill = run.progress();
      const alive = run.child.exitCode === null && run.child.signalCode === null;
      if (alive) run.child.kill('SIGKILL');
      const exit = await run.exited;
      if (exit.signal !== 'SIGKILL') {
        // The command ended first: start again from a clean copy so the next draw is a crash.
        data.dispose();
        data = await newDataDir();
        continue;
      }
      const restartMs = (await runCli(args, data.dir)).ms;
      const digest = await storeDigest(data.dir);
      const interrupted = digest.runs.filter((r) => r.message === interruptedMessage).length;
      return { point, progressAtKill, killedAfterMs: exit.ms, restartMs, interrupted, digest };
    }
  } finally {
    data.dispose();
  }
}

/**
 * The run history after a kill and a restart: nothing left `running`; the restart's run is ok;
 * the killed run, when it had begun, is failed as interrupted, or ok when the kill came after its
 * writes (a replay's event detection runs after its run is recorded).
 */
export function expectRunHistory(o: KillOutcome, reference: Reference, where: string): void {
  const runs = o.digest.runs;
  const detail = `${where}: ${JSON.stringify(runs)}`;
  expect(
    runs.filter((r) => r.status === 'running'),
    detail,
  ).toEqual([]);
  // The template's own history stays as it was.
  expect(runs.slice(0, reference.digest.runs.length - 1), detail).toEqual(
    reference.digest.runs.slice(0, -1),
  );
  expect(runs.at(-1), detail).toMatchObject({ status: 'ok' });
  const extra = runs.length - reference.digest.runs.length;
  expect([0, 1], detail).toContain(extra);
  if (extra === 1) {
    const killed = runs.at(-2);
    if (killed?.status !== 'ok') {
      expect(killed, detail).toMatchObject({ status: 'failed', message: interruptedMessage });
    }
  }
  expect(o.interrupted, detail).toBe(runs.filter((r) => r.message === interruptedMessage).length);
}

/** One line per kill point kind, for the suite's log and the security-and-faults note. */
export function summarise(outcomes: readonly KillOutcome[]): string {
  const before = outcomes.filter((o) => o.progressAtKill < 0).length;
  const finished = outcomes.filter((o) => o.progressAtKill >= 100).length;
  const during = outcomes.length - before - finished;
  const interrupted = outcomes.filter((o) => o.interrupted > 0).length;
  const ms = outcomes.map((o) => Math.round(o.killedAfterMs)).sort((a, b) => a - b);
  const restart = outcomes.map((o) => Math.round(o.restartMs)).sort((a, b) => a - b);
  return (
    `${outcomes.length} kills: ${before} before the first progress line, ${during} between ` +
    `progress lines, ${finished} after the last; ${interrupted} left a run the restart marked ` +
    `interrupted; killed ${ms[0]}-${ms.at(-1)} ms after start; restarts took ` +
    `${restart[0]}-${restart.at(-1)} ms`
  );
}

/**
 * The whole suite for one command: a reference run, then `kills` crashes (two at a time), each
 * compared with the reference: the same rows in every table (counts and contents) and a run
 * history that tells the truth.
 */
export async function crashSuite(options: {
  name: string;
  args: readonly string[];
  kills: number;
  seed: number;
}): Promise<KillOutcome[]> {
  const { args, kills, seed } = options;
  const reference = await referenceRun(args);
  const random = seededRandom(seed);
  const outcomes = await inPool(
    Array.from({ length: kills }, (_, i) => i),
    2,
    () => killAndRestart({ args, reference, random }),
  );
  console.log(`${options.name} (seed ${seed}): ${summarise(outcomes)}`);
  expect(outcomes).toHaveLength(kills);
  for (const [i, o] of outcomes.entries()) {
    const where = `kill ${i + 1} (${o.point}, seed ${seed})`;
    expect(o.digest.counts, where).toEqual(reference.digest.counts);
    expect(o.digest.sha256, where).toEqual(reference.digest.sha256);
    expectRunHistory(o, reference, where);
  }
  return outcomes;
}
