/** The browser history as a store: components subscribe, `navigate` pushes and notifies them. */
const navigateEvent = 'aftershock:navigate';

export function subscribeLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

export const currentHref = () => `${window.location.pathname}${window.location.search}`;

export interface NavigateOptions {
  /** Replace the current entry instead of adding one (typing, dragging). */
  replace?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  if (to === currentHref()) return;
  const pathChanged = new URL(to, window.location.origin).pathname !== window.location.pathname;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(navigateEvent));
  if (pathChanged) window.scrollTo(0, 0);
}
