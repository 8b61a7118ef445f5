/** A cell: text is quoted when needed and neutralised; numbers stay numbers; null is empty. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * A formula sign (`=`, `+`, `-`, `@` or their fullwidth forms) after any run of invisible
 * characters (controls such as U+0085, format characters such as U+200B and U+202E, spaces),
 * or a leading tab or carriage return.
 */
const dangerous = /^[\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (OWASP "CSV injection"):
 * a leading `=`, `+`, `-`, `@`, tab or carriage return, even behind invisible characters, gets
 * a `'` in front. Numbers are never text here, so a negative return stays a number.
 */
export function neutraliseFormula(text: string): string {
  return dangerous.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((r) => r.map(cell).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
