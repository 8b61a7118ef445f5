import { categoryLabels } from '../../ui/category-labels';
import { formatEventTime } from '../../ui/format';
import type { MarkerHover } from './event-markers';

/** Title, time, category, day 0 and sources of the hovered or focused marker. */
export function MarkerHoverCard({ hover, width }: { hover: MarkerHover; width: number }) {
  const e = hover.event;
  const cardWidth = Math.min(300, width - 16);
  const left = Math.max(8, Math.min(hover.x - cardWidth / 2, width - cardWidth - 8));
  const publishers = [...new Set(e.sources.map((s) => s.publisher))];
  return (
    <div
      className="hover-card"
      role="tooltip"
      data-testid="marker-card"
      style={{ left, top: hover.y + 14, width: cardWidth }}
    >
      <strong>{e.title}</strong>
      <span className="meta">
        {categoryLabels[e.category]} · {formatEventTime(e.occurredAt)}
      </span>
      <span>
        day 0 {e.day0 ?? 'none'}
        {e.articleCount > 0 && ` · ${e.articleCount} articles`}
      </span>
      {publishers.length > 0 && <span className="meta">Sources: {publishers.join(', ')}</span>}
      <span className="meta">Click or press Enter for the event study</span>
    </div>
  );
}
