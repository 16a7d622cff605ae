import { z } from 'zod';
import { multiLine, oneLine } from './text.ts';
import {
  AGREEMENT_SORTS,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  FACT_BASES,
  LEGAL_REGIMES,
  PARTY_ROLES,
  PERIOD_UNITS,
  RELATION_KINDS,
  TERM_KINDS,
  VALUE_BASES,
  WORKFLOW_STATES,
} from '../domain/enums.ts';
import { isoDaySchema, partialDateSchema } from '../dates/partial-date.ts';
import { limitSchema, permissionsSchema } from './common.ts';
import { WOO_CATEGORY_CODES, WOO_GROUND_CODES, WOO_STATES } from '../woo/woo.ts';
import { agreementRetentionSchema } from './retention.ts';

export const periodSchema = z.object({
  value: z.number().int().min(1).max(1200),
  unit: z.enum(PERIOD_UNITS),
});
export type Period = z.infer<typeof periodSchema>;

/** The largest amount an agreement may name: a hundred billion euros, in cents (well inside a safe integer). */
export const MAX_AMOUNT_CENTS = 10_000_000_000_000;

/**
 * An agreement's financial terms. Every part may stay unknown (null); the
 * amount is whole euro cents, never a float.
 */
export const agreementValueSchema = z.object({
  amountCents: z.number().int().min(0).max(MAX_AMOUNT_CENTS).nullable().describe('Amount in euro cents (integer); null = unknown'),
  basis: z.enum(VALUE_BASES).nullable().describe('once, per_year (every year of the term) or total (over the whole term); null = unknown'),
  indexation: z.string().nullable().describe('How the amount is indexed, as the agreement says'),
  budgetLine: z.string().nullable().describe('Budget line or cost centre'),
  payerOrganisationId: z.number().int().nullable().describe('The party that pays (an organisation among the parties)'),
});
export type AgreementValue = z.infer<typeof agreementValueSchema>;

export const agreementValueInputSchema = z.strictObject({
  amountCents: z
    .number({ message: 'Een bedrag in hele centen' })
    .int({ message: 'Een bedrag in hele centen' })
    .min(0, { message: 'Een bedrag is niet negatief' })
    .max(MAX_AMOUNT_CENTS, { message: 'Dit bedrag is te groot' })
    .nullable()
    .optional(),
  basis: z.enum(VALUE_BASES).nullable().optional(),
  indexation: oneLine(z.string().trim().max(300)).nullable().optional(),
  budgetLine: oneLine(z.string().trim().max(200)).nullable().optional(),
  payerOrganisationId: z.number().int().positive().nullable().optional(),
});
export type AgreementValueInput = z.infer<typeof agreementValueInputSchema>;

/** The agreement's Woo publication (Wet open overheid): its state, when and where it was published, what is withheld and on which grounds. */
export const wooPublicationSchema = z.object({
  state: z.enum(WOO_STATES),
  publishedOn: isoDaySchema.nullable().describe('Day of publication (published, partly_published)'),
  url: z.string().nullable().describe('Where it is published, when elsewhere than /openbaar/:id'),
  grounds: z.array(z.enum(WOO_GROUND_CODES)).describe('Exception grounds of the Woo (art. 5.1, 5.2) for what is withheld'),
  documentVersionId: z.number().int().nullable().describe('The document version that is the public file'),
});
export type WooPublication = z.infer<typeof wooPublicationSchema>;

export const wooPublicationInputSchema = z.strictObject({
  state: z.enum(WOO_STATES).nullable().optional().describe('null = the default of the category'),
  publishedOn: isoDaySchema.nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, message: 'Een http(s)-adres' })
    .max(2000)
    .nullable()
    .optional(),
  grounds: z.array(z.enum(WOO_GROUND_CODES)).max(WOO_GROUND_CODES.length).optional(),
  documentVersionId: z.number().int().positive().nullable().optional(),
});

const email = z.email({ message: 'Geen geldig e-mailadres' });

export const partySchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  role: z.enum(PARTY_ROLES),
  basis: z.enum(FACT_BASES).describe('stated = said by the source; implied = directly implied by it'),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  signatoryMandate: z.string().nullable().describe('Mandate or decision under which the signatory signed'),
  signedDate: partialDateSchema.nullable(),
});
export type Party = z.infer<typeof partySchema>;

export const partyInputSchema = z.object({
  organisationId: z.number().int().positive(),
  role: z.enum(PARTY_ROLES),
  basis: z.enum(FACT_BASES).default('stated'),
  signatoryName: oneLine(z.string().trim().max(200)).nullable().optional(),
  signatoryTitle: oneLine(z.string().trim().max(200)).nullable().optional(),
  signatoryMandate: oneLine(z.string().trim().max(500)).nullable().optional(),
  signedDate: partialDateSchema.nullable().optional(),
});
export type PartyInput = z.infer<typeof partyInputSchema>;

