import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, csvCell, csvDocument, csvLine, neutraliseFormula } from './csv-dialect.ts';

/** A reader of the dialect as a spreadsheet program reads it (RFC 4180, semicolons): the lines' cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** Text made of the characters that matter to the dialect (separators, quotes, line breaks, formula starts) and ordinary ones. */
const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '=', '+', '-', '@', '\t', '\r', '\n', '"', ';', ',', "'", '\u{1F600}'), maxLength: 12 });

describe('the CSV dialect', () => {
  it('reads back every cell, text with formula characters as inert text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), { minLength: 1, maxLength: 8 }), (cells) => {
        const [read] = readCsv(csvLine(cells));
        expect(read).toEqual(cells.map((c) => (c === null ? '' : typeof c === 'string' ? neutraliseFormula(c) : String(c))));
      }),
    );
  });

  it('never leaves a text cell that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(text, (cell) => {
        const [[read]] = readCsv(csvLine([cell])) as [[string]];
        expect(read).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('writes numbers and yes/no as they are (a fraction with the decimal comma Dutch Excel reads), empty for unknown, objects as JSON', () => {
    expect(csvLine([-5, 3.5, true, null, undefined, { a: 1 }, 'a;b'])).toBe('-5;3,5;true;;;"{""a"":1}";"a;b"\r\n');
    expect(csvLine([837000.5, -0.25, 1234567])).toBe('837000,5;-0,25;1234567\r\n');
  });

  it('starts a document with the byte-order mark and ends every line with CRLF', () => {
    const text = csvDocument(['a', 'b'], [['x', 1]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe('a;b\r\nx;1\r\n');
  });
});
