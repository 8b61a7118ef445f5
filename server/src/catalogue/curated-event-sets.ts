import type { EventSet } from '@aftershock/shared';

const curated = (s: Omit<EventSet, 'origin' | 'createdAt'>): EventSet => ({
  ...s,
  origin: 'curated',
  createdAt: null,
});

/** The sets an analyst starts from; every id is a catalogue event (catalogue.test.ts checks). */
export const curatedEventSets: readonly EventSet[] = [
  curated({
    id: 'deepseek-week',
    title: 'DeepSeek week',
    description: 'R1 released on MLK day, the sell-off of 27 Jan 2025, and the distillation claim.',
    eventIds: [
      'deepseek-r1-release-2025-01-20',
      'deepseek-selloff-2025-01-27',
      'openai-distillation-claim-2025-01-29',
    ],
  }),
  curated({
    id: 'export-controls',
    title: 'Export controls',
    description: 'US limits on AI chips to China and the world, 2022-2025, and the H20 charge.',
    eventIds: [
      'nvidia-china-licence-2022-08-31',
      'chip-export-rules-2022-10-07',
      'chip-export-rules-update-2023-10-17',
      'ai-diffusion-rule-2025-01-13',
      'nvidia-h20-charge-2025-04-15',
    ],
  }),
  curated({
    id: 'nvidia-results',
    title: 'Nvidia results',
    description: "Nvidia's quarterly results, FY2024 Q1 to FY2026 Q4.",
    eventIds: [
      'nvidia-q1-fy24-results-2023-05-24',
      'nvidia-q4-fy24-results-2024-02-21',
      'nvidia-q1-fy25-results-2024-05-22',
      'nvidia-q2-fy25-results-2024-08-28',
      'nvidia-q3-fy25-results-2024-11-20',
      'nvidia-q4-fy25-results-2025-02-26',
      'nvidia-q1-fy26-results-2025-05-28',
      'nvidia-q2-fy26-results-2025-08-27',
      'nvidia-q3-fy26-results-2025-11-19',
      'nvidia-q4-fy26-results-2026-02-25',
    ],
  }),
  curated({
    id: 'openai-deals',
    title: 'Big OpenAI deals',
    description:
      'Microsoft, Stargate, Nvidia, AMD and Broadcom commitments, and the recapitalisation.',
    eventIds: [
      'microsoft-openai-investment-2023-01-23',
      'stargate-2025-01-21',
      'nvidia-openai-letter-of-intent-2025-09-22',
      'amd-openai-deal-2025-10-06',
      'broadcom-openai-deal-2025-10-13',
      'microsoft-openai-recapitalization-2025-10-28',
    ],
  }),
];
