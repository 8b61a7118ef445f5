import { existsSync } from 'node:fs';
import path from 'node:path';
import { nyseSessionsBetween, resolveDay0, toNewYorkIso } from '@aftershock/shared';
import { detectEvents } from '../../server/src/features/news/detect-events';
import { createTagger, tickersOf } from '../../server/src/features/news/tagging';
import { archiveArticles, archiveDir } from './archive-pipeline';
import { type EvalPeriod, evalPeriods } from './eval-periods';
import {
  ambiguousHeadlines,
  type LabelledHeadline,
  labelledHeadlines,
  sampledHeadlines,
} from './labelled-tags';
import {
  type LabelledStory,
  type StoryScored,
  type StoryScores,
  scoreStories,
} from './score-stories';
import { ratio, setMetrics } from './set-metrics';

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

const day0Of = (at: string, sessions: readonly string[]) => resolveDay0({ at, sessions }).day0;

interface Row {
  name: string;
  s: StoryScores;
  negativesHit: number;
  negatives: number;
}

function printRow({ name, s, negativesHit, negatives }: Row): void {
  const pairs = s.pairs.size;
  console.log(
    `  ${name.padEnd(12)} detected ${String(s.detected).padStart(3)}` +
      `  precision ${pct(ratio(pairs, s.detected))} (${pairs}/${s.detected})` +
      `  recall ${pct(ratio(s.foundAll, s.all))} (${s.foundAll}/${s.all}), major ${pct(ratio(s.foundMajor, s.major))} (${s.foundMajor}/${s.major})` +
      `  one story ${pct(ratio(s.oneStory, pairs))}  day 0 ${pct(ratio(s.day0Right, pairs))}` +
      `  tickers ${pct(ratio(s.tickersExact, pairs))} (P ${pct(ratio(s.tickerTruePositives, s.tickersPredicted))} R ${pct(ratio(s.tickerTruePositives, s.tickersExpected))})` +
      `  category ${pct(ratio(s.categoryRight, pairs))}  negatives hit ${negativesHit}/${negatives}`,
  );
}

const months = (from: string, to: string) => {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); ) {
    out.push(m);
    const [y, mo] = m.split('-').map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  return out;
};

function scorePeriod(params: {
  period: EvalPeriod;
  detected: readonly (StoryScored & { date: string; title: string })[];
  firstReportAt: ReadonlyMap<string, string>;
  sessions: readonly string[];
  verbose: boolean;
}): void {
  const { period, detected, sessions } = params;
  const labelled: LabelledStory[] = period.events.flatMap((label) => {
    const first = label.articles?.[0];
    const at = first === undefined ? undefined : params.firstReportAt.get(first);
    return at === undefined ? [] : [{ label, day0: day0Of(at, sessions) }];
  });
  const row = (
    name: string,
    from: string,
    to: string,
    keep: (l: LabelledStory) => boolean = () => true,
  ): Row => {
    const inRange = <T extends { date: string }>(xs: readonly T[]) =>
      xs.filter((x) => x.date >= from && x.date <= to);
    const d = inRange(detected);
    const negatives = period.negatives.filter((n) => n.date >= from && n.date <= to);
    const titles = new Set(d.flatMap((e) => e.titles));
    return {
      name,
      s: scoreStories({
        detected: d,
        labelled: labelled.filter((l) => l.label.date >= from && l.label.date <= to && keep(l)),
      }),
      negativesHit: negatives.filter((n) => titles.has(n.title)).length,
      negatives: negatives.length,
    };
  };
  console.log(
    `\n${period.name} period, ${period.from} to ${period.to} (${labelled.length} labelled events, ${period.negatives.length} hard negatives):`,
  );
  const all = row('all', period.from, period.to);
  printRow(all);
  if (period.events.some((e) => e.afterReview)) {
    // The labels written before the detector ran, alone: the events added after review count as
    // wrong, so its precision is a floor.
    printRow(row('first pass', period.from, period.to, (l) => !l.label.afterReview));
  }
  for (const m of months(period.from, period.to)) printRow(row(m, `${m}-01`, `${m}-31`));
  if (!params.verbose) return;
  const byId = new Map(detected.map((e) => [e.id, e]));
  const found = new Set(all.s.pairs.values());
  console.log('  labelled events missed:');
  for (const l of labelled) {
    if (!found.has(l.label.id) && l.label.date >= period.from && l.label.date <= period.to) {
      console.log(`    ${l.label.date} ${l.label.tier} ${l.label.id}: ${l.label.description}`);
    }
  }
  console.log('  detected events that are no labelled event:');
  for (const e of detected) {
    if (e.date < period.from || e.date > period.to || all.s.pairs.has(e.id)) continue;
    const dup = all.s.duplicates.get(e.id);
    console.log(
      `    ${e.date} [${e.tickers.join(' ')}] ${dup ? `(split of ${dup}) ` : ''}${e.title}`,
    );
  }
  console.log('  matched events with another story, day 0, tickers or category:');
  const labels = new Map(labelled.map((l) => [l.label.id, l]));
  for (const [id, lid] of all.s.pairs) {
    const e = byId.get(id);
    const l = labels.get(lid);
    if (!e || !l) continue;
    const articles = new Set(l.label.articles);
    const intruders = e.titles.filter((t) => !articles.has(t));
    const wrong = [
      ...(intruders.length > 0 ? [`other story: ${intruders.join(' | ')}`] : []),
      ...(e.day0 !== l.day0 ? [`day 0 ${e.day0}, label ${l.day0}`] : []),
      ...(e.tickers.join() !== (l.label.tickers ?? []).join()
        ? [`tickers [${e.tickers.join(' ')}], label [${(l.label.tickers ?? []).join(' ')}]`]
        : []),
      ...(e.category !== (l.label.category ?? 'leadership')
        ? [`category ${e.category}, label ${l.label.category}`]
        : []),
    ];
    if (wrong.length > 0) console.log(`    ${l.label.date} ${lid}: ${wrong.join('; ')}`);
  }
}

/**
 * `pnpm eval:tagging [--period tuning] [--verbose tuning]`: tag precision and recall on labelled headlines, then
 * events per period and per month (test/eval/README.md). `--verbose` lists the misses of one
 * period; never ask it for the evaluation period while changing detection.
 */
async function main(): Promise<void> {
  const verboseAt = process.argv.indexOf('--verbose');
  const verbose = verboseAt >= 0 ? process.argv[verboseAt + 1] : undefined;
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
  const articles = await archiveArticles();
  const sessions = nyseSessionsBetween('2024-01-01', '2025-12-31');
  const titleOf = new Map(articles.map((a) => [a.id, a.title]));
  const firstReportAt = new Map<string, string>();
  for (const a of [...articles].sort((x, y) => y.publishedAt.localeCompare(x.publishedAt))) {
    firstReportAt.set(a.title, a.publishedAt);
  }
  const detected = detectEvents(articles).map((e) => ({
    id: e.id,
    date: toNewYorkIso(Date.parse(e.occurredAt)).slice(0, 10),
    title: e.title,
    titles: e.articleIds.map((id) => titleOf.get(id) ?? ''),
    day0: day0Of(e.occurredAt, sessions),
    tickers: e.tickers,
    category: e.category,
  }));
  const only = process.argv.indexOf('--period');
  const periods =
    only >= 0 ? evalPeriods.filter((p) => p.name === process.argv[only + 1]) : evalPeriods;
  for (const period of periods) {
    scorePeriod({ period, detected, firstReportAt, sessions, verbose: verbose === period.name });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
