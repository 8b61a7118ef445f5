import { mkdirSync } from 'node:fs';
import path from 'node:path';
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
  },
);
