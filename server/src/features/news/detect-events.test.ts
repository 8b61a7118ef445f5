import { describe, expect, it } from 'vitest';
import { detectEvents } from './detect-events';
import type { DetectionArticle } from './detection-article';
import { createTagger } from './tagging';

const H = 3_600_000;
// Monday 2025-03-03 12:00 UTC, 07:00 in New York.
const t0 = Date.parse('2025-03-03T12:00:00Z');
const tagger = createTagger();
let n = 0;

/** An article tagged by the real tagger from its headline alone. */
function article(p: { hours: number; title: string; source?: string }): DetectionArticle {
  n++;
  const tagging = tagger.tag({ title: p.title });
  return {
    id: `a${String(n).padStart(31, '0')}`,
    title: p.title,
    publishedAt: new Date(t0 + p.hours * H).toISOString(),
    dateEstimated: false,
    source: p.source ?? 'TechCrunch',
    alsoIn: [],
    labels: [],
    tags: tagging.tags,
    topics: tagging.topics,
  };
}

describe('detectEvents: one story, one event', () => {
  it('makes one event of two reports of one launch, dated by the first report', () => {
    const first = article({
      hours: 0,
      title: 'Nvidia unveils Blackwell Ultra GPU for AI data centers',
    });
    const second = article({
      hours: 10,
      title: 'Blackwell Ultra is Nvidia’s fastest GPU yet',
      source: 'WIRED',
    });
    const events = detectEvents([second, first]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e?.occurredAt).toBe('2025-03-03T12:00:00.000Z');
    expect(e?.firstArticleId).toBe(first.id);
    expect(e?.articleIds).toEqual([first.id, second.id]);
    expect(e?.category).toBe('model-launch');
    expect(e?.tickers).toEqual(['NVDA']);
    expect(e?.sources).toEqual(['TechCrunch', 'WIRED']);
    expect(e?.reason).toContain('"Nvidia unveils Blackwell Ultra GPU for AI data centers"');
    expect(e?.reason).toContain('(TechCrunch, 2025-03-03 07:00 New York)');
    expect(e?.id).toMatch(/^detected-2025-03-03-[0-9a-f]{10}$/);
  });

  it('never joins two stories because they name the same company', () => {
    // The day before: a story about Nvidia's US production. Then the export-licence charge.
    const production = article({
      hours: -20,
      title: 'Nvidia says it will build AI supercomputers in Texas factories',
    });
    const charge = article({
      hours: 0,
      title:
        'Nvidia takes $5.5 billion charge as US requires export licence for H20 chips to China',
    });
    const events = detectEvents([production, charge]);
    const chargeEvent = events.find((e) => e.articleIds.includes(charge.id));
    expect(chargeEvent?.articleIds).toEqual([charge.id]);
    expect(chargeEvent?.occurredAt).toBe(new Date(t0).toISOString());
    expect(chargeEvent?.category).toBe('policy');
  });

  it('joins a follow-up that shares a distinctive word, not another story of the same days', () => {
    const deal = article({ hours: 0, title: 'Google agrees to buy Wiz for $32 billion' });
    const follow = article({
      hours: 6,
      title: 'Why Google is paying so much for Wiz',
      source: 'WIRED',
    });
    const other = article({ hours: 3, title: 'Google launches Gemini 2.5 reasoning model' });
    const events = detectEvents([deal, follow, other]);
    const dealEvent = events.find((e) => e.articleIds.includes(deal.id));
    expect(dealEvent?.category).toBe('deal');
    expect(dealEvent?.articleIds).not.toContain(other.id);
    expect(events.find((e) => e.articleIds.includes(other.id))?.category).toBe('model-launch');
  });

  it('splits events after the story window (72 hours from the first report)', () => {
    const events = detectEvents([
      article({ hours: 0, title: 'Amazon cancels data center leases in Virginia' }),
      article({ hours: 80, title: 'Amazon cancels data center leases in Ohio' }),
    ]);
    expect(events.map((e) => e.occurredAt)).toEqual([
      new Date(t0).toISOString(),
      new Date(t0 + 80 * H).toISOString(),
    ]);
  });
});

