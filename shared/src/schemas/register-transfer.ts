import { z } from 'zod';
import { WOO_CATEGORY_CODES, WOO_GROUND_CODES, WOO_STATES } from '../woo/woo.ts';
import { DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES } from '../domain/documents.ts';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  FACT_BASES,
  FUNDING_KINDS,
  LEGAL_REGIMES,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PARTY_ROLES,
  PERIOD_UNITS,
  RELATION_KINDS,
  TERM_KINDS,
  VALUE_BASES,
  WORKFLOW_STATES,
} from '../domain/enums.ts';

/**
 * The whole register as one JSON document (`GET /api/export.json`, read back
 * by `POST /api/import.json`; decision 052). Version 1. Every stored fact of
 * the register, with its ids, so relations, parties and links survive:
 * organisations, collaborations (members, funding lines), agreements (their
 * facts, the lifecycle engine's derived values of `computedOn`, and their
 * timestamps), parties, relations, and documents' metadata (the files
 * themselves are in the backup, not here). Accounts, alerts states,
 * reminders and the audit trail are not part of the register.
 * Partial dates are strings "YYYY", "YYYY-MM" or "YYYY-MM-DD"; timestamps ISO 8601 UTC.
 */
export const REGISTER_TRANSFER_FORMAT = 'akkoord-register';
export const REGISTER_TRANSFER_VERSION = 1;

const id = z.number().int().positive();
const text = z.string().max(100_000);
const nullableText = text.nullable();
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();
const timestamp = z.string().min(10).max(40);
const count = z.number().int().nullable();

