import type { EventSummary } from '@aftershock/shared';
import { type KeyboardEvent, useState } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { categoryColours } from '../../ui/category-labels';

export interface Marker {
  event: EventSummary;
  /** The day-0 session's index on the shared axis. */
  i: number;
}

export interface MarkerHover {
  event: EventSummary;
  x: number;
  y: number;
}

export interface EventMarkersProps {
  markers: readonly Marker[];
  activeId: string | null;
  onHover: (hover: MarkerHover | null) => void;
  onSelect: (id: string) => void;
}

const moves: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * One marker per event at its day 0, drawn inside the chart with the chart's own x scale (Recharts'
 * reference lines have no hover or focus). Events on the same session stack upwards. The markers
 * are one tab stop: arrow keys (Home, End) move between them, Enter opens one.
 */
export function EventMarkers({ markers, activeId, onHover, onSelect }: EventMarkersProps) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const [roving, setRoving] = useState<string | null>(null);
  if (!scale || !plot) return null;
  const stacked = new Map<number, number>();
  const visible = markers.filter((m) => {
    const x = scale(m.i);
    return x !== undefined && x >= plot.x - 0.5 && x <= plot.x + plot.width + 0.5;
  });
  const tabStop = visible.some((m) => m.event.id === roving) ? roving : visible[0]?.event.id;
  const move = (e: KeyboardEvent<SVGGElement>, index: number) => {
    const to = moves[e.key]?.(index, visible.length);
    const next = to === undefined ? undefined : visible[to];
    if (!next) return false;
    e.preventDefault();
    setRoving(next.event.id);
    const group = e.currentTarget.parentElement;
    group?.querySelector<SVGGElement>(`[data-event-id="${next.event.id}"]`)?.focus();
    return true;
  };
  return (
    <g className="event-markers">
      {visible.map((m, index) => {
        const x = scale(m.i);
        if (x === undefined) return null;
        const level = stacked.get(m.i) ?? 0;
        stacked.set(m.i, level + 1);
        const y = plot.y + 7 + level * 13;
        const colour = categoryColours[m.event.category];
        const active = activeId === m.event.id;
        const hover = () => onHover({ event: m.event, x, y });
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be a <button>
          <g
            key={m.event.id}
            className={`event-marker${active ? ' active' : ''}`}
            data-event-id={m.event.id}
            role="button"
            tabIndex={m.event.id === tabStop ? 0 : -1}
            aria-label={`${m.event.title}, day 0 ${m.event.day0}`}
            onMouseEnter={hover}
            onMouseLeave={() => onHover(null)}
            onFocus={() => {
              setRoving(m.event.id);
              hover();
            }}
            onBlur={() => onHover(null)}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={() => onSelect(m.event.id)}
            onKeyDown={(e) => {
              if (move(e, index)) return;
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(m.event.id);
              }
            }}
          >
            {level === 0 && (
              <line
                x1={x}
                x2={x}
                y1={y}
                y2={plot.y + plot.height}
                className="marker-line"
                stroke={colour}
              />
            )}
            <circle cx={x} cy={y} r={active ? 7 : 5.5} fill={colour} className="marker-dot" />
            <circle cx={x} cy={y} r={11} fill="transparent" />
          </g>
        );
      })}
    </g>
  );
}
