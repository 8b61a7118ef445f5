import type { Article, EventSummary } from '@aftershock/shared';
import { useQueries } from '@tanstack/react-query';
import { formatInstant } from '../../ui/format';
import { eventQuery } from '../event-detail/event-query';

/** The articles behind the latest events in range that have any; nothing when none has. */
export function NewsList({ events }: { events: readonly EventSummary[] }) {
  const withNews = events.filter((e) => e.articleCount > 0).slice(-6);
  const details = useQueries({ queries: withNews.map((e) => eventQuery(e.id)) });
  if (withNews.length === 0) return null;
  const articles: (Article & { eventId: string })[] = details
    .flatMap((d) => (d.data ? d.data.articles.map((a) => ({ ...a, eventId: d.data.id })) : []))
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
    .slice(0, 20);
  return (
    <section className="news-list" aria-label="News">
      <h3>News</h3>
      {articles.length === 0 ? (
        <p className="meta">Loading articles…</p>
      ) : (
        <ul>
          {articles.map((a) => (
            <li key={`${a.eventId}-${a.id}`}>
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title}
              </a>
              <span className="meta">
                {a.source} · {formatInstant(a.publishedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
