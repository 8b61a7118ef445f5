import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventDetailSchema, toNewYorkIso } from '@aftershock/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import {
  type ReplayResult,
  replayArchive,
} from '../../server/src/features/news/ingest-replay.service';
import { createTagger } from '../../server/src/features/news/tagging';
import { freshDeps, storeKind, type TestDeps } from '../support/test-store';

const here = path.dirname(fileURLToPath(import.meta.url));
const archiveDir = path.resolve(here, '../../..', 'shared/data/feed-archive');
const present = existsSync(path.join(archiveDir, 'INDEX.tsv'));

interface EventJson {
  id: string;
  title: string;
  occurredAt: string;
  day0: string | null;
  origin: string;
  linkedEventId: string | null;
  articleCount: number;
  reason: string;
}
interface DetailJson extends EventJson {
  articles: { source: string; title: string; url: string }[];
}

/** Rows in every table the news path writes. */
async function counts(deps: TestDeps) {
  const db = deps.store.db;
  const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  return {
    articles: await n(db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n'))),
    aliases: await n(db.selectFrom('article_aliases').select((eb) => eb.fn.countAll().as('n'))),
    tags: await n(db.selectFrom('article_tags').select((eb) => eb.fn.countAll().as('n'))),
    events: await n(db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'))),
    eventArticles: await n(
      db.selectFrom('event_articles').select((eb) => eb.fn.countAll().as('n')),
    ),
  };
}

describe.skipIf(!present)(
  `DeepSeek week replayed from the feed archive on ${storeKind} (skipped: ../shared/data not present)`,
  () => {
    let deps: TestDeps;
    let app: ReturnType<typeof createApp>;
    let first: ReplayResult;
    let detected: EventJson[];
    // December gives every entity a baseline before the week; mid-February ends the story.
    const window = { from: '2024-12-01T00:00:00Z', to: '2025-02-15T00:00:00Z' };

    beforeAll(async () => {
      deps = await freshDeps();
      app = createApp(deps);
      first = await replayArchive({
        db: deps.store.db,
        dir: archiveDir,
        tagger: createTagger(),
        ...window,
      });
      const res = await app.request('/api/events?origin=detected&from=2025-01-15&to=2025-02-05');
      detected = ((await res.json()) as { events: EventJson[] }).events;
    }, 600_000);
    afterAll(() => deps?.cleanup());

    const linkedTo = (id: string) => detected.filter((e) => e.linkedEventId === id);
    const nyDate = (iso: string) => toNewYorkIso(Date.parse(iso)).slice(0, 10);

    it('reads every snapshot of the window', () => {
      expect(first.failed).toEqual([]);
      expect(first.snapshots).toBeGreaterThan(100);
      expect(first.inserted).toBeGreaterThan(1000);
    });

    it('finds the R1 release of 20 January, linked to its curated event', () => {
      const found = linkedTo('deepseek-r1-release-2025-01-20');
      expect(found.length).toBeGreaterThan(0);
      expect(
        found.map((e) => nyDate(e.occurredAt)).every((d) => d >= '2025-01-20' && d <= '2025-01-22'),
      ).toBe(true);
    });

    it('finds Stargate on 21-22 January, linked to its curated event', () => {
      const found = linkedTo('stargate-2025-01-21');
      expect(found.map((e) => nyDate(e.occurredAt))).toContain('2025-01-21');
    });

    it('finds the sell-off with day 0 on Monday 27 January and articles from two sources', async () => {
      const found = linkedTo('deepseek-selloff-2025-01-27');
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((e) => e.day0 === '2025-01-27')).toBe(true);
      const res = await app.request('/api/events/deepseek-selloff-2025-01-27');
      const curated = (await res.json()) as DetailJson;
      expect(curated.day0).toBe('2025-01-27');
      expect(new Set(curated.articles.map((a) => a.source)).size).toBeGreaterThanOrEqual(2);
      expect(curated.articleCount).toBe(curated.articles.length);
    });

    it('finds the OpenAI distillation claim around 29 January, linked to its curated event', () => {
      const found = linkedTo('openai-distillation-claim-2025-01-29');
      const dates = found.map((e) => nyDate(e.occurredAt));
      expect(dates.some((d) => d >= '2025-01-28' && d <= '2025-01-30')).toBe(true);
      expect(found.some((e) => /distill|OpenAI/i.test(e.title))).toBe(true);
    });

    it('says why each detected event exists and which report set its time', () => {
      for (const e of detected) {
        expect(e.reason).toMatch(
          /, told by (one report \(.+\)|\d+ reports from \d+ sources?); an event by /,
        );
        expect(e.reason).toMatch(
          /Its time is the first report's: ".+" \(.+, \d{4}-\d\d-\d\d \d\d:\d\d New York\)/,
        );
      }
    });

    it('names the article that set each detected event’s time: its earliest, at the event’s time', async () => {
      for (const e of detected.slice(0, 20)) {
        const res = await app.request(`/api/events/${encodeURIComponent(e.id)}`);
        const detail = eventDetailSchema.parse(await res.json());
        const setting = detail.articles.filter((a) => a.setsTime);
        expect(setting).toHaveLength(1);
        const [first] = setting;
        expect(Date.parse(first?.publishedAt ?? '')).toBe(Date.parse(detail.occurredAt));
        const earliest = Math.min(...detail.articles.map((a) => Date.parse(a.publishedAt)));
        expect(Date.parse(first?.publishedAt ?? '')).toBe(earliest);
        expect(detail.reason).toContain(`"${first?.title}"`);
      }
    });

    it('adds nothing when the same archive is replayed again', async () => {
      const before = await counts(deps);
      const again = await replayArchive({
        db: deps.store.db,
        dir: archiveDir,
        tagger: createTagger(),
        ...window,
      });
      expect(again.inserted + again.aliases + again.updated).toBe(0);
      expect(await counts(deps)).toEqual(before);
    }, 600_000);
  },
);
