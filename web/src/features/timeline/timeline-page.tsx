import type { EventSummary } from '@aftershock/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { navigate } from '../../router/history';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { colourFor, tickerColour } from '../../ui/palette';
import { PngButton } from '../../ui/png-button';
import { Skeleton } from '../../ui/skeleton';
import { useSearchParams } from '../../ui/use-url-state';
import { companiesQuery } from '../companies/companies-query';
import { ChartLegend } from './chart-legend';
import { alignSeries, monthTicks, sessionAxis, viewLines } from './chart-series';
import { EventList } from './event-list';
import { eventsQuery } from './events-query';
import { FilterBar } from './filter-bar';
import { HiddenEventsNotice } from './hidden-events-notice';
import { NewsList } from './news-list';
import { PriceChart } from './price-chart';
import { pricesQuery } from './prices-query';
import { RangeBrush } from './range-brush';
import { RangeControls } from './range-controls';
import { TickerPicker } from './ticker-picker';
import { presetFrom, rangeFromDates, type SessionRange, zoomRange } from './time-range';
import { readTimelineFilters } from './timeline-filters';

/** Home: prices of the chosen tickers with the events on one time axis, the event list beside. */
export default function TimelinePage() {
  const [params, setParams] = useSearchParams();
  const filters = readTimelineFilters(params);
  const { tickers, mode, axis } = filters;
  const companies = useQuery(companiesQuery());
  const prices = useQuery(pricesQuery({ tickers }));
  const showingAll = params.get('events') === 'all';
  const byTicker = params.has('tickers') && !showingAll;
  const otherFilters = { categories: filters.categories, origins: filters.origins, q: filters.q };
  const events = useQuery(
    eventsQuery({ tickers: byTicker ? tickers : undefined, ...otherFilters }),
  );
  // The same list without the ticker filter, to say how many events it hides.
  const unfiltered = useQuery({ ...eventsQuery(otherFilters), enabled: byTicker });
  const series = prices.data?.series;
  const dates = useMemo(() => sessionAxis(series ?? []), [series]);
  const range = rangeFromDates(dates, filters.from, filters.to);
  const aligned = useMemo(() => alignSeries(series ?? [], dates), [series, dates]);
  const { start, end } = range;
  const lines = useMemo(
    () => viewLines(aligned, { start, end }, mode),
    [aligned, start, end, mode],
  );
  const ticks = useMemo(() => monthTicks(dates, { start, end }, 9), [dates, start, end]);
  const tickersKey = tickers.join(',');
  const colours = useMemo(
    () => new Map(tickersKey.split(',').map((t) => [t, tickerColour(t)])),
    [tickersKey],
  );
  const colourOf = useCallback((t: string) => colours.get(t) ?? colourFor(0), [colours]);
  const overview = useMemo(() => overviewLine(series?.[0]?.bars ?? [], dates), [series, dates]);

  const first = dates[range.start] ?? '';
  const last = dates[range.end] ?? '';
  const inRange = (events.data?.events ?? []).filter((e) => {
    const d = e.day0 ?? e.occurredAt.slice(0, 10);
    return d >= first && d <= last;
  });
  const markers = useMarkers(inRange, dates);
  const hidden = byTicker
    ? (unfiltered.data?.events ?? []).filter((e) => {
        const d = e.day0 ?? e.occurredAt.slice(0, 10);
        return d >= first && d <= last;
      }).length - inRange.length
    : 0;
  const carry = params.has('tickers') ? `?tickers=${tickersKey}` : '';
  const hrefOf = useCallback((id: string) => `/events/${id}${carry}`, [carry]);
  const onSelectEvent = useCallback((id: string) => navigate(hrefOf(id)), [hrefOf]);
  const setRange = useCallback(
    (r: SessionRange) =>
      setParams({
        from: r.start === 0 ? null : dates[r.start],
        to: r.end >= dates.length - 1 ? null : dates[r.end],
      }),
    [dates, setParams],
  );
  const onZoom = useCallback((start: number, end: number) => setRange({ start, end }), [setRange]);
  const chartBox = useRef<HTMLDivElement>(null);

  return (
    <div className="timeline-page">
      <section className="filters" aria-label="Filters">
        <TickerPicker
          companies={companies.data}
          selected={tickers}
          colourOf={colourOf}
          onChange={(next) => setParams({ tickers: next.join(',') })}
        />
        <FilterBar filters={filters} onChange={setParams} />
      </section>
      <div className="timeline-grid">
        <section className="panel chart-panel" aria-label="Price chart" ref={chartBox}>
          <div className="panel-head">
            <h2>{mode === 'rebased' ? 'Prices rebased to 100' : 'Prices (USD)'}</h2>
            {dates.length > 0 && (
              <RangeControls
                dates={dates}
                range={range}
                from={filters.from}
                to={filters.to}
                onPreset={(p) => setParams({ from: presetFrom(dates, p) ?? null, to: null })}
                onDates={(from, to) => setParams({ from, to })}
                onZoomOut={() => setRange(zoomRange(range, 2, dates.length))}
              />
            )}
            <PngButton
              target={chartBox}
              fileName={`aftershock-prices-${first}-${last}.png`}
              title={`${mode === 'rebased' ? 'Rebased to 100' : 'Price'}, ${first} to ${last}`}
              legend={lines.map((l) => ({ label: l.ticker, colour: colourOf(l.ticker) }))}
            />
          </div>
          {tickers.length === 0 ? (
            <EmptyState title="No tickers chosen">
              Open “Tickers” above and pick one or more companies, or a group such as AI chips.
            </EmptyState>
          ) : prices.isError ? (
            <ErrorState
              title="Prices could not load"
              error={prices.error}
              onRetry={prices.refetch}
            />
          ) : prices.isPending ? (
            <Skeleton label="Loading prices" height={440} />
          ) : dates.length === 0 ? (
            <EmptyState title="No prices in this range">
              Widen the range with “All” or pick tickers that traded then.
            </EmptyState>
          ) : (
            <>
              <ChartLegend lines={lines} colours={colours} />
              <PriceChart
                dates={dates}
                start={start}
                end={end}
                lines={lines}
                colours={colours}
                markers={markers}
                ticks={ticks}
                mode={mode}
                axis={axis}
                height={400}
                onSelectEvent={onSelectEvent}
                onZoom={onZoom}
              />
              <RangeBrush dates={dates} overview={overview} range={range} onChange={setRange} />
              <p className="meta hint">
                Drag across the chart to zoom; drag the window below to pan. Markers are events at
                their day 0: hover or focus for details, click or Enter to open.
              </p>
            </>
          )}
        </section>
        <aside className="panel events-panel" aria-label="Events">
          <h2>
            Events <span className="count">{inRange.length}</span>
          </h2>
          <HiddenEventsNotice
            hidden={Math.max(0, hidden)}
            showingAll={showingAll}
            onShowAll={(all) => setParams({ events: all ? 'all' : null })}
          />
          {events.isError ? (
            <ErrorState
              title="Events could not load"
              error={events.error}
              onRetry={events.refetch}
            />
          ) : events.isPending ? (
            <Skeleton label="Loading events" height={300} />
          ) : inRange.length === 0 ? (
            <EmptyState title="No events match">
              Clear the category or text filters, widen the range, or add tickers.
            </EmptyState>
          ) : (
            <EventList events={inRange} hrefOf={hrefOf} />
          )}
          <NewsList events={inRange} />
        </aside>
      </div>
    </div>
  );
}

function useMarkers(events: readonly EventSummary[], dates: readonly string[]) {
  return useMemo(() => {
    const at = new Map(dates.map((d, i) => [d, i]));
    return events.flatMap((event) => {
      const i = event.day0 ? at.get(event.day0) : undefined;
      return i === undefined ? [] : [{ event, i }];
    });
  }, [events, dates]);
}

function overviewLine(
  bars: readonly { date: string; adjClose: number }[],
  dates: readonly string[],
): (number | null)[] {
  const byDate = new Map(bars.map((b) => [b.date, b.adjClose]));
  return dates.map((d) => byDate.get(d) ?? null);
}