export const transferOrganisationSchema = z.strictObject({
  id,
  key: text,
  name: text,
  shortName: nullableText,
  kind: z.enum(ORGANISATION_KINDS),
  cbsCode: nullableText,
  populationCount: count,
  populationSource: nullableText,
  populationReferenceDate: nullableText,
  notes: nullableText,
  kvkNumber: nullableText,
  oin: nullableText,
  parentId: id.nullable(),
  isSynthetic: z.boolean(),
  version: z.number().int().positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const transferCollaborationSchema = z.strictObject({
  id,
  code: text,
  name: text,
  purpose: nullableText,
  foundedYear: count,
  foundedNote: nullableText,
  hostedByVrtSince: count,
  capacityFte: z.number().nullable(),
  capacityNote: nullableText,
  budgetCents: count,
  budgetNote: nullableText,
  fundingNote: nullableText,
  agreementsNote: nullableText,
  legalBasis: nullableText,
  parentId: id.nullable(),
  source: nullableText,
  isSynthetic: z.boolean(),
  version: z.number().int().positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const transferMemberSchema = z.strictObject({ id, collaborationId: id, organisationId: id, role: z.enum(MEMBER_ROLES), note: nullableText });

export const transferFundingLineSchema = z.strictObject({
  id,
  collaborationId: id,
  position: z.number().int(),
  kind: z.enum(FUNDING_KINDS),
  source: text,
  amountCents: count,
  ratePerInhabitantCents: count,
  note: nullableText,
});

export const transferAgreementSchema = z.strictObject({
  id,
  seedKey: nullableText,
  type: z.enum(AGREEMENT_TYPES),
  title: text,
  collaborationId: id.nullable(),
  reference: nullableText,
  legalRegime: z.enum(LEGAL_REGIMES).nullable(),
  startDate: partialDate,
  endDate: partialDate,
  termKind: z.enum(TERM_KINDS).nullable(),
  initialTermMonths: count,
  noticePeriodValue: count,
  noticePeriodUnit: z.enum(PERIOD_UNITS).or(z.literal('')).nullable(),
  tacitRenewal: z.boolean().nullable(),
  renewalPeriodValue: count,
  renewalPeriodUnit: z.enum(PERIOD_UNITS).or(z.literal('')).nullable(),
  maxRenewals: count,
  reviewDate: partialDate,
  alertLeadDays: z.array(z.number().int()).nullable(),
  ownerName: nullableText,
  ownerEmail: nullableText,
  deputyEmail: nullableText,
  workflowState: z.enum(WORKFLOW_STATES),
  noticeGivenDate: partialDate,
  decision: nullableText,
  terminationDate: partialDate,
  notes: nullableText,
  source: nullableText,
  // Financial terms (issue 17); absent in files written before them.
  valueAmountCents: count.optional(),
  valueBasis: z.enum(VALUE_BASES).nullable().optional(),
  valueIndexation: nullableText.optional(),
  valueBudgetLine: nullableText.optional(),
  valuePayerOrganisationId: id.nullable().optional(),
  // Woo publication (decision 058); absent in files written before it.
  wooCategory: z.enum(WOO_CATEGORY_CODES).nullable().optional(),
  wooState: z.enum(WOO_STATES).nullable().optional(),
  wooPublishedOn: nullableText.optional(),
  wooUrl: nullableText.optional(),
  wooGrounds: z.array(z.enum(WOO_GROUND_CODES)).nullable().optional(),
  wooDocumentVersionId: id.nullable().optional(),
  // Archiefwet (decisions 062, 063); absent in files written before it. The rule is not carried (the selection
  // list is not part of the register; an imported agreement gets its type's default), nor who set a hold.
  legalHoldReason: nullableText.optional(),
  legalHoldAt: timestamp.nullable().optional(),
  destroyedAt: timestamp.nullable().optional(),
  isSynthetic: z.boolean(),
  archivedAt: timestamp.nullable(),
  version: z.number().int().positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
  status: z.enum(AGREEMENT_STATUSES),
  currentTermStart: partialDate,
  currentTermEnd: partialDate,
  noticeDeadline: partialDate,
  nextReviewDate: partialDate,
  windowStartDay: nullableText,
  windowEndDay: nullableText,
  nextDeadlineDay: nullableText,
  computedOn: nullableText,
});

export const transferPartySchema = z.strictObject({
  id,
  agreementId: id,
  organisationId: id,
  role: z.enum(PARTY_ROLES),
  basis: z.enum(FACT_BASES),
  signatoryName: nullableText,
  signatoryTitle: nullableText,
  signatoryMandate: nullableText,
  signedDate: partialDate,
});

export const transferRelationSchema = z.strictObject({ id, sourceId: id, kind: z.enum(RELATION_KINDS), targetId: id, note: nullableText, createdAt: timestamp });

/** A document's metadata; the accounts that added or archived it by e-mail address (accounts are not part of the register). */
export const transferDocumentSchema = z.strictObject({
  id,
  agreementId: id,
  kind: z.enum(DOCUMENT_KINDS),
  title: text,
  documentDate: partialDate,
  note: nullableText,
  archivedAt: timestamp.nullable(),
  archivedBy: z.string().nullable().describe('E-mail address of the account'),
  createdBy: z.string().describe('E-mail address of the account'),
  createdAt: timestamp,
});

/** One uploaded file of a document: its hash names the file in the file store (`DATA_DIR/files/`). */
export const transferDocumentVersionSchema = z.strictObject({
  id,
  documentId: id,
  version: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().nonnegative(),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
  fileName: text,
  uploadedBy: z.string().describe('E-mail address of the account'),
  uploadedAt: timestamp,
});

export const registerTransferSchema = z
  .strictObject({
    format: z.literal(REGISTER_TRANSFER_FORMAT),
    version: z.literal(REGISTER_TRANSFER_VERSION),
    exportedAt: timestamp,
    organisations: z.array(transferOrganisationSchema),
    collaborations: z.array(transferCollaborationSchema),
    collaborationMembers: z.array(transferMemberSchema),
    fundingLines: z.array(transferFundingLineSchema),
    agreements: z.array(transferAgreementSchema),
    agreementParties: z.array(transferPartySchema),
    agreementRelations: z.array(transferRelationSchema),
    documents: z.array(transferDocumentSchema),
    documentVersions: z.array(transferDocumentVersionSchema),
  })
  .describe('The whole register, version 1 (decision 052)');
export type RegisterTransfer = z.infer<typeof registerTransferSchema>;

/** The sections of the document, in the order they are written and read back (every reference points to an earlier section or the same one). */
export const REGISTER_TRANSFER_SECTIONS = [
  'organisations',
  'collaborations',
  'collaborationMembers',
  'fundingLines',
  'agreements',
  'agreementParties',
  'agreementRelations',
  'documents',
  'documentVersions',
] as const;
export type RegisterTransferSection = (typeof REGISTER_TRANSFER_SECTIONS)[number];

/** What `POST /api/import.json` answers: how many of each were read in. */
export const registerImportResultSchema = z.object({
  imported: z.record(z.enum(REGISTER_TRANSFER_SECTIONS), z.number().int()),
});
export type RegisterImportResult = z.infer<typeof registerImportResultSchema>;
