import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { curatedEvents } from '../../server/src/catalogue/curated-events';
import { replayArchive } from '../../server/src/features/news/ingest-replay.service';
import { createTagger } from '../../server/src/features/news/tagging';
import type { Store } from '../../server/src/store/open-store';
import { bareStore, freshDeps, storeKind } from '../support/test-store';

const here = path.dirname(fileURLToPath(import.meta.url));
const archiveDir = path.resolve(here, '../../..', 'shared/data/feed-archive');
const present = existsSync(path.join(archiveDir, 'INDEX.tsv'));
// The DeepSeek week and its neighbours: several curated events, news from three feeds.
const window = { from: '2025-01-13T00:00:00Z', to: '2025-02-08T00:00:00Z' };

/** Detected event id -> the curated event it is linked to. */
async function links(db: Store['db']): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'linked_event_id'])
    .where('origin', '=', 'detected')
    .where('linked_event_id', 'is not', null)
    .orderBy('id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.linked_event_id ?? '']));
}

describe.skipIf(!present)(
  `a replay links detected events to curated ones on a new data folder, on ${storeKind} (skipped: ../shared/data not present)`,
  () => {
    let onBare: Record<string, string>;
    let afterStart: Record<string, string>;

    beforeAll(async () => {
      const bare = await bareStore();
      try {
        await replayArchive({
          db: bare.store.db,
          dir: archiveDir,
          tagger: createTagger(),
          ...window,
        });
        onBare = await links(bare.store.db);
      } finally {
        await bare.cleanup();
      }
      const started = await freshDeps();
      try {
        await replayArchive({
          db: started.store.db,
          dir: archiveDir,
          tagger: createTagger(),
          ...window,
        });
        afterStart = await links(started.store.db);
      } finally {
        await started.cleanup();
      }
    }, 600_000);

    it('links the same events to the same curated events as after a server start', () => {
      expect(onBare).toEqual(afterStart);
    });

    it('links the week’s detected events to curated events that are in the catalogue', () => {
      const curated = new Set(curatedEvents.map((e) => e.id));
      const targets = Object.values(onBare);
      expect(targets.length).toBeGreaterThan(0);
      for (const t of targets) expect(curated.has(t)).toBe(true);
      // The R1 release (Mon 2025-01-20, a market holiday) is in the news of this window.
      expect(targets).toContain('deepseek-r1-release-2025-01-20');
    });
  },
);
