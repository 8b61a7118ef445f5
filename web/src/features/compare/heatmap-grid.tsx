import type { HeatmapResult } from '@aftershock/shared';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { categoryColours } from '../../ui/category-labels';
import { formatPercent, formatPValue, formatSigned, significanceStars } from '../../ui/format';
import { useElementWidth } from '../../ui/use-element-width';
import { heatFill, heatMax } from './heat-colour';
import { HeatLegend } from './heat-legend';
import type { HeatLayout } from './heatmap-layout';
import { shortDate, shortTitle } from './short-title';

export interface HeatmapGridProps {
  heatmap: HeatmapResult;
  layout: HeatLayout;
  /** Write each cell's CAR in it. */
  numbers: boolean;
  /** Mark cells by p < 0.05, or only those with a Benjamini-Hochberg q < 0.05. */
  mark: 'p' | 'q';
  onOpen: (eventId: string, ticker: string) => void;
}

type Cell = HeatmapResult['cells'][number];
const labelWidth = 64;
const groupBand = 18;
/** Room for the column heads: flat two-line labels over wide columns, rotated over narrow. */
const flatHead = 58;
const rotatedHead = 200;
const contextGap = 22;

/**
 * Tickers down (companies, then indices and funds apart), events across grouped by set, each
 * cell the CAR on a diverging scale. Column heads: a short title with the date, on the colour of
 * the event's category. Hover or arrow keys show the figures; a click or Enter opens the study.
 */
