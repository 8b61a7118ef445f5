import {
  type CarWindow,
  carWindowLabel,
  loadingLabels,
  type TickerResult,
} from '@aftershock/shared';
import {
  formatPercent,
  formatPValue,
  formatSigned,
  formatUsd,
  significanceStars,
} from '../../ui/format';
import { type SortKey, sortResults } from './result-columns';

export interface ResultsTableProps {
  results: readonly TickerResult[];
  /** Indices and funds shown as context: not in CAAR or its tests. */
  contextTickers: readonly string[];
  /** The CAR windows reported beside the event window, one column each. */
  windows: readonly CarWindow[];
  /** A factor model's loadings, one column each in place of β (empty for the other models). */
  loadings: readonly string[];
  pre: number;
  post: number;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (key: SortKey) => void;
  colourOf: (ticker: string) => string;
  focus: string | null;
  onFocus: (ticker: string) => void;
}

/** One row per ticker: day-0 move, CAR and its test, the market model's fit, value change. */
export function ResultsTable(props: ResultsTableProps) {
  const { results, contextTickers, windows, loadings, pre, post, sort, onSort, colourOf } = props;
  const { focus, onFocus } = props;
  const rows = sortResults(results, sort.key, sort.dir);
  const head = (key: SortKey, label: string, title?: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={key === 'ticker' ? '' : 'num'}
    >
      <button type="button" className="sort" onClick={() => onSort(key)} title={title}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
  const window = `[${pre > 0 ? `−${pre}` : '0'}, +${post}]`;
  return (
    <div className="table-wrap">
      <table className="results" data-testid="results-table">
        <caption className="visually-hidden">Event-study results per ticker</caption>
        <thead>
          <tr>
            {head('ticker', 'Ticker')}
            {head('day0Return', 'Day 0 return', 'Close-to-close return of the day-0 session')}
            {head('day0Ar', 'Day 0 AR', 'Abnormal return of the day-0 session')}
            {head('car', `CAR ${window}`, 'Cumulative abnormal return over the window')}
            {head('t', 't (CAR)', 'CAR / sqrt(Var CAR), MacKinlay 1997')}
            {head('p', 'p', 'Two-sided p value of the CAR t statistic')}
            {windows.map((w, i) =>
              head(
                `w${i}`,
                `CAR ${carWindowLabel(w)}`,
                `CAR over ${carWindowLabel(w)}, its own study with the same model; stars: its t test`,
              ),
            )}
            {loadings.length === 0
              ? head('beta', 'β')
              : loadings.map((f) => (
                  <th key={f} scope="col" className="num" title={`Loading on ${loadingLabels[f]}`}>
                    b {loadingLabels[f] ?? f}
                  </th>
                ))}
            {head('r2', 'R²')}
            {head('mv', 'Value Δ', 'Change in market value over the window, shares × price')}
            <th
              scope="col"
              className="num"
              title="Abnormal dollar value: CAR × market value at the close of day −1"
            >
              Abnormal $ (CAR × value)
            </th>
            <th
              scope="col"
              className="num"
              title="Day 0 split at the open: AR_gap = g − β g_m (overnight), AR_session = s − α − β s_m; the compounding remainder makes them add to day 0's AR"
            >
              Day 0 AR: gap / session
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const d0 = r.days.find((d) => d.offset === 0);
            const stars = significanceStars(r.carPValue);
            const context = contextTickers.includes(r.ticker);
            const notes = [
              ...(context ? ['context: an index or fund, not in CAAR'] : []),
              ...(r.reason ? [r.reason] : []),
              ...(r.confoundedBy.length > 0
                ? [`other events in window: ${r.confoundedBy.length}`]
                : []),
              ...r.notes,
            ];
            return (
              <tr
                key={r.ticker}
                data-ticker={r.ticker}
                className={`${r.status === 'excluded' ? 'excluded' : ''} ${context ? 'context' : ''} ${focus === r.ticker ? 'focus' : ''}`}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="ticker-cell"
                    onClick={() => onFocus(r.ticker)}
                    aria-pressed={focus === r.ticker}
                    title="Show this ticker's CAR band"
                  >
                    <span className="swatch line" style={{ background: colourOf(r.ticker) }} />
                    {r.ticker}
                  </button>
                </th>
                <td className="num" data-col="day0-return">
                  {formatPercent(d0?.return)}
                </td>
                <td className="num" data-col="day0-ar">
                  {formatPercent(d0?.abnormalReturn)}
                </td>
                <td className={`num ${stars ? 'sig' : ''}`} data-col="car">
                  {formatPercent(r.car)}
                  <span className="stars">
                    <span aria-hidden="true">{stars}</span>
                    {stars && <span className="visually-hidden">(significant)</span>}
                  </span>
                </td>
                <td className="num" data-col="t">
                  {formatSigned(r.carTStat)}
                </td>
                <td className="num" data-col="p">
                  {formatPValue(r.carPValue)}
                </td>
                {windows.map((w, i) => {
                  const c = r.windowCars[i];
                  const s = significanceStars(c?.carPValue ?? null);
                  return (
                    <td
                      key={carWindowLabel(w)}
                      className={`num ${s ? 'sig' : ''}`}
                      data-col={`car-${w.from}-${w.to}`}
                      title={
                        c?.reason ??
                        `t ${formatSigned(c?.carTStat)}, p ${formatPValue(c?.carPValue)}`
                      }
                    >
                      {formatPercent(c?.car)}
                      <span className="stars" aria-hidden="true">
                        {s}
                      </span>
                    </td>
                  );
                })}
                {loadings.length === 0 ? (
                  <td className="num" data-col="beta">
                    {formatSigned(r.beta)}
                  </td>
                ) : (
                  loadings.map((f) => (
                    <td key={f} className="num" data-col={`b-${f}`}>
                      {formatSigned(r.loadings?.[f] ?? null)}
                    </td>
                  ))
                )}
                <td className="num" data-col="r2">
                  {r.r2 === null ? '—' : r.r2.toFixed(2)}
                </td>
                <td className="num" data-col="mv">
                  {formatUsd(r.marketValueChange)}
                </td>
                <td className="num" data-col="abnormal-usd">
                  {formatUsd(r.abnormalValueUsd)}
                </td>
                <td
                  className="num"
                  data-col="gap-split"
                  title={
                    r.day0Split
                      ? `gap ${formatPercent(r.day0Split.gap)}, session ${formatPercent(r.day0Split.session)}, remainder ${formatPercent(r.day0Split.remainder)}`
                      : 'no split: a factor model, a basket benchmark or no open price'
                  }
                >
                  {r.day0Split
                    ? `${formatPercent(r.day0Split.arGap)} / ${formatPercent(r.day0Split.arSession)}`
                    : '—'}
                </td>
                <td className="notes">{notes.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="meta">
        Significance of CAR (two-sided t, MacKinlay 1997): *** p &lt; 0.01, ** p &lt; 0.05, * p &lt;
        0.10.{' '}
        {loadings.length === 0
          ? "β and R² come from the market model's estimation window."
          : 'Loadings b and R² come from the regression of excess returns on the factors over the estimation window.'}
      </p>
    </div>
  );
}
