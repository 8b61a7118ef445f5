import type { CuratedEvent } from '@aftershock/shared';
import { events2022to2023 } from './events/events-2022-2023';
import { events2024 } from './events/events-2024';
import { events2025FirstHalf } from './events/events-2025-h1';
import { events2025SecondHalf } from './events/events-2025-h2';
import { events2026 } from './events/events-2026';

/**
 * Real AI events of 2022-06 to 2026-04, written in our own words and dated from published
 * reports (each event's `sources`).
 *
 * How `occurredAt` is chosen, so that the day-0 rule resolves each event to the right session:
 * - To the minute when a report gives the minute (a wire stamp, an 8-K stamp, a stated time).
 * - Nvidia results: 16:20 New York time, the slot of its GlobeNewswire releases (stamped 16:20
 *   for 2025-05-28; the 2024-11-20 results 8-K is stamped 16:21).
 * - Other after-the-close releases whose minute was not reported: 16:00 New York time, the close
 *   itself, which the day-0 rule sends to the next session; the summary says so.
 * - News whose time is known only from coverage: the first report's time, named in the summary.
 * - Otherwise the bare date (time unknown). Most of these came before or during that day's
 *   session (the summary says so where a report does); where even that is unknown the summary
 *   says "time of day not reported".
 */
export const curatedEvents: CuratedEvent[] = [
  ...events2022to2023,
  ...events2024,
  ...events2025FirstHalf,
  ...events2025SecondHalf,
  ...events2026,
];
