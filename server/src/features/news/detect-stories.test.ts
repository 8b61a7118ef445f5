import type { EventCategory } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import { detectEvents } from './detect-events';
import type { DetectionArticle, DetectionTag } from './event-clustering';

const H = 3_600_000;
const t0 = Date.parse('2025-03-17T12:00:00Z');
let n = 0;

function article(p: {
  hours: number;
  title: string;
  source?: string;
  category?: EventCategory;
  tags?: DetectionTag[];
  labels?: string[];
}): DetectionArticle {
  n++;
  return {
    id: `s${String(n).padStart(31, '0')}`,
    title: p.title,
    publishedAt: new Date(t0 + p.hours * H).toISOString(),
    dateEstimated: false,
    source: p.source ?? 'TechCrunch',
    alsoIn: [],
    labels: p.labels ?? [],
    tags: p.tags ?? [],
    topics: p.category ? [{ category: p.category, score: 8, matched: ['x'] }] : [],
  };
}

const tag = (entity: string, field = 'title', kind = 'company'): DetectionTag => ({
  entity,
  kind,
  tickers: ['GOOGL'],
  field,
  matched: entity,
});

/**
 * Four weeks in which "Acme" is an ordinary name: 120 stories about nothing listed and 16 that
 * name Acme. Its share of the news is 16 / 136 = 12% (not specific, >= 3%), and a window of 48 h
 * expects 16 / 28 * 2 = 1.14 mentions of it, so three is no burst (2.6 < 4).
 */
const ordinaryAcme = [
  ...Array.from({ length: 120 }, (_, i) =>
    article({ hours: -24 * 28 + i * 5, title: `Unrelated story number ${i}` }),
  ),
  ...Array.from({ length: 16 }, (_, i) =>
    article({ hours: -24 * 28 + i * 40, title: `Acme note ${i}`, tags: [tag('Acme')] }),
  ),
];

describe('detectEvents: one story, two stories', () => {
  it('joins two reports of one deal that share a rare word, not a third Acme deal', () => {
    const events = detectEvents([
      ...ordinaryAcme,
      article({
        hours: 0,
        title: 'Acme revives talks to acquire Zorbly at higher valuation',
        category: 'deal',
        tags: [tag('Acme')],
        labels: ['AI'],
      }),
      article({
        hours: 3,
        title: 'Confirmed: Acme buys Zorbly to beef up in cloud security',
        source: 'WIRED',
        category: 'deal',
        tags: [tag('Acme')],
        labels: ['AI'],
      }),
      article({
        hours: 5,
        title: 'Acme invests in a robotics start-up',
        source: 'Ars Technica',
        category: 'deal',
        tags: [tag('Acme')],
        labels: ['AI'],
      }),
    ]);
    expect(events.map((e) => e.title.includes('Zorbly') && e.articleIds.length)).toEqual([2]);
    expect(events[0]?.sources).toEqual(['TechCrunch', 'WIRED']);
  });

  it('keeps apart two stories of a seldom-named company that share no word and no burst', () => {
    // 300 other stories and 8 about Acme in four weeks: a share of 8 / 308 = 2.6%, specific
    // (< 3%), and 2 mentions in 48 h against 8 / 28 * 2 = 0.57 expected is no burst (3.5 < 4).
    const quiet = [
      ...Array.from({ length: 300 }, (_, i) =>
        article({ hours: -24 * 28 + i * 2, title: `Unrelated story number ${i}` }),
      ),
      ...Array.from({ length: 8 }, (_, i) =>
        article({ hours: -24 * 28 + i * 80, title: `Acme note ${i}`, tags: [tag('Acme')] }),
      ),
    ];
    const deal = (hours: number, title: string, source: string) =>
      article({ hours, title, source, category: 'deal', tags: [tag('Acme')], labels: ['AI'] });
    const events = detectEvents([
      ...quiet,
      deal(0, 'Acme invests in Helix fusion power venture', 'TechCrunch'),
      deal(4, 'Trump says Acme is in talks to acquire TikTok', 'WIRED'),
    ]);
    expect(events).toEqual([]);
  });

  it('wants the AI in a report on the event’s subject, not in a story that joined it', () => {
    const trump = (labels: string[]) =>
      article({
        hours: 0,
        title: 'Trump open to Acme buying TikTok',
        category: 'policy',
        tags: [tag('Acme')],
        labels,
      });
    // Names Quarkly in its headline; Acme only in its feed's label.
    const quarkly = () =>
      article({
        hours: 4,
        title: 'Quarkly project lacks the money it needs, Trump says',
        source: 'WIRED',
        category: 'policy',
        tags: [tag('Quarkly', 'title', 'entity'), tag('Acme', 'label')],
        labels: ['AI'],
      });
    expect(detectEvents([trump([]), quarkly()])).toEqual([]);
    expect(detectEvents([trump(['AI']), quarkly()])).toHaveLength(1);
  });

  it('lets a report found a story only when its headline says what kind of news it is', () => {
    // Filed under policy by the feeds, but the headlines are commentary.
    const comment = (hours: number, title: string, source: string) =>
      article({
        hours,
        title,
        source,
        category: 'policy',
        tags: [tag('Quarkly', 'title', 'entity')],
        labels: ['AI'],
      });
    expect(
      detectEvents([
        comment(0, 'Quarkly marks a turning point for the AI race', 'TechCrunch'),
        comment(3, 'Quarkly is a turning point, investor says', 'WIRED'),
      ]),
    ).toEqual([]);
    // A ban founds it; the comment of three hours before joins it.
    const [event] = detectEvents([
      comment(0, 'Quarkly marks a turning point for the AI race', 'TechCrunch'),
      comment(3, 'Senate moves to ban Quarkly on government devices', 'WIRED'),
    ]);
    expect(event?.articleIds).toHaveLength(2);
    expect(event?.occurredAt).toBe(new Date(t0).toISOString());
  });
});
