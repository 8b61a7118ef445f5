import { useCallback, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener('aftershock:navigate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('aftershock:navigate', onChange);
  };
}

const getSearch = () => window.location.search;

/** The query string as the single source of truth for filters: reload and share restore the view. */
export function useSearchParams(): [
  URLSearchParams,
  (patch: Record<string, string | null>) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const update = useCallback((patch: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    window.dispatchEvent(new Event('aftershock:navigate'));
  }, []);
  return [new URLSearchParams(search), update];
}
