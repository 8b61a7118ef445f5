/**
 * The labelled period in two halves, to see whether a change to detection helps both or only
 * the one it was tuned on (a held-out check: December-January was read closely while tuning,
 * February-March less so).
 */
export const evalHalves = [
  { name: 'Dec-Jan', from: '2024-12-01', to: '2025-01-31' },
  { name: 'Feb-Mar', from: '2025-02-01', to: '2025-03-31' },
] as const;
