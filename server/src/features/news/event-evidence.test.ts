import type { EventCategory } from '@aftershock/shared';
import { describe, expect, it } from 'vitest';
import type { DetectionArticle } from './event-clustering';
import { standsAlone } from './event-evidence';

/** One article about a company named at `matched` in its title, with its best topic. */
function article(p: {
  title: string;
  matched: string;
  entity?: string;
  kind?: string;
  category: EventCategory;
  score?: number;
}): DetectionArticle {
  return {
    id: 'a'.repeat(32),
    title: p.title,
    publishedAt: '2025-02-25T15:00:00.000Z',
    dateEstimated: false,
    source: 'TechCrunch',
    alsoIn: [],
    labels: [],
    tags: [
      {
        entity: p.entity ?? p.matched,
        kind: p.kind ?? 'company',
        tickers: ['MSFT'],
        field: 'title',
        matched: p.matched,
      },
    ],
    topics: [{ category: p.category, score: p.score ?? 10, matched: ['x'] }],
  };
}

describe('standsAlone', () => {
  it('takes results and government measures from one report', () => {
    const results = { title: 'Acme quarterly revenue soars', matched: 'Acme' } as const;
    expect(standsAlone(article({ ...results, category: 'earnings' }), 7)).toBe(true);
    expect(standsAlone(article({ ...results, category: 'earnings', score: 6 }), 7)).toBe(false);
    // The target of a measure may come last.
    const probe = { title: 'China opens antitrust probe into Acme', matched: 'Acme' } as const;
    expect(standsAlone(article({ ...probe, category: 'policy' }), 7)).toBe(true);
    // A launch needs a second report, however strong its words.
    const launch = { title: 'Acme launches a chatbot', matched: 'Acme' } as const;
    expect(standsAlone(article({ ...launch, category: 'model-launch' }), 7)).toBe(false);
  });

  it('takes a deal or a build-out only when material: $1 billion or more, or cut back', () => {
    const deal = (title: string) =>
      standsAlone(article({ title, matched: 'Acme', category: 'deal' }), 7);
    expect(deal('Acme invests another $1 billion in Quarkly')).toBe(true);
    expect(deal('Acme invests another $22.5M in Quarkly')).toBe(false);
    expect(deal('Acme is in talks to acquire Quarkly')).toBe(false);
    const build = (title: string) =>
      standsAlone(article({ title, matched: 'Acme', category: 'infrastructure' }), 7);
    expect(build('Acme to invest $11B in data centers in Georgia')).toBe(true);
    expect(build('Acme adds 475 MW of solar to power its data centers')).toBe(false);
    expect(build('Acme cancels some of its AI data center leases')).toBe(true);
    expect(build('Acme delays its Ohio chip factory to 2030')).toBe(true);
  });

  it('wants the company acting to lead the headline', () => {
    const title = 'Databricks closes $15.3B financing at $62B valuation, Acme joins as investor';
    expect(standsAlone(article({ title, matched: 'Acme', category: 'deal' }), 7)).toBe(false);
  });

  it('counts a unit or product of a listed company as the company', () => {
    const aws = article({
      title: 'AWS pledges to spend $5B in Mexico',
      matched: 'AWS',
      entity: 'Amazon Web Services',
      kind: 'entity',
      category: 'deal',
    });
    expect(standsAlone(aws, 7)).toBe(true);
    // A lab is not a listed company.
    const lab = article({
      title: 'Quarkly raises $40B',
      matched: 'Quarkly',
      kind: 'entity',
      category: 'deal',
    });
    expect(standsAlone(lab, 7)).toBe(false);
  });
});
