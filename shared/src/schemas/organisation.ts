import { z } from 'zod';
import { ORGANISATION_KINDS, PARTY_ROLES } from '../domain/enums.ts';
import { isoDaySchema } from '../dates/partial-date.ts';

export const organisationSchema = z.object({
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  cbsCode: z.string().nullable(),
  population: z
    .object({ count: z.number().int(), source: z.string(), referenceDate: isoDaySchema })
    .nullable()
    .describe('Optional fact with its source and peildatum; never invented'),
  notes: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationAgreementSchema = z.object({
  agreementId: z.number().int(),
  title: z.string(),
  type: z.string(),
  role: z.enum(PARTY_ROLES),
  status: z.string(),
  archived: z.boolean(),
});

/** A collaboration the organisation takes part in; one outside the caller's collaborations without code or name (decision 023). */
export const organisationCollaborationSchema = z.discriminatedUnion('restricted', [
  z.object({ code: z.string(), name: z.string(), role: z.string(), restricted: z.literal(false) }),
  z.object({
    role: z.string(),
    restricted: z.literal(true).describe('The collaboration lies outside the collaborations the caller is limited to: its code and name are withheld'),
  }),
]);
export type OrganisationCollaboration = z.infer<typeof organisationCollaborationSchema>;

export const organisationDetailSchema = organisationSchema.extend({
  agreements: z.array(organisationAgreementSchema),
  collaborations: z
    .array(organisationCollaborationSchema)
    .describe("The collaborations it takes part in, by code; for a caller limited to some collaborations the others follow, without code or name"),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
