import type { WindowAggregate } from '@aftershock/shared';
import { formatPercent, formatPValue, formatSigned, significanceStars } from '../../ui/format';

/** CAAR and the cross-sectional tests, the clustering-robust ones first. */
export function AggregateTests({
  aggregate,
  title = 'Across tickers',
  unit = 'tickers',
}: {
  aggregate: Pick<WindowAggregate, 'n' | 'excluded' | 'caar' | 'tests' | 'notes'> &
    Partial<Pick<WindowAggregate, 'meanCorrelation' | 'kpFactor'>>;
  title?: string;
  unit?: string;
}) {
  // Stable sort: the server's order within each kind is kept.
  const tests = [...aggregate.tests].sort(
    (a, b) => Number(b.clusteringRobust) - Number(a.clusteringRobust),
  );
  const headline = tests[0];
  return (
    <section className="aggregate" aria-label="Aggregate tests" data-testid="aggregate">
      <h3>{title}</h3>
      <p className="headline">
        CAAR <b className="num">{formatPercent(aggregate.caar)}</b> over {aggregate.n} {unit}
        {aggregate.excluded > 0 && ` (${aggregate.excluded} excluded)`}
        {headline && (
          <>
            {' '}
            · {headline.name}: <b className="num">{formatSigned(headline.statistic)}</b>, p ={' '}
            {formatPValue(headline.pValue)} {significanceStars(headline.pValue)}
          </>
        )}
      </p>
      {aggregate.meanCorrelation != null && (
        <p className="meta">
          Mean residual correlation {aggregate.meanCorrelation.toFixed(3)}
          {aggregate.kpFactor != null &&
            `; Kolari-Pynnönen factor ${aggregate.kpFactor.toFixed(3)}`}
          . AI news hits many tickers on the same day, so tests that assume independent tickers
          reject too often; the clustering-robust tests come first.
        </p>
      )}
      <div className="table-wrap">
        <table className="tests">
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col" className="num">
                Statistic
              </th>
              <th scope="col" className="num">
                p
              </th>
              <th scope="col">Distribution</th>
              <th scope="col" className="num">
                N
              </th>
              <th scope="col">Clustering</th>
            </tr>
          </thead>
          <tbody>
            {tests.map((t) => (
              <tr key={t.id} data-test-id={t.id}>
                <th scope="row">
                  {t.name}
                  {t.note && <span className="meta"> — {t.note}</span>}
                </th>
                <td className="num">{formatSigned(t.statistic)}</td>
                <td className={`num ${significanceStars(t.pValue) ? 'sig' : ''}`}>
                  {formatPValue(t.pValue)} {significanceStars(t.pValue)}
                </td>
                <td>{t.distribution}</td>
                <td className="num">{t.n}</td>
                <td>
                  {t.clusteringRobust ? (
                    <span className="badge ok">robust</span>
                  ) : (
                    <span className="badge warn">assumes independence</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {aggregate.notes.length > 0 && (
        <ul className="notes-list">
          {aggregate.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
