/** The AI complex the dashboard opens on. */
export declare const defaultTickers: readonly [
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
];
/** `NVDA,avgo` -> ['NVDA', 'AVGO']; no parameter means the default set, an empty one none. */
export declare function parseTickers(param: string | null): string[];
