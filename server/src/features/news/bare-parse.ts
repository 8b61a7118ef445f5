import Parser from 'rss-parser';

/**
 * rss-parser's `parseString` with its defaults and nothing of ours around it (no prolog check,
 * no field mapping, no normalising): the floor a benchmark of the feed path is read against.
 * Returns the number of items parsed.
 */
export function createBareParser(): (xml: string) => Promise<number> {
  const parser = new Parser();
  return async (xml) => (await parser.parseString(xml)).items.length;
}
