import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { priceCsvFolder } from './crash-inputs';
import { disposeTemplate } from './crash-rig';
import { crashSuite } from './kill-cycle';

const kills = Number(process.env.CRASH_KILLS ?? 20);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const csv = priceCsvFolder();

afterAll(() => {
  disposeTemplate();
  rmSync(csv, { recursive: true, force: true });
});

describe('kill -9 during a price import (16 generated CSVs, 900 bars each)', {
  timeout: 40 * 60_000,
}, () => {
  it(`${kills} kills at random points, each restarted, leave what one uninterrupted import leaves`, async () => {
    const args = ['import', 'prices', '--csv', csv];
    const outcomes = await crashSuite({ name: 'import crash suite', args, kills, seed });
    const digest = outcomes[0]?.digest;
    // 14 new companies; their bars plus NVDA's and QQQ's replaced or added.
    expect(digest?.counts.companies).toBeGreaterThanOrEqual(14 + 27);
    expect(outcomes.filter((o) => o.interrupted > 0).length).toBeGreaterThanOrEqual(kills / 4);
  });
});
