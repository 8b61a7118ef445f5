import { useEffect, useState } from 'react';
import {
  categories,
  categoryColours,
  categoryLabels,
  categoryShortLabels,
  originLabels,
  origins,
} from '../../ui/category-labels';
import type { ParamPatch } from '../../ui/use-url-state';
import type { TimelineFilters } from './timeline-filters';

export interface FilterBarProps {
  filters: TimelineFilters;
  onChange: (patch: ParamPatch, options?: { replace?: boolean }) => void;
}

const toggleIn = <T extends string>(list: readonly T[], value: T) =>
  (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]).join(',') || null;

/** Event filters (category, origin, text) and how the prices are drawn (rebased or raw, axis). */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => onChange({ q: text.trim() || null }), 300);
    return () => clearTimeout(timer);
  }, [text, filters.q, onChange]);
  return (
    <div className="filter-bar">
      <fieldset className="toggle-group">
        <legend>Categories</legend>
        {categories.map((c) => (
          <button
            key={c}
            type="button"
            className="toggle"
            aria-pressed={filters.categories.includes(c)}
            title={categoryLabels[c]}
            onClick={() => onChange({ cat: toggleIn(filters.categories, c) })}
          >
            <span className="swatch round" style={{ background: categoryColours[c] }} />
            {categoryShortLabels[c]}
          </button>
        ))}
      </fieldset>
      <fieldset className="toggle-group">
        <legend>Origin</legend>
        {origins.map((o) => (
          <button
            key={o}
            type="button"
            className="toggle"
            aria-pressed={filters.origins.includes(o)}
            onClick={() => onChange({ origin: toggleIn(filters.origins, o) })}
          >
            {originLabels[o]}
          </button>
        ))}
      </fieldset>
      <label className="search">
        <span className="visually-hidden">Search events</span>
        <input
          type="search"
          placeholder="Search events…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ q: text.trim() || null });
          }}
        />
      </label>
      <fieldset className="toggle-group">
        <legend>Prices</legend>
        <button
          type="button"
          className="toggle"
          aria-pressed={filters.mode === 'rebased'}
          onClick={() => onChange({ scale: null })}
        >
          Rebased = 100
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={filters.mode === 'raw'}
          onClick={() => onChange({ scale: 'raw' })}
        >
          Price
        </button>
      </fieldset>
      <fieldset className="toggle-group">
        <legend>Axis</legend>
        <button
          type="button"
          className="toggle"
          aria-pressed={filters.axis === 'linear'}
          onClick={() => onChange({ axis: null })}
        >
          Linear
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={filters.axis === 'log'}
          onClick={() => onChange({ axis: 'log' })}
        >
          Log
        </button>
      </fieldset>
    </div>
  );
}
