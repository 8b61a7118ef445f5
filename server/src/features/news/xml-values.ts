/**
 * Readers for the loosely typed values that xml2js produces (through rss-parser): an element is
 * a string, or an object with its text under `_`, its attributes under `$` and its children by
 * name, and repeated elements come as arrays. Everything arrives as `unknown` and is narrowed here.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text content of an element, children included (their order is lost by xml2js). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0]) : undefined;
  if (!isRecord(value)) return undefined;
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '$') continue;
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      const text = textOf(c);
      if (text !== undefined) parts.push(text);
    }
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** An attribute of an element (or of the first element of an array). */
export function attrOf(value: unknown, name: string): string | undefined {
  const element = Array.isArray(value) ? value[0] : value;
  if (!isRecord(element)) return undefined;
  const attributes = element.$;
  if (!isRecord(attributes)) return undefined;
  const attribute = attributes[name];
  return typeof attribute === 'string' ? attribute : undefined;
}

/** The elements of a repeated field, always as an array. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first non-blank text among several candidate fields. */
export function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value)?.trim();
    if (text) return text;
  }
  return undefined;
}
