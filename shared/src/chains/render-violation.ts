import { formatPartialDate } from '../dates/format-partial-date.ts';
import type { ChainMessageCode, ChainRule, ChainViolation } from './chain-violation.ts';
import { nameRestrictedAgreement } from './restricted-agreement.ts';

export type ChainLocale = 'nl' | 'en';

const RULE_NAMES: Record<ChainRule, Record<ChainLocale, string>> = {
  subprocessor_coverage: {
    nl: 'subverwerking is gedekt door een verwerkersovereenkomst met dezelfde verwerker',
    en: 'sub-processing is covered by a processor agreement with the same processor',
  },
  coverage_term: {
    nl: 'looptijd valt binnen die van de dekkende overeenkomst',
    en: 'term lies within that of the covering agreement',
  },
  legal_regime: {
    nl: 'zelfde wettelijk regime (AVG of Wpg) als de dekkende overeenkomst',
    en: 'same legal regime (GDPR or Wpg) as the covering agreement',
  },
  processor_parties: {
    nl: 'verwerkersovereenkomst noemt één verwerkingsverantwoordelijke en een verwerker',
    en: 'processor agreement names one controller and a processor',
  },
  based_on_term: {
    nl: 'looptijd valt binnen die van de overeenkomst waarop zij gebaseerd is',
    en: 'term lies within that of the agreement it is based on',
  },
};

function formatDateParam(value: string | number | null | undefined, locale: ChainLocale): string {
  if (typeof value === 'string') return formatPartialDate(value, locale, 'long');
  return locale === 'nl' ? 'onbekend of onbepaald' : 'unknown or indefinite';
}

const REGIME_NAMES: Record<string, Record<ChainLocale, string>> = {
  avg: { nl: 'de AVG', en: 'the GDPR' },
  wpg: { nl: 'de Wpg', en: 'the Wpg (Police Data Act)' },
  none: { nl: 'geen privacyregime', en: 'no data protection regime' },
};

function formatRegime(value: string | number | null | undefined, locale: ChainLocale): string {
  return typeof value === 'string' && REGIME_NAMES[value] ? REGIME_NAMES[value][locale] : locale === 'nl' ? 'een onbekend regime' : 'an unknown regime';
}

type Texts = Record<ChainMessageCode, (p: ChainViolation['params'], a: string, b: string) => string>;

const NL: Texts = {
  subprocessor_not_covered: (_p, a) => `Subverwerkersovereenkomst ${a} wordt door geen verwerkersovereenkomst gedekt.`,
  cover_processor_mismatch: (_p, a, b) => `De verwerker in ${b} is niet de opdrachtgever (verwerker) van subverwerkersovereenkomst ${a}.`,
  starts_before_cover: (p, a, b) =>
    `${a} (ingang ${formatDateParam(p.start, 'nl')}) begint ${p.certainty === 'certain' ? '' : 'mogelijk '}vóór ${b} (ingang ${formatDateParam(p.otherStart, 'nl')}), die haar dekt.`,
  ends_after_cover: (p, a, b) =>
    `${a} (einde ${formatDateParam(p.end, 'nl')}) loopt ${p.certainty === 'certain' ? '' : 'mogelijk '}langer dan ${b} (einde ${formatDateParam(p.otherEnd, 'nl')}), die haar dekt.`,
  regime_mismatch: (p, a, b) => `${a} valt onder ${formatRegime(p.regime, 'nl')}, maar de dekkende ${b} onder ${formatRegime(p.otherRegime, 'nl')}.`,
  regime_unknown: (p, a, b) => `Niet te controleren: ${a} valt onder ${formatRegime(p.regime, 'nl')} en de dekkende ${b} onder ${formatRegime(p.otherRegime, 'nl')}.`,
  controller_missing: (_p, a) => `Verwerkersovereenkomst ${a} noemt geen verwerkingsverantwoordelijke.`,
  controllers_multiple: (p, a) =>
    `Verwerkersovereenkomst ${a} noemt ${p.count} verwerkingsverantwoordelijken; gezamenlijke verwerkingsverantwoordelijken hebben een eigen regeling nodig (art. 26 AVG).`,
  processor_missing: (_p, a) => `Verwerkersovereenkomst ${a} noemt geen verwerker.`,
  controller_is_processor: (_p, a) => `In ${a} is dezelfde organisatie verwerkingsverantwoordelijke én verwerker.`,
  subprocessor_client_missing: (_p, a) => `Subverwerkersovereenkomst ${a} noemt geen verwerker die de subverwerker inschakelt.`,
  subprocessor_missing: (_p, a) => `Subverwerkersovereenkomst ${a} noemt geen subverwerker.`,
  outlives_basis: (p, a, b) =>
    `${a} (einde ${formatDateParam(p.end, 'nl')}) loopt ${p.certainty === 'certain' ? '' : 'mogelijk '}langer dan ${b} (einde ${formatDateParam(p.otherEnd, 'nl')}), waarop zij gebaseerd is.`,
};

