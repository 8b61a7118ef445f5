import { QueryClient } from '@tanstack/react-query';
import { pageCode, prefetchFirstPage } from './router/prefetch';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// The entry holds no React DOM: the shell's code, the page's code and the page's data are all
// requested before React DOM is evaluated, so the first chart waits for the slowest of them rather
// than their sum.
const booted = import('./boot');
void pageCode(window.location);
prefetchFirstPage(queryClient, window.location);
void booted.then(({ boot }) => boot(queryClient));