const relationBase = {
  id: z.number().int(),
  kind: z.enum(RELATION_KINDS),
  direction: z.enum(['outgoing', 'incoming']).describe('outgoing: this agreement <kind> other; incoming: other <kind> this'),
  otherAgreementId: z.number().int(),
};

/** A relation seen from one agreement; the other end may lie outside the caller's collaborations (`restricted`). */
export const relationSchema = z.discriminatedUnion('restricted', [
  z.object({
    ...relationBase,
    restricted: z.literal(false),
    otherTitle: z.string(),
    otherType: z.enum(AGREEMENT_TYPES),
    otherArchived: z.boolean(),
    note: z.string().nullable(),
  }),
  z.object({
    ...relationBase,
    restricted: z
      .literal(true)
      .describe('The other agreement lies outside the collaborations the caller is limited to: only its id is given, never its title, type, archive state or the relation note'),
  }),
]);
export type Relation = z.infer<typeof relationSchema>;

/** Fields users edit; every one but type and title may stay unknown (null). */
const optionalFields = {
  collaborationCode: z.string().trim().toUpperCase().min(1).max(20).nullable().optional(),
  reference: oneLine(z.string().trim().max(200)).nullable().optional(),
  legalRegime: z.enum(LEGAL_REGIMES).nullable().optional().describe('null = unknown'),
  startDate: partialDateSchema.nullable().optional(),
  endDate: partialDateSchema.nullable().optional(),
  termKind: z.enum(TERM_KINDS).nullable().optional(),
  initialTermMonths: z.number().int().min(1).max(1200).nullable().optional(),
  noticePeriod: periodSchema.nullable().optional(),
  tacitRenewal: z.boolean().nullable().optional(),
  renewalPeriod: periodSchema.nullable().optional(),
  maxRenewals: z.number().int().min(0).max(100).nullable().optional(),
  reviewDate: partialDateSchema.nullable().optional(),
  alertLeadDays: z.array(z.number().int().min(0).max(3650)).max(10).nullable().optional(),
  ownerName: oneLine(z.string().trim().max(200)).nullable().optional(),
  ownerEmail: email.nullable().optional(),
  deputyEmail: email.nullable().optional(),
  notes: multiLine(z.string().max(10000)).nullable().optional(),
  source: multiLine(z.string().max(2000)).nullable().optional(),
  parties: z.array(partyInputSchema).max(200).optional().describe('Replaces the whole list when given'),
  value: agreementValueInputSchema.nullable().optional().describe('Financial terms; null clears them, a part left out stays as it is'),
  wooCategory: z
    .enum(WOO_CATEGORY_CODES)
    .nullable()
    .optional()
    .describe('Woo information category (art. 3.3); null = the default of the type (convenanten for cooperation and privacy covenants)'),
  wooPublication: wooPublicationInputSchema.optional().describe('A part left out stays as it is'),
  retentionRuleId: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('Retention rule of the selection list (Archiefwet); on create, left out or null = the default rule of the type; on update, null = no rule'),
};
const typeField = z.enum(AGREEMENT_TYPES);
const titleField = oneLine(z.string().trim().min(1, { message: 'Titel is verplicht' }).max(300));

interface DateFields {
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  termKind?: string | null | undefined;
}

/** Cross-field rules shared by create and update (the server re-checks against stored values). */
export function findDateProblems(v: DateFields): { field: 'endDate'; message: string }[] {
  const problems: { field: 'endDate'; message: string }[] = [];
  if (v.startDate && v.endDate && v.endDate.slice(0, v.startDate.length) < v.startDate.slice(0, v.endDate.length)) {
    problems.push({ field: 'endDate', message: 'Einddatum ligt vóór de ingangsdatum' });
  }
  if (v.termKind === 'indefinite' && v.endDate) {
    problems.push({ field: 'endDate', message: 'Een overeenkomst voor onbepaalde tijd heeft geen einddatum' });
  }
  return problems;
}

