import type { PointerEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale } from 'recharts';

export interface ChartPointerProps {
  /** Inclusive index range of the rows on the axis. */
  first: number;
  last: number;
  hover: number | null;
  drag: { from: number; to: number } | null;
  onHover: (i: number | null, px: number) => void;
  onDragStart: (i: number) => void;
  onDragMove: (i: number) => void;
  onDragEnd: () => void;
}

/**
 * A transparent layer over the plot that turns the pointer into a session index: hover shows the
 * cursor and the tooltip, a drag selects sessions to zoom to. Event markers sit above it.
 */
export function ChartPointer(props: ChartPointerProps) {
  const { first, last, hover, drag, onHover, onDragStart, onDragMove, onDragEnd } = props;
  const plot = usePlotArea();
  const invert = useXAxisInverseScale();
  const scale = useXAxisScale();
  if (!plot || !invert || !scale) return null;
  const indexAt = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = plot.x + (e.clientX - box.left);
    const i = Math.round(Number(invert(px)));
    return { i: Math.min(last, Math.max(first, i)), px };
  };
  const cursor = hover === null ? undefined : scale(hover);
  const a = drag ? scale(Math.min(drag.from, drag.to)) : undefined;
  const b = drag ? scale(Math.max(drag.from, drag.to)) : undefined;
  return (
    <g className="chart-pointer">
      {cursor !== undefined && (
        <line
          x1={cursor}
          x2={cursor}
          y1={plot.y}
          y2={plot.y + plot.height}
          className="chart-cursor"
        />
      )}
      {a !== undefined && b !== undefined && b > a && (
        <rect x={a} y={plot.y} width={b - a} height={plot.height} className="chart-drag" />
      )}
      <rect
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        className="chart-hit"
        onPointerMove={(e) => {
          const { i, px } = indexAt(e);
          onHover(i, px);
          if (drag) onDragMove(i);
        }}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          onDragStart(indexAt(e).i);
        }}
        onPointerUp={onDragEnd}
        onPointerLeave={() => onHover(null, 0)}
      />
    </g>
  );
}
