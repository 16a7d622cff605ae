import { z } from 'zod';
import { multiLine } from './text.ts';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, FACT_BASES, LEGAL_REGIMES, ORGANISATION_KINDS, PARTY_ROLES, RELATION_KINDS, TERM_KINDS } from '../domain/enums.ts';
import { isoDaySchema, partialDateSchema } from '../dates/partial-date.ts';
import { CHAIN_MESSAGE_CODES, CHAIN_RULES } from '../chains/chain-violation.ts';
import { problemSchema } from './common.ts';

/** Adding a relation, seen from the agreement in the path: `outgoing` = this <kind> other. */
export const addRelationSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS).describe('Read as "source <kind> target": the processor agreement covers the sub-processor agreement'),
  otherAgreementId: z.number().int().positive(),
  direction: z.enum(['outgoing', 'incoming']).default('outgoing').describe('outgoing: this agreement <kind> other; incoming: other <kind> this'),
  note: multiLine(z.string().trim().max(2000)).nullable().optional(),
  allowArchived: z.boolean().default(false).describe('Required to relate to (or from) an archived agreement'),
});
export type AddRelationInput = z.infer<typeof addRelationSchema>;

export const relationParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  relationId: z.coerce.number().int().positive(),
});

/**
 * What every answer says about an agreement outside the collaborations the
 * caller's account is limited to (`collaborationScope`), when it is a
 * neighbour of one they may see: that it is there, never what it is.
 */
export const RESTRICTED_DESCRIPTION =
  'The agreement lies outside the collaborations the caller is limited to: only its id (and its place in the chain) is given, never its title, reference, type, parties, notes or dates';

export const titledRelationSchema = z.object({
  relationId: z.number().int().nullable().describe('null for the relation that was refused'),
  sourceId: z.number().int(),
  kind: z.enum(RELATION_KINDS),
  targetId: z.number().int(),
  sourceTitle: z.string().nullable().describe(`null: ${RESTRICTED_DESCRIPTION}`),
  targetTitle: z.string().nullable().describe(`null: ${RESTRICTED_DESCRIPTION}`),
});
export type TitledRelationDto = z.infer<typeof titledRelationSchema>;

/** The problem body of 422 `relation_cycle`: the cycle the relation would close. */
export const relationCycleProblemSchema = problemSchema.extend({
  cycle: z.object({
    agreementIds: z.array(z.number().int()).describe('Around the cycle along dependency edges; ends where it starts'),
    relations: z.array(titledRelationSchema).describe('The refused relation first'),
  }),
});

const bilingual = z.object({ nl: z.string(), en: z.string() });

