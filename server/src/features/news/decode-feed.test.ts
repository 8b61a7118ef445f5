import { describe, expect, it } from 'vitest';
import { decodeFeed } from './decode-feed';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeFeed', () => {
  it('takes the charset from the Content-Type header first', () => {
    const bytes = latin1('<?xml version="1.0" encoding="UTF-8"?><rss>é</rss>');
    const d = decodeFeed({ bytes, contentType: 'application/rss+xml; charset=ISO-8859-1' });
    expect(d.text).toBe('<?xml version="1.0" encoding="UTF-8"?><rss>é</rss>');
    expect(d.charsetSource).toBe('content-type');
  });

  it('then from the XML declaration', () => {
    const d = decodeFeed({ bytes: latin1(`<?xml version="1.0" encoding='iso-8859-1'?><a>ã</a>`) });
    expect(d.text.endsWith('<a>ã</a>')).toBe(true);
    expect(d.charset).toBe('windows-1252');
    expect(d.charsetSource).toBe('xml-declaration');
  });

  it('decodes the windows-1252 range 0x80-0x9F (euro sign, curly quotes)', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x93, 0x78, 0x94]);
    expect(decodeFeed({ bytes, contentType: 'text/xml; charset=windows-1252' }).text).toBe('€ “x”');
  });

  it('lets a byte order mark win', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x3e, 0x00]);
    const d = decodeFeed({ bytes, contentType: 'text/xml; charset=iso-8859-1' });
    expect(d).toEqual({ text: '<a>', charset: 'utf-16le', charsetSource: 'bom' });
  });

  it('defaults to UTF-8', () => {
    expect(decodeFeed({ bytes: utf8('<a>é’</a>') })).toEqual({
      text: '<a>é’</a>',
      charset: 'utf-8',
      charsetSource: 'default',
    });
  });

  it('falls back to windows-1252 when undeclared bytes are not UTF-8', () => {
    const d = decodeFeed({ bytes: latin1('<rss><title>Notícias</title></rss>') });
    expect(d.text).toBe('<rss><title>Notícias</title></rss>');
    expect(d.charsetSource).toBe('fallback');
  });

  it('ignores a charset label it does not know', () => {
    const d = decodeFeed({ bytes: utf8('<a>é</a>'), contentType: 'text/xml; charset=x-unknown' });
    expect(d.text).toBe('<a>é</a>');
  });
});