function refineDates(v: DateFields, ctx: z.RefinementCtx): void {
  for (const p of findDateProblems(v)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
}

export const createAgreementSchema = z
  .strictObject({
    type: typeField,
    title: titleField,
    ...optionalFields,
    workflowState: z.enum(['draft', 'active']).optional(),
  })
  .superRefine(refineDates);
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const updateAgreementSchema = z
  .strictObject({
    type: typeField.optional(),
    title: titleField.optional(),
    ...optionalFields,
    version: z.number().int().positive().optional().describe('Version last read; or send If-Match'),
  })
  .superRefine(refineDates);
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

/** What the lifecycle engine derived for the reference date (stored, refreshed on write and daily). */
export const derivedSchema = {
  status: z.enum(AGREEMENT_STATUSES),
  currentTermStart: partialDateSchema.nullable(),
  currentTermEnd: partialDateSchema.nullable(),
  noticeDeadline: partialDateSchema.nullable(),
  nextReviewDate: partialDateSchema.nullable(),
  computedOn: isoDaySchema.nullable(),
};

export const agreementSummarySchema = z.object({
  id: z.number().int(),
  type: z.enum(AGREEMENT_TYPES),
  title: z.string(),
  collaborationCode: z.string().nullable(),
  reference: z.string().nullable(),
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  termKind: z.enum(TERM_KINDS).nullable(),
  tacitRenewal: z.boolean().nullable(),
  renewalPeriod: periodSchema.nullable(),
  workflowState: z.enum(WORKFLOW_STATES),
  ownerName: z.string().nullable(),
  value: agreementValueSchema.nullable().describe('Financial terms; null when nothing of them is known'),
  parties: z.array(z.object({ organisationId: z.number().int(), name: z.string(), role: z.enum(PARTY_ROLES) })),
  archived: z.boolean(),
  isSynthetic: z.boolean(),
  version: z.number().int(),
  ...derivedSchema,
  permissions: permissionsSchema.optional().describe('What the caller may do with this agreement (update, archive, restore, …)'),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementSchema = agreementSummarySchema.extend({
  legalRegime: z.enum(LEGAL_REGIMES).nullable(),
  initialTermMonths: z.number().int().nullable(),
  noticePeriod: periodSchema.nullable(),
  maxRenewals: z.number().int().nullable(),
  reviewDate: partialDateSchema.nullable(),
  alertLeadDays: z.array(z.number().int()).nullable(),
  ownerEmail: z.string().nullable(),
  deputyEmail: z.string().nullable(),
  noticeGivenDate: partialDateSchema.nullable(),
  decision: z.enum(['renew', 'renegotiate', 'terminate']).nullable(),
  terminationDate: partialDateSchema.nullable(),
  notes: z.string().nullable(),
  source: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  parties: z.array(partySchema),
  relations: z.array(relationSchema),
  wooCategory: z.enum(WOO_CATEGORY_CODES).describe('Woo information category (art. 3.3); none = no active publication duty'),
  wooPublication: wooPublicationSchema,
  retentionRuleId: z.number().int().nullable().describe('Retention rule of the selection list; null = none chosen'),
  legalHold: z
    .object({ reason: z.string(), byUserId: z.number().int().nullable(), at: z.string() })
    .nullable()
    .describe('A legal hold blocks destruction (set and cleared by legal or admin)'),
  retention: agreementRetentionSchema.optional().describe('Retention, destruction date, legal hold and, once destroyed, the minimal record (in every answer about one agreement)'),
  destroyed: z.boolean().describe('Destroyed under the Archiefwet: files and personal data are gone, a minimal record remains'),
});
export type Agreement = z.infer<typeof agreementSchema>;

// The register's sort orders live with the other enums (zod-free, so the first-load preloads can read them).
export { AGREEMENT_SORTS, type AgreementSort } from '../domain/enums.ts';

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1));

export const listAgreementsQuerySchema = z.strictObject({
  collaboration: z.string().trim().toUpperCase().min(1).max(20).optional().describe('Collaboration code, e.g. RTR'),
  type: csv(z.enum(AGREEMENT_TYPES)).optional().describe('One type or a comma-separated list'),
  party: z.coerce.number().int().positive().optional().describe('Organisation id'),
  status: csv(z.enum(AGREEMENT_STATUSES)).optional().describe('One status or a comma-separated list'),
  q: z.string().trim().min(1).max(200).optional().describe("Text in title, reference, notes or a party name, or words in the text of the agreement's documents"),
  owner: z.string().trim().min(1).max(320).optional().describe('Owner\'s e-mail address or name (exact, case-insensitive); `owner=<your e-mail>` is "Mijn overeenkomsten"'),
  from: isoDaySchema.optional().describe('Window start: agreements whose term may overlap [from, to]'),
  to: isoDaySchema.optional(),
  valueMin: z.coerce.number().int().min(0).max(MAX_AMOUNT_CENTS).optional().describe('Only agreements with a known amount of at least this many cents'),
  valueMax: z.coerce.number().int().min(0).max(MAX_AMOUNT_CENTS).optional().describe('Only agreements with a known amount of at most this many cents'),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  synthetic: z.enum(['exclude', 'include', 'only']).default('include'),
  sort: z.enum(AGREEMENT_SORTS).default('title'),
  limit: limitSchema,
  cursor: z.string().max(500).optional(),
});
export type ListAgreementsQuery = z.infer<typeof listAgreementsQuerySchema>;

export const countAgreementsQuerySchema = listAgreementsQuerySchema.omit({ sort: true, limit: true, cursor: true });
export type CountAgreementsQuery = z.infer<typeof countAgreementsQuerySchema>;

/** Totals of the agreements matching a register filter, by computed status. */
export const agreementCountsSchema = z.object({
  total: z.number().int(),
  byStatus: z.record(z.enum(AGREEMENT_STATUSES), z.number().int()),
});
export type AgreementCounts = z.infer<typeof agreementCountsSchema>;

export const archiveAgreementSchema = z
  .strictObject({
    confirm: z.boolean().default(false).describe('Archive even when other agreements depend on this one'),
    reason: multiLine(z.string().max(2000)).optional(),
  })
  .default({ confirm: false });
