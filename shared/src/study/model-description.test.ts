import { describe, expect, it } from 'vitest';
import { describeModel } from './model-description';

describe('describeModel', () => {
  it('reads as the issue asks', () => {
    expect(describeModel({ model: 'ff5', estimation: [-250, -11], sessions: 240 })).toBe(
      'Fama-French 5 factors + risk-free, estimated over [-250,-11], 240 sessions',
    );
    expect(describeModel({ model: 'market-adjusted', estimation: [-250, -11] })).toBe(
      'Market-adjusted returns (AR = R - Rm)',
    );
    expect(describeModel({ model: 'carhart', estimation: [-120, -6] })).toBe(
      'Carhart 4 factors (Fama-French 3 + momentum) + risk-free, estimated over [-120,-6]',
    );
  });
});
