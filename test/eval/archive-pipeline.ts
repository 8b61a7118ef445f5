import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArchiveReplaySource } from '../../server/src/features/news/archive-replay.source';
import { dedupeAcrossFeeds, dedupeWithinFeed } from '../../server/src/features/news/dedupe';
import type { DetectionArticle } from '../../server/src/features/news/detection-article';
import { readFeedBody } from '../../server/src/features/news/feed-pipeline';
import type { NormalisedArticle } from '../../server/src/features/news/normalise';
import { createTagger } from '../../server/src/features/news/tagging';

const here = path.dirname(fileURLToPath(import.meta.url));
export const archiveDir = path.resolve(here, '../../..', 'shared/data/feed-archive');

/**
 * The archive through the same steps as ingestion, in memory: every snapshot parsed and
 * normalised, stories deduplicated across snapshots and feeds, each story tagged from its title
 * and description. What the store keeps is what comes out (no description).
 */
export async function archiveArticles(dir = archiveDir): Promise<DetectionArticle[]> {
  const source = new ArchiveReplaySource({ dir });
  const all: NormalisedArticle[] = [];
  for await (const s of source.snapshots()) {
    const read = await readFeedBody({ bytes: s.bytes, feedKey: s.feedKey, fetchedAt: s.fetchedAt });
    all.push(...read.articles);
  }
  return toDetectionArticles(all, createTagger());
}

/** Read articles as ingestion stores them: stories deduplicated across snapshots and feeds, tagged. */
export function toDetectionArticles(
  all: readonly NormalisedArticle[],
  tagger: ReturnType<typeof createTagger>,
): DetectionArticle[] {
  return dedupeAcrossFeeds(dedupeWithinFeed(all)).map((story) => {
    const tagging = tagger.tag({
      title: story.article.title,
      snippet: story.article.snippet,
      labels: story.article.categories,
    });
    return {
      id: story.id,
      title: story.article.title,
      publishedAt: new Date(Date.parse(story.publishedAt)).toISOString(),
      dateEstimated: story.dateEstimated,
      source: story.article.source,
      alsoIn: story.sources.slice(1),
      labels: story.article.categories,
      tags: tagging.tags,
      topics: tagging.topics,
    };
  });
}
