import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord, MAX_SEARCH_TERMS, parseSearchTerms, toFtsMatch, wordsOf } from './search-terms.ts';

describe('parseSearchTerms', () => {
  it('folds case and diacritics: "Geëvalueerd" is "geevalueerd"', () => {
    expect(parseSearchTerms('Geëvalueerd')).toEqual([{ words: ['geevalueerd'], prefix: false }]);
    expect(foldWord('ÉÉN')).toBe('een');
    // A decomposed diaeresis (e + U+0308) is the same word.
    expect(wordsOf('ge\u0308evalueerd')).toEqual(['geevalueerd']);
  });

  it('reads query syntax as ordinary characters', () => {
    expect(parseSearchTerms('overeenk*')).toEqual([{ words: ['overeenk'], prefix: true }]);
    expect(parseSearchTerms('-verwerker NEAR(a b) title:privacy* ^x*')).toEqual([
      { words: ['verwerker'], prefix: false },
      { words: ['near'], prefix: false },
      { words: ['a'], prefix: false },
      { words: ['b'], prefix: false },
      { words: ['title'], prefix: false },
      { words: ['privacy'], prefix: true },
      { words: ['x'], prefix: false },
    ]);
  });

  it('keeps quoted words together as a phrase, also without a closing quote', () => {
    expect(parseSearchTerms('"stilzwijgend verlengd" jaar')).toEqual([
      { words: ['stilzwijgend', 'verlengd'], prefix: false },
      { words: ['jaar'], prefix: false },
    ]);
    expect(parseSearchTerms('"stilzwijgend verl"* opzegtermijn "drie maanden')).toEqual([
      { words: ['stilzwijgend', 'verl'], prefix: true },
      { words: ['opzegtermijn'], prefix: false },
      { words: ['drie', 'maanden'], prefix: false },
    ]);
  });

  it('answers nothing to search for when no word is left', () => {
    for (const q of ['', '***', '-', '"', '""', '( )', ':', '^']) {
      expect(parseSearchTerms(q)).toEqual([]);
      expect(toFtsMatch(parseSearchTerms(q))).toBeNull();
    }
  });

  it('drops repeated words and stops at the maximum number of terms', () => {
    expect(parseSearchTerms('jaar Jaar JAAR')).toHaveLength(1);
    expect(parseSearchTerms(Array.from({ length: 40 }, (_, i) => `woord${i}`).join(' '))).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('toFtsMatch', () => {
  it('quotes every word and joins the terms with AND', () => {
    expect(toFtsMatch(parseSearchTerms('overeenk* geëvalueerd'))).toBe('"overeenk" * AND "geevalueerd"');
    expect(toFtsMatch(parseSearchTerms('"één jaar"* x*'))).toBe('"een jaar" * AND "x"');
  });

  it('never lets a user character reach FTS5 outside a quoted word (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (q) => {
        const match = toFtsMatch(parseSearchTerms(q));
        if (match === null) return;
        // Between the quoted words only our own syntax: spaces, `*` and AND.
        const outside = match.replace(/"[^"]*"/g, '');
        expect(outside).toMatch(/^(?: \*)?(?: AND (?: \*)?)*$/);
        for (const [, word] of match.matchAll(/"([^"]*)"/g)) expect(word).toMatch(/^[\p{L}\p{M}\p{N}\p{Co} ]+$/u);
      }),
    );
  });
});
