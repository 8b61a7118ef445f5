import { existsSync } from 'node:fs';
import path from 'node:path';
import { detectEvents } from '../../server/src/features/news/detect-events';
import { createTagger, tickersOf } from '../../server/src/features/news/tagging';
import { toNewYorkIso } from '../../shared/src/calendar/new-york-time';
import { archiveArticles, archiveDir } from './archive-pipeline';
import { entityKey } from './entity-keys';
import { type LabelledEvent, labelledEvents, labelledPeriod } from './labelled-events';
import { evalHalves } from './labelled-halves';
import {
  ambiguousHeadlines,
  type LabelledHeadline,
  labelledHeadlines,
  sampledHeadlines,
} from './labelled-tags';
import { matchEvents, ratio, type ScoredEvent, setMetrics } from './match-events';

const pct = (x: number) => x.toFixed(3);

function evalTags(name: string, headlines: readonly LabelledHeadline[]) {
  const tagger = createTagger();
  const rows = headlines.map((h) => ({
    title: h.title,
    expected: h.tickers,
    actual: tickersOf(tagger.tag({ title: h.title })),
  }));
  const m = setMetrics(rows);
  const exact = rows.filter((r) => r.expected.join() === r.actual.join()).length;
  console.log(
    `  ${name.padEnd(10)} ${String(headlines.length).padStart(4)} headlines  precision ${pct(m.precision)}  recall ${pct(m.recall)}  (${m.truePositives} of ${m.predicted} tags right, ${m.truePositives} of ${m.actual} found)  exact ${pct(exact / rows.length)}`,
  );
  return rows.filter((r) => r.expected.join() !== r.actual.join());
}

function scored(events: ReturnType<typeof detectEvents>): ScoredEvent[] {
  return events
    .map((e) => ({
      id: e.id,
      date: toNewYorkIso(Date.parse(e.occurredAt)).slice(0, 10),
      category: e.category,
      keys: [...new Set(e.entities.map(entityKey))],
      title: e.title,
    }))
    .filter((e) => e.date >= labelledPeriod.from && e.date <= labelledPeriod.to);
}

function eventFigures(name: string, detected: ScoredEvent[], labelled: readonly LabelledEvent[]) {
  const m = matchEvents({ detected, labelled });
  const found = new Set(m.pairs.values());
  const major = labelled.filter((l) => l.tier === 'major');
  const majorFound = major.filter((l) => found.has(l.id)).length;
  console.log(`  ${name}`);
  console.log(
    `    precision ${pct(ratio(m.pairs.size, detected.length))} (${m.pairs.size} of ${detected.length} detected events are a labelled event, one to one)` +
      `; counting split stories as right: ${pct(ratio(m.pairs.size + m.duplicates.size, detected.length))}`,
  );
  console.log(
    `    recall    ${pct(ratio(majorFound, major.length))} of major events (${majorFound} of ${major.length}); ${pct(ratio(found.size, labelled.length))} of all (${found.size} of ${labelled.length})`,
  );
  // A stricter reading, not the rule: a pair whose kinds differ is often another story of the
  // same company on the same days ("DOJ wants Google to sell Chrome" taken for "Google tests AI
  // Mode"), though some are right under another name (a $100B capex plan for Amazon's results).
  const byId = new Map(labelled.map((l) => [l.id, l]));
  const sameKind = [...m.pairs].filter(
    ([d, l]) => detected.find((x) => x.id === d)?.category === byId.get(l)?.category,
  ).length;
  console.log(
    `    of the pairs, ${sameKind} also agree on the category: precision ${pct(ratio(sameKind, detected.length))} on that reading`,
  );
  return { m, missed: major.filter((l) => !found.has(l.id)) };
}

/** `pnpm eval:tagging`: tag precision and recall on labelled headlines, then events. */
async function main(): Promise<void> {
  console.log('Article-to-ticker tags (headlines only, labelled by hand):');
  evalTags('sampled', sampledHeadlines);
  evalTags('ambiguous', ambiguousHeadlines);
  const wrong = evalTags('all', labelledHeadlines);
  for (const r of wrong) {
    console.log(
      `    - ${r.title}\n      expected [${r.expected.join(' ')}] got [${r.actual.join(' ')}]`,
    );
  }
  if (!existsSync(path.join(archiveDir, 'INDEX.tsv'))) {
    console.log('\nEvents: skipped: ../shared/data not present');
    return;
  }
  console.log(
    `\nEvents detected from the feed archive, ${labelledPeriod.from} to ${labelledPeriod.to}:`,
  );
  const detected = scored(detectEvents(await archiveArticles()));
  const firstPass = labelledEvents.filter((l) => !l.afterReview);
  eventFigures(
    `against the ${firstPass.length} events labelled before the detector ran`,
    detected,
    firstPass,
  );
  const all = eventFigures(
    `against all ${labelledEvents.length} labelled events (with those added after review)`,
    detected,
    labelledEvents,
  );
  console.log('  by half (a change that helps one half only is fitted to it):');
  for (const half of evalHalves) {
    const inHalf = <T extends { date: string }>(xs: readonly T[]) =>
      xs.filter((x) => x.date >= half.from && x.date <= half.to);
    for (const [set, labels] of [
      ['before', firstPass],
      ['all', labelledEvents],
    ] as const) {
      const m = matchEvents({ detected: inHalf(detected), labelled: inHalf(labels) });
      const major = inHalf(labels).filter((l) => l.tier === 'major');
      const found = new Set(m.pairs.values());
      console.log(
        `    ${half.name.padEnd(8)} ${set.padEnd(6)} precision ${pct(ratio(m.pairs.size, inHalf(detected).length))} (${m.pairs.size}/${inHalf(detected).length})` +
          `  split-as-right ${pct(ratio(m.pairs.size + m.duplicates.size, inHalf(detected).length))}` +
          `  major recall ${pct(ratio(major.filter((l) => found.has(l.id)).length, major.length))} (${major.filter((l) => found.has(l.id)).length}/${major.length})`,
      );
    }
  }
  console.log('    major events missed:');
  for (const l of all.missed) console.log(`      ${l.date} ${l.id}: ${l.description}`);
  console.log('    detected events matching no labelled event:');
  for (const d of all.m.unmatched) console.log(`      ${d.date} [${d.keys.join(' ')}] ${d.title}`);
  console.log('    detected events splitting a story already matched:');
  for (const [id, l] of all.m.duplicates) {
    const d = detected.find((x) => x.id === id);
    console.log(`      ${d?.date} ${l}: ${d?.title}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
