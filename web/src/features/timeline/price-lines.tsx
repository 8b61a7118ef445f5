import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ViewLine } from './chart-series';
import type { AxisScale } from './timeline-filters';

export interface PriceLinesProps {
  lines: readonly ViewLine[];
  colours: ReadonlyMap<string, string>;
  /** Axis index of the first value. */
  start: number;
  domain: readonly [number, number];
  axis: AxisScale;
}

// Coordinates are written in tenths of a pixel as integers (the group scales them back):
// integers print several times faster than fractions, and 22,500 points print on every redraw.
const tenths = (v: number) => Math.round(v * 10);

/**
 * One SVG path per ticker. Recharts' <Line> builds a label entry and several objects per point,
 * which made 25 tickers x 900 sessions take over half a second to redraw; here the chart's own
 * scales fix the ends of each axis and the points between are interpolated (the axes are linear
 * in the index and linear or logarithmic in the value), a few milliseconds in all. A missing
 * session is bridged, as one exchange's holiday should not break a line.
 */
export const PriceLines = memo(function PriceLines(props: PriceLinesProps) {
  const { lines, colours, start, domain, axis } = props;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const count = lines[0]?.values.length ?? 0;
  const x0 = x?.(start);
  const x1 = x?.(start + Math.max(1, count - 1));
  const y0 = y?.(domain[0]);
  const y1 = y?.(domain[1]);
  if (x0 === undefined || x1 === undefined || y0 === undefined || y1 === undefined) return null;
  const dx = (x1 - x0) / Math.max(1, count - 1);
  const f = axis === 'log' ? Math.log : (v: number) => v;
  const lo = f(domain[0]);
  const dy = (y1 - y0) / (f(domain[1]) - lo || 1);
  // Switching to the log axis, Recharts' scale can still hold the linear domain for one render;
  // when that domain reaches 0 its log ends are not numbers: draw on the next render instead.
  if (![x0, x1, y0, y1, lo, dy].every(Number.isFinite)) return null;
  return (
    <g className="price-lines" transform="scale(0.1)">
      {lines.map((l) => {
        let d = '';
        l.values.forEach((v, k) => {
          if (!Number.isFinite(v) || (axis === 'log' && v <= 0)) return;
          d += `${d ? 'L' : 'M'}${tenths(x0 + k * dx)} ${tenths(y0 + (f(v) - lo) * dy)}`;
        });
        return (
          <g key={l.ticker} className="recharts-line price-line" data-ticker={l.ticker}>
            <path
              className="recharts-line-curve"
              d={d}
              fill="none"
              stroke={colours.get(l.ticker)}
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
            />
          </g>
        );
      })}
    </g>
  );
});
