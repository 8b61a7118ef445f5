import type { HeatmapResult } from '@aftershock/shared';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { formatPercent, formatPValue, formatSigned, significanceStars } from '../../ui/format';
import { useElementWidth } from '../../ui/use-element-width';
import { heatFill, heatMax } from './heat-colour';

export interface HeatmapGridProps {
  heatmap: HeatmapResult;
  onOpen: (eventId: string, ticker: string) => void;
}

type Cell = HeatmapResult['cells'][number];
const labelWidth = 64;
const headHeight = 74;

/**
 * Tickers down, events across (in time order), each cell the CAR on a diverging scale. Hover or
 * arrow keys show the figures; a click or Enter opens the event study.
 */
export function HeatmapGrid({ heatmap, onOpen }: HeatmapGridProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const { tickers, events } = heatmap;
  const cells = useMemo(
    () => new Map(heatmap.cells.map((c) => [`${c.ticker} ${c.eventId}`, c])),
    [heatmap.cells],
  );
  const max = useMemo(
    () => heatMax(heatmap.cells.flatMap((c) => (c.car === null ? [] : [c.car]))),
    [heatmap.cells],
  );
  // The right margin leaves room for the last rotated date label.
  const cellW = Math.max(14, Math.floor((width - labelWidth - 48) / Math.max(1, events.length)));
  const cellH = Math.min(30, Math.max(20, cellW));
  const svgWidth = labelWidth + cellW * events.length + 48;
  const svgHeight = headHeight + cellH * tickers.length + 4;
  const cellAt = (row: number, col: number): Cell | undefined =>
    cells.get(`${tickers[row]} ${events[col]?.id}`);

  const keys = (e: KeyboardEvent) => {
    const a = active ?? { row: 0, col: 0 };
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      setActive({
        row: Math.min(tickers.length - 1, Math.max(0, a.row + m[0])),
        col: Math.min(events.length - 1, Math.max(0, a.col + m[1])),
      });
    } else if (e.key === 'Enter' && active) {
      const ev = events[active.col];
      const t = tickers[active.row];
      if (ev && t) onOpen(ev.id, t);
    }
  };

  const hovered = active ? cellAt(active.row, active.col) : undefined;
  const hoveredEvent = active ? events[active.col] : undefined;
  return (
    <div className="heatmap" ref={wrap}>
      <div
        className="heat-keys"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard widget; arrows move, Enter opens
        tabIndex={0}
        aria-label={`CAR heatmap of ${tickers.length} tickers by ${events.length} events. Arrow keys move between cells, Enter opens the event.`}
        onKeyDown={keys}
        onFocus={() => setActive((a) => a ?? { row: 0, col: 0 })}
        onMouseLeave={() => setActive(null)}
      >
        {width > 0 && (
          <svg data-chart="heatmap" width={svgWidth} height={svgHeight}>
            <title>CAR heatmap</title>
            {events.map((ev, col) => (
              <text
                key={ev.id}
                transform={`translate(${labelWidth + col * cellW + cellW / 2 + 4},${headHeight - 6}) rotate(-60)`}
                className="heat-label"
              >
                {ev.day0}
              </text>
            ))}
            {tickers.map((t, row) => (
              <g key={t}>
                <text
                  x={labelWidth - 8}
                  y={headHeight + row * cellH + cellH / 2 + 4}
                  textAnchor="end"
                  className="heat-label strong"
                >
                  {t}
                </text>
                {events.map((ev, col) => {
                  const c = cells.get(`${t} ${ev.id}`);
                  const isActive = active?.row === row && active.col === col;
                  return (
                    <g key={ev.id}>
                      {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse twin of the arrow-key navigation */}
                      <rect
                        x={labelWidth + col * cellW}
                        y={headHeight + row * cellH}
                        width={cellW - 1}
                        height={cellH - 1}
                        className={`heat-cell${isActive ? ' active' : ''}${c?.car == null ? ' empty' : ''}`}
                        style={c?.car != null ? { fill: heatFill(c.car, max) } : undefined}
                        data-ticker={t}
                        data-event-id={ev.id}
                        onMouseEnter={() => setActive({ row, col })}
                        onClick={() => onOpen(ev.id, t)}
                      />
                      {c?.carPValue != null && c.carPValue < 0.05 && (
                        <circle
                          cx={labelWidth + col * cellW + (cellW - 1) / 2}
                          cy={headHeight + row * cellH + (cellH - 1) / 2}
                          r={2.5}
                          className="heat-sig"
                        />
                      )}
                    </g>
                  );
                })}
              </g>
            ))}
          </svg>
        )}
      </div>
      <HeatLegend max={max} />
      <div className="heat-readout" aria-live="polite" data-testid="heat-readout">
        {hovered && hoveredEvent ? (
          <>
            <b>{hovered.ticker}</b> · {hoveredEvent.title} (day 0 {hoveredEvent.day0}):{' '}
            {hovered.car === null ? (
              <span className="meta">{hovered.reason ?? 'not measured'}</span>
            ) : (
              <>
                CAR <b className="num">{formatPercent(hovered.car)}</b>, t{' '}
                {formatSigned(hovered.carTStat)}, p {formatPValue(hovered.carPValue)}{' '}
                {significanceStars(hovered.carPValue)}
                {hovered.confoundedBy.length > 0 &&
                  ` · ${hovered.confoundedBy.length} other events in window`}
              </>
            )}
          </>
        ) : (
          <span className="meta">Hover a cell, or focus the grid and use the arrow keys.</span>
        )}
      </div>
    </div>
  );
}

function HeatLegend({ max }: { max: number }) {
  const stops = [-1, -0.5, 0, 0.5, 1];
  return (
    <div className="heat-legend">
      <span className="visually-hidden">Colour scale:</span>
      <span className="num">{formatPercent(-max, 0)}</span>
      {stops.map((s) => (
        <span key={s} className="heat-swatch" style={{ background: heatFill(s * max, max) }} />
      ))}
      <span className="num">{formatPercent(max, 0)}</span>
      <span className="meta">dot: p &lt; 0.05 · grey: not measured (see the hover)</span>
    </div>
  );
}
