import type { WindowResult } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { modelLine } from './model-line';

const study = (model: WindowResult['model'], days: (number | null)[]) =>
  ({
    model,
    benchmark: 'QQQ',
    estimation: [-250, -11],
    results: days.map((estimationDays) => ({ estimationDays })),
  }) as unknown as WindowResult;

describe('modelLine', () => {
  it('explains a factor model in the words of the issue', () => {
    expect(modelLine(study('ff5', [240, 240, 180, null]))).toBe(
      'Fama-French 5 factors + risk-free, estimated over [-250,-11], 240 sessions',
    );
  });

  it('names the benchmark of the market model', () => {
    expect(modelLine(study('market', [240]))).toBe(
      'Market model (OLS on QQQ), estimated over [-250,-11], 240 sessions',
    );
  });
});
