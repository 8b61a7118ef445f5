import { memo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent } from '../../ui/format';
import type { WindowView } from './window-params';
import type { WindowRow } from './window-series';

export interface WindowChartProps {
  rows: readonly WindowRow[];
  lines: readonly { ticker: string; colour: string }[];
  view: WindowView;
  focus: string | null;
  focusColour: string;
}

const valueText = (view: WindowView, v: number) =>
  view === 'prices' ? v.toFixed(2) : formatPercent(v);

/** The window around day 0 per ticker: rebased prices, AR, or CAR with the focus ticker's band. */
export const WindowChart = memo(function WindowChart(props: WindowChartProps) {
  const { rows, lines, view, focus, focusColour } = props;
  return (
    <div className="chart" data-testid="window-chart">
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart
          data={rows as WindowRow[]}
          margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="offset"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tickCount={Math.min(rows.length, 13)}
            tickFormatter={(o: number) => (o > 0 ? `+${o}` : String(o))}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
          />
          <YAxis
            width={64}
            domain={['auto', 'auto']}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
            tickFormatter={(v: number) =>
              view === 'prices' ? v.toFixed(0) : `${(v * 100).toFixed(0)}%`
            }
          />
          <ReferenceLine x={0} stroke="var(--muted)" strokeDasharray="4 3" label={day0Label} />
          <ReferenceLine y={view === 'prices' ? 100 : 0} stroke="var(--muted)" />
          {view === 'car' && focus && (
            <Area
              dataKey="band"
              name={`${focus} 95% band`}
              stroke="none"
              fill={focusColour}
              fillOpacity={0.16}
              isAnimationActive={false}
            />
          )}
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(o) => {
              const row = rows.find((r) => r.offset === Number(o));
              return `Day ${Number(o) > 0 ? '+' : ''}${o} · ${row?.date ?? ''}`;
            }}
            formatter={(v, name) =>
              Array.isArray(v)
                ? [`${formatPercent(Number(v[0]))} to ${formatPercent(Number(v[1]))}`, name]
                : [typeof v === 'number' ? valueText(view, v) : String(v), name]
            }
            contentStyle={{
              background: 'var(--panel)',
              border: '1px solid var(--border)',
              fontSize: 12,
            }}
          />
          {lines.map((l) => (
            <Line
              key={l.ticker}
              dataKey={l.ticker}
              name={l.ticker}
              stroke={l.colour}
              strokeWidth={l.ticker === focus ? 2.5 : 1.5}
              dot={view === 'ar' ? { r: 2.5 } : false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
});

const day0Label = {
  value: 'day 0',
  position: 'insideTopLeft' as const,
  fill: 'var(--muted)',
  fontSize: 11,
};
