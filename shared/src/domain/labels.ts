// Plain constants without zod, so the web app can import them without pulling the schemas in.

export const eventCategories = [
  'model-launch',
  'earnings',
  'policy',
  'ip-allegation',
  'deal',
  'infrastructure',
  'security',
  'leadership',
] as const;
export type EventCategory = (typeof eventCategories)[number];

export const eventCategoryLabels: Record<EventCategory, string> = {
  'model-launch': 'Model launch',
  earnings: 'Earnings and guidance',
  policy: 'Export controls and policy',
  'ip-allegation': 'IP and distillation allegations',
  deal: 'Deals and investment',
  infrastructure: 'Infrastructure and capex',
  security: 'Security and privacy',
  leadership: 'Leadership change',
};

export const eventOrigins = ['curated', 'detected', 'user'] as const;
export type EventOrigin = (typeof eventOrigins)[number];

export const companyGroups = [
  'ai-chips',
  'hyperscalers',
  'ai-power',
  'software',
  'benchmarks',
] as const;
export type CompanyGroup = (typeof companyGroups)[number];

export const companyGroupLabels: Record<CompanyGroup, string> = {
  'ai-chips': 'AI chips',
  hyperscalers: 'Hyperscalers and platforms',
  'ai-power': 'AI infrastructure and power',
  software: 'Software',
  benchmarks: 'Benchmarks',
};

/** The AI complex: the tickers the dashboard and the heatmap open on. */
export const aiComplexTickers = [
  'NVDA',
  'MSFT',
  'GOOGL',
  'META',
  'AMZN',
  'AAPL',
  'AVGO',
  'TSM',
  'ORCL',
  'AMD',
] as const;

/** Display names of the live sources (health's `source`), for the footer and the log. */
export const sourceLabels: Readonly<Record<string, string>> = {
  yahoo: 'Yahoo Finance',
  csv: 'CSV files',
  'french-library': "Kenneth French's data library",
};

/** A source's display name, or its id when it has none (a news feed). */
export const sourceLabel = (source: string): string => sourceLabels[source] ?? source;
