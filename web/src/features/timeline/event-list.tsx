import { type EventSummary, eventCategoryLabels } from '@aftershock/shared';

export interface EventListProps {
  events: readonly EventSummary[];
  onSelect?: (id: string) => void;
}

/** The events in time order: title, category, time and day 0. */
export function EventList({ events, onSelect }: EventListProps) {
  if (events.length === 0) {
    return (
      <p className="empty">No events match these filters. Widen the dates or pick other tickers.</p>
    );
  }
  return (
    <ol className="event-list">
      {events.map((e) => (
        <li key={e.id} data-event-id={e.id}>
          <button type="button" className="event-link" onClick={() => onSelect?.(e.id)}>
            {e.title}
          </button>
          <span className="meta">
            {eventCategoryLabels[e.category]} · {e.occurredAt.replace('T', ' ').slice(0, 16)}
            {e.day0 && ` · day 0 ${e.day0}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