export const chainViolationSchema = z.object({
  rule: z.enum(CHAIN_RULES),
  severity: z.enum(['error', 'warning']),
  agreementId: z.number().int(),
  otherAgreementId: z.number().int().optional(),
  messageCode: z.enum(CHAIN_MESSAGE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  otherRestricted: z
    .literal(true)
    .optional()
    .describe(
      `The other agreement lies outside the collaborations the caller is limited to: its title, dates and regime (the \`other…\` params) are left out, and the message names it without them`,
    ),
  message: bilingual.describe('Explanation naming both agreements and the rule'),
});
export type ChainViolationDto = z.infer<typeof chainViolationSchema>;

export const chainAgreementNodeSchema = z.object({
  kind: z.literal('agreement'),
  restricted: z.literal(false),
  id: z.string().describe('Node id, "agreement:<id>"'),
  agreementId: z.number().int(),
  type: z.enum(AGREEMENT_TYPES),
  title: z.string(),
  collaborationCode: z.string().nullable(),
  coversCollaborations: z.array(z.string()).describe('Its collaboration and every collaboration housed within it (ZVHT covers KMT)'),
  status: z.enum(AGREEMENT_STATUSES),
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  currentTermEnd: partialDateSchema.nullable(),
  termKind: z.enum(TERM_KINDS).nullable(),
  legalRegime: z.enum(LEGAL_REGIMES).nullable(),
  archived: z.boolean(),
  depth: z.number().int().describe('Relations between this node and the requested agreement'),
  violations: z.array(chainViolationSchema),
});

/** A neighbour the caller may not see: the chain shows that it continues, not through what. */
export const chainRestrictedAgreementNodeSchema = z.object({
  kind: z.literal('agreement'),
  restricted: z.literal(true).describe(RESTRICTED_DESCRIPTION),
  id: z.string().describe('Node id, "agreement:<id>"'),
  agreementId: z.number().int(),
  depth: z.number().int().describe('Relations between this node and the requested agreement'),
});

export const chainOrganisationNodeSchema = z.object({
  kind: z.literal('organisation'),
  id: z.string().describe('Node id, "organisation:<id>"'),
  organisationId: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  organisationKind: z.enum(ORGANISATION_KINDS),
});

export const chainNodeSchema = z.discriminatedUnion('kind', [
  z.discriminatedUnion('restricted', [chainAgreementNodeSchema, chainRestrictedAgreementNodeSchema]),
  chainOrganisationNodeSchema,
]);
export type ChainNode = z.infer<typeof chainNodeSchema>;

export const chainEdgeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('relation'),
    id: z.string(),
    relationId: z.number().int(),
    relationKind: z.enum(RELATION_KINDS),
    source: z.string().describe('Node id of the relation source'),
    target: z.string().describe('Node id of the relation target'),
    note: z.string().nullable().describe('null as well when either end is restricted'),
  }),
  z.object({
    kind: z.literal('party'),
    id: z.string(),
    source: z.string().describe('Node id of the agreement'),
    target: z.string().describe('Node id of the organisation'),
    role: z.enum(PARTY_ROLES),
    basis: z.enum(FACT_BASES),
  }),
]);
export type ChainEdge = z.infer<typeof chainEdgeSchema>;

export const chainSchema = z.object({
  agreementId: z.number().int(),
  nodes: z.array(chainNodeSchema),
  edges: z.array(chainEdgeSchema),
  truncated: z.boolean().describe('True when the chain was cut off at the node limit'),
  counts: z.object({ errors: z.number().int(), warnings: z.number().int() }),
});
export type Chain = z.infer<typeof chainSchema>;

export const impactQuerySchema = z.strictObject({
  on: isoDaySchema.optional().describe('Last day of the agreement; default today'),
});

export const impactEntrySchema = z.object({
  agreement: z.discriminatedUnion('restricted', [
    z.object({
      restricted: z.literal(false),
      id: z.number().int(),
      type: z.enum(AGREEMENT_TYPES),
      title: z.string(),
      collaborationCode: z.string().nullable(),
      status: z.enum(AGREEMENT_STATUSES),
      currentTermEnd: partialDateSchema.nullable(),
    }),
    z.object({ restricted: z.literal(true).describe(RESTRICTED_DESCRIPTION), id: z.number().int() }),
  ]),
  depth: z.number().int(),
  certainty: z.enum(['certain', 'possible']).describe('possible: partial or unknown end dates leave it open'),
  agreementIds: z.array(z.number().int()).describe('From the ending agreement to this one'),
  path: z.array(titledRelationSchema),
  explanation: bilingual,
});
export type ImpactEntryDto = z.infer<typeof impactEntrySchema>;

export const impactSchema = z.object({
  agreementId: z.number().int(),
  on: isoDaySchema,
  items: z.array(impactEntrySchema),
});
export type Impact = z.infer<typeof impactSchema>;

export const setCollaborationParentSchema = z.strictObject({
  parentCode: z.string().trim().toUpperCase().min(1).max(20).nullable().describe('The collaboration this one is housed within; null for none'),
});

export const collaborationHierarchySchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  ancestors: z
    .array(z.string())
    .describe('Parent first; their agreements cover this collaboration. For an account limited to some collaborations the list stops at the first one outside them'),
});
