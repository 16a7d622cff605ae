import { z } from 'zod';
import { multiLine, oneLine } from './text.ts';
import { ORGANISATION_KINDS, PARTY_ROLES } from '../domain/enums.ts';
import { isoDaySchema } from '../dates/partial-date.ts';
import { KVK_NUMBER_PATTERN, OIN_PATTERN } from '../domain/organisation-name.ts';

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
  kvkNumber: z.string().nullable().describe('KvK number (8 digits)'),
  oin: z.string().nullable().describe('Organisatie-identificatienummer (20 digits)'),
  parentId: z.number().int().nullable().describe('The organisation this one is part of'),
  version: z.number().int().describe('For optimistic concurrency on PATCH'),
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
  parent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  agreements: z.array(organisationAgreementSchema),
  collaborations: z
    .array(organisationCollaborationSchema)
    .describe('The collaborations it takes part in, by code; for a caller limited to some collaborations the others follow, without code or name'),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

/** Empty text means "none": forms send '' for a cleared field. */
const optionalText = (max: number, lines: 'one' | 'multi' = 'one') =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), (lines === 'one' ? oneLine : multiLine)(z.string().trim().max(max)).nullable().optional());
const digits = (pattern: RegExp, message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.replace(/[\s.]/g, '') === '' ? null : v.replace(/[\s.]/g, '')) : v),
    z.string().regex(pattern, { message }).nullable().optional(),
  );

const organisationFields = {
  shortName: optionalText(60),
  kvkNumber: digits(KVK_NUMBER_PATTERN, 'Een KvK-nummer heeft precies 8 cijfers').describe('8 digits; spaces and dots are ignored'),
  oin: digits(OIN_PATTERN, 'Een OIN heeft precies 20 cijfers').describe('20 digits; spaces and dots are ignored'),
  parentId: z.number().int().positive().nullable().optional().describe('Id of the organisation this one is part of'),
  notes: optionalText(2000, 'multi'),
};
const nameField = oneLine(z.string().trim().min(1, { message: 'Naam is verplicht' }).max(200, { message: 'Hoogstens 200 tekens' }));

/** POST /api/organisations */
export const createOrganisationSchema = z.strictObject({ name: nameField, kind: z.enum(ORGANISATION_KINDS), ...organisationFields });
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

/** PATCH /api/organisations/:id: only the fields sent change. */
export const updateOrganisationSchema = z.strictObject({
  name: nameField.optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  ...organisationFields,
  version: z.number().int().positive().describe('The version last read; a stale one answers 409 stale_write with `current`'),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;
