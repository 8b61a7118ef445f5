import { afterAll, describe, expect, it } from 'vitest';
import { replayInput } from './crash-inputs';
import { disposeTemplate } from './crash-rig';
import { crashSuite } from './kill-cycle';

const kills = Number(process.env.CRASH_KILLS ?? 20);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const input = replayInput();

afterAll(() => {
  disposeTemplate();
  input.dispose();
});

describe(`kill -9 during a replay (${input.what})`, { timeout: 40 * 60_000 }, () => {
  it(`${kills} kills at random points, each restarted, leave what one uninterrupted run leaves`, async () => {
    const outcomes = await crashSuite({
      name: 'replay crash suite',
      args: input.args,
      kills,
      seed,
    });
    expect(outcomes[0]?.digest.counts.articles).toBeGreaterThan(0);
    // The draw must reach the writes, not only the start.
    expect(outcomes.filter((o) => o.interrupted > 0).length).toBeGreaterThanOrEqual(kills / 4);
  });
});
