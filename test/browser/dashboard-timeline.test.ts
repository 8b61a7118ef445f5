import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  chartDrawn,
  eventually,
  openPage,
  screenshotDir,
  skipBrowser,
  startRig,
} from '../support/browser';

let rig: BrowserRig;
const lines = '[data-testid="price-chart"] .recharts-line';
const param = (url: string, key: string) => new URL(url).searchParams.get(key);

describe.skipIf(skipBrowser)(browserSuiteName('timeline in Chromium'), { timeout: 90_000 }, () => {
  beforeAll(async () => {
    rig = await startRig();
    mkdirSync(screenshotDir, { recursive: true });
  }, 180_000);
  afterAll(() => rig?.close());

  it('draws the AI complex with the curated events as markers, a hover card and click-through', async () => {
    const { page, errors, close } = await openPage(rig);
    await page.goto(`${rig.baseUrl}/`);
    await chartDrawn(page);
    expect(await page.locator(lines).count()).toBe(10);
    expect(await page.locator('.event-marker').count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.event-list li').count()).toBeGreaterThanOrEqual(20);
    await eventually(() => page.getByTestId('prices-as-of').textContent()).toBe('2026-05-15');
    // Markers of one busy week overlap, so reach the sell-off by keyboard focus, not the mouse.
    const marker = page.locator('.event-marker[data-event-id="deepseek-selloff-2025-01-27"]');
    await marker.focus();
    const card = page.getByTestId('marker-card');
    await eventually(() => card.textContent()).toMatch(/DeepSeek tops the US App Store/);
    expect(await card.textContent()).toMatch(/Model launch · 2025-01-26 18:00 ET/);
    expect(await card.textContent()).toMatch(/day 0 2025-01-27/);
    expect(await card.textContent()).toMatch(/Sources: TechCrunch/);
    await page.screenshot({ path: path.join(screenshotDir, 'timeline-1280-light.png') });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\/deepseek-selloff-2025-01-27/);
    await eventually(() => page.getByTestId('event-title').textContent()).toMatch(/DeepSeek/);
    await page.goBack();
    await chartDrawn(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps tickers, filters and the zoom range in the URL through reload and back/forward', async () => {
    const { page, errors, close } = await openPage(rig);
    await page.goto(`${rig.baseUrl}/?tickers=NVDA,AVGO`);
    await chartDrawn(page);
    expect(await page.locator(lines).count()).toBe(2);
    await page.getByRole('button', { name: /^Tickers/ }).click();
    await page.getByRole('checkbox', { name: 'AMD', exact: true }).check();
    await eventually(() => param(page.url(), 'tickers')).toBe('NVDA,AVGO,AMD');
    await page.keyboard.press('Escape');
    await eventually(() => page.locator(lines).count()).toBe(3);

    const allEvents = await page.locator('.event-list li').count();
    await page.getByRole('button', { name: 'Earnings' }).click();
    await eventually(() => param(page.url(), 'cat')).toBe('earnings');
    await eventually(() => page.locator('.event-list li').count()).toBeLessThan(allEvents);
    const earnings = await page.locator('.event-list li').count();
    expect(await page.getByRole('button', { name: 'Earnings' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.getByRole('button', { name: '1Y', exact: true }).click();
    // One year back from the last session, 2026-05-15.
    await eventually(() => param(page.url(), 'from')).toBe('2025-05-15');
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await eventually(() => param(page.url(), 'axis')).toBe('log');

    await page.reload();
    await chartDrawn(page);
    expect(await page.locator(lines).count()).toBe(3);
    expect(
      await page.getByRole('button', { name: 'Log', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('.brush-dates').textContent()).toContain('2025-05-15');
    const shown = await page.locator('.event-list li').count();

    // Settings replace the history entry; opening an event pushes one, so one Back returns to
    // the timeline with every setting as it was (issue 13: it took four).
    await page.locator('.event-list li a').first().click();
    await page.waitForURL(/\/events\//);
    await page.goBack();
    await eventually(() => param(page.url(), 'axis')).toBe('log');
    expect(param(page.url(), 'from')).toBe('2025-05-15');
    expect(param(page.url(), 'cat')).toBe('earnings');
    await eventually(() => page.locator('.event-list li').count()).toBe(shown);
    expect(shown).toBeLessThanOrEqual(earnings);
    expect(errors).toEqual([]);
    await close();
  });

  it('zooms by dragging across the chart and pans with the keyboard on the overview', async () => {
    const { page, close } = await openPage(rig);
    await page.goto(`${rig.baseUrl}/?tickers=NVDA`);
    await chartDrawn(page);
    const box = await page.locator('[data-testid="price-chart"] .recharts-surface').boundingBox();
    if (!box) throw new Error('no chart surface');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    await eventually(() => param(page.url(), 'from')).not.toBeNull();
    const from = param(page.url(), 'from') ?? '';
    const to = param(page.url(), 'to') ?? '';
    expect(from < to).toBe(true);
    await page.locator('.brush-window').focus();
    await page.keyboard.press('ArrowLeft');
    await eventually(() => (param(page.url(), 'from') ?? '') < from).toBe(true);
    await close();
  });

  it('shows the API error with a retry when prices fail, and draws after the retry', async () => {
    const { page, close } = await openPage(rig);
    let fail = true;
    await page.route('**/api/prices?**', (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              error: { code: 'unavailable', message: 'Price store is busy' },
            }),
          })
        : route.continue(),
    );
    await page.goto(`${rig.baseUrl}/?tickers=NVDA`);
    await eventually(() => page.locator('.error-state').textContent()).toMatch(
      /Prices could not load.*Price store is busy/,
    );
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await chartDrawn(page);
    expect(await page.locator('.error-state').count()).toBe(0);
    await close();
  });

  it('says what to do when no ticker is chosen', async () => {
    const { page, close } = await openPage(rig, { width: 768, colorScheme: 'dark' });
    await page.goto(`${rig.baseUrl}/?tickers=`);
    await eventually(() => page.locator('.empty-state').first().textContent()).toMatch(
      /No tickers chosen.*pick one or more/,
    );
    await close();
  });
});
