import { formatPercent } from '../../ui/format';

export interface WindowLegendProps {
  items: readonly { ticker: string; colour: string; car: number | null }[];
  focus: string | null;
  onFocus: (ticker: string) => void;
}

/** The window chart's key: each ticker's colour and its CAR over the window; click to focus. */
export function WindowLegend({ items, focus, onFocus }: WindowLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Tickers and their CAR over the window">
      {items.map((l) => (
        <li key={l.ticker}>
          <button
            type="button"
            className="legend-button"
            aria-pressed={focus === l.ticker}
            onClick={() => onFocus(l.ticker)}
          >
            <span className="swatch line" style={{ background: l.colour }} />
            <b>{l.ticker}</b>
            <span className={`num ${l.car !== null && l.car < 0 ? 'neg' : 'pos'}`}>
              CAR {formatPercent(l.car)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
