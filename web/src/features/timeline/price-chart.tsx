import type { EventSummary } from '@aftershock/shared';
import { useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { colourFor } from '../../ui/palette';
import type { ChartRow } from './rebase';

export interface PriceChartProps {
  rows: readonly ChartRow[];
  tickers: readonly string[];
  events: readonly EventSummary[];
  mode: 'rebased' | 'raw';
  onSelectEvent?: (id: string) => void;
}

/** Lines of the chosen tickers with one marker per event on its day 0. Draws only. */
export function PriceChart({ rows, tickers, events, mode, onSelectEvent }: PriceChartProps) {
  const [hovered, setHovered] = useState<EventSummary | null>(null);
  const dates = new Set(rows.map((r) => r.date));
  const markers = events.filter((e) => e.day0 && dates.has(e.day0));
  return (
    <div className="chart" data-testid="price-chart">
      <ResponsiveContainer width="100%" height={420}>
        <LineChart data={rows as ChartRow[]} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
          <XAxis dataKey="date" minTickGap={40} tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 12 }}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => (mode === 'rebased' ? v.toFixed(0) : v.toFixed(2))}
          />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? v.toFixed(2) : String(v))}
            contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
          />
          <Legend verticalAlign="bottom" height={28} iconType="plainline" />
          {markers.map((e) => (
            <ReferenceLine
              key={e.id}
              x={e.day0 ?? undefined}
              stroke="var(--marker)"
              strokeDasharray="2 4"
              label={(props: { viewBox?: { x?: number; y?: number } }) => (
                // biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be a <button>
                <g
                  className="event-marker"
                  tabIndex={0}
                  onKeyDown={(k) => {
                    if (k.key === 'Enter' || k.key === ' ') onSelectEvent?.(e.id);
                  }}
                  onFocus={() => setHovered(e)}
                  onBlur={() => setHovered(null)}
                  transform={`translate(${props.viewBox?.x ?? 0},${(props.viewBox?.y ?? 0) - 10})`}
                  onMouseEnter={() => setHovered(e)}
                  onMouseLeave={() => setHovered(null)}
                  onClick={() => onSelectEvent?.(e.id)}
                  role="button"
                  aria-label={e.title}
                  data-event-id={e.id}
                >
                  <title>{e.title}</title>
                  <circle r={6} fill="var(--marker)" />
                </g>
              )}
            />
          ))}
          {tickers.map((t, i) => (
            <Line
              key={t}
              type="linear"
              dataKey={t}
              stroke={colourFor(i)}
              dot={false}
              strokeWidth={1.5}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {hovered && (
        <div className="hover-card" role="tooltip">
          <strong>{hovered.title}</strong>
          <span>
            {hovered.occurredAt} · day 0 {hovered.day0}
          </span>
        </div>
      )}
    </div>
  );
}
