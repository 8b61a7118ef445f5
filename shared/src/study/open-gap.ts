/** A session's adjusted prices: the close before it, its open and its close. */
export interface GapPrices {
  prevClose: number;
  open: number;
  close: number;
}

export interface OpenGapSplit {
  /** g = O_0 / C_-1 - 1: the move overnight, before the session opens. */
  gap: number;
  /** s = C_0 / O_0 - 1: the move during the session. */
  session: number;
  /** AR_gap = g_i - beta g_m. */
  arGap: number;
  /** AR_session = s_i - alpha - beta s_m. */
  arSession: number;
  /** AR - AR_gap - AR_session = g_i s_i - beta g_m s_m: the compounding, so the parts add to AR. */
  remainder: number;
}

/**
 * Day 0 split at the open (design.md): for news that breaks outside the session the move is in
 * the gap. Opens must be adjusted like the closes (open x adjClose / close on the same day).
 * The model's alpha and beta: the market model's fit, (0, 1) for market-adjusted, (0, 0) for raw.
 */
export function openGapSplit(p: {
  stock: GapPrices;
  benchmark: GapPrices | null;
  alpha: number;
  beta: number;
  ar: number;
}): OpenGapSplit {
  const g = p.stock.open / p.stock.prevClose - 1;
  const s = p.stock.close / p.stock.open - 1;
  const gm = p.benchmark ? p.benchmark.open / p.benchmark.prevClose - 1 : 0;
  const sm = p.benchmark ? p.benchmark.close / p.benchmark.open - 1 : 0;
  const arGap = g - p.beta * gm;
  const arSession = s - p.alpha - p.beta * sm;
  return { gap: g, session: s, arGap, arSession, remainder: p.ar - arGap - arSession };
}
