import type { ChainViolation, ChainViolationParams } from './chain-violation.ts';
import type { ChainLocale } from './render-violation.ts';

/**
 * How a text names an agreement the reader may not see (it lies outside the
 * collaborations their account is limited to): never by its title, only as
 * "an agreement outside your collaborations" with its number, so a path of
 * several such agreements stays readable.
 */
export function nameRestrictedAgreement(id: number, locale: ChainLocale): string {
  return locale === 'nl' ? `een overeenkomst buiten uw samenwerkingsverbanden (nr. ${id})` : `an agreement outside your collaborations (no. ${id})`;
}

/**
 * A violation as a reader who may not see its other agreement receives it:
 * every `other…` param (the other's title, dates and regime) left out and
 * `otherRestricted` set, so the texts name that agreement without details.
 */
export function withoutOtherAgreement(v: ChainViolation): ChainViolation {
  const params: ChainViolationParams = {};
  for (const [key, value] of Object.entries(v.params)) if (!key.startsWith('other')) params[key] = value;
  return { ...v, params, otherRestricted: true };
}
