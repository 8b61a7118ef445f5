import { useCallback, useMemo } from 'react';
import { navigate } from '../router/history';
import { useLocation } from '../router/use-location';

/** New values of query parameters; '' is kept (an empty ticker list is not the default one). */
export type ParamPatch = Record<string, string | null | undefined>;

/**
 * The query string as the single source of truth for filters: reload and share restore the view.
 * A setting change replaces the history entry (Back leaves the page, not the last toggle); only
 * moving to another page pushes one. `{ replace: false }` pushes.
 */
export function useSearchParams(): [
  URLSearchParams,
  (patch: ParamPatch, options?: { replace?: boolean }) => void,
] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback((patch: ParamPatch, options: { replace?: boolean } = {}) => {
    navigate(withParams(window.location.pathname, window.location.search, patch), {
      replace: options.replace ?? true,
    });
  }, []);
  return [params, update];
}

/** `path?query` with the patch applied: null or undefined removes a key; '' keeps it empty. */
export function withParams(pathname: string, search: string, patch: ParamPatch): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString().replace(/%2C/g, ',').replace(/%5E/g, '^');
  return `${pathname}${query ? `?${query}` : ''}`;
}
