import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  browserSuiteName,
  chartDrawn,
  eventually,
  openPage,
  skipBrowser,
  startRig,
} from '../support/browser';

let rig: BrowserRig;

/** Every CSP violation the page reports, by event and by console message. */
async function watchCsp(page: Awaited<ReturnType<typeof openPage>>['page']) {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' +
        e.sourceFile + ':' + e.lineNumber));`,
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

describe.skipIf(skipBrowser)(
  browserSuiteName('the built web app under its content security policy'),
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      rig = await startRig();
    }, 180_000);
    afterAll(() => rig?.close());

    it('runs every page with no violation (no inline script, nothing from elsewhere)', async () => {
      const { page, errors, close } = await openPage(rig);
      const violations = await watchCsp(page);
      const home = await page.goto(`${rig.baseUrl}/?tickers=NVDA,AVGO`);
      expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      await chartDrawn(page);
      await page.goto(`${rig.baseUrl}/events/deepseek-selloff-2025-01-27?tickers=NVDA,AVGO`);
      await page.locator('[data-testid="results-table"] tr[data-ticker="NVDA"]').waitFor();
      await page.locator('[data-testid="window-chart"] svg').first().waitFor();
      await page.goto(`${rig.baseUrl}/compare?tickers=NVDA,AVGO,MSFT`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${rig.baseUrl}/custom?at=2025-01-27T14:30:00-05:00&tickers=NVDA`);
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

    it('would see a violation: an inline script added to the page is refused and reported', async () => {
      const { page, close } = await openPage(rig);
      const violations = await watchCsp(page);
      await page.goto(`${rig.baseUrl}/`);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'document.title = "inline ran"';
        document.body.append(s);
      });
      await eventually(() => violations.length).toBeGreaterThan(0);
      expect(violations.join('\n')).toMatch(/script-src/);
      expect(await page.title()).not.toBe('inline ran');
      await close();
    });
  },
);
