import { describe, expect, it } from 'vitest';
import { SourceRegistry, type SourceStatus } from './source-registry';

const yahoo = (state: SourceStatus['state'], at: string): SourceStatus => ({
  source: 'yahoo',
  kind: 'prices',
  state,
  message: state === 'offline' ? 'Yahoo Finance unreachable (ENOTFOUND).' : null,
  lastAttemptAt: at,
  nextAttemptAt: null,
});

function recording() {
  const lines: [string, string][] = [];
  const log = {
    info: (_: object, msg: string) => void lines.push(['info', msg]),
    warn: (_: object, msg: string) => void lines.push(['warn', msg]),
  } as unknown as ConstructorParameters<typeof SourceRegistry>[0];
  return { lines, registry: new SourceRegistry(log) };
}

describe('SourceRegistry', () => {
  it('logs one line when a source becomes unreachable and one when it is back', () => {
    const { lines, registry } = recording();
    registry.report(yahoo('ok', '2026-05-18T13:00:00.000Z'));
    // Four failed runs an hour apart: one line, not four.
    for (const hour of [13, 14, 15, 16]) {
      registry.report(yahoo('offline', `2026-05-18T${hour}:12:00.000Z`));
    }
    registry.report(yahoo('ok', '2026-05-18T17:00:00.000Z'));
    registry.report(yahoo('ok', '2026-05-18T18:00:00.000Z'));
    expect(lines).toEqual([
      ['warn', 'Yahoo Finance unreachable: Yahoo Finance unreachable (ENOTFOUND).'],
      ['info', 'Yahoo Finance reachable again'],
    ]);
  });

  it('keeps the time the source entered its state while reports repeat it', () => {
    const { registry } = recording();
    registry.report(yahoo('offline', '2026-05-18T13:12:00.000Z'));
    registry.report(yahoo('offline', '2026-05-18T14:12:00.000Z'));
    expect(registry.list()[0]?.since).toBe('2026-05-18T13:12:00.000Z');
    registry.report(yahoo('ok', '2026-05-18T15:00:00.000Z'));
    expect(registry.list()[0]).toMatchObject({ state: 'ok', since: '2026-05-18T15:00:00.000Z' });
  });
});
