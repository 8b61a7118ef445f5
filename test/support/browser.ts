import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp } from '../../server/src/app';
import { envSchema, repoRoot } from '../../server/src/env';
import { serverTimeouts, startHttpServer } from '../../server/src/http/http-server';
import { freshDeps, type TestDeps } from './test-store';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Outside CI a missing browser skips the suite; in CI it is a failure. */
export const skipBrowser = !hasChromium && process.env.CI !== 'true';
export const browserSuiteName = (name: string) =>
  skipBrowser
    ? `${name} (skipped: no Chromium at ${chromiumPath}; apt-get install chromium)`
    : name;

/** The newest modification time under a folder (the web sources), in ms. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The built web app; built here when missing or older than its sources, so `pnpm test` works on a
 * fresh clone and never tests a stale bundle.
 */
export async function ensureWebBuild(): Promise<string> {
  const dist = path.join(repoRoot, 'web/dist');
  const index = path.join(dist, 'index.html');
  const web = path.join(repoRoot, 'web');
  const stale = () =>
    !existsSync(index) ||
    statSync(index).mtimeMs <
      Math.max(
        newestMtime(path.join(web, 'src')),
        newestMtime(path.join(web, 'public')),
        statSync(path.join(web, 'index.html')).mtimeMs,
      );
  if (!stale()) return dist;
  // Browser suites run in parallel processes: one builds, the others wait for it, since a build
  // empties web/dist first and would pull files from under a running server.
  const lock = path.join(repoRoot, '.tmp', 'web-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      // A lock older than the longest build is left over from a killed run.
      if (Date.now() - statSync(lock).mtimeMs > 180_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`web build lock ${lock} held for over 3 minutes`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (stale()) {
      const { build } = await import('vite');
      // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: larger
      // and several times slower, which is not what the tests and benchmarks should measure.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ root: web, logLevel: 'warn', mode: 'production' });
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dist;
}

export interface BrowserRig {
  baseUrl: string;
  browser: Browser;
  deps: TestDeps;
  close(): Promise<void>;
}

/** A server on a free loopback port over a fresh store, and a headless Chromium. */
export async function startRig(options: { adminToken?: string } = {}): Promise<BrowserRig> {
  if (!hasChromium) throw new Error(`Chromium is required for the browser suite (${chromiumPath})`);
  const webDist = await ensureWebBuild();
  const deps = await freshDeps(options);
  const app = createApp({ ...deps, webDist });
  // The production server's timeouts (their defaults), as main.ts sets them.
  const timeouts = serverTimeouts(envSchema.parse({}));
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve) => {
    const server = startHttpServer({
      fetch: app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      timeouts,
      onListen: (port) => resolve({ server, port }),
    });
  });
  // Playwright gives every launch a fresh temporary profile (the user-data-dir).
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    deps,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await deps.cleanup();
    },
  };
}

export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/** A page in its own context (own storage, theme and viewport) that records script errors. */
export async function openPage(
  rig: BrowserRig,
  options: PageOptions = {},
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const contextOptions: BrowserContextOptions = {
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  };
  const context = await rig.browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors, close: () => context.close() };
}

/** Waits until the price chart has drawn its lines. */
export const chartDrawn = (page: Page) =>
  page.locator('[data-testid="price-chart"] .recharts-line-curve').first().waitFor();

/** `expect.poll` with room for a loaded machine: the page settles within seconds, not one. */
export function eventually<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}
