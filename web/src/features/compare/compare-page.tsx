import { carWindowLabel, type EventCategory } from '@aftershock/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { navigate } from '../../router/history';
import { categories, categoryColours, categoryShortLabels } from '../../ui/category-labels';
import { DownloadLinks } from '../../ui/download-links';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { tickerColour } from '../../ui/palette';
import { PngButton } from '../../ui/png-button';
import { pngFooter } from '../../ui/png-footer';
import { Skeleton } from '../../ui/skeleton';
import { useSearchParams } from '../../ui/use-url-state';
import { companiesQuery } from '../companies/companies-query';
import { AggregateTests } from '../event-detail/aggregate-tests';
import { WindowControls } from '../event-detail/window-controls';
import { toQueryString } from '../event-detail/window-params';
import { eventsQuery } from '../timeline/events-query';
import { TickerPicker } from '../timeline/ticker-picker';
import { readCompareSettings } from './compare-params';
import { EventPicker } from './event-picker';
import { eventSetsQuery } from './event-sets-query';
import { HeatmapGrid } from './heatmap-grid';
import { heatLayout } from './heatmap-layout';
import { readHeatOptions } from './heatmap-options';
import { heatmapApiQuery, heatmapQuery } from './heatmap-query';
import { HeatmapToolbar } from './heatmap-toolbar';
import { heatmapForWindow, readHeatWindow } from './heatmap-window';
import { SetComparison } from './set-comparison';
import { SetPicker } from './set-picker';
import { TickerAcrossEvents } from './ticker-across-events';
import { UnplacedEvents } from './unplaced-events';
import { WindowSelector } from './window-selector';

