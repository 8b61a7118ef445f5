export interface HiddenEventsNoticeProps {
  /** Events in range that the ticker filter hides; 0 shows nothing. */
  hidden: number;
  /** Every event is shown, also those that name none of the selected tickers. */
  showingAll: boolean;
  onShowAll: (all: boolean) => void;
}

/** Says when the ticker filter hides events, with a way to see them. */
export function HiddenEventsNotice({ hidden, showingAll, onShowAll }: HiddenEventsNoticeProps) {
  if (showingAll) {
    return (
      <p className="notice" data-testid="hidden-events">
        Showing every event, also those that name none of the selected tickers.{' '}
        <button type="button" className="toggle" onClick={() => onShowAll(false)}>
          Only theirs
        </button>
      </p>
    );
  }
  if (hidden === 0) return null;
  return (
    <p className="notice" data-testid="hidden-events">
      {hidden} {hidden === 1 ? 'event' : 'events'} hidden: {hidden === 1 ? 'it names' : 'they name'}{' '}
      none of the selected tickers.{' '}
      <button type="button" className="toggle" onClick={() => onShowAll(true)}>
        Show all
      </button>
    </p>
  );
}
