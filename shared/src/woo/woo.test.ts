import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES } from '../domain/enums.ts';
import {
  WOO_CATEGORIES,
  WOO_GROUND_CODES,
  WOO_GROUNDS,
  WOO_STATES,
  categoryOfInfocat,
  defaultWooCategory,
  defaultWooState,
  findWooProblems,
  infocatOf,
  isPublic,
  isPublicationOverdue,
  tooiUriOf,
  type WooCategory,
} from './woo.ts';

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
    // Lid 1 a–e and lid 2 a–i, each letter once, as the Woo numbers them (wetten.overheid.nl, decision 058).
    expect(WOO_GROUND_CODES.filter((c) => c.startsWith('5.1.1.'))).toEqual(['a', 'b', 'c', 'd', 'e'].map((l) => `5.1.1.${l}`));
    expect(WOO_GROUND_CODES.filter((c) => c.startsWith('5.1.2.'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((l) => `5.1.2.${l}`));
    expect(WOO_GROUNDS['5.1.1.c']).toMatch(/^bedrijfs- en fabricagegegevens .* vertrouwelijk aan de overheid zijn meegedeeld$/);
    expect(WOO_GROUNDS['5.1.2.e']).toBe('de eerbiediging van de persoonlijke levenssfeer');
    expect(WOO_GROUNDS['5.1.2.i']).toBe('het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen');
  });

  it('names each information category by the TOOI URI of the DiWoo 0.9.8 value list (informatiecategorielijst)', () => {
    // Copied from diwoo-metadata-lijsten.xsd 0.9.8 (scw_woo_informatiecategorieen version 4); the harvester refuses any other URI.
    const fromXsd: Record<keyof typeof WOO_CATEGORIES, string> = {
      wetten_avv: 'c_139c6280',
      overige_besluiten_as: 'c_aab6bfc7',
      ontwerpen_regelgeving: 'c_759721e2',
      organisatie_werkwijze: 'c_40a05794',
      bereikbaarheid: 'c_89ee6784',
      ingekomen_stukken: 'c_8c840238',
      vergaderstukken_sg: 'c_c76862ab',
      vergaderstukken_decentraal: 'c_db4862c3',
      agendas_besluitenlijsten: 'c_3a248e3a',
      adviezen: 'c_99a836c7',
      convenanten: 'c_8fc2335c',
      jaarplannen_jaarverslagen: 'c_c6cd1213',
      subsidieverplichtingen: 'c_cf268088',
      woo_verzoeken: 'c_3baef532',
      onderzoeksrapporten: 'c_fdaee95e',
      beschikkingen: 'c_46a81018',
      klachtoordelen: 'c_a870c43d',
    };
    for (const [key, id] of Object.entries(fromXsd)) expect(tooiUriOf(key as keyof typeof WOO_CATEGORIES), key).toBe(`https://identifier.overheid.nl/tooi/def/thes/kern/${id}`);
    expect(Object.keys(WOO_CATEGORIES).sort()).toEqual(Object.keys(fromXsd).sort());
  });

  it('numbers the categories for the Woo-index sitemap index names in the order of art. 3.3 (onderzoeksrapporten = 015, as in the DiWoo manual)', () => {
    expect(infocatOf('wetten_avv')).toBe('001');
    expect(infocatOf('bereikbaarheid')).toBe('005');
    expect(infocatOf('ingekomen_stukken')).toBe('006');
    expect(infocatOf('convenanten')).toBe('011');
    expect(infocatOf('onderzoeksrapporten')).toBe('015');
    expect(infocatOf('klachtoordelen')).toBe('017');
    for (const c of Object.keys(WOO_CATEGORIES) as (keyof typeof WOO_CATEGORIES)[]) {
      expect(categoryOfInfocat(infocatOf(c))).toBe(c);
      // Lid 1 before lid 2, letters in order.
      const [, lid, letter] = /^3\.3, (eerste|tweede) lid, onder ([a-l])$/.exec(WOO_CATEGORIES[c].article)!;
      expect(Number(infocatOf(c))).toBe((lid === 'eerste' ? 0 : 5) + letter!.charCodeAt(0) - 96);
    }
    expect(categoryOfInfocat('000')).toBeUndefined();
    expect(categoryOfInfocat('018')).toBeUndefined();
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
