import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES, LEGAL_REGIMES, PARTY_ROLES, PERIOD_UNITS, TERM_KINDS } from '@akkoord/shared/domain/enums';
import { exportWords } from '@akkoord/shared/csv/register-export-columns';
import { en } from './en.ts';
import { nl } from './nl.ts';

/** The register export (written by the server, decision 052) uses the app's own words for types, statuses and roles. */
describe('the export speaks the words of the app', () => {
  for (const [lang, dict] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`in ${lang}`, () => {
      const words = exportWords(lang);
      const d = dict as Record<string, unknown>;
      for (const type of AGREEMENT_TYPES) expect(words.type[type]).toBe(d[`type.${type}`]);
      for (const role of PARTY_ROLES) expect(words.role[role]).toBe(d[`role.${role}`]);
      for (const [status, label] of Object.entries(words.status)) expect(label).toBe(d[`status.${status}`]);
      for (const kind of TERM_KINDS) expect(words.termKind[kind]).toBe(d[`termKind.${kind}`]);
      for (const regime of LEGAL_REGIMES) expect(words.regime[regime]).toBe(d[`regime.${regime}`]);
      for (const unit of PERIOD_UNITS) expect(words.period[unit]).toEqual(d[`period.${unit}`]);
      expect([words.yes, words.no]).toEqual([d['common.yes'], d['common.no']]);
    });
  }
});