const EN: Texts = {
  subprocessor_not_covered: (_p, a) => `Sub-processor agreement ${a} is not covered by any processor agreement.`,
  cover_processor_mismatch: (_p, a, b) => `The processor in ${b} is not the client (processor) of sub-processor agreement ${a}.`,
  starts_before_cover: (p, a, b) =>
    `${a} (start ${formatDateParam(p.start, 'en')}) ${p.certainty === 'certain' ? 'starts' : 'may start'} before ${b} (start ${formatDateParam(p.otherStart, 'en')}), which covers it.`,
  ends_after_cover: (p, a, b) =>
    `${a} (end ${formatDateParam(p.end, 'en')}) ${p.certainty === 'certain' ? 'runs' : 'may run'} longer than ${b} (end ${formatDateParam(p.otherEnd, 'en')}), which covers it.`,
  regime_mismatch: (p, a, b) => `${a} falls under ${formatRegime(p.regime, 'en')}, but the covering ${b} under ${formatRegime(p.otherRegime, 'en')}.`,
  regime_unknown: (p, a, b) => `Cannot be checked: ${a} falls under ${formatRegime(p.regime, 'en')} and the covering ${b} under ${formatRegime(p.otherRegime, 'en')}.`,
  controller_missing: (_p, a) => `Processor agreement ${a} names no controller.`,
  controllers_multiple: (p, a) => `Processor agreement ${a} names ${p.count} controllers; joint controllers need their own arrangement (GDPR art. 26).`,
  processor_missing: (_p, a) => `Processor agreement ${a} names no processor.`,
  controller_is_processor: (_p, a) => `In ${a} the same organisation is both controller and processor.`,
  subprocessor_client_missing: (_p, a) => `Sub-processor agreement ${a} names no processor engaging the sub-processor.`,
  subprocessor_missing: (_p, a) => `Sub-processor agreement ${a} names no sub-processor.`,
  outlives_basis: (p, a, b) =>
    `${a} (end ${formatDateParam(p.end, 'en')}) ${p.certainty === 'certain' ? 'runs' : 'may run'} longer than ${b} (end ${formatDateParam(p.otherEnd, 'en')}), on which it is based.`,
};

/** The messages that name a second agreement, as said to a reader who may not see it: nothing about it but its place (see `withoutOtherAgreement`). */
type TwoAgreementCode = 'cover_processor_mismatch' | 'starts_before_cover' | 'ends_after_cover' | 'regime_mismatch' | 'regime_unknown' | 'outlives_basis';
type RestrictedTexts = Record<TwoAgreementCode, (p: ChainViolation['params'], a: string) => string>;

