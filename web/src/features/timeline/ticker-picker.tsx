import type { CompaniesResponse } from '@aftershock/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { defaultTickers } from './default-tickers';

export interface TickerPickerProps {
  companies: CompaniesResponse | undefined;
  selected: readonly string[];
  colourOf: (ticker: string) => string;
  onChange: (tickers: string[]) => void;
}

/** The chosen tickers as chips, and a searchable list with the company groups to change them. */
export function TickerPicker({ companies, selected, colourOf, onChange }: TickerPickerProps) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);
  const toggle = (ticker: string) =>
    onChange(
      selected.includes(ticker) ? selected.filter((t) => t !== ticker) : [...selected, ticker],
    );
  const needle = search.trim().toLowerCase();
  const shown = (companies?.companies ?? []).filter(
    (c) =>
      !needle ||
      c.ticker.toLowerCase().includes(needle) ||
      c.name.toLowerCase().includes(needle) ||
      c.aliases.some((a) => a.toLowerCase().includes(needle)),
  );
  return (
    <div className="ticker-picker" ref={root}>
      <button
        ref={button}
        type="button"
        className="picker-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Tickers <span className="count">{selected.length}</span>
      </button>
      <ul className="selected-chips" aria-label="Chosen tickers">
        {selected.map((t) => (
          <li key={t} className="chip">
            <span className="swatch" style={{ background: colourOf(t) }} />
            {t}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${t}`}
              onClick={() => toggle(t)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <fieldset className="picker-panel" id={panelId}>
          <legend className="visually-hidden">Choose tickers</legend>
          <input
            type="search"
            placeholder="Search ticker or company"
            aria-label="Search tickers"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the panel opens to be searched
            autoFocus
          />
          <fieldset className="groups">
            <legend className="visually-hidden">Company groups</legend>
            {companies?.groups.map((g) => (
              <button key={g.id} type="button" onClick={() => onChange(g.tickers)}>
                {g.label}
              </button>
            ))}
            <button type="button" onClick={() => onChange([...defaultTickers])}>
              AI complex
            </button>
            <button type="button" onClick={() => onChange([])}>
              Clear
            </button>
          </fieldset>
          <ul className="picker-list">
            {shown.map((c) => (
              <li key={c.ticker}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(c.ticker)}
                    onChange={() => toggle(c.ticker)}
                    aria-label={c.ticker}
                  />
                  <b>{c.ticker}</b> <span className="meta">{c.name}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 && (
              <li className="meta">No ticker or company matches “{search}”.</li>
            )}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
