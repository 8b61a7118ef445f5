import {
  type EventCategory,
  type EventOrigin,
  eventCategories,
  eventCategoryLabels,
  eventOrigins,
} from '@aftershock/shared';

// shared's labels module holds no zod, so this import keeps the schemas out of the first chunk.
export const categoryLabels = eventCategoryLabels;

export const categoryShortLabels: Record<EventCategory, string> = {
  'model-launch': 'Models',
  earnings: 'Earnings',
  policy: 'Policy',
  'ip-allegation': 'IP',
  deal: 'Deals',
  infrastructure: 'Infrastructure',
  security: 'Security',
  leadership: 'Leadership',
};

export const categoryColours: Record<EventCategory, string> = {
  'model-launch': '#8b5cf6',
  earnings: '#0ea5e9',
  policy: '#ef4444',
  'ip-allegation': '#f59e0b',
  deal: '#10b981',
  infrastructure: '#64748b',
  security: '#ec4899',
  leadership: '#a16207',
};

export const originLabels: Record<EventOrigin, string> = {
  curated: 'Curated',
  detected: 'Detected from news',
  user: 'Added by users',
};

export const categories: readonly EventCategory[] = eventCategories;
export const origins: readonly EventOrigin[] = eventOrigins;
