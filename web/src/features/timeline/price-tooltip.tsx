import type { TooltipContentProps } from 'recharts';
import type { PriceMode } from './timeline-filters';

export interface PriceTooltipProps extends Partial<TooltipContentProps<number, string>> {
  mode: PriceMode;
  dateOf: (i: number) => string;
}

/** The session's date and every line's value, highest first. */
export function PriceTooltip({ active, payload, label, mode, dateOf }: PriceTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const items = [...payload]
    .filter((p) => typeof p.value === 'number')
    .sort((a, b) => Number(b.value) - Number(a.value));
  return (
    <div className="chart-tooltip">
      <strong>{dateOf(Number(label))}</strong>
      <ul>
        {items.map((p) => (
          <li key={String(p.dataKey)}>
            <span className="swatch" style={{ background: p.color }} />
            <span>{p.name}</span>
            <span className="num">
              {mode === 'rebased' ? Number(p.value).toFixed(1) : `$${Number(p.value).toFixed(2)}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
