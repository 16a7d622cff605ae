import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES } from '../domain/enums.ts';
import { WOO_GROUND_CODES, WOO_STATES, defaultWooCategory, defaultWooState, findWooProblems, isPublic, isPublicationOverdue, type WooCategory } from './woo.ts';

describe('Woo publication', () => {
  it('files cooperation agreements and covenants under covenants (art. 3.3, second paragraph, under f) by default, to be published', () => {
    expect(defaultWooCategory('cooperation')).toBe('convenanten');
    expect(defaultWooCategory('privacy')).toBe('convenanten');
    expect(defaultWooCategory('service')).toBe('none');
    expect(defaultWooState('convenanten')).toBe('to_publish');
    expect(defaultWooState('none')).toBe('not_required');
  });

  it('names every exception ground of art. 5.1 and 5.2 by article, paragraph and letter', () => {
    expect(WOO_GROUND_CODES).toHaveLength(18);
    for (const code of WOO_GROUND_CODES) expect(code).toMatch(/^5\.[12]\.\d(\.[a-i])?$/);
  });

  it('an alert exactly for a must-publish category that is still to be published, in every state', () => {
    for (const state of WOO_STATES) {
      expect(isPublicationOverdue('convenanten', state), state).toBe(state === 'to_publish');
      expect(isPublicationOverdue('none', state)).toBe(false);
    }
  });

  it('checks every state: a date when published, grounds exactly when something is withheld', () => {
    expect(findWooProblems({ state: 'published', publishedOn: '2026-12-01', url: null, grounds: [] })).toEqual([]);
    expect(findWooProblems({ state: 'published', publishedOn: null, url: null, grounds: [] }).map((p) => p.field)).toEqual(['publishedOn']);
    expect(findWooProblems({ state: 'partly_published', publishedOn: '2026-12-01', url: null, grounds: [] }).map((p) => p.field)).toEqual(['grounds']);
    expect(findWooProblems({ state: 'withheld', publishedOn: null, url: null, grounds: ['5.1.2.e'] })).toEqual([]);
    expect(findWooProblems({ state: 'withheld', publishedOn: null, url: null, grounds: [] }).map((p) => p.field)).toEqual(['grounds']);
    expect(findWooProblems({ state: 'to_publish', publishedOn: null, url: null, grounds: [] })).toEqual([]);
    expect(findWooProblems({ state: 'not_required', publishedOn: '2026-01-01', url: 'https://x', grounds: ['5.1.1.a'] }).map((p) => p.field)).toEqual([
      'publishedOn',
      'url',
      'grounds',
    ]);
  });

  it('a state that passes the check is public exactly when it says it is published', () => {
    const arb = fc.record({
      state: fc.constantFrom(...WOO_STATES),
      publishedOn: fc.constantFrom(null, '2026-12-01'),
      url: fc.constantFrom(null, 'https://openbaar.example/1'),
      grounds: fc.subarray(WOO_GROUND_CODES, { maxLength: 3 }),
      category: fc.constantFrom<WooCategory>('convenanten', 'none'),
      type: fc.constantFrom(...AGREEMENT_TYPES),
    });
    fc.assert(
      fc.property(arb, (p) => {
        if (findWooProblems(p).length) return;
        expect(p.publishedOn !== null).toBe(isPublic(p.state));
        if (isPublicationOverdue(p.category, p.state)) expect(isPublic(p.state)).toBe(false);
      }),
    );
  });
});
