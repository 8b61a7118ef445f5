import { memo, useMemo, useRef, useState } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../ui/use-element-width';
import { ChartPointer } from './chart-pointer';
import { type ViewLine, valueDomain, yTicks } from './chart-series';
import { EventMarkers, type Marker, type MarkerHover } from './event-markers';
import { MarkerHoverCard } from './marker-hover-card';
import { PriceLines } from './price-lines';
import { PriceTooltip } from './price-tooltip';
import type { AxisScale, PriceMode } from './timeline-filters';

export interface PriceChartProps {
  /** The whole session axis, and the shown window of it. */
  dates: readonly string[];
  start: number;
  end: number;
  lines: readonly ViewLine[];
  colours: ReadonlyMap<string, string>;
  markers: readonly Marker[];
  ticks: readonly number[];
  mode: PriceMode;
  axis: AxisScale;
  height: number;
  onSelectEvent: (id: string) => void;
  /** A drag across the chart selects sessions to zoom to (indexes on the shared axis). */
  onZoom: (start: number, end: number) => void;
}

/**
 * The chosen tickers' lines with the event markers on one time axis. Recharts lays out the axes
 * and grid; the lines, the pointer and the markers are layers drawn with its scales. Draws only.
 */
export const PriceChart = memo(function PriceChart(props: PriceChartProps) {
  const { dates, start, end, lines, colours, markers, ticks, mode, axis, height } = props;
  const { onSelectEvent, onZoom } = props;
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const [marker, setMarker] = useState<MarkerHover | null>(null);
  const [hover, setHover] = useState<{ i: number; px: number } | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const last = Math.max(end, start + 1);
  const y = useMemo(() => yTicks(valueDomain(lines, axis), axis), [lines, axis]);
  // The lines are drawn by PriceLines; Recharts only needs the x extent.
  const data = useMemo(() => [{ i: start }, { i: last }], [start, last]);
  const sessions = end - start + 1;
  return (
    <div className="chart" ref={wrap} data-testid="price-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="i"
            type="number"
            domain={[start, last]}
            ticks={ticks as number[]}
            tickFormatter={(i: number) => formatTick(dates[i] ?? '', sessions)}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
            allowDataOverflow
          />
          <YAxis
            type="number"
            scale={axis === 'log' ? 'log' : 'linear'}
            domain={y.domain}
            ticks={y.ticks}
            allowDataOverflow
            width={52}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
            tickFormatter={(v: number) =>
              Number.isInteger(v) || v >= 10 ? v.toFixed(0) : v.toFixed(1)
            }
          />
          <PriceLines lines={lines} colours={colours} start={start} domain={y.domain} axis={axis} />
          <ChartPointer
            first={start}
            last={end}
            hover={marker ? null : (hover?.i ?? null)}
            drag={drag}
            onHover={(i, px) => setHover(i === null ? null : { i, px })}
            onDragStart={(i) => setDrag({ from: i, to: i })}
            onDragMove={(i) => setDrag((d) => (d ? { ...d, to: i } : d))}
            onDragEnd={() => {
              if (drag && Math.abs(drag.to - drag.from) >= 3) {
                onZoom(Math.min(drag.from, drag.to), Math.max(drag.from, drag.to));
              }
              setDrag(null);
            }}
          />
          <EventMarkers
            markers={markers}
            activeId={marker?.event.id ?? null}
            onHover={setMarker}
            onSelect={onSelectEvent}
          />
        </LineChart>
      </ResponsiveContainer>
      {hover && !marker && !drag && (
        <PriceTooltip
          date={dates[hover.i] ?? ''}
          k={hover.i - start}
          lines={lines}
          colours={colours}
          mode={mode}
          x={hover.px}
          width={width}
        />
      )}
      {marker && <MarkerHoverCard hover={marker} width={width} />}
    </div>
  );
});

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025" at a year's start and "Mar 24" on a wide range, "27 Jan" on a short one. */
function formatTick(date: string, sessions: number): string {
  if (!date) return '';
  const month = months[Number(date.slice(5, 7)) - 1] ?? '';
  if (sessions > 90) {
    return date.slice(5, 7) === '01' ? date.slice(0, 4) : `${month} ${date.slice(2, 4)}`;
  }
  return `${Number(date.slice(8, 10))} ${month}`;
}
