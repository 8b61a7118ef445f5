import { memo, useRef, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  type MouseHandlerDataParam,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useElementWidth } from '../../ui/use-element-width';
import type { ChartRow } from './chart-rows';
import { EventMarkers, type Marker, type MarkerHover } from './event-markers';
import { MarkerHoverCard } from './marker-hover-card';
import { PriceTooltip } from './price-tooltip';
import type { AxisScale, PriceMode } from './timeline-filters';

export interface PriceChartProps {
  rows: readonly ChartRow[];
  lines: readonly { ticker: string; colour: string }[];
  markers: readonly Marker[];
  ticks: readonly number[];
  mode: PriceMode;
  axis: AxisScale;
  height: number;
  onSelectEvent: (id: string) => void;
  /** A drag across the chart selects sessions to zoom to (indexes on the shared axis). */
  onZoom: (start: number, end: number) => void;
}

const indexOf = (state: MouseHandlerDataParam, rows: readonly ChartRow[]) => {
  const k = Number(state.activeTooltipIndex);
  return Number.isInteger(k) ? rows[k]?.i : undefined;
};

/** Lines of the chosen tickers with the event markers on one time axis. Draws only. */
export const PriceChart = memo(function PriceChart(props: PriceChartProps) {
  const { rows, lines, markers, ticks, mode, axis, height, onSelectEvent, onZoom } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const [hover, setHover] = useState<MarkerHover | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const dateOf = (i: number) => rows[i - (rows[0]?.i ?? 0)]?.date ?? '';
  const finishDrag = () => {
    if (drag && Math.abs(drag.to - drag.from) >= 3) {
      onZoom(Math.min(drag.from, drag.to), Math.max(drag.from, drag.to));
    }
    setDrag(null);
  };
  return (
    <div className="chart" ref={wrap} data-testid="price-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows as ChartRow[]}
          margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
          onMouseDown={(s) => {
            const i = indexOf(s, rows);
            if (i !== undefined) setDrag({ from: i, to: i });
          }}
          onMouseMove={(s) => {
            const i = indexOf(s, rows);
            if (drag && i !== undefined) setDrag({ ...drag, to: i });
          }}
          onMouseUp={finishDrag}
          onMouseLeave={() => setDrag(null)}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="i"
            type="number"
            domain={[rows[0]?.i ?? 0, rows.at(-1)?.i ?? 1]}
            ticks={ticks as number[]}
            tickFormatter={(i: number) => formatTick(dateOf(i), rows.length)}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
            allowDataOverflow
          />
          <YAxis
            scale={axis === 'log' ? 'log' : 'linear'}
            domain={
              axis === 'log'
                ? [(min: number) => min * 0.95, (max: number) => max * 1.05]
                : ['auto', 'auto']
            }
            allowDataOverflow={axis === 'log'}
            width={52}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
            tickFormatter={(v: number) => (mode === 'rebased' ? v.toFixed(0) : v.toFixed(0))}
          />
          <Tooltip
            content={<PriceTooltip mode={mode} dateOf={dateOf} />}
            active={hover || drag ? false : undefined}
            isAnimationActive={false}
          />
          {lines.map((l) => (
            <Line
              key={l.ticker}
              type="linear"
              dataKey={l.ticker}
              name={l.ticker}
              stroke={l.colour}
              dot={false}
              activeDot={{ r: 3 }}
              strokeWidth={1.5}
              isAnimationActive={false}
              connectNulls
            />
          ))}
          {drag && drag.from !== drag.to && (
            <ReferenceArea x1={drag.from} x2={drag.to} fill="var(--accent)" fillOpacity={0.12} />
          )}
          <EventMarkers
            markers={markers}
            activeId={hover?.event.id ?? null}
            onHover={setHover}
            onSelect={onSelectEvent}
          />
        </LineChart>
      </ResponsiveContainer>
      {hover && <MarkerHoverCard hover={hover} width={width} />}
    </div>
  );
});

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 2025" on a wide range, "27 Jan" on a short one. */
function formatTick(date: string, sessions: number): string {
  if (!date) return '';
  const month = months[Number(date.slice(5, 7)) - 1] ?? '';
  if (sessions > 90)
    return date.slice(5, 7) === '01' ? date.slice(0, 4) : `${month} ${date.slice(2, 4)}`;
  return `${Number(date.slice(8, 10))} ${month}`;
}
