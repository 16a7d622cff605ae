import { z } from 'zod';
import { FUNDING_KINDS, MEMBER_ROLES, ORGANISATION_KINDS } from '../domain/enums.ts';
import { agreementSummarySchema } from './agreement.ts';

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
  coveredBy: z
    .array(z.object({ code: z.string(), agreements: z.array(agreementSummarySchema) }))
    .describe('Agreements of parent collaborations that cover this one (KMT is covered by ZVHT)'),
});
export type CollaborationDetail = z.infer<typeof collaborationDetailSchema>;
