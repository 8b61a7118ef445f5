import type { HeatmapResult } from '@aftershock/shared';

/** The requested events the heatmap could not place, each with the reason, and the live ones. */
export function UnplacedEvents({ heatmap }: { heatmap: HeatmapResult }) {
  const live = heatmap.events.filter((e) => e.sessionsAvailable < heatmap.post + 1);
  if (heatmap.unplaced.length === 0 && live.length === 0) return null;
  return (
    <ul className="meta notes-list" data-testid="heatmap-unplaced">
      {heatmap.unplaced.map((u) => (
        <li key={u.id}>
          Not placed: {u.title} ({u.reason})
        </li>
      ))}
      {live.map((e) => (
        <li key={e.id}>
          Live: {e.title}, {e.sessionsAvailable} of {heatmap.post + 1} sessions so far (left out of
          the means across events)
        </li>
      ))}
    </ul>
  );
}
