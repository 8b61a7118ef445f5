import type { ParamPatch } from '../../ui/use-url-state';
import type { HeatOptions } from './heatmap-options';

export interface HeatmapToolbarProps {
  options: HeatOptions;
  onChange: (patch: ParamPatch) => void;
}

/** Numbers in cells, which cells are marked, and how rows and columns are ordered. */
export function HeatmapToolbar({ options: o, onChange }: HeatmapToolbarProps) {
  const toggle = (pressed: boolean, label: string, patch: ParamPatch, title?: string) => (
    <button
      type="button"
      className="toggle"
      aria-pressed={pressed}
      title={title}
      onClick={() => onChange(patch)}
    >
      {label}
    </button>
  );
  return (
    <div className="heat-options" data-testid="heat-options">
      {toggle(o.numbers, 'Numbers in cells', { nums: o.numbers ? null : '1' })}
      {toggle(
        o.mark === 'q',
        'q < 0.05 only',
        { mark: o.mark === 'q' ? null : 'q' },
        'Mark only the cells that survive a 5% false discovery rate across the grid (Benjamini-Hochberg)',
      )}
      {toggle(o.rowSort === 'car', 'Rows by CAR', { rows: o.rowSort === 'car' ? null : 'car' })}
      {toggle(o.colSort === 'car', 'Columns by CAR', { cols: o.colSort === 'car' ? null : 'car' })}
    </div>
  );
}
