import type { EventSummary } from '@aftershock/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { categoryColours } from '../../ui/category-labels';
import { eventsQuery } from '../timeline/events-query';
import { shortDate } from './short-title';

export interface EventPickerProps {
  /** Every event, to name the chosen ones. */
  all: readonly EventSummary[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

const validDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/** Events chosen by name: search (text, dates), add from the matches, remove a chip. */
export function EventPicker({ all, selected, onChange }: EventPickerProps) {
  const [q, setQ] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const badRange = from !== '' && to !== '' && from > to;
  const searching = q.trim().length > 1 || validDate(from) || validDate(to);
  const matches = useQuery({
    ...eventsQuery({
      q: q.trim() || undefined,
      from: validDate(from),
      to: badRange ? undefined : validDate(to),
    }),
    enabled: Boolean(searching) && !badRange,
  });
  const byId = new Map(all.map((e) => [e.id, e]));
  const found = (matches.data?.events ?? []).filter((e) => e.day0 && !selected.includes(e.id));
  return (
    <div className="event-picker" data-testid="event-picker">
      <ul className="chips" aria-label="Events compared">
        {selected.map((id) => {
          const e = byId.get(id);
          return (
            <li key={id} className="chip">
              <span
                className="swatch round"
                style={{ background: e ? categoryColours[e.category] : undefined }}
              />
              <span>
                {e ? `${e.title} (${shortDate(e.day0 ?? e.occurredAt.slice(0, 10))})` : id}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${e?.title ?? id}`}
                onClick={() => onChange(selected.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="picker-search">
        <label className="field inline">
          <span>Find events</span>
          <input
            type="search"
            value={q}
            placeholder="DeepSeek, H20, Stargate…"
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label className="field inline">
          <span>From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field inline">
          <span>To</span>
          <input
            type="date"
            value={to}
            aria-invalid={badRange}
            aria-describedby={badRange ? 'picker-range-error' : undefined}
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        {badRange && (
          <p id="picker-range-error" className="field-error" role="alert">
            “To” is before “From”.
          </p>
        )}
      </div>
      {searching && !badRange && (
        <ul className="picker-matches" aria-label="Matching events">
          {found.slice(0, 12).map((e) => (
            <li key={e.id}>
              <button type="button" onClick={() => onChange([...selected, e.id])}>
                <span
                  className="swatch round"
                  style={{ background: categoryColours[e.category] }}
                />
                {e.title} <span className="meta">{shortDate(e.day0 ?? '')}</span>
              </button>
            </li>
          ))}
          {matches.data && found.length === 0 && <li className="meta">No other events match.</li>}
        </ul>
      )}
    </div>
  );
}
