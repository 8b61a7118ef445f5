import { type KeyboardEvent, type PointerEvent, useMemo, useRef, useState } from 'react';
import { useElementWidth } from '../../ui/use-element-width';
import { panRange, type SessionRange, zoomRange } from './time-range';

export interface RangeBrushProps {
  dates: readonly string[];
  /** One value per session of the axis for the sparkline, or null where there is none. */
  overview: readonly (number | null)[];
  range: SessionRange;
  onChange: (range: SessionRange) => void;
}

type Drag = { kind: 'move' | 'start' | 'end'; x0: number; range: SessionRange };
const height = 44;

/**
 * The overview under the chart: the whole history with the shown window on it. Drag the window to
 * pan, its edges to resize, click elsewhere to centre it there; arrow keys pan, +/- zoom. It maps
 * pixels to session indexes itself and reports only when the drag ends, so the URL (the one
 * time-range state) gets one history entry per gesture.
 */
export function RangeBrush({ dates, overview, range, onChange }: RangeBrushProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrap);
  const [draft, setDraft] = useState<SessionRange | null>(null);
  const drag = useRef<Drag | null>(null);
  const count = dates.length;
  const shown = draft ?? range;
  const px = (i: number) => (count > 1 ? (i / (count - 1)) * width : 0);
  const toIndex = (x: number) => Math.round((x / Math.max(1, width)) * (count - 1));

  const begin = (kind: Drag['kind']) => (e: PointerEvent<SVGElement>) => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { kind, x0: e.clientX, range: shown };
  };
  const move = (e: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = toIndex(e.clientX - d.x0);
    if (d.kind === 'move') setDraft(panRange(d.range, delta, count));
    else if (d.kind === 'start')
      setDraft({ start: clamp(d.range.start + delta, 0, d.range.end - 5), end: d.range.end });
    else
      setDraft({
        start: d.range.start,
        end: clamp(d.range.end + delta, d.range.start + 5, count - 1),
      });
  };
  const end = () => {
    if (drag.current && draft) onChange(draft);
    drag.current = null;
    setDraft(null);
  };
  const jump = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const centre = toIndex(e.clientX - rect.left);
    const half = Math.round((range.end - range.start) / 2);
    onChange(panRange(range, centre - half - range.start, count));
  };
  const keys = (e: KeyboardEvent) => {
    const step = Math.max(1, Math.round((range.end - range.start) / 10));
    const next =
      e.key === 'ArrowLeft'
        ? panRange(range, -step, count)
        : e.key === 'ArrowRight'
          ? panRange(range, step, count)
          : e.key === '+' || e.key === '='
            ? zoomRange(range, 0.7, count)
            : e.key === '-'
              ? zoomRange(range, 1 / 0.7, count)
              : null;
    if (next) {
      e.preventDefault();
      onChange(next);
    }
  };

  const spark = useMemo(() => sparkline(overview, width), [overview, width]);
  const x1 = px(shown.start);
  const x2 = px(shown.end);
  return (
    <div className="range-brush" ref={wrap}>
      {width > 0 && count > 1 && (
        <svg width={width} height={height} onPointerDown={jump} aria-hidden="false">
          <title>Time range overview</title>
          <path d={spark} className="brush-spark" />
          <rect x={0} y={0} width={x1} height={height} className="brush-shade" />
          <rect
            x={x2}
            y={0}
            width={Math.max(0, width - x2)}
            height={height}
            className="brush-shade"
          />
          <rect
            x={x1}
            y={0}
            width={Math.max(2, x2 - x1)}
            height={height}
            className="brush-window"
            role="slider"
            tabIndex={0}
            aria-label="Shown time range: arrows pan, plus and minus zoom"
            aria-valuemin={0}
            aria-valuemax={count - 1}
            aria-valuenow={shown.start}
            aria-valuetext={`${dates[shown.start]} to ${dates[shown.end]}`}
            onPointerDown={begin('move')}
            onPointerMove={move}
            onPointerUp={end}
            onKeyDown={keys}
          />
          <rect
            x={x1 - 4}
            y={8}
            width={8}
            height={height - 16}
            rx={3}
            className="brush-handle"
            onPointerDown={begin('start')}
            onPointerMove={move}
            onPointerUp={end}
          />
          <rect
            x={x2 - 4}
            y={8}
            width={8}
            height={height - 16}
            rx={3}
            className="brush-handle"
            onPointerDown={begin('end')}
            onPointerMove={move}
            onPointerUp={end}
          />
        </svg>
      )}
      <div className="brush-dates meta">
        <span>{dates[shown.start]}</span>
        <span>{dates[shown.end]}</span>
      </div>
    </div>
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

function sparkline(values: readonly (number | null)[], width: number): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2 || width === 0) return '';
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = width / Math.max(1, values.length - 1);
  let d = '';
  values.forEach((v, i) => {
    if (v === null) return;
    const y = 4 + (1 - (v - min) / span) * (height - 8);
    d += `${d ? 'L' : 'M'}${(i * step).toFixed(1)},${y.toFixed(1)}`;
  });
  return d;
}
