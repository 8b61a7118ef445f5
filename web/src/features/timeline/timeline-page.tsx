import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from '../../ui/use-url-state';
import { companiesQuery } from '../companies/companies-query';
import { parseTickers } from './default-tickers';
import { EventList } from './event-list';
import { eventsQuery } from './events-query';
import { PriceChart } from './price-chart';
import { pricesQuery } from './prices-query';
import { rebaseSeries } from './rebase';
import { TickerPicker } from './ticker-picker';

/** Home: the price chart of the chosen tickers with the events on it, and the event list. */
export function TimelinePage() {
  const [params, setParams] = useSearchParams();
  const tickers = parseTickers(params.get('tickers'));
  const mode = params.get('scale') === 'raw' ? 'raw' : 'rebased';
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const companies = useQuery(companiesQuery());
  const prices = useQuery(pricesQuery({ tickers, from, to }));
  const events = useQuery(eventsQuery({ from, to }));
  const rows = prices.data ? rebaseSeries(prices.data.series, mode) : [];
  const allEvents = events.data?.events ?? [];
  const select = (id: string) => setParams({ event: id });

  return (
    <main className="timeline">
      <section className="controls" aria-label="Filters">
        <TickerPicker
          companies={companies.data}
          selected={tickers}
          onChange={(next) => setParams({ tickers: next.join(',') })}
        />
        <label>
          Scale{' '}
          <select
            value={mode}
            onChange={(e) => setParams({ scale: e.target.value === 'raw' ? 'raw' : null })}
          >
            <option value="rebased">Rebased to 100</option>
            <option value="raw">Price</option>
          </select>
        </label>
      </section>
      <section className="chart-panel" aria-label="Prices">
        {prices.isError ? (
          <div className="error" role="alert">
            {prices.error.message}{' '}
            <button type="button" onClick={() => prices.refetch()}>
              Retry
            </button>
          </div>
        ) : prices.isPending && tickers.length > 0 ? (
          <div className="skeleton" aria-busy="true" />
        ) : tickers.length === 0 ? (
          <p className="empty">Pick at least one ticker to draw the chart.</p>
        ) : (
          <PriceChart
            rows={rows}
            tickers={tickers}
            events={allEvents}
            mode={mode}
            onSelectEvent={select}
          />
        )}
      </section>
      <section className="events-panel" aria-label="Events">
        <h2>Events</h2>
        <EventList events={allEvents} onSelect={select} />
      </section>
    </main>
  );
}
