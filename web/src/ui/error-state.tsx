export interface ErrorStateProps {
  title: string;
  error: Error;
  onRetry: () => void;
}

/** What failed, the API's own message, and a way to try again. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <strong>{title}</strong>
      <span>{error.message}</span>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
