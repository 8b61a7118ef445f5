import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boot } from '../../server/src/boot';
import { repoRoot } from '../../server/src/env';
import { silentLogger } from '../../server/src/logger';
import { freshDeps, storeKind } from '../support/test-store';

/**
 * Stores live on tmpfs when the machine has one: a killed process leaves its written pages in the
 * kernel's cache wherever they are, so the crash is the same and the suite runs faster.
 */
const scratch = () => (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());

let template: Promise<string> | undefined;

/**
 * A PGlite folder with the snapshot loaded, made once per test file: the template copy of
 * `freshDeps` (or a new folder when the suites run on PostgreSQL), closed so children can open it.
 */
function crashTemplate(): Promise<string> {
  template ??= (async () => {
    if (storeKind === 'pglite') {
      const deps = await freshDeps();
      await deps.store.close();
      return deps.dataDir;
    }
    const dataDir = mkdtempSync(path.join(scratch(), 'aftershock-crash-template-'));
    const deps = await boot({ dataDir, log: silentLogger });
    await deps.store.close();
    return dataDir;
  })();
  return template;
}

/** A private copy of the loaded store, removed by `dispose`. */
export async function newDataDir(): Promise<{ dir: string; dispose(): void }> {
  const from = await crashTemplate();
  const dir = mkdtempSync(path.join(scratch(), 'aftershock-crash-'));
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('aftershock.lock') });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function disposeTemplate(): void {
  void template?.then((dir) => rmSync(dir, { recursive: true, force: true }));
  template = undefined;
}

export interface CliChild {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  /** The highest "label: done/total (pct%)" progress printed so far, -1 before the first. */
  progress(): number;
  /** When the first progress line came, in ms after start (the writes have begun by then). */
  firstProgressMs(): number | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/** `pnpm aftershock <args>` as the user runs it, in its own process, on `dataDir` (PGlite). */
export function startCli(args: readonly string[], dataDir: string): CliChild {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let progress = -1;
  let firstProgressMs: number | null = null;
  const read = (b: Buffer) => {
    out += b.toString();
    for (const m of out.matchAll(/: \d+\/\d+ \((\d+)%\)/g)) {
      progress = Math.max(progress, Number(m[1]));
      firstProgressMs ??= performance.now() - started;
    }
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) =>
      child.once('exit', (code, signal) =>
        resolve({ code, signal, ms: performance.now() - started }),
      ),
  );
  return {
    child,
    output: () => out,
    progress: () => progress,
    firstProgressMs: () => firstProgressMs,
    exited,
  };
}

/** Runs a command to completion; a non-zero exit fails with what it printed. */
export async function runCli(
  args: readonly string[],
  dataDir: string,
): Promise<{ ms: number; firstProgressMs: number | null }> {
  const run = startCli(args, dataDir);
  const { code, ms } = await run.exited;
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${run.output()}`);
  return { ms, firstProgressMs: run.firstProgressMs() };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `ready()` holds or the child has exited, polling every 10 ms. */
export async function until(child: CliChild, ready: () => boolean): Promise<void> {
  let done = false;
  void child.exited.then(() => {
    done = true;
  });
  while (!done && !ready()) await sleep(10);
}

/** A small seeded generator (mulberry32), so a failing draw of kill points can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `work` over `items` with at most `limit` at once, in order of start. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [i, item] of queue) results[i] = await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
