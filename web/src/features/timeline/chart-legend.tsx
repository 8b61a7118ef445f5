import { formatPercent } from '../../ui/format';
import type { ChartRow } from './chart-rows';

export interface ChartLegendProps {
  rows: readonly ChartRow[];
  lines: readonly { ticker: string; colour: string }[];
}

/** Each line's colour and its change over the shown range (first to last close in range). */
export function ChartLegend({ rows, lines }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Change over the shown range">
      {lines.map((l) => {
        const values = rows.map((r) => r[l.ticker]).filter((v) => typeof v === 'number');
        const a = values[0];
        const b = values.at(-1);
        const change = typeof a === 'number' && typeof b === 'number' && a > 0 ? b / a - 1 : null;
        return (
          <li key={l.ticker} data-ticker={l.ticker}>
            <span className="swatch line" style={{ background: l.colour }} />
            <b>{l.ticker}</b>
            <span className={`num ${change !== null && change < 0 ? 'neg' : 'pos'}`}>
              {formatPercent(change)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
