import { createHash } from 'node:crypto';
import type { EventCategory } from '@aftershock/shared';
import { toNewYorkIso } from '@aftershock/shared';
import { clusterStories, type StoryOptions } from './detection/stories';
import { storyEvidence } from './detection/story-evidence';
import type { DetectionArticle } from './detection-article';
import { type Burst, burstOf, MentionIndex } from './event-burst';

export interface DetectedEvent {
  /** Stable across runs: the day and the id of the first report. */
  id: string;
  /** The headline that states the kind of news (the earliest that does). */
  title: string;
  /** The first report's time, ISO 8601 UTC: day 0 comes from it. */
  occurredAt: string;
  /** The article whose time is the event's: the story's first report. */
  firstArticleId: string;
  category: EventCategory;
  /** The owners the story is about (companies and labs), first report's subjects first. */
  entities: string[];
  tickers: string[];
  weight: number;
  /** Why the event exists and where its time comes from, in words. */
  reason: string;
  articleIds: string[];
  sources: string[];
  burst: Burst | null;
}

export interface DetectOptions extends StoryOptions {
  /** Mentions of a subject at this multiple of its own 28-day baseline are a burst. Default 4. */
  minBurst?: number;
  baselineDays?: number;
}

const HOUR = 3_600_000;

const kindWords = {
  results: 'Results',
  measure: 'A government measure or ruling',
  allegation: 'An IP allegation',
  incident: 'An outage or security failure',
  leadership: 'A leadership change',
  deal: 'A deal',
  'build-out': 'A build-out',
  launch: 'A launch',
  lawsuit: 'A lawsuit',
} as const;

/**
 * Turns tagged articles into events, story first: `clusterStories` groups the articles that tell
 * one happening; `storyEvidence` decides which stories are market events and whom they are about.
 * An event's time is its story's first report, never an article of a related story, since a
 * story is built from headlines that say the same thing, not from a shared company name.
 *
 *   weight = articles * (1 + (sources - 1) / 2) * min(2, sqrt(max(1, burst ratio)))
 */
export function detectEvents(
  articles: readonly DetectionArticle[],
  options: DetectOptions = {},
): DetectedEvent[] {
  const windowMs = 48 * HOUR;
  const index = new MentionIndex(articles);
  const events: DetectedEvent[] = [];
  for (const story of clusterStories(articles, options)) {
    const first = story.members[0];
    if (!first) continue;
    const main = [...story.subjects].sort((x, y) => y[1] - x[1])[0]?.[0];
    const burst = main
      ? burstOf({
          index,
          entity: main,
          start: first.at,
          windowMs,
          ...(options.baselineDays === undefined ? {} : { baselineDays: options.baselineDays }),
        })
      : null;
    const evidence = storyEvidence(story, (burst?.ratio ?? 0) >= (options.minBurst ?? 4));
    if (!evidence) continue;
    const members = story.members.map((m) => m.article);
    const sources = [...new Set(members.flatMap((a) => [a.source, ...a.alsoIn]))];
    const n = members.length;
    const weight =
      n * (1 + (sources.length - 1) / 2) * Math.min(2, Math.sqrt(Math.max(1, burst?.ratio ?? 1)));
    const day = new Date(first.at).toISOString().slice(0, 10);
    const digest = createHash('sha256').update(first.article.id).digest('hex').slice(0, 10);
    const firstAt = toNewYorkIso(first.at).slice(0, 16).replace('T', ' ');
    const told =
      n === 1
        ? `one report (${first.article.source})`
        : `${n} reports from ${sources.length} source${sources.length === 1 ? '' : 's'}`;
    const rate =
      burst && burst.ratio >= 1.5
        ? ` Mentions of ${burst.entity} ran at ${burst.ratio.toFixed(1)}x their usual rate.`
        : '';
    events.push({
      id: `detected-${day}-${digest}`,
      title: evidence.headline.article.title,
      occurredAt: new Date(first.at).toISOString(),
      firstArticleId: first.article.id,
      category: evidence.category,
      entities: evidence.subjects,
      tickers: evidence.tickers,
      weight: Math.round(weight * 100) / 100,
      reason:
        `${kindWords[evidence.kind]} about ${evidence.subjects.join(', ') || 'the sector'}, ` +
        `told by ${told}; an event by ${evidence.why}. Its time is the first report's: ` +
        `"${first.article.title}" (${first.article.source}, ${firstAt} New York).${rate}`,
      articleIds: members.map((a) => a.id),
      sources,
      burst,
    });
  }
  return events;
}
