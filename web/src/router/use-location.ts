import { useSyncExternalStore } from 'react';
import { currentHref, subscribeLocation } from './history';

/** The current path and query string; re-renders on push, replace and back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribeLocation, currentHref, currentHref);
  const q = href.indexOf('?');
  return q < 0
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, q), search: href.slice(q) };
}
