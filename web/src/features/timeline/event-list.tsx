import type { EventSummary } from '@aftershock/shared';
import { Link } from '../../router/link';
import { categoryColours, categoryLabels } from '../../ui/category-labels';
import { formatEventTime } from '../../ui/format';

export interface EventListProps {
  events: readonly EventSummary[];
  hrefOf: (id: string) => string;
}

/** The events in the shown range, latest first: title, category, time, day 0, article count. */
export function EventList({ events, hrefOf }: EventListProps) {
  return (
    <ol className="event-list">
      {[...events].reverse().map((e) => (
        <li key={e.id} data-event-id={e.id}>
          <span
            className="swatch round"
            style={{ background: categoryColours[e.category] }}
            title={categoryLabels[e.category]}
          />
          <div>
            <Link to={hrefOf(e.id)} className="event-link">
              {e.title}
            </Link>
            <span className="meta">
              {categoryLabels[e.category]} · {formatEventTime(e.occurredAt)}
              {e.day0 && ` · day 0 ${e.day0}`}
              {e.articleCount > 0 && ` · ${e.articleCount} articles`}
              {e.origin !== 'curated' && ` · ${e.origin}`}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
