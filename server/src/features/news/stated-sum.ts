const units: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

// A currency sign, a number, an optional unit, then what follows it: "$15.3B financing",
// "€1.7 billion", "$500 billion in US investment", "$1B+ valuation".
const sum =
  /(?<![\p{L}\p{N}])(at (?:an? )?)?[$€£]\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s?(k|thousand|mn|m|million|bn|b|billion|tn|t|trillion)?(?![\p{L}\p{N}])\+?(\s+valuation)?/giu;

/**
 * The largest sum of money a headline states, in units of its currency (dollars, euros and
 * pounds are taken at par: the figure is an order of magnitude, not an exchange). A company's
 * valuation ("at a $62B valuation", "$1B+ valuation") is not a sum that changes hands and is
 * left out. 0 when the headline states none.
 */
export function statedSum(title: string): number {
  let best = 0;
  for (const m of title.matchAll(sum)) {
    if (m[1] !== undefined || m[4] !== undefined) continue;
    const value = Number((m[2] ?? '0').replaceAll(',', ''));
    const unit = units[(m[3] ?? '').toLowerCase()] ?? 1;
    best = Math.max(best, value * unit);
  }
  return best;
}
