import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../ui/empty-state';
import { useSearchParams } from '../../ui/use-url-state';
import { readWindowSettings, toQueryString, windowApiQuery } from '../event-detail/window-params';
import { atWindowQuery } from '../event-detail/window-query';
import { WindowStudy } from '../event-detail/window-study';
import { parseTickers } from '../timeline/default-tickers';
import { CustomEventForm } from './custom-event-form';
import { StoreEventForm } from './store-event-form';

/** An analyst's own event: the same study as a stored event, through `/api/window`. */
export default function CustomEventPage() {
  const [params, setParams] = useSearchParams();
  const at = params.get('at');
  const title = params.get('title') ?? '';
  const base = readWindowSettings(params);
  const tickers = base.tickers ?? parseTickers(null);
  const settings = { ...base, tickers };
  const study = useQuery({
    ...atWindowQuery({ at: at ?? '', title: title || undefined, settings }),
    enabled: Boolean(at) && tickers.length > 0,
  });
  const query = toQueryString({
    ...windowApiQuery(settings),
    at: at ?? '',
    ...(title && { title }),
  });
  return (
    <div className="custom-page">
      <h1>Custom event</h1>
      <CustomEventForm
        key={`${at}|${title}|${tickers.join(',')}`}
        at={at}
        title={title}
        tickers={tickers}
        onSubmit={(v) =>
          setParams({ at: v.at, title: v.title || null, tickers: v.tickers.join(',') })
        }
      />
      {at ? (
        <>
          {title && <h2 data-testid="event-title">{title}</h2>}
          <WindowStudy
            study={study}
            settings={settings}
            downloadBase="/api/window"
            downloadQuery={query}
            fileStem={`custom-${at.slice(0, 10)}`}
          />
          <StoreEventForm at={at} title={title} tickers={tickers} />
        </>
      ) : (
        <EmptyState title="No event yet">
          Type when the news came out and a title, then run the study. Try 2025-01-26 at 19:05 for
          the weekend DeepSeek went viral.
        </EmptyState>
      )}
    </div>
  );
}
