import type { WindowResult } from '@aftershock/shared';
import { Link } from '../../router/link';

/** Other events whose day 0 falls inside the window: their news is mixed into these returns. */
export function OverlapsNotice({
  overlaps,
  carry,
}: {
  overlaps: WindowResult['overlaps'];
  carry: string;
}) {
  if (overlaps.length === 0) return null;
  return (
    <div className="notice warn" role="note" data-testid="overlaps">
      <strong>
        {overlaps.length} other event{overlaps.length > 1 ? 's' : ''} inside this window
      </strong>{' '}
      — their news is part of these returns:
      <ul>
        {overlaps.map((o) => (
          <li key={o.id}>
            <Link to={`/events/${o.id}${carry}`}>{o.title}</Link>{' '}
            <span className="meta">
              day {o.offset > 0 ? `+${o.offset}` : o.offset} ({o.day0}) · {o.tickers.join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
