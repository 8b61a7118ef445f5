import { aiComplexTickers } from '@aftershock/shared';

/** The AI complex the dashboard opens on. */
export const defaultTickers = aiComplexTickers;

/** `NVDA,avgo` -> ['NVDA', 'AVGO']; no parameter means the default set, an empty one none. */
export function parseTickers(param: string | null): string[] {
  if (param === null) return [...defaultTickers];
  const out: string[] = [];
  for (const t of param.split(',')) {
    const ticker = t.trim().toUpperCase();
    if (/^\^?[A-Z][A-Z0-9.-]{0,9}$/.test(ticker) && !out.includes(ticker)) out.push(ticker);
  }
  return out;
}
