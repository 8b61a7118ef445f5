import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '../../server/src/app';
import { repoRoot } from '../../server/src/env';
import { freshDeps, type TestDeps } from './test-store';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Outside CI a missing browser skips the suite; in CI it is a failure. */
export const skipBrowser = !hasChromium && process.env.CI !== 'true';
export const browserSuiteName = (name: string) =>
  skipBrowser
    ? `${name} (skipped: no Chromium at ${chromiumPath}; apt-get install chromium)`
    : name;

/** The built web app; built here when missing so `pnpm test` works on a fresh clone. */
export async function ensureWebBuild(): Promise<string> {
  const dist = path.join(repoRoot, 'web/dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    const { build } = await import('vite');
    await build({ root: path.join(repoRoot, 'web'), logLevel: 'warn' });
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
export async function startRig(): Promise<BrowserRig> {
  if (!hasChromium) throw new Error(`Chromium is required for the browser suite (${chromiumPath})`);
  const webDist = await ensureWebBuild();
  const deps = await freshDeps();
  const app = createApp({ ...deps, webDist });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
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
