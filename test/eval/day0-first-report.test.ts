import { existsSync } from 'node:fs';
import path from 'node:path';
import { nyseSessionsBetween, resolveDay0 } from '@aftershock/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectEvents } from '../../server/src/features/news/detect-events';
import type { DetectionArticle } from '../../server/src/features/news/detection-article';
import { ownerOf } from '../../server/src/features/news/entity-owners';
import { archiveArticles, archiveDir } from './archive-pipeline';
import { labelledEvents } from './labelled-events';

const present = existsSync(path.join(archiveDir, 'INDEX.tsv'));
const HOUR = 3_600_000;
const sessions = nyseSessionsBetween('2024-01-01', '2025-12-31');
const day0 = (at: string) => resolveDay0({ at, sessions }).day0;

const owners = (a: DetectionArticle) =>
  new Set(a.tags.filter((t) => t.field === 'title').map((t) => ownerOf(t.entity)));

/**
 * Real archive cases where an article of another story about the same company came out in the
 * 48 hours before a labelled story's first report (the trap of clustering by company): the
 * labels say which articles tell the story, so the cases are found without the detector.
 */
describe.skipIf(!present)(
  'day 0 from the story’s first report, not from a related story before it (skipped: ../shared/data not present)',
  () => {
    let articles: DetectionArticle[];
    let events: ReturnType<typeof detectEvents>;
    beforeAll(async () => {
      articles = await archiveArticles();
      events = detectEvents(articles);
    }, 120_000);

    const cases = () => {
      const byTitle = new Map(articles.map((a) => [a.title, a]));
      return labelledEvents.flatMap((label) => {
        const story = (label.articles ?? []).flatMap((t) => byTitle.get(t) ?? []);
        const first = story[0];
        if (!first) return [];
        const at = Date.parse(first.publishedAt);
        const subjects = owners(first);
        const inStory = new Set(label.articles);
        const before = articles.filter((a) => {
          const t = Date.parse(a.publishedAt);
          return (
            t < at &&
            t >= at - 48 * HOUR &&
            !inStory.has(a.title) &&
            [...owners(a)].some((o) => subjects.has(o))
          );
        });
        return before.length > 0 ? [{ label, first, before }] : [];
      });
    };

    it('finds such cases in the labelled months', () => {
      expect(cases().length).toBeGreaterThan(20);
    });

    it('dates each detected story by its first report’s day 0', () => {
      const wrong: string[] = [];
      let checked = 0;
      for (const { label, first } of cases()) {
        const event = events.find((e) => e.articleIds.includes(first.id));
        if (!event) continue;
        checked++;
        if (day0(event.occurredAt) !== day0(first.publishedAt)) {
          wrong.push(
            `${label.id}: day 0 ${day0(event.occurredAt)}, first report ${day0(first.publishedAt)}`,
          );
        }
      }
      expect(checked).toBeGreaterThan(15);
      expect(wrong).toEqual([]);
    });
  },
);
