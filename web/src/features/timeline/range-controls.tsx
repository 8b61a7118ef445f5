import { type RangePreset, rangePresets, type SessionRange } from './time-range';

export interface RangeControlsProps {
  dates: readonly string[];
  range: SessionRange;
  from: string | undefined;
  to: string | undefined;
  onPreset: (preset: RangePreset) => void;
  onDates: (from: string | null, to: string | null) => void;
  onZoomOut: () => void;
}

/** Presets, exact dates and zoom-out for the one time range that the chart and the list share. */
export function RangeControls(props: RangeControlsProps) {
  const { dates, range, from, to, onPreset, onDates, onZoomOut } = props;
  const first = dates[0];
  const last = dates.at(-1);
  return (
    <fieldset className="range-controls">
      <legend className="visually-hidden">Time range</legend>
      {rangePresets.map((p) => (
        <button key={p} type="button" className="toggle small" onClick={() => onPreset(p)}>
          {p}
        </button>
      ))}
      <button
        type="button"
        className="toggle small"
        onClick={onZoomOut}
        disabled={range.start === 0 && range.end === dates.length - 1}
      >
        Zoom out
      </button>
      <label>
        <span className="visually-hidden">From</span>
        <input
          type="date"
          value={from ?? dates[range.start] ?? ''}
          min={first}
          max={last}
          onChange={(e) => onDates(e.target.value || null, to ?? null)}
        />
      </label>
      <span aria-hidden="true">–</span>
      <label>
        <span className="visually-hidden">To</span>
        <input
          type="date"
          value={to ?? dates[range.end] ?? ''}
          min={first}
          max={last}
          onChange={(e) => onDates(from ?? null, e.target.value || null)}
        />
      </label>
    </fieldset>
  );
}
