import { z } from 'zod';
import { FUNDING_KINDS, MEMBER_ROLES, ORGANISATION_KINDS } from '../domain/enums.ts';
import { agreementSummarySchema } from './agreement.ts';
import { RESTRICTED_DESCRIPTION } from './chain.ts';

export const fundingLineSchema = z.object({
  id: z.number().int(),
  kind: z.enum(FUNDING_KINDS),
  source: z.string().describe('As the source names it, e.g. "Rijksbijdrage"'),
  amountCents: z.number().int().nullable(),
  ratePerInhabitantCents: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type FundingLine = z.infer<typeof fundingLineSchema>;

export const collaborationSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  hostedByVrtSince: z.number().int().nullable(),
  budgetCents: z.number().int().nullable(),
  capacityFte: z.number().nullable(),
  agreementCount: z.number().int(),
  memberCount: z.number().int(),
});
export type CollaborationSummary = z.infer<typeof collaborationSummarySchema>;

/** A disagreement between figures of the source, kept as-is and shown to the user. */
export const contradictionSchema = z.object({
  code: z.enum(['funding_sum_differs_from_budget']),
  expectedCents: z.number().int(),
  actualCents: z.number().int(),
  differenceCents: z.number().int(),
});
export type Contradiction = z.infer<typeof contradictionSchema>;

/**
 * An agreement of a parent collaboration. A scope means exactly the
 * collaborations it lists, not their parents: to a user limited to KMT,
 * ZVHT's agreements are there (by id, sorted by id), never what they are.
 */
export const coveringAgreementSchema = z.discriminatedUnion('restricted', [
  agreementSummarySchema.extend({ restricted: z.literal(false) }),
  z.object({ restricted: z.literal(true).describe(RESTRICTED_DESCRIPTION), id: z.number().int() }),
]);
export type CoveringAgreement = z.infer<typeof coveringAgreementSchema>;

/** One calendar year's committed amounts next to the budget (shared/src/money/commitments.ts). */
export const yearCommitmentsSchema = z.object({
  year: z.number().int(),
  knownCents: z.number().int().describe('Sum of the amounts known to fall in this year'),
  counted: z.array(z.object({ id: z.number().int(), title: z.string(), cents: z.number().int() })),
  unknown: z
    .array(z.object({ id: z.number().int(), title: z.string(), reason: z.enum(['amount_unknown', 'basis_unknown', 'dates_unknown']) }))
    .describe('Agreements that may fall in this year but could not be counted'),
  comparison: z.enum(['over_budget', 'under_budget', 'matches', 'no_budget']).describe('over_budget is certain; under_budget with unknown ones may still close'),
  differenceCents: z.number().int().nullable().describe('knownCents − budget: positive = excess, negative = gap'),
});
export type YearCommitments = z.infer<typeof yearCommitmentsSchema>;

export const collaborationDetailSchema = collaborationSummarySchema.extend({
  purpose: z.string().nullable(),
  foundedNote: z.string().nullable(),
  capacityNote: z.string().nullable(),
  budgetNote: z.string().nullable(),
  fundingNote: z.string().nullable(),
  agreementsNote: z.string().nullable(),
  legalBasis: z.string().nullable(),
  source: z.string().nullable(),
  children: z.array(z.object({ code: z.string(), name: z.string() })),
  members: z.array(
    z.object({
      organisationId: z.number().int(),
      name: z.string(),
      kind: z.enum(ORGANISATION_KINDS),
      role: z.enum(MEMBER_ROLES),
      note: z.string().nullable(),
    }),
  ),
  funding: z.array(fundingLineSchema),
  contradictions: z.array(contradictionSchema),
  agreements: z.array(agreementSummarySchema),
  commitments: z.array(yearCommitmentsSchema).describe("The agreements' committed amounts per calendar year (two years back to two ahead) next to the budget from the source"),
  coveredBy: z
    .array(z.object({ code: z.string(), agreements: z.array(coveringAgreementSchema) }))
    .describe('Agreements of parent collaborations that cover this one (KMT is covered by ZVHT); those of a parent outside the caller’s collaborations by id only'),
});
export type CollaborationDetail = z.infer<typeof collaborationDetailSchema>;
