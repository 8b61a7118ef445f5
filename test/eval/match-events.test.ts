import { describe, expect, it } from 'vitest';
import type { LabelledEvent } from './labelled-events';
import { matchEvents, setMetrics } from './match-events';

const label = (id: string, date: string, entities: string[]): LabelledEvent => ({
  id,
  date,
  tier: 'major',
  category: 'model-launch',
  entities,
  description: id,
});

describe('matchEvents', () => {
  const labelled = [
    label('r1', '2025-01-20', ['DeepSeek']),
    label('selloff', '2025-01-27', ['DeepSeek', 'NVDA']),
  ];

  it('pairs one to one by main key and date, and names split stories and misses', () => {
    const result = matchEvents({
      labelled,
      detected: [
        { id: 'a', date: '2025-01-21', category: 'model-launch', keys: ['DeepSeek'], title: 'R1' },
        { id: 'b', date: '2025-01-27', category: 'model-launch', keys: ['DeepSeek'], title: 'x' },
        { id: 'c', date: '2025-01-28', category: 'security', keys: ['DeepSeek'], title: 'y' },
        { id: 'd', date: '2025-01-27', category: 'deal', keys: ['AAPL', 'DeepSeek'], title: 'z' },
      ],
    });
    expect([...result.pairs].sort()).toEqual([
      ['a', 'r1'],
      ['b', 'selloff'],
    ]);
    expect([...result.duplicates]).toEqual([['c', 'selloff']]);
    // "d" names DeepSeek but is mainly about Apple: it matches nothing.
    expect(result.unmatched.map((d) => d.id)).toEqual(['d']);
  });

  it('refuses dates more than two days apart', () => {
    const result = matchEvents({
      labelled,
      detected: [
        { id: 'e', date: '2025-01-23', category: 'model-launch', keys: ['DeepSeek'], title: 'R1' },
      ],
    });
    expect(result.pairs.size).toBe(0);
  });
});

describe('setMetrics', () => {
  it('micro-averages over (item, label) pairs', () => {
    // 2 right of 3 predicted, 2 found of 4 expected.
    const m = setMetrics([
      { expected: ['NVDA', 'AMD'], actual: ['NVDA', 'INTC'] },
      { expected: ['MSFT', 'ORCL'], actual: ['MSFT'] },
    ]);
    expect(m).toEqual({
      precision: 2 / 3,
      recall: 2 / 4,
      truePositives: 2,
      predicted: 3,
      actual: 4,
    });
  });
});
