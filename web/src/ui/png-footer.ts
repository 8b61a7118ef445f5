/** The lines under an exported chart: how the figures were made and where the data came from. */
export function pngFooter(p: {
  model: string;
  benchmark: string;
  window: string;
  estimation: readonly [number, number];
  dataAsOf: string | null | undefined;
}): string[] {
  const bench = p.model === 'raw' ? 'no benchmark (raw returns)' : `benchmark ${p.benchmark}`;
  return [
    `Model: ${p.model}, ${bench}; event window ${p.window}; estimation [${p.estimation.join(', ')}] sessions`,
    `Source: Yahoo Finance daily bars (adjusted closes), as of ${p.dataAsOf ?? 'unknown'}; Aftershock`,
  ];
}
