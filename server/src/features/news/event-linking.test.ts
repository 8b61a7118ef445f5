import { parseInstant } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { curatedEvents } from '../../catalogue/curated-events';
import type { DetectedEvent } from './detect-events';
import { linkToCurated } from './event-linking';
import { createTagger } from './tagging';

const tagger = createTagger();
const curated = curatedEvents.map((e) => ({
  id: e.id,
  title: e.title,
  summary: e.summary,
  category: e.category,
  occurredAt: new Date(parseInstant(e.occurredAt).epochMs).toISOString(),
}));

function detected(p: Partial<DetectedEvent> & Pick<DetectedEvent, 'occurredAt' | 'entities'>) {
  return {
    id: 'detected-x',
    firstArticleId: 'a',
    title: 'x',
    category: 'model-launch',
    tickers: [],
    weight: 1,
    reason: '',
    articleIds: [],
    sources: [],
    burst: null,
    ...p,
  } satisfies DetectedEvent;
}

const link = (d: DetectedEvent) =>
  linkToCurated({ detected: [d], curated, tagger }).get(d.id)?.curatedId;

describe('linkToCurated', () => {
  it('links DeepSeek news of Monday 27 January to the sell-off, not to R1 a week before', () => {
    expect(
      link(detected({ occurredAt: '2025-01-27T16:29:00Z', entities: ['DeepSeek', 'Nvidia'] })),
    ).toBe('deepseek-selloff-2025-01-27');
  });

  it('links by category when two curated events are near: the distillation claim', () => {
    expect(
      link(
        detected({
          occurredAt: '2025-01-28T22:49:00Z',
          entities: ['DeepSeek', 'OpenAI'],
          category: 'ip-allegation',
        }),
      ),
    ).toBe('openai-distillation-claim-2025-01-29');
  });

  it('needs a shared name and at most three days', () => {
    expect(link(detected({ occurredAt: '2025-01-27T16:29:00Z', entities: ['Intel'] }))).toBe(
      undefined,
    );
    expect(
      link(detected({ occurredAt: '2025-02-03T12:00:00Z', entities: ['DeepSeek'] })),
    ).toBeUndefined();
  });

  it('says why it linked', () => {
    const d = detected({
      occurredAt: '2025-01-21T23:08:00Z',
      entities: ['OpenAI', 'Oracle'],
      category: 'infrastructure',
    });
    const l = linkToCurated({ detected: [d], curated, tagger }).get(d.id);
    expect(l?.curatedId).toBe('stargate-2025-01-21');
    expect(l?.why).toMatch(/OpenAI/);
  });
});
