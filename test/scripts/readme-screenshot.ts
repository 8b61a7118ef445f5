// Takes the README's screenshot of the dashboard from a running rig: `npx tsx test/scripts/readme-screenshot.ts`.
import path from 'node:path';
import { repoRoot } from '../../server/src/env';
import { startRig } from '../support/browser';

const rig = await startRig();
try {
  const page = await rig.browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${rig.baseUrl}/${process.argv[2] ?? ''}`);
  await page.locator('[data-testid="price-chart"] .recharts-line').first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(repoRoot, 'docs/dashboard.png') });
  console.log('wrote docs/dashboard.png');
} finally {
  await rig.close();
}
