import type { TopicMatch } from './category-rules';

export interface DetectionTag {
  entity: string;
  /** company, entity (an AI lab or product) or sector. */
  kind: string;
  tickers: readonly string[];
  /** title, label or snippet. */
  field: string;
  matched: string;
}

/** An article as event detection reads it: what the store keeps, no article text. */
export interface DetectionArticle {
  id: string;
  title: string;
  /** ISO 8601. */
  publishedAt: string;
  dateEstimated: boolean;
  /** The feed's display name (TechCrunch, WIRED...). */
  source: string;
  /** Other sources that carried the same story. */
  alsoIn: readonly string[];
  /** The feed's labels for the item. */
  labels: readonly string[];
  tags: readonly DetectionTag[];
  topics: readonly TopicMatch[];
}
