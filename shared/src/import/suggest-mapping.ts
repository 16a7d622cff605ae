import { IMPORT_FIELDS, type ImportField } from './import-fields.ts';

/** A header as it is compared: lower case, no diacritics, only letters and digits separated by single spaces. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Dutch and English header names per field, already normalised; the first match wins. */
const SYNONYMS: Record<ImportField, string[]> = {
  title: ['titel', 'naam', 'naam overeenkomst', 'omschrijving', 'onderwerp', 'overeenkomst', 'contract', 'title', 'name', 'agreement', 'description', 'subject'],
  type: ['type', 'soort', 'soort overeenkomst', 'type overeenkomst', 'categorie', 'agreement type', 'kind', 'category'],
  reference: ['kenmerk', 'referentie', 'nummer', 'contractnummer', 'zaaknummer', 'dossiernummer', 'ref', 'reference', 'number', 'contract number', 'id'],
  collaborationCode: ['samenwerkingsverband', 'samenwerking', 'verband', 'collaboration', 'partnership'],
  legalRegime: ['regime', 'wettelijk regime', 'avg wpg', 'privacyregime', 'grondslag privacy', 'legal regime', 'privacy regime', 'gdpr'],
  startDate: ['ingangsdatum', 'begindatum', 'startdatum', 'datum ingang', 'ingang', 'van', 'vanaf', 'start', 'start date', 'begin', 'begin date', 'effective date', 'from'],
  endDate: ['einddatum', 'afloopdatum', 'datum einde', 'einde', 'tot', 'looptijd tot', 'end', 'end date', 'expiry date', 'expiry', 'until', 'to'],
  termKind: ['looptijd', 'soort looptijd', 'bepaalde tijd', 'duur', 'term', 'term kind', 'duration'],
  initialTermMonths: ['looptijd maanden', 'looptijd in maanden', 'initiele looptijd', 'eerste looptijd', 'initial term', 'initial term months', 'term months'],
  noticePeriod: ['opzegtermijn', 'opzeggingstermijn', 'opzegging', 'notice period', 'notice'],
  tacitRenewal: [
    'stilzwijgende verlenging',
    'stilzwijgend verlengen',
    'verlenging',
    'automatische verlenging',
    'verlengen',
    'tacit renewal',
    'auto renewal',
    'automatic renewal',
    'renewal',
  ],
  renewalPeriod: ['verlengingsperiode', 'verlengingstermijn', 'verlengd met', 'renewal period', 'renewal term'],
  maxRenewals: ['maximaal aantal verlengingen', 'aantal verlengingen', 'max verlengingen', 'max renewals', 'maximum renewals'],
  reviewDate: ['evaluatiedatum', 'evaluatie', 'evaluatiemoment', 'herzieningsdatum', 'review date', 'review'],
  ownerName: ['eigenaar', 'contracteigenaar', 'contractbeheerder', 'beheerder', 'verantwoordelijke', 'owner', 'contract owner', 'owner name'],
  ownerEmail: ['e mail eigenaar', 'email eigenaar', 'e mailadres eigenaar', 'e mail', 'email', 'e mailadres', 'owner email', 'owner e mail'],
  notes: ['opmerkingen', 'opmerking', 'toelichting', 'notities', 'aantekeningen', 'notes', 'remarks', 'comments'],
  source: ['bron', 'vindplaats', 'source', 'location'],
  parties: ['partijen', 'partij', 'deelnemers', 'contractpartijen', 'parties', 'party', 'participants', 'wederpartij', 'counterparty'],
  clientParties: ['opdrachtgever', 'opdrachtgevers', 'afnemer', 'client', 'customer', 'buyer'],
  providerParties: ['opdrachtnemer', 'leverancier', 'dienstverlener', 'aanbieder', 'provider', 'supplier', 'vendor', 'contractor'],
  controllerParties: ['verwerkingsverantwoordelijke', 'verantwoordelijke avg', 'controller', 'data controller'],
  processorParties: ['verwerker', 'verwerkers', 'processor', 'data processor'],
};

const LOOKUP = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const name of SYNONYMS[field]) if (!LOOKUP.has(name)) LOOKUP.set(name, field);

/**
 * The field each column most likely holds, from its header in Dutch or
 * English; null for a column nobody recognises. A field is suggested for one
 * column only (the first), so the mapping never sends two columns to one field.
 */
export function suggestMapping(headers: readonly string[]): Record<string, ImportField | null> {
  const taken = new Set<ImportField>();
  const mapping: Record<string, ImportField | null> = {};
  for (const header of headers) {
    const field = LOOKUP.get(normaliseHeader(header)) ?? null;
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/** The key a set of headers is remembered by: the normalised headers, sorted (column order does not matter). */
export function headerSetKey(headers: readonly string[]): string {
  return [...headers].map(normaliseHeader).sort().join('\u001f');
}
