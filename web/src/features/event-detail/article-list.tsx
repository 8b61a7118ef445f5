import type { EventDetail } from '@aftershock/shared';
import { formatInstant } from '../../ui/format';

/** The news behind the event, and the reports a curated event was written from. */
export function ArticleList({ event }: { event: EventDetail }) {
  return (
    <section className="panel articles" aria-label="Sources and articles">
      <h3>
        Articles <span className="count">{event.articles.length}</span>
      </h3>
      {event.articles.length === 0 ? (
        <p className="meta">
          No feed articles are linked to this event yet; the reports it was written from are below.
        </p>
      ) : (
        <ul data-testid="articles">
          {event.articles.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title}
              </a>
              <span className="meta">
                {a.source} · {formatInstant(a.publishedAt)}
                {a.dateEstimated && ' (date estimated)'}
                {a.tags.length > 0 && ` · ${[...new Set(a.tags.map((t) => t.ticker))].join(', ')}`}
              </span>
              {a.setsTime && (
                <span className="badge" data-testid="sets-time">
                  first report: sets the event's time and day 0
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {event.sources.length > 0 && (
        <>
          <h4>Reports</h4>
          <ul>
            {event.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>{' '}
                <span className="meta">{s.publisher}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
