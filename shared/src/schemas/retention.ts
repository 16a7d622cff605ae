import { z } from 'zod';
import { AGREEMENT_TYPES } from '../domain/enums.ts';
import { isoDaySchema, partialDateSchema } from '../dates/partial-date.ts';
import { multiLine, oneLine } from './text.ts';

/** What a retention rule says to do once an agreement has ended (Archiefwet; decision 062). */
export const RETENTION_ACTIONS = ['keep', 'destroy'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

/** Why an agreement has no destruction date (shown as such, never as a guessed date). */
export const NO_DESTRUCTION_DATE_REASONS = ['keep_permanently', 'end_unknown', 'no_rule'] as const;

/** States of a destruction list: proposed by one admin, approved or rejected by another, or cancelled. */
export const DESTRUCTION_LIST_STATES = ['proposed', 'approved', 'rejected', 'cancelled'] as const;
export type DestructionListState = (typeof DESTRUCTION_LIST_STATES)[number];

export const MAX_RETENTION_YEARS = 200;

/** A rule of the selection list (selectielijst) as the API answers it. */
export const retentionRuleSchema = z.object({
  id: z.number().int(),
  code: z.string().describe('Category code of the selection list, e.g. "16.1.2" of the Selectielijst gemeenten en intergemeentelijke organen 2020'),
  description: z.string(),
  action: z.enum(RETENTION_ACTIONS).describe('keep = keep permanently (transfer to the archive), destroy = destroy `years` after the agreement ended'),
  years: z.number().int().nullable().describe('Years after the end (destroy only)'),
  legalBasis: z.string().describe('The source of the rule: list, category, and what could not be verified'),
  defaultForTypes: z.array(z.enum(AGREEMENT_TYPES)).describe('Agreement types that get this rule when they are created'),
  agreementCount: z.number().int().describe('Agreements that have this rule (a rule in use cannot be deleted)'),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

const ruleFields = {
  code: oneLine(z.string().trim().min(1, { message: 'Code is verplicht' }).max(40)),
  description: oneLine(z.string().trim().min(1, { message: 'Omschrijving is verplicht' }).max(500)),
  action: z.enum(RETENTION_ACTIONS),
  years: z.number().int().min(1).max(MAX_RETENTION_YEARS).nullable(),
  legalBasis: multiLine(z.string().trim().min(1, { message: 'Grondslag is verplicht' }).max(2000)),
  defaultForTypes: z.array(z.enum(AGREEMENT_TYPES)).max(AGREEMENT_TYPES.length),
};

/** A rule's years must match its action: a number for destroy, none for keep. */
export function findRuleProblems(v: { action?: RetentionAction; years?: number | null }): { field: 'years'; message: string }[] {
  if (v.action === 'destroy' && (v.years === null || v.years === undefined)) return [{ field: 'years', message: 'Geef het aantal jaren na het einde' }];
  if (v.action === 'keep' && v.years !== null && v.years !== undefined) return [{ field: 'years', message: 'Een regel "blijvend bewaren" heeft geen termijn' }];
  return [];
}

export const createRetentionRuleSchema = z
  .strictObject({ ...ruleFields, years: ruleFields.years.optional(), defaultForTypes: ruleFields.defaultForTypes.optional() })
  .superRefine((v, ctx) => {
    for (const p of findRuleProblems(v)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type CreateRetentionRuleInput = z.infer<typeof createRetentionRuleSchema>;

/** A part left out stays; `defaultForTypes` replaces the list (a type named here stops being another rule's default). */
export const updateRetentionRuleSchema = z.strictObject({
  code: ruleFields.code.optional(),
  description: ruleFields.description.optional(),
  action: ruleFields.action.optional(),
  years: ruleFields.years.optional(),
  legalBasis: ruleFields.legalBasis.optional(),
  defaultForTypes: ruleFields.defaultForTypes.optional(),
});
export type UpdateRetentionRuleInput = z.infer<typeof updateRetentionRuleSchema>;

const actorSchema = z.object({ id: z.number().int().nullable(), label: z.string() });

export const legalHoldSchema = z.object({
  reason: z.string(),
  by: actorSchema,
  at: z.string(),
});

export const legalHoldInputSchema = z.strictObject({
  reason: multiLine(z.string().trim().min(1, { message: 'Geef de reden van de bewaarplicht' }).max(2000)),
});
export type LegalHoldInput = z.infer<typeof legalHoldInputSchema>;

/** One destroyed file, by its content address: what was destroyed, without its content. */
const destroyedDocumentSchema = z.object({
  title: z.string(),
  kind: z.string(),
  versions: z.number().int(),
  sha256: z.array(z.string()).describe('Content addresses (SHA-256) of its versions'),
});

/** What remains of a destroyed agreement: what was destroyed, when, on whose decision and under which rule. */
export const destructionRecordSchema = z.object({
  id: z.number().int(),
  agreementId: z.number().int(),
  listId: z.number().int(),
  destroyedAt: z.string(),
  proposedBy: actorSchema,
  approvedBy: actorSchema,
  rule: z.object({ code: z.string(), description: z.string(), years: z.number().int().nullable(), legalBasis: z.string() }),
  agreement: z.object({
    title: z.string(),
    reference: z.string().nullable(),
    type: z.enum(AGREEMENT_TYPES),
    collaborationCode: z.string().nullable(),
    end: partialDateSchema.nullable(),
    destructionDate: isoDaySchema.nullable(),
  }),
  documents: z.array(destroyedDocumentSchema),
  clearedFields: z.array(z.string()).describe('The personal data that was cleared (field names)'),
});
export type DestructionRecord = z.infer<typeof destructionRecordSchema>;

/** An agreement's retention as its page shows it. */
export const agreementRetentionSchema = z.object({
  rule: retentionRuleSchema.omit({ defaultForTypes: true, agreementCount: true }).nullable(),
  end: partialDateSchema.nullable().describe('The end the term counts from: the termination date, else the end of the current term'),
  destructionDate: isoDaySchema.nullable().describe('First day it may be destroyed; null with `noDateReason`'),
  noDateReason: z.enum(NO_DESTRUCTION_DATE_REASONS).nullable(),
  isPassed: z.boolean().describe('The retention has passed (the destruction date is today or earlier)'),
  legalHold: legalHoldSchema.nullable().describe('A legal hold blocks destruction'),
  pendingListId: z.number().int().nullable().describe('A proposed destruction list that names this agreement'),
  destruction: destructionRecordSchema.nullable().describe('The minimal record, once destroyed'),
});
export type AgreementRetention = z.infer<typeof agreementRetentionSchema>;

/** An agreement whose retention has passed (the admin screen). */
export const dueAgreementSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  reference: z.string().nullable(),
  type: z.enum(AGREEMENT_TYPES),
  collaborationCode: z.string().nullable(),
  end: partialDateSchema,
  destructionDate: isoDaySchema,
  rule: z.object({ id: z.number().int(), code: z.string(), description: z.string(), years: z.number().int() }),
  legalHold: z.boolean(),
  pendingListId: z.number().int().nullable(),
  documentCount: z.number().int(),
});
export type DueAgreement = z.infer<typeof dueAgreementSchema>;

export const destructionListSchema = z.object({
  id: z.number().int(),
  state: z.enum(DESTRUCTION_LIST_STATES),
  note: z.string().nullable(),
  proposedBy: actorSchema,
  proposedAt: z.string(),
  decidedBy: actorSchema.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  items: z.array(
    z.object({
      agreementId: z.number().int(),
      title: z.string(),
      reference: z.string().nullable(),
      destructionDate: isoDaySchema.nullable(),
      legalHold: z.boolean(),
      destroyed: z.boolean(),
    }),
  ),
  isOwn: z.boolean().describe('The caller proposed it (and so cannot approve or reject it)'),
});
export type DestructionList = z.infer<typeof destructionListSchema>;

export const proposeDestructionListSchema = z.strictObject({
  agreementIds: z.array(z.number().int().positive()).min(1, { message: 'Kies ten minste één overeenkomst' }).max(500),
  note: multiLine(z.string().trim().max(2000)).nullable().optional(),
});
export type ProposeDestructionListInput = z.infer<typeof proposeDestructionListSchema>;

export const rejectDestructionListSchema = z.strictObject({
  reason: multiLine(z.string().trim().min(1, { message: 'Geef een reden' }).max(2000)),
});
