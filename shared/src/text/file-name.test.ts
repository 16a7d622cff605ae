import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE_LINE_FORBIDDEN } from './control-characters.ts';
import { FILE_NAME_MAX, sanitiseFileName } from './file-name.ts';

describe('sanitiseFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(sanitiseFileName('Overeenkomst GHOR 2024 (getekend).pdf')).toBe('Overeenkomst GHOR 2024 (getekend).pdf');
    expect(sanitiseFileName('Verwerkersovereenkomst_geëvalueerd.docx')).toBe('Verwerkersovereenkomst_geëvalueerd.docx');
  });

  it('keeps only the last path segment, whatever the separator', () => {
    expect(sanitiseFileName('C:\\Users\\jan\\Bureaublad\\contract.pdf')).toBe('contract.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops controls and bidi overrides, replaces reserved characters and trims dots and spaces', () => {
    expect(sanitiseFileName('factuur\u202Efdp.exe')).toBe('factuurfdp.exe');
    expect(sanitiseFileName('a\u0000b\r\nc.txt')).toBe('ab c.txt');
    expect(sanitiseFileName('wat? <ja>: "nee" | *.pdf')).toBe('wat_ _ja__ _nee_ _ _.pdf');
    expect(sanitiseFileName(' ..verborgen.pdf. ')).toBe('verborgen.pdf');
  });

  it('never gives an empty name or a device name', () => {
    expect(sanitiseFileName('')).toBe('document');
    expect(sanitiseFileName('...')).toBe('document');
    expect(sanitiseFileName('dir/')).toBe('document');
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
  });

  it('cuts a long name and keeps its extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(500)}.pdf`);
    expect(name).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('is safe, bounded and idempotent for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const name = sanitiseFileName(raw);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(ONE_LINE_FORBIDDEN.test(name)).toBe(false);
        expect(/[<>:"/\\|?*]/.test(name)).toBe(false);
        expect(name).toBe(name.trim());
        expect(sanitiseFileName(name)).toBe(name);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