const NL_RESTRICTED: RestrictedTexts = {
  cover_processor_mismatch: (_p, a) =>
    `De verwerker in de dekkende verwerkersovereenkomst, die buiten uw samenwerkingsverbanden valt, is niet de opdrachtgever (verwerker) van subverwerkersovereenkomst ${a}.`,
  starts_before_cover: (p, a) =>
    `${a} (ingang ${formatDateParam(p.start, 'nl')}) begint ${p.certainty === 'certain' ? '' : 'mogelijk '}vóór de overeenkomst die haar dekt; die valt buiten uw samenwerkingsverbanden.`,
  ends_after_cover: (p, a) =>
    `${a} (einde ${formatDateParam(p.end, 'nl')}) loopt ${p.certainty === 'certain' ? '' : 'mogelijk '}langer dan de overeenkomst die haar dekt; die valt buiten uw samenwerkingsverbanden.`,
  regime_mismatch: (p, a) => `${a} valt onder ${formatRegime(p.regime, 'nl')}, maar de dekkende overeenkomst, die buiten uw samenwerkingsverbanden valt, onder een ander regime.`,
  regime_unknown: (p, a) =>
    `Niet te controleren of ${a} (onder ${formatRegime(p.regime, 'nl')}) onder hetzelfde regime valt als de dekkende overeenkomst, die buiten uw samenwerkingsverbanden valt.`,
  outlives_basis: (p, a) =>
    `${a} (einde ${formatDateParam(p.end, 'nl')}) loopt ${p.certainty === 'certain' ? '' : 'mogelijk '}langer dan de overeenkomst waarop zij gebaseerd is; die valt buiten uw samenwerkingsverbanden.`,
};

const EN_RESTRICTED: RestrictedTexts = {
  cover_processor_mismatch: (_p, a) =>
    `The processor in the covering processor agreement, which lies outside your collaborations, is not the client (processor) of sub-processor agreement ${a}.`,
  starts_before_cover: (p, a) =>
    `${a} (start ${formatDateParam(p.start, 'en')}) ${p.certainty === 'certain' ? 'starts' : 'may start'} before the agreement covering it, which lies outside your collaborations.`,
  ends_after_cover: (p, a) =>
    `${a} (end ${formatDateParam(p.end, 'en')}) ${p.certainty === 'certain' ? 'runs' : 'may run'} longer than the agreement covering it, which lies outside your collaborations.`,
  regime_mismatch: (p, a) => `${a} falls under ${formatRegime(p.regime, 'en')}, but the covering agreement, which lies outside your collaborations, under another regime.`,
  regime_unknown: (p, a) =>
    `Cannot be checked whether ${a} (under ${formatRegime(p.regime, 'en')}) falls under the same regime as the covering agreement, which lies outside your collaborations.`,
  outlives_basis: (p, a) =>
    `${a} (end ${formatDateParam(p.end, 'en')}) ${p.certainty === 'certain' ? 'runs' : 'may run'} longer than the agreement it is based on, which lies outside your collaborations.`,
};

const isTwoAgreementCode = (code: ChainMessageCode): code is TwoAgreementCode => Object.hasOwn(NL_RESTRICTED, code);

/** The name of a chain rule in Dutch or English. */
export function chainRuleName(rule: ChainRule, locale: ChainLocale): string {
  return RULE_NAMES[rule][locale];
}

const quote = (t: string | number | null | undefined) => `‘${String(t ?? '?')}’`;

/** The message of a violation alone, naming both agreements (titles in quotes; one the reader may not see without details). */
export function renderChainMessage(v: ChainViolation, locale: ChainLocale): string {
  if (v.otherRestricted) {
    const a = quote(v.params.agreementTitle);
    if (isTwoAgreementCode(v.messageCode)) return (locale === 'nl' ? NL_RESTRICTED : EN_RESTRICTED)[v.messageCode](v.params, a);
    const b = v.otherAgreementId === undefined ? quote(undefined) : nameRestrictedAgreement(v.otherAgreementId, locale);
    return (locale === 'nl' ? NL : EN)[v.messageCode](v.params, a, b);
  }
  const texts = locale === 'nl' ? NL : EN;
  return texts[v.messageCode](v.params, quote(v.params.agreementTitle), quote(v.params.otherTitle));
}

/** A full explanation of a violation: its message, then the rule it breaks. */
export function renderChainViolation(v: ChainViolation, locale: ChainLocale): string {
  const label = locale === 'nl' ? 'Regel' : 'Rule';
  return `${renderChainMessage(v, locale)} ${label}: ${chainRuleName(v.rule, locale)}.`;
}
