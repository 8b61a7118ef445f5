import { formatWindow, isFactorModel, loadingsOf, type WindowResult } from '@aftershock/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { DownloadLinks } from '../../ui/download-links';
import { ErrorState } from '../../ui/error-state';
import { tickerColour } from '../../ui/palette';
import { PngButton } from '../../ui/png-button';
import { pngFooter } from '../../ui/png-footer';
import { Skeleton } from '../../ui/skeleton';
import { useSearchParams } from '../../ui/use-url-state';
import { AggregateTests } from './aggregate-tests';
import { modelLine } from './model-line';
import { OverlapsNotice } from './overlaps-notice';
import { type SortKey, sortKeys } from './result-columns';
import { ResultsTable } from './results-table';
import { WindowChart } from './window-chart';
import { WindowControls } from './window-controls';
import { WindowLegend } from './window-legend';
import { readView, type WindowSettings, type WindowView } from './window-params';
import { windowRows } from './window-series';

export interface WindowStudyProps {
  study: UseQueryResult<WindowResult>;
  settings: WindowSettings;
  /** API path of the downloads without extension. */
  downloadBase: string;
  downloadQuery: string;
  fileStem: string;
}

const views: readonly { id: WindowView; label: string }[] = [
  { id: 'car', label: 'CAR' },
  { id: 'ar', label: 'AR' },
  { id: 'prices', label: 'Rebased prices' },
];

/** Day 0, the controls, the window chart, the table per ticker and the aggregate tests. */
export function WindowStudy({
  study,
  settings,
  downloadBase,
  downloadQuery,
  fileStem,
}: WindowStudyProps) {
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const sortParam = params.get('sort') ?? '';
  const sortKey: SortKey =
    sortKeys.find((k) => k === sortParam) ??
    (/^w[0-7]$/.test(sortParam) ? (sortParam as SortKey) : 'car');
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const data = study.data;
  const okTickers = useMemo(
    () => (data?.results ?? []).filter((r) => r.status === 'ok').map((r) => r.ticker),
    [data],
  );
  const colourOf = tickerColour;
  const focusParam = params.get('focus');
  const focus = focusParam && okTickers.includes(focusParam) ? focusParam : (okTickers[0] ?? null);
  const rows = useMemo(
    () => windowRows({ results: data?.results ?? [], view, focus }),
    [data, view, focus],
  );
  const lines = useMemo(
    () => okTickers.map((t) => ({ ticker: t, colour: tickerColour(t) })),
    [okTickers],
  );
  const chartBox = useRef<HTMLDivElement>(null);
  const onSort = (key: SortKey) =>
    setParams(
      { sort: key === 'car' ? null : key, dir: sortKey === key && dir === 'asc' ? 'desc' : null },
      { replace: true },
    );

  return (
    <div className="study">
      <WindowControls settings={settings} onChange={setParams} />
      {study.isError ? (
        <ErrorState
          title="The event study could not run"
          error={study.error}
          onRetry={study.refetch}
        />
      ) : !data ? (
        <>
          <Skeleton label="Running the event study" height={340} />
          <Skeleton label="Loading the results table" height={200} />
        </>
      ) : (
        <div
          className={`study-body${study.isPlaceholderData ? ' stale' : ''}`}
          aria-busy={study.isFetching}
        >
          <div className="day0" data-testid="day0">
            <span className="day0-date">
              Day 0 <time dateTime={data.day0}>{data.day0}</time>
            </span>
            <span className="meta" data-testid="day0-reason">
              {data.day0Reason}
            </span>
            <span className="meta">
              <span data-testid="model-line">{modelLine(data)}</span> · window [−{data.pre}, +
              {data.post}]
            </span>
            {data.pendingSessions.length > 0 && (
              <span
                className="badge warn"
                data-testid="live-sessions"
                title={`Not traded yet: ${data.pendingSessions.join(', ')}. CAR and tests run to date; the study refreshes when new bars land.`}
              >
                live: {data.sessionsAvailable} of {data.post + 1} sessions
              </span>
            )}
          </div>
          <OverlapsNotice
            overlaps={data.overlaps}
            carry={settings.tickers ? `?tickers=${settings.tickers.join(',')}` : ''}
          />
          <section className="panel" aria-label="Window chart" ref={chartBox}>
            <div className="panel-head">
              <h3>
                {view === 'car'
                  ? 'Cumulative abnormal return'
                  : view === 'ar'
                    ? 'Abnormal return per session'
                    : 'Prices rebased to 100 at the close before day 0'}
              </h3>
              <fieldset className="toggle-group">
                <legend className="visually-hidden">Chart shows</legend>
                {views.map((v) => (
                  <button
                    key={v.id}
                    type="button"
                    className="toggle small"
                    aria-pressed={view === v.id}
                    onClick={() =>
                      setParams({ view: v.id === 'car' ? null : v.id }, { replace: true })
                    }
                  >
                    {v.label}
                  </button>
                ))}
              </fieldset>
              <PngButton
                target={chartBox}
                fileName={`${fileStem}-${view}.png`}
                title={`${data.event?.title ?? `Window at ${data.day0}`} · ${views.find((v) => v.id === view)?.label}`}
                legend={lines.map((l) => ({ label: l.ticker, colour: l.colour }))}
                footer={pngFooter({
                  model: data.model,
                  benchmark: data.benchmark,
                  window: formatWindow(-data.pre, data.post),
                  estimation: data.estimation,
                  dataAsOf: data.provenance.dataAsOf,
                })}
              />
            </div>
            <WindowLegend
              items={lines.map((l) => ({
                ...l,
                car: data.results.find((r) => r.ticker === l.ticker)?.car ?? null,
              }))}
              focus={view === 'car' ? focus : null}
              onFocus={(t) => setParams({ focus: t, view: null }, { replace: true })}
            />
            {lines.length === 0 ? (
              <p className="meta">
                No ticker could be measured with these settings; see the notes in the table.
              </p>
            ) : (
              <WindowChart
                rows={rows}
                lines={lines}
                view={view}
                focus={view === 'car' ? focus : null}
                focusColour={focus ? colourOf(focus) : 'var(--accent)'}
              />
            )}
            {view === 'car' && focus && (
              <p className="meta">
                Shaded: 95% band of {focus}’s CAR, ±1.96 √Var(CAR) from the estimation residuals.
                Click a ticker in the table to move the band.
              </p>
            )}
          </section>
          <section className="panel" aria-label="Results per ticker">
            <div className="panel-head">
              <h3>Per ticker</h3>
              <DownloadLinks base={downloadBase} query={downloadQuery} label="the study" />
            </div>
            <ResultsTable
              results={data.results}
              loadings={isFactorModel(data.model) ? loadingsOf(data.model) : []}
              windows={data.windows}
              contextTickers={data.contextTickers}
              pre={data.pre}
              post={data.post}
              sort={{ key: sortKey, dir }}
              onSort={onSort}
              colourOf={colourOf}
              focus={focus}
              onFocus={(t) => setParams({ focus: t, view: null }, { replace: true })}
            />
          </section>
          <AggregateTests aggregate={data.aggregate} />
        </div>
      )}
    </div>
  );
}
