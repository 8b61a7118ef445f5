/** The AI complex the dashboard opens on. */
export const defaultTickers = [
  'NVDA',
  'MSFT',
  'GOOGL',
  'META',
  'AMZN',
  'AAPL',
  'AVGO',
  'TSM',
  'ORCL',
  'AMD',
] as const;

export function parseTickers(param: string | null): string[] {
  if (param === null) return [...defaultTickers];
  return param
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
}
