import type { EventCategory } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { detectEvents } from './detect-events';
import type { DetectionArticle } from './event-clustering';

const H = 3_600_000;
const t0 = Date.parse('2025-03-03T12:00:00Z');
let n = 0;

/** An article about a made-up lab, "Quarkly" (an AI entity), or a listed company. */
function article(p: {
  hours: number;
  title: string;
  source?: string;
  category?: EventCategory;
  score?: number;
  entity?: string;
  kind?: string;
}): DetectionArticle {
  n++;
  const entity = p.entity ?? 'Quarkly';
  return {
    id: `a${String(n).padStart(31, '0')}`,
    title: p.title,
    publishedAt: new Date(t0 + p.hours * H).toISOString(),
    dateEstimated: false,
    source: p.source ?? 'TechCrunch',
    alsoIn: [],
    labels: ['AI'],
    tags: [
      {
        entity,
        kind: p.kind ?? 'entity',
        tickers: ['NVDA'],
        field: 'title',
        matched: entity,
      },
    ],
    topics: p.category ? [{ category: p.category, score: p.score ?? 4, matched: ['x'] }] : [],
  };
}

describe('detectEvents', () => {
  it('makes one event of related articles from two sources, dated by the earliest', () => {
    const events = detectEvents([
      article({
        hours: 10,
        title: 'Quarkly model tops benchmark',
        source: 'WIRED',
        category: 'model-launch',
      }),
      article({ hours: 0, title: 'Quarkly releases reasoning model', category: 'model-launch' }),
    ]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e?.occurredAt).toBe('2025-03-03T12:00:00.000Z');
    expect(e?.category).toBe('model-launch');
    expect(e?.sources).toEqual(['TechCrunch', 'WIRED']);
    expect(e?.tickers).toEqual(['NVDA']);
    // Written by hand from the two articles: 2 articles, 2 sources, 10 hours apart.
    expect(e?.reason).toMatch(/^2 articles from 2 sources within 10 h mention Quarkly/);
    expect(e?.id).toMatch(/^detected-2025-03-03-[0-9a-f]{10}$/);
  });

  it('keeps two kinds of news about the same name apart', () => {
    const events = detectEvents([
      article({
        hours: 0,
        title: 'Quarkly accused of distilling rival models',
        category: 'ip-allegation',
      }),
      article({
        hours: 2,
        title: 'Quarkly distillation claims grow',
        source: 'WIRED',
        category: 'ip-allegation',
      }),
      article({ hours: 3, title: 'Quarkly database exposed online', category: 'security' }),
      article({
        hours: 4,
        title: 'Exposed Quarkly database leaks chats',
        source: 'WIRED',
        category: 'security',
      }),
    ]);
    expect(events.map((e) => e.category).sort()).toEqual(['ip-allegation', 'security']);
  });

  it('starts a new event once the window since the first article has passed', () => {
    const events = detectEvents([
      article({ hours: 0, title: 'Quarkly releases a model', category: 'model-launch' }),
      article({
        hours: 5,
        title: 'Quarkly model is fast',
        source: 'WIRED',
        category: 'model-launch',
      }),
      article({ hours: 60, title: 'Quarkly releases another model', category: 'model-launch' }),
      article({
        hours: 62,
        title: 'Quarkly second model',
        source: 'WIRED',
        category: 'model-launch',
      }),
    ]);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.occurredAt)).toEqual([
      new Date(t0).toISOString(),
      new Date(t0 + 60 * H).toISOString(),
    ]);
  });

  it('needs a category: talk about a name is not an event', () => {
    const events = detectEvents([
      article({ hours: 0, title: 'Quarkly gets Silicon Valley talking', category: 'model-launch' }),
      article({ hours: 1, title: 'What Quarkly means for you' }),
    ]);
    expect(events).toHaveLength(0);
  });

  it('leaves reviews and guides out', () => {
    const events = detectEvents([
      article({ hours: 0, title: 'Quarkly Phone Review: Fast', category: 'model-launch' }),
      article({
        hours: 1,
        title: 'The 9 Best Quarkly Accessories (2025)',
        source: 'WIRED',
        category: 'model-launch',
      }),
    ]);
    expect(events).toHaveLength(0);
  });

  it('lets one results article about a listed company stand alone, not one launch', () => {
    const events = detectEvents([
      article({
        hours: 0,
        title: 'Acme quarterly revenue soars',
        entity: 'Acme',
        kind: 'company',
        category: 'earnings',
        score: 10,
      }),
      article({
        hours: 100,
        title: 'Acme launches a chatbot',
        entity: 'Acme',
        kind: 'company',
        category: 'model-launch',
        score: 10,
      }),
    ]);
    expect(events.map((e) => e.category)).toEqual(['earnings']);
  });

  it('raises the weight of a burst against the entity’s own baseline', () => {
    // One mention a week for four weeks, then three in the window: expected per 48 h
    // = max(4 / 28 * 2, 0.5) = 0.5, so the ratio is 3 / 0.5 = 6.
    const baseline = [1, 2, 3, 4].map((w) =>
      article({ hours: -w * 7 * 24, title: `Quarkly weekly note ${w}` }),
    );
    const burst = [
      article({ hours: 0, title: 'Quarkly releases a model', category: 'model-launch' }),
      article({ hours: 1, title: 'Quarkly model impresses', category: 'model-launch' }),
      article({ hours: 2, title: 'Quarkly model praised', category: 'model-launch' }),
    ];
    const [e] = detectEvents([...baseline, ...burst]);
    expect(e?.burst?.ratio).toBeCloseTo(6, 10);
    expect(e?.reason).toMatch(/6\.0x the usual rate for Quarkly/);
    // weight = articles * (1 + (sources - 1) / 2) * min(2, sqrt(6)) = 3 * 1 * 2
    expect(e?.weight).toBe(6);
  });

  it('gives the same ids for the same articles', () => {
    const input = [
      article({ hours: 0, title: 'Quarkly releases a model', category: 'model-launch' }),
      article({ hours: 3, title: 'Quarkly model out', source: 'WIRED', category: 'model-launch' }),
    ];
    expect(detectEvents(input).map((e) => e.id)).toEqual(
      detectEvents([...input].reverse()).map((e) => e.id),
    );
  });
});
