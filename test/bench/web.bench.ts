import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { type BrowserRig, startRig } from '../support/browser';
import type { BenchRow } from './bench-row';

const curve = '[data-testid="price-chart"] .recharts-line-curve';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

// Runs in the page before its scripts: notes the moment the first line of the chart is in the DOM,
// on the page's own clock (milliseconds since navigation started).
const markFirstChart = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('${curve}')) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** A fresh context (empty cache) that loads the home page once: time to chart, scripts fetched. */
async function coldLoad(
  rig: BrowserRig,
): Promise<{ ms: number; scripts: string[]; prices: string | undefined }> {
  const context = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(markFirstChart);
  const scripts: string[] = [];
  let prices: string | undefined;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.resourceType() === 'script') scripts.push(url.pathname);
    if (url.pathname === '/api/prices') prices ??= r.url();
  });
  await page.goto(`${rig.baseUrl}/`);
  await page.locator(curve).first().waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => Number(Reflect.get(window, '__firstChart')));
  const before = [...scripts];
  await context.close();
  return { ms, scripts: before, prices };
}

/** Clicks a control and times until the next frame after React has committed the change. */
async function timeClick(page: Page, name: string): Promise<number> {
  return page.evaluate(async (label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
    if (!button) throw new Error(`no button "${label}"`);
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, name);
}

/**
 * The web app as a user meets it, in headless Chromium against a server on loopback: the gzip
 * size of the JavaScript fetched before the first chart is drawn, the time from navigation to
 * that chart (median of 5 cold loads after one warm-up), and the time to redraw 25 tickers after
 * a change of the time range and of the price scale (median of 5 each).
 */
export async function runWebBench(): Promise<BenchRow[]> {
  const rig = await startRig();
  try {
    const dist = path.join(path.dirname(new URL(import.meta.url).pathname), '../../web/dist');
    await coldLoad(rig);
    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(await coldLoad(rig));
    const scripts = [...new Set(loads[0]?.scripts ?? [])];
    const gzipKb =
      scripts.reduce((sum, p) => sum + gzipSync(readFileSync(path.join(dist, p))).byteLength, 0) /
      1024;

    // The server's share of the first chart: the home page's own price request, on its own.
    const pricesUrl = loads[0]?.prices;
    if (!pricesUrl) throw new Error('the home page asked for no prices');
    const pricesMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await (await fetch(pricesUrl)).arrayBuffer();
      pricesMs.push(performance.now() - t0);
    }

    const companies = (await (await fetch(`${rig.baseUrl}/api/companies`)).json()) as {
      companies: { ticker: string }[];
    };
    const tickers = companies.companies.map((c) => c.ticker).slice(0, 25);
    const context = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${rig.baseUrl}/?tickers=${tickers.join(',')}`);
    await page
      .locator(curve)
      .nth(tickers.length - 1)
      .waitFor({ timeout: 60_000 });
    const range: number[] = [];
    const scale: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await timeClick(page, i % 2 ? 'All' : '1Y');
      const s = await timeClick(page, i % 2 ? 'Rebased = 100' : 'Price');
      // The first round warms the code paths up.
      if (i > 0) {
        range.push(r);
        scale.push(s);
      }
    }
    const drawn = await page.locator(curve).count();
    await context.close();
    if (drawn !== tickers.length) throw new Error(`expected ${tickers.length} lines, saw ${drawn}`);

    return [
      {
        group: 'web',
        name: `JS before the first chart (gzip, ${scripts.length} files)`,
        value: gzipKb,
        unit: 'KB',
        target: '< 250 KB',
      },
      {
        group: 'web',
        name: 'navigation to first drawn chart (median of 5)',
        value: median(loads.map((l) => l.ms)),
        unit: 'ms',
        reference: { name: 'GET /api/prices alone', value: median(pricesMs), unit: 'ms' },
        target: '< 1500 ms',
      },
      {
        group: 'web',
        name: 'redraw 25 tickers after a range change (median of 5)',
        value: median(range),
        unit: 'ms',
        target: '< 150 ms',
      },
      {
        group: 'web',
        name: 'redraw 25 tickers after a scale change (median of 5)',
        value: median(scale),
        unit: 'ms',
        target: '< 150 ms',
      },
    ];
  } finally {
    await rig.close();
  }
}
