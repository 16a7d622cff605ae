import type { PartyRole } from '../domain/enums.ts';

/**
 * The agreement fields a spreadsheet column can be mapped to (decision 050).
 * Party columns hold organisation names (several separated by `;`, `|`, a
 * comma or a line break), each with the role its field names.
 */
export const IMPORT_FIELDS = [
  'title',
  'type',
  'reference',
  'collaborationCode',
  'legalRegime',
  'startDate',
  'endDate',
  'termKind',
  'initialTermMonths',
  'noticePeriod',
  'tacitRenewal',
  'renewalPeriod',
  'maxRenewals',
  'reviewDate',
  'ownerName',
  'ownerEmail',
  'notes',
  'source',
  'parties',
  'clientParties',
  'providerParties',
  'controllerParties',
  'processorParties',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The party fields and the role each gives the organisations it names. */
export const PARTY_FIELD_ROLES = {
  parties: 'party',
  clientParties: 'client',
  providerParties: 'provider',
  controllerParties: 'controller',
  processorParties: 'processor',
} as const satisfies Partial<Record<ImportField, PartyRole>>;
export type PartyField = keyof typeof PARTY_FIELD_ROLES;

export const isPartyField = (field: string): field is PartyField => field in PARTY_FIELD_ROLES;

/** Whether a row of the preview can be imported, is refused, or matches an agreement already there (or an earlier row). */
export const IMPORT_ROW_STATUSES = ['valid', 'invalid', 'duplicate'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** Where an import batch is: uploaded, mapped, checked and written (`running`), done, failed, or undone. */
export const IMPORT_STATES = ['uploaded', 'mapped', 'running', 'done', 'failed', 'reverted'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** Why a cell could not be read; the client words each one (the server's Dutch `message` is the fallback). */
export const IMPORT_ERROR_CODES = [
  'required',
  'unrecognised_date',
  'impossible_date',
  'unknown_type',
  'unknown_value',
  'unrecognised_period',
  'unrecognised_number',
  'unknown_collaboration',
  'outside_scope',
  'invalid',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
