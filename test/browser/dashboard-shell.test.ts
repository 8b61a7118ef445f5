import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  screenshotDir,
  skipBrowser,
  startRig,
} from '../support/browser';

let rig: BrowserRig;

describe.skipIf(skipBrowser)(browserSuiteName('dashboard shell in Chromium'), () => {
  beforeAll(async () => {
    rig = await startRig();
    mkdirSync(screenshotDir, { recursive: true });
  }, 120_000);
  afterAll(() => rig?.close());

  it('draws the AI complex rebased to 100 with the curated events as markers', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${rig.baseUrl}/`);
    await page.locator('[data-testid="price-chart"] .recharts-line').first().waitFor();
    expect(await page.locator('[data-testid="price-chart"] .recharts-line').count()).toBe(10);
    const markers = page.locator('.event-marker');
    expect(await markers.count()).toBeGreaterThanOrEqual(20);
    // Markers of one busy week overlap, so reach the sell-off by keyboard focus, not the mouse.
    await page.locator('.event-marker[data-event-id="deepseek-selloff-2025-01-27"]').focus();
    await expect
      .poll(() => page.locator('.hover-card').textContent())
      .toMatch(/DeepSeek.*day 0 2025-01-27/);
    expect(await page.locator('.event-list li').count()).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-shell.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the ticker choice in the URL across a reload', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${rig.baseUrl}/?tickers=NVDA,AVGO`);
    await page.locator('[data-testid="price-chart"] .recharts-line').first().waitFor();
    expect(await page.locator('[data-testid="price-chart"] .recharts-line').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'AMD', exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('tickers')).toBe('NVDA,AVGO,AMD');
    await page.reload();
    await page.locator('[data-testid="price-chart"] .recharts-line').nth(2).waitFor();
    expect(await page.getByRole('checkbox', { name: 'AMD', exact: true }).isChecked()).toBe(true);
    await page.close();
  });
});
