import { htmlEntities } from './html-entities';

const blockTags = /^(br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr)$/i;

/** Decodes HTML character references: named (HTML 4), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return htmlEntities.get(ref) ?? whole;
  });
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)(\]\]>|$)/g, '$1')
    .replace(/<(script|style|noscript|iframe|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>?/gi, (_tag, name: string) =>
      blockTags.test(name) ? ' ' : '',
    )
    .replace(/<[!?/][^>]*>?/g, ' ');
}

/**
 * Plain text from a fragment that may hold HTML: tags and comments removed (script and style with
 * their content), entities decoded, whitespace collapsed. Entity-escaped markup such as
 * `&lt;img onerror=...&gt;` is markup once decoded, so the strip runs again on the decoded text:
 * what comes out never contains a tag a browser would render.
 */
export function toPlainText(fragment: string): string {
  let text = fragment;
  for (let round = 0; round < 3; round++) {
    const stripped = decodeEntities(stripTags(text));
    if (stripped === text) break;
    text = stripped;
  }
  return collapseWhitespace(stripTags(text));
}

export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/** The first `maxChars` characters of a plain text, cut at a word boundary, with an ellipsis. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
