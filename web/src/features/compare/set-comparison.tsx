import type { HeatmapResult } from '@aftershock/shared';
import { formatPercent, formatPValue, formatSigned, significanceStars } from '../../ui/format';

export interface SetComparisonProps {
  heatmap: HeatmapResult;
}

/**
 * Per ticker: the mean CAR over each set's events with its headline test, and the difference
 * of each later set from the first with Welch's t.
 */
export function SetComparison({ heatmap }: SetComparisonProps) {
  const { sets, setMeans, setDifferences, tickers } = heatmap;
  const first = sets[0];
  if (!first) return null;
  const later = sets.slice(1);
  const mean = (setId: string, ticker: string) =>
    setMeans.find((m) => m.setId === setId && m.ticker === ticker);
  const diff = (setB: string, ticker: string) =>
    setDifferences.find((d) => d.setA === first.id && d.setB === setB && d.ticker === ticker);
  return (
    <div className="table-wrap">
      <table className="results" data-testid="set-comparison">
        <caption className="visually-hidden">Mean CAR per ticker and event set</caption>
        <thead>
          <tr>
            <th scope="col">Ticker</th>
            {sets.map((s) => (
              <th key={s.id} scope="col" className="num" title={`${s.eventIds.length} events`}>
                {s.title}
              </th>
            ))}
            {later.map((s) => (
              <th key={s.id} scope="col" className="num" title="Welch t, unequal variances">
                {first.title} − {s.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tickers.map((t) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              {sets.map((s) => {
                const m = mean(s.id, t);
                const head = m?.tests[0];
                return (
                  <td
                    key={s.id}
                    className="num"
                    title={
                      head
                        ? `${head.name}: ${formatSigned(head.statistic)}, p ${formatPValue(head.pValue)}`
                        : undefined
                    }
                  >
                    {formatPercent(m?.caar)} <span className="meta">n {m?.n ?? 0}</span>{' '}
                    {significanceStars(head?.pValue)}
                  </td>
                );
              })}
              {later.map((s) => {
                const d = diff(s.id, t);
                return (
                  <td key={s.id} className="num">
                    {formatPercent(d?.difference)}{' '}
                    <span className="meta">
                      t {formatSigned(d?.welchT)}, p {formatPValue(d?.pValue)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        Each set's mean is over its events (n); its test is the headline clustering-robust test
        across those events. The difference is tested with Welch's t (unequal variances).
      </p>
    </div>
  );
}
