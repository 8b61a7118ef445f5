import type { ViewLine } from './chart-series';
import type { PriceMode } from './timeline-filters';

export interface PriceTooltipProps {
  date: string;
  /** Position of the session inside the shown window. */
  k: number;
  lines: readonly ViewLine[];
  colours: ReadonlyMap<string, string>;
  mode: PriceMode;
  /** Pointer x inside the chart box, and the box width, to keep the card inside. */
  x: number;
  width: number;
}

/** The session's date and every line's value, highest first, beside the cursor. */
export function PriceTooltip({ date, k, lines, colours, mode, x, width }: PriceTooltipProps) {
  const items = lines
    .map((l) => ({ ticker: l.ticker, value: l.values[k] ?? Number.NaN }))
    .filter((l) => Number.isFinite(l.value))
    .sort((a, b) => b.value - a.value);
  const cardWidth = items.length > 12 ? 330 : 190;
  const left = x + 16 + cardWidth > width ? Math.max(0, x - 16 - cardWidth) : x + 16;
  return (
    <div className="chart-tooltip floating" style={{ left, width: cardWidth }} role="status">
      <strong>{date}</strong>
      <ul>
        {items.map((p) => (
          <li key={p.ticker}>
            <span className="swatch line" style={{ background: colours.get(p.ticker) }} />
            <span>{p.ticker}</span>
            <span className="num">
              {mode === 'rebased' ? p.value.toFixed(1) : `$${p.value.toFixed(2)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