/** Tickers x events CAR heatmap, and one ticker followed across the events. */
export default function ComparePage() {
  const [params, setParams] = useSearchParams();
  const s = readCompareSettings(params);
  const companies = useQuery(companiesQuery());
  const events = useQuery(eventsQuery({ categories: s.categories }));
  const allEvents = useQuery(eventsQuery({}));
  const sets = useQuery(eventSetsQuery());
  // Events picked by name or by set replace the category filter's list.
  const byName = s.events.length > 0 || s.sets.length > 0;
  const ids = byName
    ? s.events
    : (events.data?.events ?? [])
        .filter((e) => e.day0)
        .map((e) => e.id)
        .slice(-200);
  const heatOptions = readHeatOptions(params);
  const heatmap = useQuery(heatmapQuery(ids, s));
  const eventWindow = { from: -s.pre, to: s.post };
  const win = readHeatWindow(params);
  const shown = heatmap.data ? heatmapForWindow(heatmap.data, win) : undefined;
  const label = carWindowLabel(win ?? eventWindow);
  const contextTickers = useMemo(
    () =>
      new Set(
        (companies.data?.companies ?? []).filter((c) => c.kind !== 'stock').map((c) => c.ticker),
      ),
    [companies.data],
  );
  const layout = shown ? heatLayout(shown, { contextTickers, ...heatOptions }) : undefined;
  const categoriesShown = [...new Set(shown?.events.map((e) => e.category) ?? [])];
  const footer = pngFooter({
    model: s.model,
    benchmark: shown?.benchmark ?? s.benchmark,
    window: label,
    estimation: s.estimation,
    dataAsOf: shown?.provenance.dataAsOf,
  });
  const heatBox = useRef<HTMLDivElement>(null);
  const acrossBox = useRef<HTMLDivElement>(null);
  const windowParams = `pre=${s.pre}&post=${s.post}&model=${s.model}&bench=${encodeURIComponent(s.benchmark)}`;
  const open = (eventId: string) =>
    navigate(`/events/${eventId}?tickers=${s.tickers.join(',')}&${windowParams}`);
  const across = heatmap.data?.acrossEvents.find((a) => a.ticker === s.ticker);
  const toggleCat = (c: EventCategory) => {
    const next = s.categories.includes(c)
      ? s.categories.filter((x) => x !== c)
      : [...s.categories, c];
    setParams({ cat: next.join(',') || null });
  };

  return (
    <div className="compare-page">
      <section className="filters" aria-label="Filters">
        <TickerPicker
          companies={companies.data}
          selected={s.tickers}
          colourOf={tickerColour}
          onChange={(next) => setParams({ tickers: next.join(',') })}
        />
        <SetPicker
          sets={sets.data?.sets ?? []}
          selected={s.sets}
          onChange={(next) => setParams({ sets: next.join(',') || null })}
        />
        <EventPicker
          all={allEvents.data?.events ?? []}
          selected={s.events}
          onChange={(next) => setParams({ events: next.join(',') || null })}
        />
        <fieldset className="toggle-group" disabled={byName}>
          <legend>Categories{byName ? ' (events chosen by name)' : ''}</legend>
          {categories.map((c) => (
            <button
              key={c}
              type="button"
              className="toggle"
              aria-pressed={s.categories.includes(c)}
              onClick={() => toggleCat(c)}
            >
              <span className="swatch round" style={{ background: categoryColours[c] }} />
              {categoryShortLabels[c]}
            </button>
          ))}
        </fieldset>
      </section>
      <WindowControls settings={s} onChange={setParams} />
      <section className="panel" aria-label="Heatmap" ref={heatBox}>
        <div className="panel-head">
          <h2>CAR {label} by ticker and event</h2>
          <PngButton
            target={heatBox}
            fileName="aftershock-heatmap.png"
            title={`CAR ${label} by ticker and event`}
            legend={[
              { label: 'CAR below 0', colour: '#c62828' },
              { label: 'CAR above 0', colour: '#1f5fbf' },
              ...categoriesShown.map((c) => ({
                label: categoryShortLabels[c],
                colour: categoryColours[c],
              })),
            ]}
            footer={footer}
          />
          <DownloadLinks
            base="/api/heatmap"
            query={toQueryString(heatmapApiQuery(ids, s))}
            label="the heatmap"
          />
        </div>
        {s.tickers.length === 0 ? (
          <EmptyState title="No tickers chosen">
            Open “Tickers” above and pick some companies.
          </EmptyState>
        ) : events.isError ? (
          <ErrorState title="Events could not load" error={events.error} onRetry={events.refetch} />
        ) : heatmap.isError ? (
          <ErrorState
            title="The heatmap could not be computed"
            error={heatmap.error}
            onRetry={heatmap.refetch}
          />
        ) : !byName && events.data && ids.length === 0 ? (
          <EmptyState title="No events in these categories">Clear the category filter.</EmptyState>
        ) : !shown || !layout ? (
          <Skeleton label="Computing the heatmap" height={360} />
        ) : (
          <>
            <HeatmapToolbar
              options={heatOptions}
              onChange={(p) => setParams(p, { replace: true })}
            />
            <WindowSelector
              windows={shown.windows}
              eventWindow={eventWindow}
              value={win}
              onChange={(w) =>
                setParams({ win: w ? `${w.from},${w.to}` : null }, { replace: true })
              }
            />
            <HeatmapGrid
              heatmap={shown}
              layout={layout}
              numbers={heatOptions.numbers}
              mark={heatOptions.mark}
              onOpen={(id) => open(id)}
            />
            <UnplacedEvents heatmap={shown} />
          </>
        )}
      </section>
      {shown && shown.sets.length > 0 && (
        <section className="panel" aria-label="Event sets compared">
          <div className="panel-head">
            <h2>Mean CAR {carWindowLabel(eventWindow)} per event set</h2>
          </div>
          <SetComparison heatmap={shown} />
        </section>
      )}
      <section className="panel" aria-label="One ticker across events" ref={acrossBox}>
        <div className="panel-head">
          <h2>One ticker across events</h2>
          <label className="field inline">
            <span>Ticker</span>
            <select
              value={s.ticker ?? ''}
              onChange={(e) => setParams({ ticker: e.target.value }, { replace: true })}
            >
              {s.tickers.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <PngButton
            target={acrossBox}
            fileName={`aftershock-${s.ticker}-across-events.png`}
            title={`${s.ticker}: CAR ${label} per event`}
            footer={footer}
          />
        </div>
        {shown && s.ticker ? (
          <>
            <TickerAcrossEvents heatmap={shown} ticker={s.ticker} onOpen={open} />
            {across && (
              <AggregateTests
                aggregate={across}
                title={`${s.ticker} across events`}
                unit="events"
              />
            )}
          </>
        ) : (
          !heatmap.isError && <Skeleton label="Loading" height={300} />
        )}
      </section>
    </div>
  );
}
