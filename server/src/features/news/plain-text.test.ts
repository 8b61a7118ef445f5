import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, toPlainText, truncateText } from './plain-text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('caf&eacute; &#8220;x&#8221; &#x2014; &amp;')).toBe('café “x” — &');
  });

  it('leaves unknown names and bare ampersands alone', () => {
    expect(decodeEntities('AT&T &bogus; R&D')).toBe('AT&T &bogus; R&D');
  });
});

describe('toPlainText', () => {
  it('turns the hostile title into text with no markup', () => {
    expect(toPlainText('<img src=x onerror=alert(1)> and <script>')).toBe('and');
  });

  it('strips escaped markup once it is decoded', () => {
    expect(toPlainText('&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;')).toBe('and');
  });

  it('drops script content and keeps the words around inline tags', () => {
    expect(toPlainText('<b>Bold</b> move: <script>alert(1)</script>data centre deal')).toBe(
      'Bold move: data centre deal',
    );
  });

  it('separates block elements and collapses whitespace', () => {
    expect(toPlainText('<p>One</p><p>Two&nbsp;&nbsp;three</p>\n\t<br/>four')).toBe(
      'One Two three four',
    );
  });

  it('keeps a less-than sign that is not a tag', () => {
    expect(toPlainText('Revenue &lt; 5% of sales')).toBe('Revenue < 5% of sales');
  });

  it('never returns a tag a browser would open, whatever the input', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '&lt;',
      '&gt;',
      '&amp;',
      'script',
      'img',
      ' ',
      'a',
      '/',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        expect(toPlainText(parts.join(''))).not.toMatch(/<[a-z/!?]/i);
      }),
    );
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncateText('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(truncateText('short', 12)).toBe('short');
  });
});