export function HeatmapGrid({ heatmap, layout, numbers, mark, onOpen }: HeatmapGridProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const { rows, columns, groups } = layout;
  const cells = useMemo(
    () => new Map(heatmap.cells.map((c) => [`${c.ticker} ${c.eventId}`, c])),
    [heatmap.cells],
  );
  const max = useMemo(
    () => heatMax(heatmap.cells.flatMap((c) => (c.car === null ? [] : [c.car]))),
    [heatmap.cells],
  );
  const minCell = numbers ? 40 : 16;
  const cellW = Math.max(
    minCell,
    Math.floor((width - labelWidth - 60) / Math.max(1, columns.length)),
  );
  const cellH = Math.min(30, Math.max(22, cellW));
  const flat = cellW >= 110;
  const headHeight = flat ? flatHead : rotatedHead;
  const firstContext = rows.findIndex((r) => r.context);
  const y = (row: number) =>
    headHeight + row * cellH + (firstContext >= 0 && row >= firstContext ? contextGap : 0);
  const svgWidth = labelWidth + cellW * columns.length + 60;
  const svgHeight = y(rows.length - 1) + cellH + 4;
  const cellAt = (row: number, col: number): Cell | undefined =>
    cells.get(`${rows[row]?.ticker} ${columns[col]?.id}`);
  const marked = (c: Cell | undefined) =>
    mark === 'q'
      ? c?.carQValue != null && c.carQValue < 0.05
      : c?.carPValue != null && c.carPValue < 0.05;

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
        row: Math.min(rows.length - 1, Math.max(0, a.row + m[0])),
        col: Math.min(columns.length - 1, Math.max(0, a.col + m[1])),
      });
    } else if (e.key === 'Enter' && active) {
      const ev = columns[active.col];
      const t = rows[active.row]?.ticker;
      if (ev && t) onOpen(ev.id, t);
    }
  };

  const hovered = active ? cellAt(active.row, active.col) : undefined;
  const hoveredEvent = active ? columns[active.col] : undefined;
  return (
    <div className="heatmap" ref={wrap}>
      <div
        className="heat-keys"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard widget; arrows move, Enter opens
        tabIndex={0}
        aria-label={`CAR heatmap of ${rows.length} tickers by ${columns.length} events. Arrow keys move between cells, Enter opens the event.`}
        onKeyDown={keys}
        onFocus={() => setActive((a) => a ?? { row: 0, col: 0 })}
        onMouseLeave={() => setActive(null)}
      >
        {width > 0 && (
          <svg data-chart="heatmap" width={svgWidth} height={svgHeight}>
            <title>CAR heatmap</title>
            {groups.map((g) => (
              <g key={g.title} data-group={g.title}>
                <line
                  x1={labelWidth + g.start * cellW + 1}
                  x2={labelWidth + (g.start + g.count) * cellW - 2}
                  y1={groupBand - 3}
                  y2={groupBand - 3}
                  className="heat-group-rule"
                />
                <text
                  x={labelWidth + g.start * cellW + 2}
                  y={groupBand - 7}
                  className="heat-label strong"
                >
                  {shortTitle(g.title, Math.max(6, Math.floor((g.count * cellW) / 7)))}
                </text>
              </g>
            ))}
            {columns.map((ev, col) => (
              <g key={ev.id} data-column={ev.id}>
                <rect
                  x={labelWidth + col * cellW}
                  y={headHeight - 8}
                  width={cellW - 1}
                  height={5}
                  style={{ fill: categoryColours[ev.category] }}
                />
                {flat ? (
                  <text
                    x={labelWidth + col * cellW + cellW / 2}
                    y={headHeight - 28}
                    textAnchor="middle"
                    className="heat-label"
                  >
                    <title>{`${ev.title} (${ev.category}, day 0 ${ev.day0})`}</title>
                    <tspan className="strong">
                      {shortTitle(ev.title, Math.floor(cellW / 6.5))}
                    </tspan>
                    <tspan x={labelWidth + col * cellW + cellW / 2} dy={14}>
                      {shortDate(ev.day0)}
                    </tspan>
                  </text>
                ) : (
                  <text
                    transform={`translate(${labelWidth + col * cellW + cellW / 2 + 4},${headHeight - 12}) rotate(-60)`}
                    className="heat-label"
                  >
                    <title>{`${ev.title} (${ev.category}, day 0 ${ev.day0})`}</title>
                    <tspan>{`${shortTitle(ev.title)} · ${shortDate(ev.day0)}`}</tspan>
                  </text>
                )}
              </g>
            ))}
            {firstContext >= 0 && (
              <text x={4} y={y(firstContext) - 7} className="heat-label meta">
                Indices and funds (context)
              </text>
            )}
            {rows.map(({ ticker: t }, row) => (
              <g key={t}>
                <text
                  x={labelWidth - 8}
                  y={y(row) + cellH / 2 + 4}
                  textAnchor="end"
                  className="heat-label strong"
                >
                  {t}
                </text>
                {columns.map((ev, col) => {
                  const c = cells.get(`${t} ${ev.id}`);
                  const isActive = active?.row === row && active.col === col;
                  const cx = labelWidth + col * cellW + (cellW - 1) / 2;
                  const cy = y(row) + (cellH - 1) / 2;
                  return (
                    <g key={ev.id}>
                      {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse twin of the arrow-key navigation */}
                      <rect
                        x={labelWidth + col * cellW}
                        y={y(row)}
                        width={cellW - 1}
                        height={cellH - 1}
                        className={`heat-cell${isActive ? ' active' : ''}${c?.car == null ? ' empty' : ''}`}
                        style={c?.car != null ? { fill: heatFill(c.car, max) } : undefined}
                        data-ticker={t}
                        data-event-id={ev.id}
                        onMouseEnter={() => setActive({ row, col })}
                        onClick={() => onOpen(ev.id, t)}
                      />
                      {numbers && c?.car != null ? (
                        <text
                          x={cx}
                          y={cy + 4}
                          textAnchor="middle"
                          className={`heat-number${Math.abs(c.car) > max * 0.6 ? ' light' : ''}${marked(c) ? ' marked' : ''}`}
                        >
                          {(c.car * 100).toFixed(1)}
                        </text>
                      ) : (
                        marked(c) && <circle cx={cx} cy={cy} r={2.5} className="heat-sig" />
                      )}
                    </g>
                  );
                })}
              </g>
            ))}
          </svg>
        )}
      </div>
      <HeatLegend max={max} mark={mark} numbers={numbers} />
      <div className="heat-readout" aria-live="polite" data-testid="heat-readout">
        {hovered && hoveredEvent ? (
          <>
            <b>{hovered.ticker}</b> · {hoveredEvent.title} (day 0 {hoveredEvent.day0}):{' '}
            {hovered.car === null ? (
              <span className="meta">{hovered.reason ?? 'not measured'}</span>
            ) : (
              <>
                CAR <b className="num">{formatPercent(hovered.car)}</b>, t{' '}
                {formatSigned(hovered.carTStat)}, p {formatPValue(hovered.carPValue)}, q{' '}
                {formatPValue(hovered.carQValue)} {significanceStars(hovered.carPValue)}
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
