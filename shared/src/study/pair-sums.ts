import type { AlignedPair } from './align';
import type { OlsSums } from './market-model';

/** Sessions per block; window sums read two block prefixes and at most 2 × (block - 1) days. */
const block = 16;
/** Fields per block boundary in the packed prefix array: n, Σx, Σy, Σxx, Σxy, Σyy. */
const stride = 6;

/**
 * Prefix sums of one aligned pair at block boundaries, so the OLS sums of any estimation window
 * cost O(block) instead of O(L1). Returns are taken about the pair's overall means (cx, cy) so the
 * differences of prefixes keep their digits: the running sums stay of the order of Σ(x - cx)²,
 * and each prefix is accumulated with Neumaier's compensated summation (Neumaier 1974), so a
 * window sum carries an error of a few ulps of the whole series' sum of squares.
 */
class PairSums {
  readonly cx: number;
  readonly cy: number;
  readonly prefix: Float64Array;

  constructor(a: AlignedPair, rm: Float64Array) {
    const ri = a.ri;
    const length = Math.min(ri.length, rm.length);
    let n = 0;
    let mx = 0;
    let my = 0;
    for (let t = 0; t < length; t += 1) {
      const y = ri[t] ?? Number.NaN;
      const x = rm[t] ?? Number.NaN;
      if (!Number.isFinite(y) || !Number.isFinite(x)) continue;
      n += 1;
      mx += x;
      my += y;
    }
    this.cx = n > 0 ? mx / n : 0;
    this.cy = n > 0 ? my / n : 0;
    const blocks = Math.floor(length / block);
    const prefix = new Float64Array((blocks + 1) * stride);
    const running = new Float64Array(stride);
    const carry = new Float64Array(stride);
    const part = new Float64Array(stride);
    for (let b = 0; b < blocks; b += 1) {
      part.fill(0);
      addRange({ ri, rm, from: b * block, to: (b + 1) * block, cx: this.cx, cy: this.cy }, part);
      for (let j = 0; j < stride; j += 1) {
        const s = running[j] ?? 0;
        const v = part[j] ?? 0;
        const sum = s + v;
        const lost = Math.abs(s) >= Math.abs(v) ? s - sum + v : v - sum + s;
        running[j] = sum;
        carry[j] = (carry[j] ?? 0) + lost;
        prefix[(b + 1) * stride + j] = sum + (carry[j] ?? 0);
      }
    }
    this.prefix = prefix;
  }

  /**
   * The OLS sums of ri on rm over [from, to), as {@link olsSums} gives them, or null when the
   * window's centred sums are too small against the sums they are taken from (a benchmark that
   * does not move, a series drifting far from its overall mean) to keep 1e-11 of their value.
   */
  window(ri: Float64Array, rm: Float64Array, from: number, to: number): WindowSums | null {
    const s = scratch;
    s.fill(0);
    const b0 = Math.ceil(from / block);
    const b1 = Math.floor(to / block);
    const range = { ri, rm, from, to, cx: this.cx, cy: this.cy };
    let reachX = 0;
    let reachY = 0;
    if (b1 <= b0) {
      addRange(range, s);
    } else {
      const p = this.prefix;
      for (let j = 0; j < stride; j += 1) {
        s[j] = (p[b1 * stride + j] ?? 0) - (p[b0 * stride + j] ?? 0);
      }
      reachX = p[b1 * stride + 3] ?? 0;
      reachY = p[b1 * stride + 5] ?? 0;
      range.to = b0 * block;
      addRange(range, s);
      range.from = b1 * block;
      range.to = to;
      addRange(range, s);
    }
    const n = s[0] ?? 0;
    const sx = s[1] ?? 0;
    const sy = s[2] ?? 0;
    const sxx = (s[3] ?? 0) - (sx * sx) / n;
    const syy = (s[5] ?? 0) - (sy * sy) / n;
    // Each prefix is exact to about one ulp of the largest prefix, so the centred sums keep
    // their digits while they are at least 1e-4 of what they are computed from.
    const floor = 1e-4;
    if (
      !(sxx > floor * Math.max(s[3] ?? 0, reachX)) ||
      !(syy > floor * Math.max(s[5] ?? 0, reachY))
    ) {
      return null;
    }
    const o = result;
    o.n = n;
    o.sxx = sxx;
    o.syy = syy;
    o.sxy = (s[4] ?? 0) - (sx * sy) / n;
    o.meanI = this.cy + sy / n;
    o.meanM = this.cx + sx / n;
    o.beta = o.sxy / o.sxx;
    o.alpha = o.meanI - o.beta * o.meanM;
    o.syyScale = Math.max(s[5] ?? 0, reachY);
    o.sxxScale = Math.max(s[3] ?? 0, reachX);
    return o;
  }
}

const scratch = new Float64Array(stride);
// Reused by every call (read it before the next): a window fit allocates nothing.
const result: WindowSums = {
  n: 0,
  meanI: 0,
  meanM: 0,
  sxx: 0,
  sxy: 0,
  syy: 0,
  alpha: 0,
  beta: 0,
  syyScale: 0,
  sxxScale: 0,
};

/** OLS sums of a window, with the scale of the sums its Σ(y - mean)² was taken from. */
export interface WindowSums extends OlsSums {
  /**
   * The largest uncentred Σy² the window's syy was differenced from: syy, and any sum formed
   * from it, carries an error of a few ulps of this.
   */
  syyScale: number;
  /** The same for sxx. */
  sxxScale: number;
}

/** Adds n, Σx, Σy, Σxx, Σxy, Σyy of the finite pairs in [from, to), about (cx, cy), to `out`. */
function addRange(
  r: { ri: Float64Array; rm: Float64Array; from: number; to: number; cx: number; cy: number },
  out: Float64Array,
): void {
  const { ri, rm, cx, cy } = r;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let t = r.from; t < r.to; t += 1) {
    const yt = ri[t] ?? Number.NaN;
    const xt = rm[t] ?? Number.NaN;
    if (!Number.isFinite(yt) || !Number.isFinite(xt)) continue;
    const x = xt - cx;
    const y = yt - cy;
    n += 1;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
  }
  out[0] = (out[0] ?? 0) + n;
  out[1] = (out[1] ?? 0) + sx;
  out[2] = (out[2] ?? 0) + sy;
  out[3] = (out[3] ?? 0) + sxx;
  out[4] = (out[4] ?? 0) + sxy;
  out[5] = (out[5] ?? 0) + syy;
}

const cache = new WeakMap<AlignedPair, PairSums>();

/**
 * The market-model OLS sums over aligned indices [from, to) (see olsSums), from block prefix sums
 * built once per aligned pair and kept while the pair is; null when they would lose digits (the
 * caller then sums the window directly). The object returned is reused by the next call.
 */
export function windowOlsSums(w: {
  a: AlignedPair;
  rm: Float64Array;
  from: number;
  to: number;
}): WindowSums | null {
  let sums = cache.get(w.a);
  if (sums === undefined) {
    sums = new PairSums(w.a, w.rm);
    cache.set(w.a, sums);
  }
  return sums.window(w.a.ri, w.rm, w.from, w.to);
}
