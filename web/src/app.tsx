import { TimelinePage } from './features/timeline/timeline-page';

export function App() {
  return (
    <>
      <header className="top">
        <h1>Aftershock</h1>
        <p>How AI news moved tech stocks</p>
      </header>
      <TimelinePage />
      <footer className="provenance">
        Prices: Yahoo Finance daily bars. Events: curated from published reports.
      </footer>
    </>
  );
}
