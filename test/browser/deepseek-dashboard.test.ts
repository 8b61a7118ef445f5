import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
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
const eventId = 'deepseek-selloff-2025-01-27';
const param = (url: string, key: string) => new URL(url).searchParams.get(key);
const cell = (page: Page, ticker: string, col: string) =>
  page.locator(`[data-testid="results-table"] tr[data-ticker="${ticker}"] [data-col="${col}"]`);
const minus = '\u2212';
const adminToken = 'browser-admin-token-0123456789';

// NVDA closed at 142.62 on Fri 2025-01-24 and 118.42 on Mon 2025-01-27 (Yahoo, split-adjusted):
// 118.42 / 142.62 - 1 = -16.968%. QQQ fell from 529.63 to 514.21, -2.911%.
const nvdaDay0 = 118.42 / 142.62 - 1;

describe.skipIf(skipBrowser)(
  browserSuiteName('DeepSeek sell-off in the dashboard'),
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      rig = await startRig({ adminToken });
      mkdirSync(screenshotDir, { recursive: true });
    }, 180_000);
    afterAll(() => rig?.close());

    it('filters to NVDA and AVGO, opens the sell-off, switches model, downloads, reloads', async () => {
      const { page, errors, close } = await openPage(rig);
      await page.goto(`${rig.baseUrl}/`);
      await chartDrawn(page);

      await page.getByRole('button', { name: /^Tickers/ }).click();
      await page.getByRole('button', { name: 'Clear', exact: true }).click();
      const search = page.getByRole('searchbox', { name: 'Search tickers' });
      await search.fill('nvid');
      await page.getByRole('checkbox', { name: 'NVDA', exact: true }).check();
      await search.fill('broadcom');
      await page.getByRole('checkbox', { name: 'AVGO', exact: true }).check();
      await page.keyboard.press('Escape');
      await eventually(() => param(page.url(), 'tickers')).toBe('NVDA,AVGO');
      await eventually(() =>
        page.locator('[data-testid="price-chart"] .recharts-line').count(),
      ).toBe(2);

      await page.locator(`.event-list li[data-event-id="${eventId}"] a`).click();
      await page.waitForURL(`**/events/${eventId}?tickers=NVDA,AVGO`);
      await eventually(() => page.getByTestId('day0').locator('time').textContent()).toBe(
        '2025-01-27',
      );
      expect(await page.getByTestId('day0-reason').textContent()).toBe(
        'published Sun 2025-01-26 18:00 ET, market closed -> Mon 2025-01-27',
      );
      const expected = `${minus}${Math.abs(nvdaDay0 * 100).toFixed(2)}%`;
      expect(expected).toBe(`${minus}16.97%`);
      await eventually(() => cell(page, 'NVDA', 'day0-return').textContent()).toBe(expected);
      expect(await page.locator('[data-testid="results-table"] tbody tr').count()).toBe(2);
      expect(await page.getByTestId('overlaps').textContent()).toMatch(/DeepSeek releases its R1/);
      // The clustering-robust test heads the list.
      expect(
        await page.locator('[data-testid="aggregate"] tbody tr').first().textContent(),
      ).toMatch(/Kolari-Pynnönen.*robust/);

      const model = page.getByLabel('Model');
      expect(await model.inputValue()).toBe('market');
      await model.selectOption('market-adjusted');
      await eventually(() => param(page.url(), 'model')).toBe('market-adjusted');
      // Market-adjusted AR = R - Rm = -16.968% - (-2.911%) = -14.06%.
      await eventually(() => cell(page, 'NVDA', 'day0-ar').textContent()).toBe(`${minus}14.06%`);
      expect(await cell(page, 'NVDA', 'beta').textContent()).toBe('—');

      await model.selectOption('market');
      await eventually(() => param(page.url(), 'model')).toBe('market');
      await eventually(() => cell(page, 'NVDA', 'beta').textContent()).toMatch(/^2\.\d\d$/);
      const marketAr = await cell(page, 'NVDA', 'day0-ar').textContent();
      expect(marketAr).not.toBe(`${minus}14.06%`);
      await page.screenshot({
        path: path.join(screenshotDir, 'event-1280-light.png'),
        fullPage: true,
      });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[data-format="csv"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`aftershock-${eventId}-window.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = csv.slice(1).split(/\r?\n/);
      // The header is the first line; the provenance follows the records as # lines.
      expect(rows[0]).toMatch(/^ticker,status,offset,date,/);
      expect(rows.find((r) => r.startsWith('# Model: '))).toMatch(/^# Model: market/);
      expect(rows).toContain('# Benchmark: QQQ');
      expect(rows).toContain('# Day 0: 2025-01-27');
      const columns = rows[0]?.split(',') ?? [];
      const data = rows
        .slice(1)
        .filter((r) => r !== '' && !r.startsWith('#'))
        .map((r) => r.split(','));
      expect(data).toHaveLength(22); // 2 tickers x 11 sessions of [-5, +5]
      const nvda0 = data.find((r) => r[0] === 'NVDA' && r[2] === '0');
      expect(nvda0?.[columns.indexOf('date')]).toBe('2025-01-27');
      expect(Number(nvda0?.[columns.indexOf('close')])).toBe(118.42);
      // Returns are rounded to 6 decimals in the CSV.
      expect(Number(nvda0?.[columns.indexOf('return')])).toBeCloseTo(nvdaDay0, 5);
      expect(data.filter((r) => r[0] === 'AVGO')).toHaveLength(11);

      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG' }).first().click(),
      ]);
      expect(png.suggestedFilename()).toBe(`${eventId}-car.png`);
      const bytes = readFileSync(await png.path());
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

      await page.reload();
      await eventually(() => cell(page, 'NVDA', 'day0-return').textContent()).toBe(expected);
      expect(await page.getByLabel('Model').inputValue()).toBe('market');
      expect(await page.getByTestId('day0').locator('time').textContent()).toBe('2025-01-27');
      expect(param(page.url(), 'tickers')).toBe('NVDA,AVGO');

      // Model changes replaced the history entry: Back returns to the filtered timeline at once.
      await page.goBack();
      await eventually(() => new URL(page.url()).pathname).toBe('/');
      expect(param(page.url(), 'tickers')).toBe('NVDA,AVGO');
      await page.goForward();
      await eventually(() => page.getByLabel('Model').inputValue()).toBe('market');
      await eventually(() => cell(page, 'NVDA', 'day0-return').textContent()).toBe(expected);
      expect(errors).toEqual([]);
      await close();
    });

    it('sorts the table and moves the CAR band to a clicked ticker', async () => {
      const { page, close } = await openPage(rig);
      await page.goto(`${rig.baseUrl}/events/${eventId}?tickers=NVDA,AVGO,AAPL`);
      await eventually(() => page.locator('[data-testid="results-table"] tbody tr').count()).toBe(
        3,
      );
      const order = () =>
        page
          .locator('[data-testid="results-table"] tbody tr')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticker')));
      // Day-0 returns: NVDA -16.97%, AVGO -17.40%, AAPL +3.18% (the haven of the day).
      await page.getByRole('button', { name: /^Day 0 return/ }).click();
      await eventually(order).toEqual(['AVGO', 'NVDA', 'AAPL']);
      await page.getByRole('button', { name: /^Day 0 return/ }).click();
      await eventually(order).toEqual(['AAPL', 'NVDA', 'AVGO']);
      await page.getByRole('button', { name: 'AVGO', exact: true }).click();
      await eventually(() => param(page.url(), 'focus')).toBe('AVGO');
      expect(await page.locator('.study').textContent()).toContain('95% band of AVGO');
      await close();
    });

    it('runs the same study for a custom time and title through /api/window', async () => {
      const { page, close } = await openPage(rig);
      await page.goto(`${rig.baseUrl}/custom`);
      await eventually(() => page.locator('.empty-state').textContent()).toMatch(/No event yet/);
      await page.getByLabel('Date').fill('2025-01-26');
      await page.getByLabel('Time (New York, optional)').fill('19:05');
      await page.getByLabel('Title').fill('Weekend DeepSeek note');
      await page.getByLabel('Tickers').fill('NVDA, AVGO');
      await page.getByRole('button', { name: 'Run the event study' }).click();
      await eventually(() => param(page.url(), 'at')).toBe('2025-01-26T19:05:00-05:00');
      await eventually(() => page.getByTestId('day0').locator('time').textContent()).toBe(
        '2025-01-27',
      );
      await eventually(() => cell(page, 'NVDA', 'day0-return').textContent()).toBe(
        `${minus}16.97%`,
      );
      expect(await page.getByTestId('event-title').textContent()).toBe('Weekend DeepSeek note');
      const href = await page.locator('a[data-format="xlsx"]').getAttribute('href');
      expect(href).toMatch(/^\/api\/window\.xlsx\?.*at=2025-01-26T19%3A05%3A00-05%3A00/);
      await close();
    });

    it('stores the custom event only with the admin token, then lists it as a user event', async () => {
      const { page, errors, close } = await openPage(rig);
      const at = encodeURIComponent('2025-01-26T19:05:00-05:00');
      await page.goto(`${rig.baseUrl}/custom?at=${at}&title=Analyst%20note&tickers=NVDA,AVGO`);
      await cell(page, 'NVDA', 'day0-return').waitFor();
      await page.getByText('Store this event (admin)').click();
      await page.getByLabel('Admin token').fill('not-the-token-0000000000');
      await page.getByRole('button', { name: 'Store', exact: true }).click();
      await eventually(() => page.locator('.store-event [role="alert"]').textContent()).toMatch(
        /needs the admin token/,
      );
      await page.getByLabel('Admin token').fill(adminToken);
      await page.getByRole('button', { name: 'Store', exact: true }).click();
      await page.getByRole('link', { name: 'Analyst note' }).click();
      await page.waitForURL(/\/events\/user-analyst-note-2025-01-26-[0-9a-f]{6}$/);
      await eventually(() => page.getByTestId('day0').locator('time').textContent()).toBe(
        '2025-01-27',
      );
      await page.goto(`${rig.baseUrl}/?tickers=NVDA&origin=user`);
      await eventually(() => page.locator('.event-list li').count()).toBe(1);
      expect(await page.locator('.event-list').textContent()).toMatch(
        /Analyst note.*day 0 2025-01-27/,
      );
      // The failed attempt's 401 is logged by the browser; nothing else may be.
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
      await close();
    });

    it('compares tickers across events in a heatmap and opens an event from a cell', async () => {
      const { page, errors, close } = await openPage(rig);
      await page.goto(`${rig.baseUrl}/compare?tickers=NVDA,AVGO,MSFT`);
      const cellRect = page.locator(`.heat-cell[data-ticker="NVDA"][data-event-id="${eventId}"]`);
      await cellRect.waitFor();
      expect(await page.locator('.heat-cell').count()).toBeGreaterThanOrEqual(3 * 30);
      await cellRect.hover();
      await eventually(() => page.getByTestId('heat-readout').textContent()).toMatch(
        /NVDA · DeepSeek tops the US App Store.*CAR −\d+\.\d\d%/,
      );
      await page.screenshot({
        path: path.join(screenshotDir, 'compare-1280-light.png'),
        fullPage: true,
      });
      await cellRect.click();
      await page.waitForURL(new RegExp(`/events/${eventId}\\?tickers=NVDA,AVGO,MSFT&pre=5&post=5`));
      await eventually(() => page.getByTestId('day0').locator('time').textContent()).toBe(
        '2025-01-27',
      );
      expect(errors).toEqual([]);
      await close();
    });

    it('reads well at 768 px and in the dark theme (screenshots to look at)', async () => {
      for (const [width, colorScheme] of [
        [1280, 'dark'],
        [768, 'light'],
        [768, 'dark'],
      ] as const) {
        const { page, errors, close } = await openPage(rig, { width, colorScheme });
        await page.goto(`${rig.baseUrl}/?tickers=NVDA,AVGO,AMD,MSFT`);
        await chartDrawn(page);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg === 'rgb(11, 16, 32)').toBe(colorScheme === 'dark');
        await page.screenshot({
          path: path.join(screenshotDir, `timeline-${width}-${colorScheme}.png`),
        });
        await page.goto(`${rig.baseUrl}/events/${eventId}?tickers=NVDA,AVGO`);
        await cell(page, 'NVDA', 'day0-return').waitFor();
        await page.screenshot({
          path: path.join(screenshotDir, `event-${width}-${colorScheme}.png`),
          fullPage: true,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await close();
      }
    });

    it('switches theme with the toggle and keeps the choice', async () => {
      const { page, close } = await openPage(rig, { colorScheme: 'light' });
      await page.goto(`${rig.baseUrl}/`);
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.getByRole('button', { name: 'Switch to light theme' }).focus();
      // Visible focus: the focused control draws an outline.
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement ?? document.body).outlineStyle,
      );
      expect(outline).toBe('solid');
      await close();
    });
  },
);
