export type CharsetSource = 'bom' | 'content-type' | 'xml-declaration' | 'default' | 'fallback';

export interface DecodeFeedParams {
  bytes: Uint8Array;
  /** The Content-Type header, when the bytes came over HTTP. */
  contentType?: string | undefined;
}

export interface DecodedFeed {
  text: string;
  /** The WHATWG name of the encoding used (ISO-8859-1 is decoded as its superset windows-1252). */
  charset: string;
  charsetSource: CharsetSource;
}

const boms: readonly { bytes: readonly number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

/**
 * Turns feed bytes into text. A byte order mark wins (RFC 7303, section 3.3, puts it above the
 * charset parameter), then the Content-Type charset, then the XML declaration, then UTF-8. Bytes
 * that are not valid UTF-8 where UTF-8 was assumed or declared are read as windows-1252: feeds
 * such as UOL's serve Latin-1 with no declaration at all, and a lone U+FFFD in every accented
 * word helps nobody.
 */
export function decodeFeed(params: DecodeFeedParams): DecodedFeed {
  const { bytes } = params;
  const bom = boms.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom)
    return { text: decodeWith(bom.charset, bytes), charset: bom.charset, charsetSource: 'bom' };

  const declared = charsetFromContentType(params.contentType);
  if (declared) {
    const decoded = tryDeclared(declared, bytes, 'content-type');
    if (decoded) return decoded;
  }
  const inDeclaration = charsetFromXmlDeclaration(bytes);
  if (inDeclaration) {
    const decoded = tryDeclared(inDeclaration, bytes, 'xml-declaration');
    if (decoded) return decoded;
  }
  return utf8OrFallback(bytes, 'default');
}

function tryDeclared(
  label: string,
  bytes: Uint8Array,
  source: CharsetSource,
): DecodedFeed | undefined {
  const encoding = knownEncoding(label);
  if (encoding === undefined) return undefined;
  if (encoding === 'utf-8') return utf8OrFallback(bytes, source);
  return { text: decodeWith(encoding, bytes), charset: encoding, charsetSource: source };
}

function utf8OrFallback(bytes: Uint8Array, source: CharsetSource): DecodedFeed {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, charset: 'utf-8', charsetSource: source };
  } catch {
    return {
      text: decodeWith('windows-1252', bytes),
      charset: 'windows-1252',
      charsetSource: 'fallback',
    };
  }
}

/** windows-1252 bytes 0x80-0x9F (WHATWG Encoding Standard, index-windows-1252). */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  // Node 20's TextDecoder takes a Latin-1 shortcut for windows-1252 and returns C1 controls for
  // 0x80-0x9F, where the standard has the euro sign and curly quotes.
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
}

/** The WHATWG encoding behind a label, or undefined for a label TextDecoder does not know. */
function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1];
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding, so reading the head as
  // Latin-1 finds it whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}