describe('detectEvents: which stories are market events', () => {
  it('makes no event of promotions, reviews, explainers and opinion', () => {
    const events = detectEvents([
      article({ hours: 0, title: 'Join our livestream: what Nvidia’s new GPU means for AI' }),
      article({ hours: 1, title: 'Nvidia RTX 5090 review: a fast GPU at a high price' }),
      article({ hours: 2, title: 'What is Microsoft’s new AI model, and should you care?' }),
      article({
        hours: 3,
        title: 'Jensen Huang predicts AI agents will transform the data center',
      }),
    ]);
    expect(events).toEqual([]);
  });

  it('makes no event of a price move on its own', () => {
    expect(
      detectEvents([
        article({ hours: 0, title: 'AI mania pushes Nvidia shares to a $4 trillion market value' }),
      ]),
    ).toEqual([]);
  });

  it('makes no event of a company outside the catalogue', () => {
    expect(
      detectEvents([
        article({ hours: 0, title: 'Tesla quarterly profit falls 71% as sales slump' }),
        article({ hours: 1, title: 'xAI launches Grok 3 reasoning model' }),
      ]),
    ).toEqual([]);
  });

  it('takes the category from the kind of news: capex stated with results is results', () => {
    const [e] = detectEvents([
      article({
        hours: 0,
        title: 'Alphabet fourth-quarter revenue rises 12% as it plans $75 billion of capex',
      }),
    ]);
    expect(e?.category).toBe('earnings');
    expect(e?.tickers).toEqual(['GOOGL']);
  });

  it('makes a deal an event when a listed company acts in it or $1 billion changes hands', () => {
    const kinds = (title: string) =>
      detectEvents([article({ hours: 0, title })]).map((e) => e.category);
    expect(kinds('Microsoft invests in AI start-up Acme')).toEqual(['deal']);
    expect(kinds('OpenAI raises $6.6 billion in new funding')).toEqual(['deal']);
    // The company is a backer in an adjective, and the sum is small.
    expect(kinds('Nvidia-backed AI start-up Acme raises $20 million')).toEqual([]);
  });

  it('dates a leadership change and tags the company whose chief leaves', () => {
    const [e] = detectEvents([
      article({ hours: 0, title: 'Intel CEO Pat Gelsinger steps down as turnaround falters' }),
    ]);
    expect(e?.category).toBe('leadership');
    expect(e?.tickers).toEqual(['INTC']);
  });

  it('tags the chip sector only for a measure on chips', () => {
    const [e] = detectEvents([
      article({ hours: 0, title: 'US tightens export controls on AI chips to China' }),
    ]);
    expect(e?.category).toBe('policy');
    expect(e?.tickers).toEqual(['^SOX']);
  });

  it('gives a lab’s news its backer, and a theme’s only when it leads', () => {
    const [openai] = detectEvents([article({ hours: 0, title: 'OpenAI launches GPT-4.5 model' })]);
    expect(openai?.tickers).toEqual(['MSFT']);
    const [azure] = detectEvents([
      article({ hours: 0, title: 'Microsoft launches DeepSeek R1 reasoning model on Azure' }),
    ]);
    expect(azure?.tickers).toEqual(['MSFT']);
  });

  it('raises the weight of a burst against the subject’s own baseline', () => {
    // One mention a week for four weeks, then three in the window: expected per 48 h
    // = max(4 / 28 * 2, 0.5) = 0.5, so the ratio is 3 / 0.5 = 6.
    const baseline = [1, 2, 3, 4].map((w) =>
      article({ hours: -w * 7 * 24, title: `Micron note number ${w}` }),
    );
    const burst = [
      article({ hours: 0, title: 'Micron quarterly revenue soars on AI memory demand' }),
      article({ hours: 1, title: 'Micron quarterly revenue beats estimates', source: 'WIRED' }),
      article({ hours: 2, title: 'Micron quarterly revenue doubles' }),
    ];
    const [e] = detectEvents([...baseline, ...burst]);
    expect(e?.burst?.ratio).toBeCloseTo(6, 10);
    expect(e?.reason).toMatch(/6\.0x their usual rate/);
    // weight = articles * (1 + (sources - 1) / 2) * min(2, sqrt(6)) = 3 * 1.5 * 2
    expect(e?.weight).toBe(9);
  });

  it('gives the same ids for the same articles in any order', () => {
    const input = [
      article({ hours: 0, title: 'Oracle quarterly revenue misses estimates' }),
      article({ hours: 3, title: 'Oracle quarterly revenue disappoints', source: 'WIRED' }),
    ];
    expect(detectEvents(input).map((e) => e.id)).toEqual(
      detectEvents([...input].reverse()).map((e) => e.id),
    );
  });
});
