import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoted fields', () => {
    const text = toCsv(
      [
        ['ticker', 'note', 'ar'],
        ['NVDA', 'say "hi", then', -0.1697],
      ],
      { bom: true },
    );
    expect(text).toBe('\uFEFFticker,note,ar\r\nNVDA,"say ""hi"", then",-0.1697\r\n');
  });

  it('neutralises text that a spreadsheet would evaluate, but not numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tcmd')).toBe("'\tcmd");
    expect(neutraliseFormula('NVDA')).toBe('NVDA');
    // Issue 16: an invisible character in front of the sign hid it from the check.
    for (const lead of ['\u200b', '\u202e', '\u0085', '\ufeff', ' ', '\u00a0', '\u200b\u202e']) {
      expect(neutraliseFormula(`${lead}=cmd|'/c calc'!A1`)).toBe(`'${lead}=cmd|'/c calc'!A1`);
      expect(neutraliseFormula(`${lead}@SUM(A1)`)).toBe(`'${lead}@SUM(A1)`);
    }
    expect(neutraliseFormula('\uff1dSUM(A1)')).toBe("'\uff1dSUM(A1)");
    expect(neutraliseFormula('\u200bNVDA')).toBe('\u200bNVDA');
    expect(toCsv([[-1.5, '-1.5']])).toBe("-1.5,'-1.5\r\n");
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv wrote', () => {
    const rows = [
      ['a', 'b,c', 'line\nbreak'],
      ['1', '', 'x"y'],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
  });

  it('reads LF files and a last line without a line end', () => {
    expect(parseCsv('date,close\n2025-01-24,142.62\n2025-01-27,118.42')).toEqual([
      ['date', 'close'],
      ['2025-01-24', '142.62'],
      ['2025-01-27', '118.42'],
    ]);
  });
});
