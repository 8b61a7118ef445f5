import { toNewYorkIso } from '../../shared/src/calendar/new-york-time';
import { archiveArticles } from './archive-pipeline';

/**
 * `tsx test/eval/list-headlines.ts [from] [to]`: every story of the feed archive between two New
 * York dates, in time order, as `NY time <tab> sources <tab> headline`, after the same parsing and
 * deduplication as ingestion, with no detection run. Labellers read this, never the detector's
 * output, before writing labels (see README.md).
 */
async function main(): Promise<void> {
  const [from = '0000-01-01', to = '9999-12-31'] = process.argv.slice(2);
  const articles = await archiveArticles();
  const rows = articles
    .map((a) => ({ at: toNewYorkIso(Date.parse(a.publishedAt)), a }))
    .filter((r) => r.at.slice(0, 10) >= from && r.at.slice(0, 10) <= to)
    .sort((x, y) => x.a.publishedAt.localeCompare(y.a.publishedAt));
  for (const { at, a } of rows) {
    console.log([at.slice(0, 16), [a.source, ...a.alsoIn].join(' + '), a.title].join('\t'));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
