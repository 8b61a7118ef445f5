import type { CompaniesResponse } from '@aftershock/shared';

export interface TickerPickerProps {
  companies: CompaniesResponse | undefined;
  selected: readonly string[];
  onChange: (tickers: string[]) => void;
}

/** Toggle tickers one by one, or a whole company group at once. */
export function TickerPicker({ companies, selected, onChange }: TickerPickerProps) {
  const toggle = (ticker: string) =>
    onChange(
      selected.includes(ticker) ? selected.filter((t) => t !== ticker) : [...selected, ticker],
    );
  return (
    <fieldset className="ticker-picker">
      <legend>Tickers</legend>
      <div className="groups">
        {companies?.groups.map((g) => (
          <button key={g.id} type="button" onClick={() => onChange(g.tickers)}>
            {g.label}
          </button>
        ))}
      </div>
      <div className="chips">
        {companies?.companies.map((c) => (
          <label key={c.ticker} className="chip" title={c.name}>
            <input
              type="checkbox"
              checked={selected.includes(c.ticker)}
              onChange={() => toggle(c.ticker)}
            />
            {c.ticker}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
