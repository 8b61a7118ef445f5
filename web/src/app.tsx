import { Suspense } from 'react';
import { ProvenanceFooter } from './features/health/provenance-footer';
import { Link } from './router/link';
import { matchRoute } from './router/routes';
import { useLocation } from './router/use-location';
import { EmptyState } from './ui/empty-state';
import { Skeleton } from './ui/skeleton';
import { ThemeToggle } from './ui/theme-toggle';

const nav = [
  { to: '/', label: 'Timeline', page: 'timeline' },
  { to: '/compare', label: 'Compare', page: 'compare' },
  { to: '/custom', label: 'Custom event', page: 'custom' },
] as const;

/** The shell: header with navigation and theme, the routed page, the provenance footer. */
export function App() {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);
  // Tickers travel between pages so that a chosen set stays chosen.
  const tickers = new URLSearchParams(search).get('tickers');
  const carry = tickers ? `?tickers=${tickers}` : '';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to={`/${carry}`} className="brand">
          Aftershock
        </Link>
        <span className="tagline">How AI news moves tech stocks</span>
        <nav aria-label="Pages">
          {nav.map((n) => (
            <Link
              key={n.to}
              to={`${n.to}${carry}`}
              aria-current={route.page === n.page ? 'page' : undefined}
            >
              {n.label}
            </Link>
          ))}
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Skeleton label="Loading the page" height={480} />}>
          {route.page === 'not-found' ? (
            <EmptyState title="No such page">
              <Link to="/">Go to the timeline</Link>
            </EmptyState>
          ) : route.page === 'event' ? (
            <route.Component id={route.id} />
          ) : (
            <route.Component />
          )}
        </Suspense>
      </main>
      <ProvenanceFooter />
    </div>
  );
}
