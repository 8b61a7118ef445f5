import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  eventually,
  openPage,
  skipBrowser,
  startRig,
} from '../support/browser';

let rig: BrowserRig;
const cell = (ticker: string, col: string) =>
  `[data-testid="results-table"] tr[data-ticker="${ticker}"] [data-col="${col}"]`;

describe.skipIf(skipBrowser)(browserSuiteName('a live study'), { timeout: 90_000 }, () => {
  beforeAll(async () => {
    rig = await startRig();
  }, 180_000);
  afterAll(() => rig?.close());

  it('shows a window on the last session as live, 1 of 6 sessions, with the pending ones named', async () => {
    const { page, errors, close } = await openPage(rig);
    // Fri 2026-05-15 is the last session of the embedded prices; [0, +5] runs to Fri 22 May.
    await page.goto(`${rig.baseUrl}/custom?at=2026-05-15&title=Last%20session&tickers=NVDA`);
    await page.locator(cell('NVDA', 'day0-return')).waitFor();
    const badge = page.getByTestId('live-sessions');
    await eventually(() => badge.textContent()).toBe('live: 1 of 6 sessions');
    expect(await badge.getAttribute('title')).toContain(
      '2026-05-18, 2026-05-19, 2026-05-20, 2026-05-21, 2026-05-22',
    );
    expect(errors).toEqual([]);
    await close();
  });
});
