import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchTerms } from './search-terms.ts';
import { findHighlights, makeSnippet, SNIPPET_LENGTH } from './snippet.ts';

const terms = (q: string) => parseSearchTerms(q);

describe('makeSnippet', () => {
  it('highlights whole words found by prefix and without diacritics', () => {
    const s = makeSnippet('De overeenkomst is geëvalueerd in 2024.', terms('overeenk* geevalueerd'));
    expect(s.text).toBe('De overeenkomst is geëvalueerd in 2024.');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['overeenkomst', 'geëvalueerd']);
    expect(s).toMatchObject({ truncatedStart: false, truncatedEnd: false });
  });

  it('cuts a long page around the hits and shows white space as one space', () => {
    const page = `${'Inleiding met veel woorden. '.repeat(40)}Deze overeenkomst wordt\n\nstilzwijgend verlengd met telkens één jaar. ${'Slot. '.repeat(60)}`;
    const s = makeSnippet(page, terms('"stilzwijgend verlengd" jaar'));
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(s.text).toContain('wordt stilzwijgend verlengd met telkens één jaar');
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['stilzwijgend', 'verlengd', 'jaar']);
    expect(s).toMatchObject({ truncatedStart: true, truncatedEnd: true });
  });

  it('shows the start of the text when no word is found', () => {
    const s = makeSnippet('Aanvullende afspraken over de levering.', terms('zzz'));
    expect(s.text).toBe('Aanvullende afspraken over de levering.');
    expect(s.highlights).toEqual([]);
  });

  it('keeps every highlight inside the snippet, in order, on a word that matches (property)', () => {
    const word = fc.constantFrom('overeenkomst', 'Geëvalueerd', 'jaar', 'één', 'opzegtermijn', 'x', '€', '—', '😀', 'ÉÉN');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n', '  ', ', ', '\t')), { maxLength: 120 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('overeenk*', 'geevalueerd', 'een jaar', '"een jaar"', 'x', 'opzeg*'), (t, q) => {
        const ts = terms(q);
        const s = makeSnippet(t, ts);
        expect(s.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
        let last = 0;
        for (const h of s.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(s.text.length);
          expect(findHighlights(s.text.slice(h.start, h.end), ts)).toHaveLength(1);
          last = h.end;
        }
        // A piece of the text itself (white space shown as one space), never a split surrogate pair.
        expect(t.replace(/\s+/g, ' ')).toContain(s.text);
        expect(/[\uD800-\uDBFF]$/.test(s.text)).toBe(false);
        // Every hit of the text that the snippet covers is highlighted.
        expect(s.highlights.length).toBe(findHighlights(s.text, ts).length);
      }),
    );
  });
});
