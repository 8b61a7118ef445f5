import { useQuery } from '@tanstack/react-query';
import { Link } from '../../router/link';
import { categoryColours, categoryLabels } from '../../ui/category-labels';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { formatEventTime } from '../../ui/format';
import { tickerColour } from '../../ui/palette';
import { Skeleton } from '../../ui/skeleton';
import { useSearchParams } from '../../ui/use-url-state';
import { companiesQuery } from '../companies/companies-query';
import { TickerPicker } from '../timeline/ticker-picker';
import { ArticleList } from './article-list';
import { eventQuery } from './event-query';
import { readWindowSettings, toQueryString, windowApiQuery } from './window-params';
import { eventWindowQuery } from './window-query';
import { WindowStudy } from './window-study';

/** One event: what happened, when it hit the market, and the event study around it. */
export default function EventDetailPage({ id }: { id: string }) {
  const [params, setParams] = useSearchParams();
  const settings = readWindowSettings(params);
  const event = useQuery(eventQuery(id));
  const companies = useQuery(companiesQuery());
  const study = useQuery(eventWindowQuery(id, settings));
  const back = settings.tickers ? `/?tickers=${settings.tickers.join(',')}` : '/';

  if (event.isError) {
    return event.error.message.includes('No event') ? (
      <EmptyState title="No such event">
        It may have been removed. <Link to={back}>Back to the timeline</Link>
      </EmptyState>
    ) : (
      <ErrorState title="The event could not load" error={event.error} onRetry={event.refetch} />
    );
  }
  const e = event.data;
  return (
    <article className="event-detail">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link to={back} className="crumb">
          ← Timeline
        </Link>
      </nav>
      {e ? (
        <header className="event-head">
          <p className="meta">
            <span className="swatch round" style={{ background: categoryColours[e.category] }} />{' '}
            {categoryLabels[e.category]} · {e.origin} · {formatEventTime(e.occurredAt)}
          </p>
          <h1 data-testid="event-title">{e.title}</h1>
          {e.summary && <p className="summary">{e.summary}</p>}
          {e.origin === 'detected' && (
            <p className="meta" data-testid="event-reason">
              Why an event: {e.reason}
            </p>
          )}
          <p className="meta">Tickers named: {e.tickers.join(', ') || 'none'}</p>
          <div className="event-tickers">
            <TickerPicker
              companies={companies.data}
              selected={settings.tickers ?? e.tickers}
              colourOf={tickerColour}
              onChange={(next) =>
                setParams({ tickers: next.length > 0 ? next.join(',') : null }, { replace: true })
              }
            />
            {settings.tickers && (
              <button
                type="button"
                className="toggle"
                onClick={() => setParams({ tickers: null }, { replace: true })}
              >
                Back to the tickers the event names
              </button>
            )}
          </div>
        </header>
      ) : (
        <Skeleton label="Loading the event" height={120} />
      )}
      <div className="detail-grid">
        <WindowStudy
          study={study}
          settings={settings}
          downloadBase={`/api/events/${encodeURIComponent(id)}/window`}
          downloadQuery={toQueryString(windowApiQuery(settings))}
          fileStem={id}
        />
        {e && <ArticleList event={e} />}
      </div>
    </article>
  );
}
