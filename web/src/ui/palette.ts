import { aiComplexTickers } from '@aftershock/shared';

/** Distinct line colours that read on light and dark backgrounds (Tableau 20, reordered). */
const colours = [
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#f28e2b',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#a0cbe8',
  '#d37295',
  '#8cd17d',
  '#86bcb6',
  '#ffbe7d',
  '#499894',
  '#d4a6c8',
  '#f1ce63',
  '#fabfd2',
  '#79706e',
  '#bab0ac',
];

export const colourFor = (index: number) => colours[index % colours.length] ?? '#4e79a7';

/**
 * A ticker's colour, the same on every page and whatever else is selected: the AI complex takes
 * the first colours in its own order (all distinct), any other ticker one of the rest by a hash
 * of its symbol.
 */
export function tickerColour(ticker: string): string {
  const k = aiComplexTickers.indexOf(ticker as (typeof aiComplexTickers)[number]);
  if (k >= 0) return colourFor(k);
  const rest = colours.length - aiComplexTickers.length;
  let h = 0;
  for (let i = 0; i < ticker.length; i++) h = (h * 31 + ticker.charCodeAt(i)) >>> 0;
  return colourFor(aiComplexTickers.length + (h % rest));
}
