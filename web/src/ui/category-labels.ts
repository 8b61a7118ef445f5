import type { EventCategory, EventOrigin } from '@aftershock/shared';

// A type-only import keeps zod out of the first chunk; the Record type makes the compiler flag
// a category added in shared/ and missing here.
export const categoryLabels: Record<EventCategory, string> = {
  'model-launch': 'Model launch',
  earnings: 'Earnings and guidance',
  policy: 'Export controls and policy',
  'ip-allegation': 'IP and distillation allegations',
  deal: 'Deals and investment',
  infrastructure: 'Infrastructure and capex',
  security: 'Security and privacy',
};

export const categoryShortLabels: Record<EventCategory, string> = {
  'model-launch': 'Models',
  earnings: 'Earnings',
  policy: 'Policy',
  'ip-allegation': 'IP',
  deal: 'Deals',
  infrastructure: 'Infrastructure',
  security: 'Security',
};

export const categoryColours: Record<EventCategory, string> = {
  'model-launch': '#8b5cf6',
  earnings: '#0ea5e9',
  policy: '#ef4444',
  'ip-allegation': '#f59e0b',
  deal: '#10b981',
  infrastructure: '#64748b',
  security: '#ec4899',
};

export const originLabels: Record<EventOrigin, string> = {
  curated: 'Curated',
  detected: 'Detected from news',
  user: 'Added by users',
};

export const categories: readonly EventCategory[] = [
  'model-launch',
  'earnings',
  'policy',
  'ip-allegation',
  'deal',
  'infrastructure',
  'security',
];
export const origins: readonly EventOrigin[] = ['curated', 'detected', 'user'];
