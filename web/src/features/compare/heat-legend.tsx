import { formatPercent } from '../../ui/format';
import { heatFill } from './heat-colour';

export interface HeatLegendProps {
  max: number;
  mark: 'p' | 'q';
  numbers: boolean;
}

/** The colour scale and what a mark means. */
export function HeatLegend({ max, mark, numbers }: HeatLegendProps) {
  const stops = [-1, -0.5, 0, 0.5, 1];
  const what = mark === 'q' ? 'q < 0.05 (Benjamini-Hochberg over the grid)' : 'p < 0.05';
  return (
    <div className="heat-legend">
      <span className="visually-hidden">Colour scale:</span>
      <span className="num">{formatPercent(-max, 0)}</span>
      {stops.map((s) => (
        <span key={s} className="heat-swatch" style={{ background: heatFill(s * max, max) }} />
      ))}
      <span className="num">{formatPercent(max, 0)}</span>
      <span className="meta">
        {numbers ? `numbers: CAR in %, underlined: ${what}` : `dot: ${what}`} · grey: not measured
        (see the hover)
      </span>
    </div>
  );
}
