import { z } from 'zod';
import { AGREEMENT_TYPES, LEGAL_REGIMES, PARTY_ROLES, TERM_KINDS } from '../domain/enums.ts';
import { partialDateSchema } from '../dates/partial-date.ts';
import { IMPORT_ERROR_CODES, IMPORT_FIELDS, IMPORT_ROW_STATUSES, IMPORT_STATES } from '../import/import-fields.ts';
import { periodSchema } from './agreement.ts';

export const importFieldSchema = z.enum(IMPORT_FIELDS);

/** Column → field; null (or a column left out) is not imported. */
export const importMappingSchema = z.record(z.string().max(200), importFieldSchema.nullable());

/** What `POST /api/imports` answers: the columns, a few rows to recognise them by, and the suggested mapping. */
export const importUploadSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'windows-1252']).nullable().describe('CSV only: how the file was decoded'),
  separator: z.enum([';', ',', '\t']).nullable().describe('CSV only: the column separator found'),
  columns: z.array(z.string()),
  sampleRows: z.array(z.array(z.string())).describe('The first rows (at most 5), cells as text'),
  total: z.number().int().describe('Rows below the header'),
  suggestedMapping: importMappingSchema,
  mappingRemembered: z.boolean().describe('The suggestion is the mapping last saved for this same set of headers'),
});
export type ImportUpload = z.infer<typeof importUploadSchema>;

export const importMappingInputSchema = z.strictObject({
  mapping: importMappingSchema,
  defaults: z
    .partialRecord(importFieldSchema, z.string().max(500))
    .default({})
    .describe('Per field, the text used where a row leaves it empty (read like a cell, e.g. `{ "collaborationCode": "RTR", "type": "DVO" }`)'),
});
export type ImportMappingInput = z.infer<typeof importMappingInputSchema>;

export const importRowsQuerySchema = z.strictObject({
  status: z.enum([...IMPORT_ROW_STATUSES, 'all']).default('all'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100_000).default(100_000).describe('Every row by default'),
});
export type ImportRowsQuery = z.infer<typeof importRowsQuerySchema>;

export const importFieldErrorSchema = z.object({
  field: z.union([importFieldSchema, z.literal('row')]),
  column: z.string().nullable().describe('The spreadsheet column; null for a default or the row as a whole'),
  code: z.enum(IMPORT_ERROR_CODES),
  message: z.string(),
});

export const importValuesSchema = z
  .object({
    title: z.string().nullable().optional(),
    type: z.enum(AGREEMENT_TYPES).nullable().optional(),
    reference: z.string().nullable().optional(),
    collaborationCode: z.string().nullable().optional(),
    legalRegime: z.enum(LEGAL_REGIMES).nullable().optional(),
    startDate: partialDateSchema.nullable().optional(),
    endDate: partialDateSchema.nullable().optional(),
    termKind: z.enum(TERM_KINDS).nullable().optional(),
    initialTermMonths: z.number().int().nullable().optional(),
    noticePeriod: periodSchema.nullable().optional(),
    tacitRenewal: z.boolean().nullable().optional(),
    renewalPeriod: periodSchema.nullable().optional(),
    maxRenewals: z.number().int().nullable().optional(),
    reviewDate: partialDateSchema.nullable().optional(),
    ownerName: z.string().nullable().optional(),
    ownerEmail: z.string().nullable().optional(),
    notes: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
    partyNames: z.array(z.object({ name: z.string(), role: z.enum(PARTY_ROLES) })),
  })
  .loose();

export const importRowSchema = z.object({
  rowNumber: z.number().int().describe('Line in the spreadsheet (the header is line 1)'),
  status: z.enum(IMPORT_ROW_STATUSES),
  cells: z.array(z.string()),
  values: importValuesSchema,
  errors: z.array(importFieldErrorSchema),
  duplicateOf: z
    .object({ kind: z.enum(['agreement', 'row']), id: z.number().int(), title: z.string() })
    .nullable()
    .describe('The agreement already in the register (by reference, or title + collaboration + start), or the earlier row of this file'),
  changedFields: z.array(z.string()).describe('For a duplicate of an agreement: the fields the row would change'),
  unknownParties: z.array(z.string()).describe('Party names no organisation has (by normalised name)'),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importCountsSchema = z.object({ valid: z.number().int(), invalid: z.number().int(), duplicate: z.number().int(), changed: z.number().int() });

export const importRowsSchema = z.object({
  total: z.number().int(),
  counts: importCountsSchema,
  unknownOrganisations: z.array(z.string()).describe('Party names that match no organisation: created at commit only when confirmed'),
  items: z.array(importRowSchema),
});
export type ImportRows = z.infer<typeof importRowsSchema>;

export const importCommitInputSchema = z
  .strictObject({
    updateExisting: z.boolean().default(false).describe('Update agreements a row matches when the row changes them (otherwise such rows are skipped)'),
    createOrganisations: z.boolean().default(false).describe('Create the unknown organisations (`unknownOrganisations`); without it a commit that needs them answers 409'),
  })
  .default({ updateExisting: false, createOrganisations: false });
export type ImportCommitInput = z.infer<typeof importCommitInputSchema>;

export const importStatusSchema = z.object({
  id: z.number().int(),
  state: z.enum(IMPORT_STATES),
  phase: z.enum(['checking', 'writing']).nullable().describe('While running: checking rows, then writing them in one transaction'),
  processed: z.number().int(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  organisationsCreated: z.number().int(),
  fileName: z.string(),
  columns: z.array(z.string()),
  mapping: importMappingSchema.nullable(),
  defaults: z.record(z.string(), z.string()),
  error: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  revertedAt: z.string().nullable(),
  reverted: z.object({ archived: z.number().int(), restored: z.number().int(), skipped: z.number().int(), organisationsRemoved: z.number().int() }).nullable(),
});
export type ImportStatus = z.infer<typeof importStatusSchema>;
