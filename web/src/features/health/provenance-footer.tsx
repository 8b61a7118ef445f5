import { useQuery } from '@tanstack/react-query';
import { healthQuery } from './health-query';
import { sourceNotes } from './source-notes';

/** Where the figures come from and how fresh they are. */
export function ProvenanceFooter() {
  const health = useQuery(healthQuery());
  const asOf = health.data?.sources
    .filter((s) => s.kind === 'prices' && s.dataAsOf)
    .map((s) => s.dataAsOf ?? '')
    .sort()
    .at(-1);
  const news = health.data?.sources.filter((s) => s.kind === 'news' && s.dataAsOf);
  const notes = sourceNotes(health.data?.sources ?? []);
  return (
    <footer className="provenance" data-testid="provenance">
      <span>
        Prices: Yahoo Finance, as of{' '}
        <time data-testid="prices-as-of">{asOf ?? (health.isError ? 'unknown' : '…')}</time>
      </span>
      <span>
        Events: curated from published reports
        {news && news.length > 0 ? ` and ${news.length} news feeds` : ''}
      </span>
      {notes.length > 0 && (
        <span className="source-trouble" data-testid="source-states" role="status">
          {notes.join('; ')}
        </span>
      )}
      <span>Adjusted closes; abnormal returns per MacKinlay (1997).</span>
    </footer>
  );
}
