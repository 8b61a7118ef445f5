import { type ComponentType, lazy } from 'react';

// Each page is its own chunk: the home chart does not wait for the event study or the heatmap.
const TimelinePage = lazy(() => import('../features/timeline/timeline-page'));
const EventDetailPage = lazy(() => import('../features/event-detail/event-detail-page'));
const ComparePage = lazy(() => import('../features/compare/compare-page'));
const CustomEventPage = lazy(() => import('../features/custom-event/custom-event-page'));

export type RouteMatch =
  | { page: 'timeline'; Component: ComponentType }
  | { page: 'event'; Component: ComponentType<{ id: string }>; id: string }
  | { page: 'compare'; Component: ComponentType }
  | { page: 'custom'; Component: ComponentType }
  | { page: 'not-found' };

/** Maps a path to its page; an event id is kept as typed and validated by the API. */
export function matchRoute(pathname: string): RouteMatch {
  if (pathname === '/' || pathname === '') return { page: 'timeline', Component: TimelinePage };
  if (pathname === '/compare') return { page: 'compare', Component: ComparePage };
  if (pathname === '/custom') return { page: 'custom', Component: CustomEventPage };
  const event = /^\/events\/([^/]+)\/?$/.exec(pathname);
  if (event?.[1])
    return { page: 'event', Component: EventDetailPage, id: decodeURIComponent(event[1]) };
  return { page: 'not-found' };
}
