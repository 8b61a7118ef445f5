import { describe, expect, it } from 'vitest';
import { statedSum } from './stated-sum';

describe('statedSum', () => {
  it('reads the sums headlines write, in units of their currency', () => {
    expect(statedSum('Microsoft to pump $3 billion into cloud and AI push in India')).toBe(3e9);
    expect(statedSum('Apple promises $500 billion in US investment')).toBe(500e9);
    expect(statedSum('AWS pledges to spend $5B in Mexico')).toBe(5e9);
    expect(statedSum('Google kicks off $20B renewable energy building spree')).toBe(20e9);
    expect(statedSum('Paytm sells PayPay stake to SoftBank for $279.2 million')).toBe(279.2e6);
    expect(
      statedSum('Fly Ventures sets its eyes on technical founders with a fresh €80M fund'),
    ).toBe(80e6);
    expect(statedSum('Bitcoin hits $100,000')).toBe(100_000);
  });

  it('takes the largest sum and leaves valuations out', () => {
    expect(statedSum('Databricks closes $15.3B financing at $62B valuation')).toBe(15.3e9);
    expect(statedSum('OpenAI-backed Speak raises $78M at $1B valuation')).toBe(78e6);
    expect(statedSum('Zopa snaps up $87M at a $1B+ valuation')).toBe(87e6);
    expect(statedSum('Microsoft’s M12 invests another $22.5M, months after its $22M seed')).toBe(
      22.5e6,
    );
  });

  it('is 0 when the headline states no sum', () => {
    expect(statedSum('Microsoft cancels some of its AI data center leases')).toBe(0);
    expect(statedSum('Nvidia is reportedly in talks to acquire Lepton AI')).toBe(0);
  });
});
