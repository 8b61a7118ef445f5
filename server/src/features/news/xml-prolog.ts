import { FeedFetchError } from './feed-fetch-error';

export interface XmlProlog {
  /** The root element's name as written (`rss`, `rdf:RDF`, `feed`, `html`...). */
  root: string;
  /** The root start tag's attributes, unescaped only for the five XML entities. */
  rootAttributes: Readonly<Record<string, string>>;
  doctype: string | undefined;
}

const prologLimit = 64 * 1024;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function endOfDoctype(xml: string, start: number): number {
  let inSubset = false;
  let quote: string | undefined;
  for (let i = start; i < xml.length && i < prologLimit; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      inSubset = true;
    } else if (c === ']') {
      inSubset = false;
    } else if (c === '>' && !inSubset) {
      return i;
    }
  }
  return -1;
}

/**
 * Reads what comes before the root element: declaration, comments, processing instructions and
 * the DOCTYPE, then the root start tag. It refuses any DTD that declares entities: feeds have no
 * use for them, and they are how "billion laughs" expansion and external-entity (XXE) file reads
 * work. The XML parser below (sax) expands neither, so this is a second, explicit wall.
 */
export function readXmlProlog(xml: string, url?: string): XmlProlog {
  let doctype: string | undefined;
  let i = 0;
  while (i < xml.length && i < prologLimit) {
    const c = xml[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') {
      i++;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) break;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
    } else if (xml.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = endOfDoctype(xml, i + 9);
      if (end < 0) break;
      doctype = xml.slice(i, end + 1);
      if (/<!ENTITY/i.test(doctype)) {
        throw new FeedFetchError(
          'malformed-xml',
          'refused: the DTD declares entities (entity expansion and external entities are not allowed)',
          url === undefined ? {} : { url },
        );
      }
      i = end + 1;
    } else {
      break;
    }
  }
  const tag = /^<([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(
    xml.slice(i, i + prologLimit),
  );
  if (!tag) {
    const what = i >= xml.length ? 'the body is empty' : 'no XML root element was found';
    throw new FeedFetchError('not-a-feed', `not a feed: ${what}`, url === undefined ? {} : { url });
  }
  const rootAttributes: Record<string, string> = {};
  for (const m of (tag[2] ?? '').matchAll(/([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name !== undefined) rootAttributes[name] = unescapeAttribute(m[2] ?? m[3] ?? '');
  }
  return { root: tag[1] ?? '', rootAttributes, doctype };
}
