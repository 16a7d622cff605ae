import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGAL_FORM_WORDS, normaliseOrganisationName } from './organisation-name.ts';

const word = fc.stringMatching(/^[a-z]{2,10}$/).filter((w) => !LEGAL_FORM_WORDS.includes(w) && w !== 'en');

describe('normaliseOrganisationName', () => {
  it('treats case, diacritics, spacing, punctuation and legal forms as the same name', () => {
    const key = normaliseOrganisationName('Coöperatie Zorgkantoor Twente U.A.');
    for (const variant of ['zorgkantoor twente', '  ZORGKANTOOR   Twente ', 'Zorgkantoor-Twente', 'Coöperatie Zorgkantoor Twente', 'Zorgkantoor Twente, u.a.']) {
      expect(normaliseOrganisationName(variant)).toBe(key);
    }
    expect(normaliseOrganisationName('Gemeente Enschede')).not.toBe(normaliseOrganisationName('Enschede'));
    expect(normaliseOrganisationName('Stichting')).toBe('stichting');
    expect(normaliseOrganisationName('Café België B.V.')).toBe('cafe belgie');
  });

  it('is idempotent and blind to case, surrounding space and a trailing legal form (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' B.V.', ' bv', ', Stichting', ' N.V.'), fc.boolean(), (words, suffix, upper) => {
        const name = words.join(' ') + suffix;
        const key = normaliseOrganisationName(name);
        expect(normaliseOrganisationName(key)).toBe(key);
        expect(normaliseOrganisationName(`  ${upper ? name.toUpperCase() : name}\t`)).toBe(key);
        expect(key).toBe(words.join(' '));
      }),
    );
  });
});
