/** A placeholder of the size of what is loading, so the page does not jump. */
export function Skeleton({ height = 360, label }: { height?: number; label: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-busy="true" aria-label={label}>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
