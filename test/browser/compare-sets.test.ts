import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HeatmapResult } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  eventually,
  openPage,
  screenshotDir,
  skipBrowser,
  startRig,
} from '../support/browser';
import { readXlsx } from '../support/read-xlsx';

let rig: BrowserRig;
const param = (url: string, key: string) => new URL(url).searchParams.get(key);

// The analyst's set: the DeepSeek sell-off, Stargate, Nvidia's Q4 FY2025 results, the H20 charge.
const picks = [
  { search: 'DeepSeek tops', id: 'deepseek-selloff-2025-01-27' },
  { search: 'H20', id: 'nvidia-h20-charge-2025-04-15' },
  { search: 'Stargate', id: 'stargate-2025-01-21' },
  { search: 'Q4 FY2025', id: 'nvidia-q4-fy25-results-2025-02-26' },
];

describe.skipIf(skipBrowser)(
  browserSuiteName('Compare: a set of AI shocks built by name'),
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      rig = await startRig();
      mkdirSync(screenshotDir, { recursive: true });
    }, 180_000);
    afterAll(() => rig?.close());

    it('picks four events by name, reads their titles on the columns, and shows numbers', async () => {
      const { page, errors, close } = await openPage(rig, { width: 1440, height: 900 });
      await page.goto(`${rig.baseUrl}/compare?tickers=NVDA,AVGO,ORCL,MSFT,^SOX`);
      const search = page.getByRole('searchbox', { name: 'Find events' });
      for (const p of picks) {
        await search.fill(p.search);
        await page
          .locator('.picker-matches button', { hasText: new RegExp(p.search, 'i') })
          .first()
          .click();
      }
      await eventually(() => param(page.url(), 'events')).toBe(picks.map((p) => p.id).join(','));
      await search.fill('');
      // Columns in date order, each headed by its short title and date.
      await eventually(() => page.locator('[data-column]').count()).toBe(4);
      // Nvidia reported after the close on 26 Feb and the H20 charge came after the close on
      // 15 Apr, so both land on the next session.
      const heads = await page
        .locator('[data-column] text')
        .evaluateAll((ts) =>
          ts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' | ')),
        );
      expect(heads).toEqual([
        expect.stringMatching(/^Stargate: OpenAI, SoftBank.* \| 22 Jan 25$/),
        expect.stringMatching(/^DeepSeek tops the US App.* \| 27 Jan 25$/),
        expect.stringMatching(/^Nvidia Q4 FY2025 results.* \| 27 Feb 25$/),
        expect.stringMatching(/^Nvidia flags \$5\.5 billion.* \| 16 Apr 25$/),
      ]);
      // ^SOX is an index: drawn apart, as context.
      await page.getByRole('button', { name: 'Numbers in cells' }).click();
      await eventually(() => page.locator('.heat-number').count()).toBeGreaterThan(10);
      await page.screenshot({
        path: path.join(screenshotDir, 'compare-set-1440.png'),
        fullPage: true,
      });
      // The README's picture: the viewport, filters and heatmap.
      await page.screenshot({ path: path.join(screenshotDir, 'compare-set-1440-view.png') });

      // The set's workbook, opened with SheetJS (not ExcelJS, which wrote it): the [-5, +5]
      // matrix equals the API's figures, in percent cells, under day-0 date cells.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[data-format="xlsx"]').first().click(),
      ]);
      const book = readXlsx(new Uint8Array(readFileSync(await download.path())));
      const href = (await page.locator('a[data-format="json"]').first().getAttribute('href')) ?? '';
      const api = (await (await fetch(`${rig.baseUrl}${href}`)).json()) as HeatmapResult;
      expect(api.events.map((e) => e.id)).toEqual(picks.map((p) => p.id));
      const matrix = book.get('CAR -5 to +5');
      expect(matrix?.[0]?.slice(1).map((c) => c?.v)).toEqual(api.events.map((e) => e.title));
      expect(matrix?.[1]?.slice(1).map((c) => c?.t)).toEqual(['d', 'd', 'd', 'd']);
      const nvda = matrix?.find((r) => r[0]?.v === 'NVDA');
      api.events.forEach((e, j) => {
        const c = api.cells.find((x) => x.ticker === 'NVDA' && x.eventId === e.id);
        const car = c?.windowCars.find((w) => w.from === -5 && w.to === 5)?.car;
        expect(typeof car).toBe('number');
        expect(nvda?.[1 + j]?.v).toBe(car);
        expect(nvda?.[1 + j]?.z).toBe('0.00%');
      });

      // The PNG carries a title, a legend and the model, window and source under the chart.
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG' }).first().click(),
      ]);
      const bytes = readFileSync(await png.path());
      writeFileSync(path.join(screenshotDir, 'compare-heatmap-export.png'), bytes);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const svgHeight = await page
        .locator('svg[data-chart="heatmap"]')
        .evaluate((svg) => Math.ceil(svg.getBoundingClientRect().height));
      // IHDR height at byte 20, drawn at scale 2: title and legend above, two lines below.
      expect(bytes.readUInt32BE(20) / 2).toBeGreaterThanOrEqual(svgHeight + 28 + 22 + 12 + 32);
      expect(errors).toEqual([]);
      await close();
    });

    it('reads on a phone: the same set at 390 x 844', async () => {
      const { page, errors, close } = await openPage(rig, { width: 390, height: 844 });
      const ids = picks.map((p) => p.id).join(',');
      await page.goto(
        `${rig.baseUrl}/compare?tickers=NVDA,AVGO,ORCL,^SOX&events=${ids}&sets=deepseek-week`,
      );
      // DeepSeek week's three events (the sell-off among them) and the other three picks.
      await eventually(() => page.locator('[data-column]').count()).toBe(6);
      await eventually(() => page.getByTestId('set-comparison').count()).toBe(1);
      await page.screenshot({
        path: path.join(screenshotDir, 'compare-set-390.png'),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await close();
    });

    it('event page: picks a ticker, keeps ^SOX as context out of CAAR, splits day 0 at the open', async () => {
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        const { page, errors, close } = await openPage(rig, { width, height });
        await page.goto(
          `${rig.baseUrl}/events/deepseek-selloff-2025-01-27?tickers=NVDA,AVGO,^SOX&model=market-adjusted`,
        );
        const row = (t: string) =>
          page.locator(`[data-testid="results-table"] tr[data-ticker="${t}"]`);
        await row('NVDA').waitFor();
        await eventually(() => row('^SOX').getAttribute('class')).toMatch(/context/);
        // NVDA's gap and session ARs against QQQ (market-adjusted), as the API test works out.
        await eventually(() => row('NVDA').locator('[data-col="gap-split"]').textContent()).toMatch(
          /^−\d+\.\d\d% \/ −\d+\.\d\d%$/,
        );
        if (width === 1440) {
          await page.getByRole('button', { name: /^Tickers/ }).click();
          await page.getByRole('searchbox', { name: 'Search tickers' }).fill('micron');
          await page.getByRole('checkbox', { name: 'MU', exact: true }).check();
          await page.keyboard.press('Escape');
          await eventually(() => param(page.url(), 'tickers')).toBe('NVDA,AVGO,^SOX,MU');
          await row('MU').waitFor();
          // An out-of-range window side is explained where it was typed, not silently undone.
          const before = page.getByLabel('Sessions before');
          await before.fill('75');
          await before.press('Enter');
          await eventually(() => page.getByRole('alert').first().textContent()).toBe(
            'Sessions before: a whole number from 0 to 60; still 5',
          );
          expect(await before.inputValue()).toBe('75');
          expect(param(page.url(), 'pre')).toBeNull();
        }
        await page.screenshot({
          path: path.join(screenshotDir, `event-set-${width}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
        await close();
      }
    });

    it('timeline: says how many events the ticker filter hides, and shows them on request', async () => {
      const { page, errors, close } = await openPage(rig, { width: 1440, height: 900 });
      await page.goto(`${rig.baseUrl}/?tickers=MU`);
      const notice = page.getByTestId('hidden-events');
      await eventually(() => notice.textContent()).toMatch(
        /^\d+ events hidden: they name none of the selected tickers\. Show all$/,
      );
      const hidden = Number((await notice.textContent())?.split(' ')[0]);
      const count = async () => Number(await page.locator('.events-panel .count').textContent());
      const shown = await count();
      await page.getByRole('button', { name: 'Show all' }).click();
      await eventually(() => param(page.url(), 'events')).toBe('all');
      await eventually(count).toBe(shown + hidden);
      await page.getByRole('button', { name: 'Only theirs' }).click();
      await eventually(count).toBe(shown);

      // The markers are one tab stop; the arrow keys move between them.
      await page.goto(`${rig.baseUrl}/`);
      await eventually(() => page.locator('.event-marker').count()).toBeGreaterThan(20);
      expect(await page.locator('.event-marker[tabindex="0"]').count()).toBe(1);
      const first = page.locator('.event-marker[tabindex="0"]');
      const firstId = await first.getAttribute('data-event-id');
      await first.focus();
      await page.keyboard.press('ArrowRight');
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
      await eventually(focused).not.toBe(firstId);
      expect(await page.locator('.event-marker[tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('Home');
      await eventually(focused).toBe(firstId);
      expect(errors).toEqual([]);
      await close();
    });
  },
);
