import { formatPercent } from '../../ui/format';
import { type ViewLine, windowChange } from './chart-series';

export interface ChartLegendProps {
  lines: readonly ViewLine[];
  colours: ReadonlyMap<string, string>;
}

/** Each line's colour and its change over the shown range (first to last close in range). */
export function ChartLegend({ lines, colours }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Change over the shown range">
      {lines.map((l) => {
        const change = windowChange(l.values);
        return (
          <li key={l.ticker} data-ticker={l.ticker}>
            <span className="swatch line" style={{ background: colours.get(l.ticker) }} />
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
