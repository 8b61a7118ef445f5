import type { HeatmapResult } from '@aftershock/shared';
import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent, formatPValue, formatSigned } from '../../ui/format';

export interface TickerAcrossEventsProps {
  heatmap: HeatmapResult;
  ticker: string;
  onOpen: (eventId: string) => void;
}

interface Row {
  id: string;
  label: string;
  title: string;
  car: number;
  /** 1.96 |CAR / t|: the half-width of the 95% interval. */
  ci: number;
  t: number | null;
  p: number | null;
}

/** One ticker's CAR around each event, with 95% intervals; a bar opens its event. */
export const TickerAcrossEvents = memo(function TickerAcrossEvents(props: TickerAcrossEventsProps) {
  const { heatmap, ticker, onOpen } = props;
  const rows: Row[] = heatmap.events.flatMap((ev) => {
    const c = heatmap.cells.find((x) => x.ticker === ticker && x.eventId === ev.id);
    if (!c || c.car === null) return [];
    const se = c.carTStat ? Math.abs(c.car / c.carTStat) : 0;
    return [
      {
        id: ev.id,
        label: ev.day0,
        title: ev.title,
        car: c.car,
        ci: 1.96 * se,
        t: c.carTStat,
        p: c.carPValue,
      },
    ];
  });
  if (rows.length === 0) {
    return <p className="meta">{ticker} could not be measured around any of these events.</p>;
  }
  return (
    <div className="chart" data-testid="across-chart">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 40, left: 4 }}>
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="label"
            angle={-50}
            textAnchor="end"
            interval={0}
            height={56}
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
            stroke="var(--border)"
          />
          <YAxis
            width={56}
            tickFormatter={(v: number) => `${(v * 100).toFixed(0)}%`}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            stroke="var(--border)"
          />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: 'var(--grid)', fillOpacity: 0.4 }}
            content={({ active, label }) => {
              const r = rows.find((x) => x.label === label);
              if (!active || !r) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{r.title}</strong>
                  <span>
                    day 0 {r.label} · CAR {formatPercent(r.car)} · t {formatSigned(r.t)} · p{' '}
                    {formatPValue(r.p)}
                  </span>
                </div>
              );
            }}
          />
          <Bar
            dataKey="car"
            isAnimationActive={false}
            onClick={(_, index) => {
              const r = rows[index];
              if (r) onOpen(r.id);
            }}
            cursor="pointer"
          >
            {rows.map((r) => (
              <Cell key={r.id} fill={r.car < 0 ? 'var(--heat-neg)' : 'var(--heat-pos)'} />
            ))}
            <ErrorBar dataKey="ci" width={3} stroke="var(--muted)" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
